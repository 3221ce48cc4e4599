import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch
@testable import ParleyText

/// The indexer tokenizes passages on its reading thread and the writer replays the tokens to FTS5
/// (``PreparedFullText``): the index must be the one FTS5 builds when it has the rows tokenized itself.
@Suite struct PreparedTokensTests {
    /// Made-up articles whose words reach impact levels (repeated, in the title too), with stems, abbreviations,
    /// numbers, accents, quotations and names.
    static let records: [ArticleRecord] = (0..<8).map { n in
        ArticleRecord(
            externalID: "p\(n)", title: "Border talks: Valdora and Drevania talk again (\(n))",
            text: """
                Talks between Valdora and Drevania resumed on day \(n) in Port Solenne, the U.N. envoy said. \
                The talks, the talks' hosts said, covered the Veyra Valley and 2,400 km² of border.

                “We are closer than we were,” said Ilya Marevsky, the palace spokesman. “But territory remains the \
                hard part, and the talks will take time.”

                Marevsky met Östrava's négociateurs at 10 a.m.; talks talks talks.
                """,
            published: "2025-10-0\(n % 9 + 1)", location: InputLocation(path: "test"))
    }

    /// Every token FTS5 holds for each passage (term, passage, column, position), each row's lengths, the counts of
    /// `term_passages` and the passages' words hashes.
    static func contents(_ index: ParleyIndex) throws -> [String] {
        try index.dbQueue.write { db in
            try db.execute(
                sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.tokens USING fts5vocab(main, passage_fts, instance)")
            let tokens = try String.fetchAll(
                db, sql: "SELECT hex(term) || ' ' || doc || ' ' || col || ' ' || offset FROM temp.tokens ORDER BY 1")
            let lengths = try String.fetchAll(
                db, sql: "SELECT id || ' ' || hex(sz) FROM passage_fts_docsize ORDER BY id")
            let counts = try String.fetchAll(
                db, sql: "SELECT hex(term) || ' ' || passages FROM term_passages ORDER BY term")
            let hashes = try String.fetchAll(db, sql: "SELECT id || ' ' || quote(words_hash) FROM passage ORDER BY id")
            return tokens + lengths + counts + hashes
        }
    }

    /// A new index holding `articles`, stored as the indexer's writer stores them.
    static func index(_ articles: [PreparedArticle], in folder: TemporaryFolder) throws -> ParleyIndex {
        let index = try openIndex(folder)
        try index.dbQueue.write { db in
            let writer = ArticleWriter(db: db, timestamp: "2025-10-09T00:00:00Z", entityIDs: .init())
            for article in articles { _ = try writer.write(article) }
            try TermPassages.flush(db)
        }
        return index
    }

    static func prepared(_ articles: [PreparedArticle]) -> [PreparedArticle] {
        var preparer = PreparedFullText.Preparer()
        return articles.map { article in
            var article = article
            article.fullText = PreparedFullText(article, preparer: &preparer)
            return article
        }
    }

    @Test func replayedTokensBuildTheIndexFTS5Would() throws {
        let articles = Self.records.map { PreparedArticle($0) }
        let plainFolder = try TemporaryFolder()
        let plain = try Self.contents(Self.index(articles, in: plainFolder))
        let replayedFolder = try TemporaryFolder()
        let replayedIndex = try Self.index(Self.prepared(articles), in: replayedFolder)
        let replayed = try Self.contents(replayedIndex)
        #expect(plain.count > 500)
        // Level tokens (0x01) and filter tokens (0x02) are among them.
        #expect(plain.contains { $0.hasPrefix("01") } && plain.contains { $0.hasPrefix("02") })
        #expect(replayed == plain)
        try replayedIndex.checkIntegrity()
    }

    /// A row whose filter tokens change (an entity's mentions moved to another) is rewritten with its text tokenized
    /// once and replayed for the delete and the insert: the index is the one FTS5 rebuilds from the stored rows.
    @Test func rewrittenRowsAreTheOnesFTS5Rebuilds() throws {
        let folder = try TemporaryFolder()
        let index = try Self.index(Self.records.map { PreparedArticle($0) }, in: folder)
        let rewritten = try index.dbQueue.write { db in
            try PassageFullText.watch(db)
            let entities = try Int64.fetchAll(
                db, sql: "SELECT entity_id FROM mention GROUP BY entity_id ORDER BY count(*) DESC LIMIT 2")
            try #require(entities.count == 2)
            try db.execute(
                sql: "UPDATE mention SET entity_id = ? WHERE entity_id = ?", arguments: [entities[1], entities[0]])
            return try PassageFullText.rewriteChanged(db)
        }
        #expect(rewritten >= 8)
        let afterRewrite = try Self.contents(index)
        try index.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO passage_fts (passage_fts) VALUES ('rebuild')")
        }
        #expect(try Self.contents(index) == afterRewrite)
        try index.checkIntegrity()
    }

    @Test func tokensOfAnotherTextAreNotReplayed() throws {
        let articles = Self.records.map { PreparedArticle($0) }
        let plainFolder = try TemporaryFolder()
        let plain = try Self.contents(Self.index(articles, in: plainFolder))
        // Each article given the next one's tokens and words hashes: passages and title alike but for a number.
        let prepared = Self.prepared(articles)
        let shifted = articles.indices.map { index in
            var article = articles[index]
            article.fullText = prepared[(index + 1) % articles.count].fullText
            return article
        }
        #expect(shifted.allSatisfy { $0.fullText?.passages.count == $0.passages.count })
        let shiftedFolder = try TemporaryFolder()
        let shiftedIndex = try Self.index(shifted, in: shiftedFolder)
        #expect(try Self.contents(shiftedIndex) == plain)
        try shiftedIndex.checkIntegrity()
    }

    @Test func theRecordedTokensAreTheOnesStored() throws {
        // A record of the first passage's very bytes, but with one made-up token: the index must hold it, so the
        // writer replayed the record rather than tokenizing the row.
        var article = Self.prepared([PreparedArticle(Self.records[0])])[0]
        var text = article.passages[0].text
        var record = DocumentTokens()
        text.withUTF8 { record.start($0) }
        "zqxj".utf8.withContiguousStorageIfAvailable { record.append($0, range: 0..<4, colocated: false) }
        var impact = ImpactTerms()
        var scratch = ImpactScratch()
        impact.compute(text: record, title: try #require(article.fullText).title, scratch: &scratch)
        article.fullText?.passages[0].text = record
        article.fullText?.passages[0].impact = impact
        let folder = try TemporaryFolder()
        let index = try Self.index([article], in: folder)
        let held = try index.dbQueue.write { db in
            try db.execute(
                sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.tokens USING fts5vocab(main, passage_fts, instance)")
            return try String.fetchAll(db, sql: "SELECT term FROM temp.tokens WHERE doc = 1 AND col = 'text'")
        }
        #expect(held == ["zqxj"])
    }
}
