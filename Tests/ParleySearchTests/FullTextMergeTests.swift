import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// Merging the full-text tables' segments after a run (``FullTextMerge``): when it pays, and that searches find the
/// same passages with the same scores either way.
@Suite struct FullTextMergeTests {
    @Test func mergesWhenThePagesSinceTheLastMergeHoldAQuarter() {
        typealias Segments = FullTextMerge.Segments
        #expect(!FullTextMerge.isWorthMerging(Segments(count: 0, pages: 0, largest: 0)))
        #expect(!FullTextMerge.isWorthMerging(Segments(count: 1, pages: 900, largest: 900)))
        #expect(!FullTextMerge.isWorthMerging(Segments(count: 3, pages: 1_000, largest: 800)))
        #expect(FullTextMerge.isWorthMerging(Segments(count: 2, pages: 1_000, largest: 750)))
        #expect(FullTextMerge.isWorthMerging(Segments(count: 12, pages: 1_000, largest: 400)))
        // The pages the last merge left, when recorded, rather than the largest segment: FTS5's merges may put
        // a run's new pages in one larger than the merged one.
        #expect(!FullTextMerge.isWorthMerging(Segments(count: 2, pages: 60, largest: 54)))
        #expect(FullTextMerge.isWorthMerging(Segments(count: 2, pages: 60, largest: 54), settled: 0))
        #expect(!FullTextMerge.isWorthMerging(Segments(count: 2, pages: 61, largest: 54), settled: 60))
        #expect(FullTextMerge.isWorthMerging(Segments(count: 3, pages: 90, largest: 54), settled: 60))
        // More settled pages than there are: the table was emptied and filled again (review finding).
        #expect(FullTextMerge.isWorthMerging(Segments(count: 2, pages: 60, largest: 54), settled: 80))
    }

    /// Re-extraction empties `quote_fts` and fills it again: nothing in it is settled any more (review finding).
    @Test func reextractionSettlesNothingInTheQuotations() throws {
        let (folder, index) = try indexOf([
            Sample.article("r1", text: "“The talks on grain tariffs went on past midnight,” said Ilya Marevsky.")
        ])
        _ = folder
        func settled() throws -> String? {
            try index.dbQueue.read {
                try String.fetchOne(
                    $0, sql: "SELECT value FROM parley_meta WHERE key = ?",
                    arguments: [FullTextMerge.settledKey("quote_fts")])
            }
        }
        try index.dbQueue.write { try FullTextMerge.recordSettled($0, table: "quote_fts", pages: 42) }
        try index.dbQueue.write { try ArticleWriter.deleteExtraction(in: $0) }
        #expect(try settled() == "0")
    }

    /// A run written in many transactions leaves as many segments; the run ends with one, and says how long merging
    /// took. A small run added later leaves its own segment (merging would rewrite everything for little), until
    /// the merge is forced: the same hits, scores and counts before and after.
    @Test func aLargeRunEndsInOneSegmentAndASmallOneIsLeft() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let articles = (0..<300).map { n in
            Sample.article(
                "m\(n)",
                text: "Envoy \(n) spoke of the Veyra Valley ceasefire, file \(n * 7919), note \(n * 104_729).\n\n"
                    + "“Talks on grain tariffs, round \(n % 7), went on past midnight,” said Ilya Marevsky.")
        }
        var options = Indexer.Options()
        options.batchArticles = 25
        let first = try Indexer(index: index, options: options).run(paths: [try folder.jsonl("a.jsonl", articles)])
        #expect(first.indexed == 300)
        #expect(first.merge.seconds != nil && first.merge.failure == nil)
        #expect(try segments(index, "passage_fts").count == 1)
        #expect(try segments(index, "quote_fts").count == 1)
        // The pages the run and the merge freed are given back: none is left free in the file.
        #expect(try index.dbQueue.read { try FreePages.isEnabled($0) })
        #expect(try freePages(index) == 0)
        #expect(first.merge.freePagesFailure == nil && first.merge.freePagesSeconds != nil)

        let small = try Indexer(index: index).run(
            paths: [try folder.jsonl("b.jsonl", [Sample.article("late", text: "A late word on the ceasefire.")])])
        #expect(small.indexed == 1 && small.merge.seconds == nil)
        #expect(try segments(index, "passage_fts").count == 2)

        let queries = ["ceasefire", "grain tariffs", "\"Veyra Valley\"", "Envo*", "midnight OR ceasefire"]
        func answers() throws -> [[String]] {
            try queries.map { query in
                let results = try index.search(SearchQuery(query), limit: 50, window: Int.max)
                return ["\(results.totalMatches)"] + results.hits.map { "\($0.passageID) \($0.score)" }
            }
        }
        let before = try answers()
        let merged = try index.dbQueue.write { try FullTextMerge.merge($0, always: true) }
        #expect(merged == ["passage_fts"])
        #expect(try segments(index, "passage_fts").count == 1)
        #expect(try answers() == before)
        try index.checkIntegrity()
    }

    /// An interrupted run stops at once and leaves its segments; `reindex` merges them, and searches answer the same.
    @Test func anInterruptedRunIsLeftAndReindexMergesIt() throws {
        let (folder, index, _) = try interruptedIndex()
        _ = folder
        let before = try index.search(SearchQuery("ceasefire Envoy"), limit: 200, window: Int.max)
        #expect(before.totalMatches > 100 && before.totalMatches < 200)
        let summary = try index.reindex()
        #expect(summary.merge.seconds != nil && summary.merge.failure == nil)
        #expect(try segments(index, "passage_fts").count == 1)
        let after = try index.search(SearchQuery("ceasefire Envoy"), limit: 200, window: Int.max)
        #expect(after.totalMatches == before.totalMatches)
        #expect(after.hits.map { "\($0.passageID) \($0.score)" } == before.hits.map { "\($0.passageID) \($0.score)" })
        #expect(try freePages(index) == 0)
        try index.checkIntegrity()
    }

    /// A run that stores nothing new merges what an earlier one left (a merge stopped or failed), as the warning of
    /// a failed merge promises.
    @Test func aRunWithNothingNewMergesWhatWasLeft() throws {
        let (folder, index, first) = try interruptedIndex()
        let again = try Indexer(index: index).run(paths: [try folder.jsonl("b.jsonl", [first])])
        #expect(again.indexed == 0 && again.unchanged == 1 && again.merge.seconds != nil)
        #expect(try segments(index, "passage_fts").count == 1)
        try index.checkIntegrity()
    }

    /// An index of 200 articles written 20 a transaction, whose run was stopped after about 150: several segments.
    private func interruptedIndex() throws -> (TemporaryFolder, ParleyIndex, [String: String]) {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        var options = Indexer.Options()
        options.batchArticles = 20
        let articles = (0..<200).map { n in
            Sample.article("r\(n)", text: "Envoy \(n) met the ceasefire monitors, file \(n * 7919).")
        }
        var polled = 0
        let run = try Indexer(index: index, options: options).run(
            paths: [try folder.jsonl("a.jsonl", articles)],
            shouldStop: {
                polled += 1
                return polled > 150
            })
        #expect(run.interrupted && run.merge.seconds == nil)
        #expect(try segments(index, "passage_fts").count > 1)
        return (folder, index, articles[0])
    }

    /// An index made before ``FreePages`` (its first table made before the mode could be set) keeps its free pages:
    /// nothing to return, nothing fails.
    @Test func anOlderIndexKeepsItsFreePages() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE filler (x BLOB)")
                try db.execute(
                    sql: """
                        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
                        INSERT INTO filler SELECT zeroblob(2000) FROM n
                        """)
                try db.execute(sql: "DELETE FROM filler")
            }
            try FreePages.enable(queue)
            try queue.inDatabase { db in
                #expect(try !FreePages.isEnabled(db))
                let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
                #expect(free >= 100)
                #expect(try FreePages.returnAll(db) == 0)
                #expect(try Int.fetchOne(db, sql: "PRAGMA freelist_count") == free)
            }
        }
    }

    private func freePages(_ index: ParleyIndex) throws -> Int {
        try index.dbQueue.read { try Int.fetchOne($0, sql: "PRAGMA freelist_count") ?? -1 }
    }

    private func segments(_ index: ParleyIndex, _ table: String) throws -> FullTextMerge.Segments {
        try index.dbQueue.read { try FullTextMerge.segments($0, table: table) }
    }
}
