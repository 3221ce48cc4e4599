// `parley-bench baseline --db PATH [--passages-out FILE] FILE...`: the raw-engine baseline of Scripts/bench.
//
// Reads and segments the articles with Parley's own reader and segmenter (not timed), then times inserting
// the passages (text and article title) into a plain FTS5 table with the built-in
// `porter unicode61 remove_diacritics 2` tokenizer, in one transaction with one prepared statement, through
// the same SQLite library as `parley`, with no extraction. Prints one JSON object on stdout.
// `--passages-out` also writes the passages as JSON Lines for Scripts/bench-peers.py.

import ArgumentParser
import Foundation
import GRDB
import ParleyText

struct BenchPassage {
    var text: String
    var title: String
    var published: String
}

/// The passages of `files`, as `parley index` cuts them; `bytes` counts the articles' UTF-8 text.
func readPassages(_ files: [String]) -> (passages: [BenchPassage], articles: Int, bytes: Int) {
    var passages: [BenchPassage] = []
    var articles = 0, bytes = 0
    var seen = Set<String>()
    ArticleReader().read(paths: files) { (event: ReadEvent) in
        guard case let .article(record) = event, seen.insert(record.key).inserted else { return }
        articles += 1
        bytes += record.text.utf8.count
        let published = String((record.published ?? "").prefix(10))
        for passage in Segmenter.passages(in: record.text) {
            passages.append(BenchPassage(text: passage.text, title: record.title, published: published))
        }
    }
    return (passages, articles, bytes)
}

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Time the raw-engine baseline: the passages in a plain FTS5 table with the built-in tokenizer, "
            + "as one JSON object.")

    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The FTS5 database to make (replaced if it exists).",
            valueName: "path"))
    var database: String

    @Option(
        help: ArgumentHelp(
            "Also write the passages as JSON Lines, for Scripts/bench-peers.py.",
            valueName: "file"))
    var passagesOut: String?

    @OptionGroup var articles: ArticleFiles

    func run() throws { try runBaseline(database: database, passagesOut: passagesOut, files: articles.files) }
}

func runBaseline(database: String, passagesOut: String?, files: [String]) throws {
    let read = readPassages(files)
    if let passagesOut { try writePassages(read.passages, to: passagesOut) }
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    let queue = try DatabaseQueue(path: database)
    try queue.write { db in
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE fts USING fts5(
                    text, title, published UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')
                """)
    }
    let elapsed = try seconds {
        try queue.write { db in
            let insert = try db.makeStatement(sql: "INSERT INTO fts (text, title, published) VALUES (?, ?, ?)")
            for passage in read.passages {
                try insert.execute(arguments: [passage.text, passage.title, passage.published])
            }
        }
    }
    try queue.close()
    let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? NSNumber)?.intValue ?? 0
    let result: [String: Any] = [
        "articles": read.articles, "passages": read.passages.count, "text_bytes": read.bytes,
        "ingest_s": elapsed, "index_bytes": size, "sqlite": sqliteVersion(),
    ]
    try printJSON(result)
}

func writePassages(_ passages: [BenchPassage], to path: String) throws {
    FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
    defer { try? handle.close() }
    var buffer = Data()
    for (id, passage) in passages.enumerated() {
        let object: [String: Any] = [
            "id": id + 1, "text": passage.text, "title": passage.title, "published": passage.published,
        ]
        buffer.append(try JSONSerialization.data(withJSONObject: object))
        buffer.append(0x0A)
        if buffer.count > 1 << 22 {
            handle.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }
    handle.write(buffer)
}

func sqliteVersion() -> String {
    (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? "?"
}
