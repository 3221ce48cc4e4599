// parley-bench: measures Parley's text stages against SQLite's own, in one run, on real corpora.
//
//   parley-bench tokenizer [--repeat N] FILE...                                (Scripts/bench-tokenizer)
//   parley-bench quotes FILE...                                                (Scripts/eval-quotes)
//   parley-bench eval-quotes [--gold DIR] [--polnear CORPUS_DIR] [--misses N]  (Scripts/eval-quotes)
//   parley-bench baseline --db PATH [--passages-out FILE] FILE...              (Scripts/bench; Baseline.swift)
//   parley-bench queries --index PATH --queries FILE [--baseline DB] …         (Scripts/bench; Queries.swift)
//   parley-bench stages FILE...                                                (Scripts/bench; Stages.swift)
//   parley-bench plan --index PATH SQL [ARG...]                                (Queries.swift)
//   parley-bench eval-entities [--misses] FILE                                 (EvalEntities.swift)
//   parley-bench eval-turns [--errors] [--offices FILE] FILE                   (EvalTurns.swift)
//
// Arguments are parsed by swift-argument-parser: `parley-bench --help` and `parley-bench SUBCOMMAND --help` list
// every option. Exit status: 0 done; 1 a measurement failed (`parley-bench SUBCOMMAND: error` on stderr, or
// eval-quotes' own `eval-quotes: error`); 2 usage error (argument-parser's message on stderr).
//
// `tokenizer` prints a Markdown table: segmentation MB/s; tokenizer MB/s, Parley's and FTS5's built-in
// `porter unicode61 remove_diacritics 2`, both called through the FTS5 tokenizer API with the same
// callback; and the time to build an FTS5 index of the same passages with each. Ratios are Parley / built-in
// (lower is better); each figure is the median of N runs (default 5).

import ArgumentParser
import Foundation
import GRDB
import GRDBSQLite
import ParleySearch
import ParleyText

/// The `parley-bench` command: one subcommand per measurement; each prints its figures on stdout.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley-bench",
        abstract: "Measure Parley's text stages, index and queries against SQLite's own, and score its extraction.",
        discussion: """
            Exit status: 0 done; 1 a measurement failed (the error on stderr); 2 usage error.
            """,
        subcommands: [
            TokenizerCommand.self, QuotesCommand.self, EvalQuotesCommand.self, BaselineCommand.self,
            QueriesCommand.self, StagesCommand.self, PlanCommand.self, EvalEntitiesCommand.self,
            EvalTurnsCommand.self,
        ]
    )

    /// Parses the arguments and runs the subcommand: a usage error prints argument-parser's message and exits 2,
    /// a failed measurement prints `parley-bench SUBCOMMAND: error` and exits 1, an `ExitCode` is the status.
    static func runAsMain() -> Never {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
            // `parley-bench` alone names no measurement: a usage error, not help with status 0.
            if command is Bench { throw ValidationError("Name a subcommand.") }
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }  // --help: help on stdout, status 0
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            try command.run()
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }  // `parley-bench help SUBCOMMAND`
            let name = type(of: command).configuration.commandName ?? "?"
            FileHandle.standardError.write(Data("parley-bench \(name): \(error)\n".utf8))
            Foundation.exit(1)
        }
        Foundation.exit(0)
    }
}

/// The articles a measurement reads, as `parley index` takes them.
struct ArticleFiles: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "JSON Lines (.jsonl, .ndjson), JSON or text files, optionally gzipped, or folders of them; "
                + "'-' for JSON Lines on standard input.", valueName: "file"))
    var files: [String]
}

/// `--index`: the Parley index a measurement reads.
struct IndexOption: ParsableArguments {
    @Option(
        name: .customLong("index"),
        help: ArgumentHelp(
            "A Parley index, as `parley index` made it.",
            valueName: "path"))
    var path: String
}

struct TokenizerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Time segmentation, extraction, Parley's tokenizer and an FTS5 index against FTS5's built-in "
            + "tokenizer, as a Markdown table.")

    @Option(
        name: .customLong("repeat"),
        help: ArgumentHelp(
            "Runs of each measurement; each figure is their median.",
            valueName: "n"))
    var repeats = 5

    @OptionGroup var articles: ArticleFiles

    func validate() throws {
        if repeats < 1 { throw ValidationError("'--repeat' must be at least 1.") }
    }

    func run() throws { try benchTokenizer(repeats: repeats, files: articles.files) }
}

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Print the extractor's quotations as JSON Lines, one per quotation (for Scripts/eval-quotes).")

    @OptionGroup var articles: ArticleFiles

    func run() { printQuotations(articles.files) }
}

struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-quotes",
        abstract: "Print quotation precision, recall, F1 and speaker accuracy against labelled sets, "
            + "as a Markdown table.")

    @Option(
        help: ArgumentHelp(
            "Parley's gold set: a folder with articles.jsonl and quotes.jsonl (Tests/QuoteGold).",
            valueName: "dir"))
    var gold: String?

    @Option(
        help: ArgumentHelp(
            "A folder with polnear-train.jsonl.gz and gold/polnear-train.quotes.jsonl.gz (../shared/corpus).",
            valueName: "corpus-dir"))
    var polnear: String?

    @Option(
        help: ArgumentHelp(
            "Also print up to this many findings no label matches and as many missed labels or wrong speakers, per set.",
            valueName: "n"))
    var misses = 0

    func run() throws {
        let status = evaluateQuotations(gold: gold, polnear: polnear, misses: misses)
        if status != 0 { throw ExitCode(status) }
    }
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
                "speaker_mention": quotation.speakerMention ?? NSNull(),
                "method": quotation.method?.rawValue ?? NSNull(),
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
func evaluateQuotations(gold: String?, polnear: String?, misses: Int) -> Int32 {
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
    print(
        "| \(name) | \(predicted.count) | \(score.gold) | \(score.predicted) | \(f(score.precision)) | "
            + "\(f(score.recall)) | \(f(score.f1)) | \(f(score.speakerAccuracy)) (\(score.speakerRight)/\(score.speakerJudged)) |"
    )
    guard misses > 0 else { return }
    // Findings no label matches (precision).
    let goldByArticle = Dictionary(grouping: gold, by: \.articleID)
    var extra = 0
    for (articleID, quotations) in predicted.sorted(by: { $0.key < $1.key }) where extra < misses {
        for quotation in quotations where quotation.kind != .other && quotation.kind != .turn {
            let labels = goldByArticle[articleID, default: []]
            if !labels.contains(where: { overlapRatio(quotation.start, quotation.end, $0.start, $0.end) >= overlap }) {
                print(
                    "EXTRA \(articleID) [\(quotation.kind.rawValue), \(quotation.speaker ?? "-")]: “\(quotation.text.prefix(120))”"
                )
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
        let context = String(
            String.UnicodeScalarView(scalars[max(0, label.start - 80)..<min(scalars.count, label.end + 60)])
        )
        .replacingOccurrences(of: "\n", with: " ¶ ")
        if ratio < overlap {
            print("MISS \(label.articleID) [\(label.speaker ?? "-")]: …\(context)…")
            shown += 1
        } else if rule == .exact, let best, best.speaker != label.speaker {
            print(
                "SPEAKER \(label.articleID) want \(label.speaker ?? "-") got \(best.speaker ?? "-") "
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

/// `tokenizer [--repeat N] FILE...`: the Markdown table of the header comment.
func benchTokenizer(repeats: Int, files: [String]) throws {
    var articles: [String] = []
    ArticleReader().read(paths: files) { (event: ReadEvent) in
        if case let .article(record) = event { articles.append(record.text) }
    }
    let passages = articles.flatMap { Segmenter.passages(in: $0).map(\.text) }
    let articleBytes = articles.reduce(0) { $0 + $1.utf8.count }
    let passageBytes = passages.reduce(0) { $0 + $1.utf8.count }
    let megabytes = Double(articleBytes) / 1_048_576
    print(
        "corpus: \(files.joined(separator: " ")): \(articles.count) articles, "
            + "\(passages.count) passages, \(String(format: "%.1f", megabytes)) MB of text; median of \(repeats) runs")

    // Segmentation: articles → passages (paragraphs, sentences, windows).
    var segmentTimes: [Double] = []
    for _ in 0..<repeats {
        var count = 0
        segmentTimes.append(seconds { for text in articles { count += Segmenter.passages(in: text).count } })
        precondition(count == passages.count, "segmentation is not deterministic")
    }

    // Extraction: quotations with speakers, then entity mentions (what `parley index` adds to segmentation).
    var quoteTimes: [Double] = [], entityTimes: [Double] = []
    var quoteCount = 0, mentionCount = 0
    for _ in 0..<repeats {
        var found: [[Quotation]] = []
        quoteTimes.append(seconds { found = articles.map { QuoteExtractor.quotations(in: $0) } })
        quoteCount = found.reduce(0) { $0 + $1.count }
        entityTimes.append(
            seconds {
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
    for _ in 0..<repeats {
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
        let queue = try DatabaseQueue(
            path: folder.appendingPathComponent("\(run)-\(tokenize.count).sqlite").path,
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
    for run in 0..<repeats {
        builtinIndexTimes.append(try buildIndex(tokenize: "porter unicode61 remove_diacritics 2", run: run))
        parleyIndexTimes.append(try buildIndex(tokenize: Tokenizer.name, run: run))
    }

    func rate(_ bytes: Int, _ time: Double) -> String { String(format: "%.1f MB/s", Double(bytes) / 1_048_576 / time) }
    func ms(_ time: Double) -> String { String(format: "%.0f ms", time * 1000) }
    let tokenizerRatio = median(parleyTimes) / median(builtinTimes)
    let indexRatio = median(parleyIndexTimes) / median(builtinIndexTimes)
    print(
        """

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

Bench.runAsMain()
