import Foundation
import GRDB
import Testing

@testable import ParleySearch
@testable import ParleyText

/// A unique temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = self.path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// One JSON Lines file from article dictionaries.
    @discardableResult
    func jsonl(_ name: String, _ articles: [[String: String]]) throws -> String {
        let lines = try articles.map { article in
            String(decoding: try JSONSerialization.data(withJSONObject: article, options: [.sortedKeys]), as: UTF8.self)
        }
        return try write(name, lines.joined(separator: "\n") + "\n")
    }
}

/// Short made-up articles about fictional states.
enum Sample {
    static func article(_ id: String, title: String = "Talks resume in Port Solenne", text: String? = nil,
        source: String = "Meridian Wire", date: String = "2025-10-02") -> [String: String]
    {
        [
            "id": id, "title": title, "source": source, "date": date,
            "text": text ?? """
                Envoys from Valdora and Drevania met again on \(id) to discuss the Veyra Valley.

                “We are closer than we were,” said Ilya Marevsky, the palace spokesman. “But territory remains the hard part.”
                """,
        ]
    }
}

extension ParleyIndex {
    /// FTS5's own consistency check of the external-content index against the stored passages.
    func checkIntegrity() throws {
        try dbQueue.write { db in
            try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    func count(_ table: String) throws -> Int {
        try dbQueue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}

/// A new index in a folder of its own holding `articles` (``Sample/article(_:title:text:source:date:)``).
func indexOf(_ articles: [[String: String]]) throws -> (TemporaryFolder, ParleyIndex) {
    let folder = try TemporaryFolder()
    let index = try openIndex(folder)
    try ingest(index, [try folder.jsonl("a.jsonl", articles)])
    return (folder, index)
}

func openIndex(_ folder: TemporaryFolder) throws -> ParleyIndex {
    try ParleyIndex.open(at: folder.path("index/parley.sqlite"), mode: .create)
}

@discardableResult
func ingest(_ index: ParleyIndex, _ paths: [String], strict: Bool = false) throws -> (Indexer.Progress, [ReadIssue]) {
    var issues: [ReadIssue] = []
    let progress = try Indexer(index: index, options: .init(strict: strict)).run(paths: paths, onIssue: { issues.append($0) })
    return (progress, issues)
}
