// parley-bench: measures Parley's text stages against SQLite's own, in one run, on real corpora.
//
//   parley-bench tokenizer [--repeat N] FILE...
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
    guard arguments.first == "tokenizer" else {
        FileHandle.standardError.write(Data("usage: parley-bench tokenizer [--repeat N] FILE...\n".utf8))
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

    // Tokenizers through the FTS5 API, same callback.
    let dbQueue = try DatabaseQueue()
    try dbQueue.write { db in db.add(tokenizer: ParleyFTS5Tokenizer.self) }
    let tokenCounter: FTS5TokenCallback = { context, _, _, _, _, _ in
        context!.assumingMemoryBound(to: Int.self).pointee += 1  // the context is always &count below
        return SQLITE_OK
    }
    func tokenizeAll(_ tokenizer: any FTS5Tokenizer) -> Int {
        var count = 0
        for passage in passages {
            var text = passage
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    _ = withUnsafeMutablePointer(to: &count) { counter in
                        tokenizer.tokenize(
                            context: counter, tokenization: .document, pText: chars.baseAddress, nText: CInt(chars.count),
                            tokenCallback: tokenCounter)
                    }
                }
            }
        }
        return count
    }
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

        targets: tokenizer ≤ 1.30× built-in: \(tokenizerRatio <= 1.3 ? "met" : "NOT met"); \
        segmentation ≥ 50 MB/s: \(Double(articleBytes) / 1_048_576 / median(segmentTimes) >= 50 ? "met" : "NOT met")
        """)
}

try run()
