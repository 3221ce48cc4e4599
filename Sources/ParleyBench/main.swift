// parley-bench: measures Parley's text stages against SQLite's own, in one run, on real corpora.
//
//   parley-bench tokenizer [--repeat N] FILE...
//   parley-bench baseline | queries | stages …  (Scripts/bench; see Baseline.swift, Queries.swift, Stages.swift)
//
// Prints a Markdown table: segmentation MB/s; tokenizer MB/s, Parley's and FTS5's built-in
// `porter unicode61 remove_diacritics 2`, both called through the FTS5 tokenizer API with the same
// callback; and the time to build an FTS5 index of the same passages with each. Ratios are Parley / built-in
// (lower is better); each figure is the median of N runs (default 5).

import Foundation
import GRDB
import GRDBSQLite
import ParleySearch
import ParleyText

struct Options {
    var repeats = 5
    var files: [String] = []
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    if arguments.first == "quotes" {
        printQuotations(Array(arguments.dropFirst()))
        exit(0)
    }
    if arguments.first == "eval-quotes" {
        exit(evaluateQuotations(Array(arguments.dropFirst())))
    }
    let subcommands: [String: ([String]) throws -> Int32] = [
        "baseline": runBaseline, "queries": runQueries, "stages": runStages, "plan": runPlan,
        "eval-entities": runEvalEntities,
        "eval-turns": runEvalTurns,
    ]
    if let first = arguments.first, let subcommand = subcommands[first] {
        do {
            exit(try subcommand(Array(arguments.dropFirst())))
        } catch {
            FileHandle.standardError.write(Data("parley-bench \(first): \(error)\n".utf8))
            exit(1)
        }
    }
    guard arguments.first == "tokenizer" else {
        FileHandle.standardError.write(Data("usage: parley-bench tokenizer|quotes|eval-quotes|eval-entities|eval-turns|baseline|queries|stages …\n".utf8))
        exit(2)
    }
    arguments = arguments.dropFirst()
    while let argument = arguments.first {
        arguments = arguments.dropFirst()
        if argument == "--repeat", let value = arguments.first.flatMap({ Int($0) }), value > 0 {
            options.repeats = value
            arguments = arguments.dropFirst()
        } else {
            options.files.append(argument)
        }
    }
    return options
}

/// `quotes FILE...`: the extractor's quotations as JSON Lines, one per quotation, for Scripts/eval-quotes.
func printQuotations(_ files: [String]) {
    var out = ""
    ArticleReader().read(paths: files) { (event: ReadEvent) in
        guard case let .article(record) = event else { return }
        let extracted = ArticleExtraction.extract(
            from: record.text, title: record.title, source: record.source, date: record.published, gazetteer: .shipped)
        for quotation in extracted.quotations {
            let object: [String: Any] = [
                "article_id": record.externalID ?? record.key, "quote": quotation.text, "start": quotation.start,
                "end": quotation.end, "kind": quotation.kind.rawValue, "speaker": quotation.speaker ?? NSNull(),
                "speaker_mention": quotation.speakerMention ?? NSNull(), "method": quotation.method?.rawValue ?? NSNull(),
                "cue": quotation.cue ?? NSNull(), "attribution": quotation.attribution ?? NSNull(),
                "confidence": quotation.confidence, "speaker_kind": quotation.speakerKind.rawValue,
                "rule": quotation.rule ?? NSNull(),
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        if out.utf8.count > 1 << 20 {
            FileHandle.standardOutput.write(Data(out.utf8))
            out = ""
        }
    }
    FileHandle.standardOutput.write(Data(out.utf8))
}

/// `eval-quotes [--gold DIR] [--polnear CORPUS_DIR] [--misses N]`: precision, recall, F1 and speaker accuracy.
func evaluateQuotations(_ arguments: [String]) -> Int32 {
    var gold: String?, polnear: String?, misses = 0
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        switch argument {
        case "--gold": gold = rest.popFirst()
        case "--polnear": polnear = rest.popFirst()
        case "--misses": misses = Int(rest.popFirst() ?? "") ?? 0
        default:
            FileHandle.standardError.write(Data("eval-quotes: unknown argument \(argument)\n".utf8))
            return 2
        }
    }
    print("| set | articles | labelled | found | precision | recall | F1 | speaker accuracy |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    do {
        if let gold {
            try evaluate(
                name: "Parley gold set", articles: gold + "/articles.jsonl", labels: gold + "/quotes.jsonl",
                speakerKey: "speaker", overlap: 0.9, rule: .exact, misses: misses)
        }
        if let polnear {
            try evaluate(
                name: "PolNeAR train (overlap ≥ 0.5)", articles: polnear + "/polnear-train.jsonl.gz",
                labels: polnear + "/gold/polnear-train.quotes.jsonl.gz", speakerKey: "speaker_span", overlap: 0.5,
                rule: .sharesName, misses: misses)
        }
    } catch {
        FileHandle.standardError.write(Data("eval-quotes: \(error)\n".utf8))
        return 1
    }
    return 0
}

func evaluate(
    name: String, articles: String, labels: String, speakerKey: String, overlap: Double,
    rule: QuoteEvaluation.SpeakerRule, misses: Int
) throws {
    var predicted: [String: [Quotation]] = [:]
    var texts: [String: String] = [:]
    for object in try JSONLines.objects(at: articles) {
        guard let id = object["id"] as? String, let text = object["text"] as? String else { continue }
        // Speakers as the index stores them: through the shipped aliases.
        predicted[id] = ArticleExtraction.extract(from: text, gazetteer: .shipped).quotations
        texts[id] = text
    }
    let gold = try JSONLines.objects(at: labels).compactMap { object -> QuoteEvaluation.Gold? in
        guard let id = object["article_id"] as? String, let start = object["start"] as? Int,
            let end = object["end"] as? Int, predicted[id] != nil
        else { return nil }
        return QuoteEvaluation.Gold(articleID: id, start: start, end: end, speaker: object[speakerKey] as? String)
    }
    let score = QuoteEvaluation.score(predicted: predicted, gold: gold, minimumOverlap: overlap, speakerRule: rule)
    func f(_ value: Double) -> String { String(format: "%.3f", value) }
    print("| \(name) | \(predicted.count) | \(score.gold) | \(score.predicted) | \(f(score.precision)) | "
        + "\(f(score.recall)) | \(f(score.f1)) | \(f(score.speakerAccuracy)) (\(score.speakerRight)/\(score.speakerJudged)) |")
    guard misses > 0 else { return }
    // Findings no label matches (precision).
    let goldByArticle = Dictionary(grouping: gold, by: \.articleID)
    var extra = 0
    for (articleID, quotations) in predicted.sorted(by: { $0.key < $1.key }) where extra < misses {
        for quotation in quotations where quotation.kind != .other && quotation.kind != .turn {
            let labels = goldByArticle[articleID, default: []]
            if !labels.contains(where: { overlapRatio(quotation.start, quotation.end, $0.start, $0.end) >= overlap }) {
                print("EXTRA \(articleID) [\(quotation.kind.rawValue), \(quotation.speaker ?? "-")]: “\(quotation.text.prefix(120))”")
                extra += 1
            }
        }
    }
    // What went wrong, for the developer: labels not found, findings not labelled, wrong speakers.
    var shown = 0
    for label in gold where shown < misses {
        let found = predicted[label.articleID, default: []].filter { $0.kind != .other && $0.kind != .turn }
        let best = found.max { a, b in
            overlapRatio(a.start, a.end, label.start, label.end) < overlapRatio(b.start, b.end, label.start, label.end)
        }
        let ratio = best.map { overlapRatio($0.start, $0.end, label.start, label.end) } ?? 0
        let scalars = Array(texts[label.articleID, default: ""].unicodeScalars)
        let context = String(String.UnicodeScalarView(scalars[max(0, label.start - 80)..<min(scalars.count, label.end + 60)]))
            .replacingOccurrences(of: "\n", with: " ¶ ")
        if ratio < overlap {
            print("MISS \(label.articleID) [\(label.speaker ?? "-")]: …\(context)…")
            shown += 1
        } else if rule == .exact, let best, best.speaker != label.speaker {
            print("SPEAKER \(label.articleID) want \(label.speaker ?? "-") got \(best.speaker ?? "-") "
                + "(\(best.method?.rawValue ?? "-"), mention \(best.speakerMention ?? "-")): …\(context)…")
            shown += 1
        }
    }
}

func overlapRatio(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Double {
    let intersection = min(a1, b1) - max(a0, b0)
    guard intersection > 0 else { return 0 }
    return Double(intersection) / Double(max(a1, b1) - min(a0, b0))
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// How many tokens `tokenizer` gives for `texts`, called through the FTS5 tokenizer API as SQLite calls it.
func countTokens(_ tokenizer: any FTS5Tokenizer, in texts: some Sequence<String>) -> Int {
    let counter: FTS5TokenCallback = { context, _, _, _, _, _ in
        context!.assumingMemoryBound(to: Int.self).pointee += 1  // the context is always &count below
        return SQLITE_OK
    }
    var count = 0
    for var text in texts {
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = withUnsafeMutablePointer(to: &count) { context in
                    tokenizer.tokenize(
                        context: context, tokenization: .document, pText: chars.baseAddress, nText: CInt(chars.count),
                        tokenCallback: counter)
                }
            }
        }
    }
    return count
}

/// Prints `object` as one line of JSON with sorted keys (what Scripts/bench reads).
func printJSON(_ object: [String: Any]) throws {
    print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
}

func run() throws {
    let options = parseOptions()
    var articles: [String] = []
    ArticleReader().read(paths: options.files) { (event: ReadEvent) in
        if case let .article(record) = event { articles.append(record.text) }
    }
    let passages = articles.flatMap { Segmenter.passages(in: $0).map(\.text) }
    let articleBytes = articles.reduce(0) { $0 + $1.utf8.count }
    let passageBytes = passages.reduce(0) { $0 + $1.utf8.count }
    let megabytes = Double(articleBytes) / 1_048_576
    print("corpus: \(options.files.joined(separator: " ")): \(articles.count) articles, "
        + "\(passages.count) passages, \(String(format: "%.1f", megabytes)) MB of text; median of \(options.repeats) runs")

    // Segmentation: articles → passages (paragraphs, sentences, windows).
    var segmentTimes: [Double] = []
    for _ in 0..<options.repeats {
        var count = 0
        segmentTimes.append(seconds { for text in articles { count += Segmenter.passages(in: text).count } })
        precondition(count == passages.count, "segmentation is not deterministic")
    }

    // Extraction: quotations with speakers, then entity mentions (what `parley index` adds to segmentation).
    var quoteTimes: [Double] = [], entityTimes: [Double] = []
    var quoteCount = 0, mentionCount = 0
    for _ in 0..<options.repeats {
        var found: [[Quotation]] = []
        quoteTimes.append(seconds { found = articles.map { QuoteExtractor.quotations(in: $0) } })
        quoteCount = found.reduce(0) { $0 + $1.count }
        entityTimes.append(seconds {
            mentionCount = 0
            for (text, quotations) in zip(articles, found) {
                mentionCount += EntityExtractor.mentions(in: text, speakers: quotations.compactMap(\.speaker)).count
            }
        })
    }

    // Tokenizers through the FTS5 API, same callback.
    let dbQueue = try DatabaseQueue()
    try dbQueue.write { db in db.add(tokenizer: ParleyFTS5Tokenizer.self) }
    func tokenizeAll(_ tokenizer: any FTS5Tokenizer) -> Int { countTokens(tokenizer, in: passages) }
    let (parleyTokenizer, builtinTokenizer) = try dbQueue.read { db in
        (
            try db.makeTokenizer(ParleyFTS5Tokenizer.tokenizerDescriptor()),
            try db.makeTokenizer(.porter(wrapping: .unicode61(diacritics: .remove)))
        )
    }
    var parleyTimes: [Double] = [], builtinTimes: [Double] = []
    var parleyTokens = 0, builtinTokens = 0
    for _ in 0..<options.repeats {
        builtinTimes.append(seconds { builtinTokens = tokenizeAll(builtinTokenizer) })
        parleyTimes.append(seconds { parleyTokens = tokenizeAll(parleyTokenizer) })
    }

    // FTS5 indexes of the same passages, one transaction each, in a temporary file.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var configuration = Configuration()
    configuration.prepareDatabase { db in db.add(tokenizer: ParleyFTS5Tokenizer.self) }
    func buildIndex(tokenize: String, run: Int) throws -> Double {
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("\(run)-\(tokenize.count).sqlite").path,
            configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE fts USING fts5(text, tokenize = '\(tokenize)')")
        }
        return try seconds {
            try queue.write { db in
                let insert = try db.makeStatement(sql: "INSERT INTO fts (text) VALUES (?)")
                for passage in passages { try insert.execute(arguments: [passage]) }
            }
        }
    }
    var parleyIndexTimes: [Double] = [], builtinIndexTimes: [Double] = []
    for run in 0..<options.repeats {
        builtinIndexTimes.append(try buildIndex(tokenize: "porter unicode61 remove_diacritics 2", run: run))
        parleyIndexTimes.append(try buildIndex(tokenize: Tokenizer.name, run: run))
    }

    func rate(_ bytes: Int, _ time: Double) -> String { String(format: "%.1f MB/s", Double(bytes) / 1_048_576 / time) }
    func ms(_ time: Double) -> String { String(format: "%.0f ms", time * 1000) }
    let tokenizerRatio = median(parleyTimes) / median(builtinTimes)
    let indexRatio = median(parleyIndexTimes) / median(builtinIndexTimes)
    print("""

        | stage | Parley | FTS5 built-in | ratio (Parley / built-in) |
        |---|---:|---:|---:|
        | segmentation (articles → passages) | \(rate(articleBytes, median(segmentTimes))) (\(ms(median(segmentTimes)))) | – | – |
        | tokenizer alone, \(parleyTokens) / \(builtinTokens) tokens | \(rate(passageBytes, median(parleyTimes))) (\(ms(median(parleyTimes)))) | \(rate(passageBytes, median(builtinTimes))) (\(ms(median(builtinTimes)))) | \(String(format: "%.2f×", tokenizerRatio)) |
        | FTS5 index of the passages | \(ms(median(parleyIndexTimes))) | \(ms(median(builtinIndexTimes))) | \(String(format: "%.2f×", indexRatio)) |
        | quotation extraction (\(quoteCount) quotations) | \(rate(articleBytes, median(quoteTimes))) (\(ms(median(quoteTimes)))) | – | – |
        | entity extraction (\(mentionCount) mentions) | \(rate(articleBytes, median(entityTimes))) (\(ms(median(entityTimes)))) | – | – |

        targets: tokenizer ≤ 1.30× built-in: \(tokenizerRatio <= 1.3 ? "met" : "NOT met"); \
        segmentation ≥ 50 MB/s: \(Double(articleBytes) / 1_048_576 / median(segmentTimes) >= 50 ? "met" : "NOT met")
        """)
}

try run()
