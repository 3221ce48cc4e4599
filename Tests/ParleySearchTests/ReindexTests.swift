import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch
@testable import ParleyText

/// `ParleyIndex.reindex`: re-extraction from the stored text, in one transaction.
@Suite struct ReindexTests {
    /// Quotations and mentions as extraction gives them: by article, offsets, speaker and entity names (not ids).
    static func extraction(_ index: ParleyIndex) throws -> (quotes: [String], mentions: [String]) {
        try index.dbQueue.read { db in
            let quotes = try Row.fetchAll(
                db,
                sql: """
                    SELECT quote.article_id, quote.passage_id, quote.start, quote."end", quote.text, quote.kind,
                           entity.name, entity.kind, quote.speaker_mention, quote.cue, quote.method, quote.confidence
                    FROM quote LEFT JOIN entity ON entity.id = quote.speaker_id ORDER BY quote.article_id, quote.start
                    """
            ).map { "\($0)" }
            let mentions = try Row.fetchAll(
                db,
                sql: """
                    SELECT mention.passage_id, mention.start, mention."end", entity.name, entity.kind
                    FROM mention JOIN entity ON entity.id = mention.entity_id ORDER BY mention.passage_id, mention.start
                    """
            ).map { "\($0)" }
            return (quotes, mentions)
        }
    }

    static func articles() -> [[String: String]] {
        [
            Sample.article("a1"), Sample.article("a2", text: SchemaMigrationTests.texts[0]),
            Sample.article("a3", text: SchemaMigrationTests.texts[1]),
        ]
    }

    @Test func reindexRestoresWhatExtractionGivesAndRecordsTheVersion() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        try ingest(try openIndex(folder), [try folder.jsonl("a.jsonl", Self.articles())])
        let expected = try Self.extraction(try ParleyIndex.open(at: path, mode: .existing))
        #expect(expected.quotes.count >= 5 && expected.mentions.count >= 5)
        // Damage the extraction as an older Parley might have left it.
        try ParleyIndex.open(at: path, mode: .existing).dbQueue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO quote_fts (quote_fts, rowid, text) SELECT 'delete', id, text FROM quote
                        WHERE id = (SELECT min(id) FROM quote);
                    DELETE FROM quote WHERE id = (SELECT min(id) FROM quote);
                    INSERT INTO entity (name, kind, folded, surname) VALUES ('Petra Nobody', 'person', 'petra nobody', 'nobody');
                    UPDATE quote SET speaker_id = last_insert_rowid() WHERE id = (SELECT max(id) FROM quote);
                    DELETE FROM mention WHERE rowid = (SELECT min(rowid) FROM mention);
                    INSERT INTO entity (name, kind, folded, surname) VALUES ('Orphan Ministry', 'organization', 'orphan ministry', 'ministry');
                    UPDATE parley_meta SET value = '1' WHERE key = 'analysis';
                    """)
        }
        let old = try ParleyIndex.open(at: path, mode: .existing)
        #expect(old.analysisNotice != nil)
        #expect(try Self.extraction(old).quotes != expected.quotes)
        let summary = try old.reindex()
        #expect(summary.passages == nil)
        #expect(summary.articles == 3)
        #expect(summary.quotations == expected.quotes.count)
        #expect(summary.mentions == expected.mentions.count)
        #expect(summary.removedEntities == 2)
        #expect(summary.analysis == ArticleExtraction.version)
        let new = try ParleyIndex.open(at: path, mode: .existing)
        #expect(new.analysisNotice == nil)
        let again = try Self.extraction(new)
        #expect(again.quotes == expected.quotes)
        #expect(again.mentions == expected.mentions)
        #expect(try new.count("entity WHERE name IN ('Petra Nobody', 'Orphan Ministry')") == 0)
        try new.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 1)")
        }
        try new.checkIntegrity()
        #expect(try new.quotes(SearchQuery("dirty word")).map(\.speaker) == ["Katarina Šelvik"])
        // The two articles carry the same quotation: one statement, two copies.
        #expect(try new.quotes(SearchQuery("closer")).count == 1)
        #expect(try new.quotes(SearchQuery("closer"), allCopies: true).count == 2)
    }

    @Test func reindexKeepsTheAliasesAddedBefore() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        let text = """
            The palace spoke on Monday.

            “We are closer than we were,” said Ilya Marevski, the palace spokesman.
            """
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("a.jsonl", [Sample.article("a1"), Sample.article("v1", text: text)])])
        #expect(try index.speakers().map(\.name).sorted() == ["Ilya Marevski", "Ilya Marevsky"])
        #expect(try index.addAlias(canonical: "Ilya Marevsky", variants: ["Ilya Marevski"]) == 1)
        let summary = try ParleyIndex.open(at: path, mode: .existing).reindex()
        #expect(summary.articles == 2)
        let reopened = try ParleyIndex.open(at: path, mode: .existing)
        #expect(try reopened.speakers().map(\.name) == ["Ilya Marevsky"])
        // Three quotations in two articles, two of them the same words: two statements.
        #expect(try reopened.speakers().first?.quotations == 2)
        #expect(try reopened.speakers().first?.articles == 2)
        let hits = try reopened.quotes(nil, speakers: try reopened.speakerIDs(for: ["Marevsky"]), allCopies: true)
        #expect(hits.count == 3)
    }

    @Test func fullTextOnlyKeepsTheExtraction() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        try ingest(try openIndex(folder), [try folder.jsonl("a.jsonl", Self.articles())])
        try ParleyIndex.open(at: path, mode: .existing).dbQueue.write { db in
            try db.execute(sql: "UPDATE parley_meta SET value = '1' WHERE key = 'analysis'")
        }
        let index = try ParleyIndex.open(at: path, mode: .rebuild)
        let summary = try index.reindex(.fullTextOnly)
        #expect(summary.passages == (try index.count("passage")))
        #expect(summary.articles == nil)
        #expect(summary.analysis == 1)
        #expect(try ParleyIndex.open(at: path, mode: .existing).analysis == 1)
    }

    /// An outdated tokenizer and an outdated extraction are fixed together, in one transaction.
    @Test func reindexRebuildsAnOutdatedFullTextIndexToo() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        try ingest(try openIndex(folder), [try folder.jsonl("a.jsonl", Self.articles())])
        try ParleyIndex.open(at: path, mode: .existing).dbQueue.write { db in
            try db.execute(sql: "UPDATE parley_meta SET value = 'parley_v0' WHERE key = 'tokenizer'")
            try db.execute(sql: "UPDATE parley_meta SET value = '1' WHERE key = 'analysis'")
        }
        #expect(throws: StoreError.self) { try ParleyIndex.open(at: path, mode: .existing) }
        let rebuilt = try ParleyIndex.open(at: path, mode: .rebuild)
        let summary = try rebuilt.reindex()
        #expect(summary.passages == (try rebuilt.count("passage")))
        #expect(summary.articles == 3)
        let index = try ParleyIndex.open(at: path, mode: .existing)
        #expect(index.analysisNotice == nil)
        try index.checkIntegrity()
    }

    /// A failure part-way rolls everything back: the old quotations, mentions and version stay.
    @Test func aFailedReindexLeavesTheOldStateWhole() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        try ingest(try openIndex(folder), [try folder.jsonl("a.jsonl", Self.articles())])
        let index = try ParleyIndex.open(at: path, mode: .existing)
        try index.dbQueue.write { db in
            try db.execute(sql: "UPDATE parley_meta SET value = '1' WHERE key = 'analysis'")
            // Refuse the mentions of the last article, so the failure comes after quotations were replaced.
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse_mentions BEFORE INSERT ON mention
                    WHEN NEW.passage_id IN (SELECT id FROM passage WHERE article_id = (SELECT max(id) FROM article))
                    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
                    """)
        }
        let before = try Self.extraction(index)
        #expect(throws: StoreError.self) { try index.reindex() }
        #expect(try Self.extraction(index) == before)
        #expect(try index.dbQueue.read { try Schema.builtAnalysis($0) } == 1)
        try index.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func roleLabelsAreSpeakersButNotEntities() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        var article = PreparedArticle(
            ArticleRecord(
                externalID: "r1", title: "Diplomat speaks",
                text:
                    "The talks resumed in Port Solenne.\n\n“We are not in a hurry,” a senior Drevanian diplomat said.",
                published: "2025-10-01", location: InputLocation(path: "test")))
        let quote = try #require(article.quotations.first)
        article.quotations[0].speaker = "senior Drevanian diplomat"
        article.quotations[0].speakerKind = .role
        article.quotations[0].method = .role
        try index.dbQueue.write { db in
            _ = try ArticleWriter(db: db, timestamp: "2025-10-01T00:00:00Z", entityIDs: .init()).write(article)
            try TermPassages.flush(db)
        }
        #expect(try index.speakers().map { "\($0.name) (\($0.kind))" } == ["senior Drevanian diplomat (role)"])
        #expect(try index.entities().allSatisfy { $0.kind != .role })
        #expect(try index.entities(kind: .person).isEmpty)
        let ids = try index.speakerIDs(for: ["senior drevanian diplomat"])
        let hits = try index.quotes(nil, speakers: ids)
        #expect(hits.map(\.text) == [quote.text])
        #expect(hits.map(\.method) == ["role"])
        #expect(throws: QueryError.self) { try index.entityIDs(for: ["senior Drevanian diplomat"]) }
        // No surname match for a role: "diplomat" is not a person's last name.
        #expect(throws: QueryError.self) { try index.speakerIDs(for: ["diplomat"]) }
        let facets = try #require(try index.search(SearchQuery("hurry"), facets: true).facets)
        #expect(facets.speakers.map(\.value) == ["senior Drevanian diplomat"])
        #expect(facets.people.isEmpty)
    }
}

/// `offices.tsv` beside the index.
@Suite struct OfficeFileTests {
    @Test func rowsLoadAndBadLinesAreReportedWithTheirNumbers() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        #expect(index.officeFilePath == folder.path("index/offices.tsv"))
        #expect(index.officeHolders().notices.isEmpty)
        try folder.write(
            "index/offices.tsv",
            """
            # country\toffice\tperson\tfrom\tto
            Valdora\tforeign minister\tKatarina Šelvik\t2020-01-01\t
            Valdora foreign minister Katarina Šelvik
            Drevania\tprime minister\tTomas Berek\t2019\t2024-06

            Drevania\tprime minister\tIvo Lanek\tlast spring\t
            """)
        let (holders, notices) = index.officeHolders()
        #expect(holders.holder(country: "Valdora", office: "foreign minister", on: "2025-10-01") == "Katarina Šelvik")
        #expect(
            holders.holder(country: "Drevania", office: "prime minister", on: "2023-02-01T10:00:00Z") == "Tomas Berek")
        #expect(holders.holder(country: "Drevania", office: "prime minister", on: "2025-01-01") == nil)
        let path = folder.path("index/offices.tsv")
        #expect(notices == [.badOfficeRow(path: path, line: 3), .badOfficeRow(path: path, line: 6)])
        #expect(notices.first?.label == "warning")
        #expect(
            notices.first?.description
                == "\(path):3: not an office row (expected country, office, person, from[, to] separated by tabs); skipped"
        )
    }
}
