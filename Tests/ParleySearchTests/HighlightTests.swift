import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// `parley_highlight` (``HighlightFunction``) marks a passage's text as FTS5's `highlight()` does, the text read
/// from the article instead of the `passage_text` view: the same output for every match of words, phrases,
/// prefixes, `OR`, `NEAR`, fields and hits in titles only, over the bundled samples (news, wires, transcripts,
/// many-byte characters).
@Suite struct HighlightTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Index/samples").path

    static let queries = [
        "the", "said", "minister", "talks OR ceasefire", "\"the minister\"", "\"said the\"", "negot*", "min* talks",
        "NEAR(talks ceasefire, 10)", "title:talks", "text:border", "Q", "the the", "border -talks", "2025",
        "SENTENCE(said minister)", "\"of the\" OR \"in the\"", "ve*", "foreign minister", "foreign OR minister",
    ]

    @Test func marksAsFTS5Does() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [Self.samples])
        var compared = 0
        var marked = 0
        for text in Self.queries {
            let pattern = try SearchQuery(text).matchPattern
            let rows = try index.dbQueue.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT rowid, highlight(passage_fts, 0, '[', ']'), parley_highlight(passage_fts, '[', ']')
                        FROM passage_fts WHERE passage_fts MATCH ?
                        """, arguments: [pattern])
            }
            for row in rows {
                let (theirs, ours): (String?, String?) = (row[1], row[2])
                #expect(ours == theirs, "\(text), passage \(row[0] as Int64)")
                compared += 1
                if ours?.contains("[") == true { marked += 1 }
            }
        }
        #expect(compared > 500 && marked > 400, "\(compared) passages compared, \(marked) marked")
    }
}
