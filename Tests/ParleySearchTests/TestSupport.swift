import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch
@testable import ParleyText

/// Short made-up articles about fictional states.
enum Sample {
    static func article(
        _ id: String, title: String = "Talks resume in Port Solenne", text: String? = nil,
        source: String = "Meridian Wire", date: String = "2025-10-02"
    ) -> [String: String] {
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
///
/// `let (_, index) = …` removes the folder at once: enough for queries on the open index, not for what reads its
/// files by path (``ParleyIndex/statistics()``'s size, reopening, a second ingest).
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
    let progress = try Indexer(index: index, options: .init(strict: strict)).run(
        paths: paths, onIssue: { issues.append($0) })
    return (progress, issues)
}
