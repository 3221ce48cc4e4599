import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch
@testable import ParleyText

/// The v4 migration (CHECKs that accept offices, roles, labels and turns) on an index the previous Parley built.
@Suite struct SchemaMigrationTests {
    /// Two articles with quotations (explicit, pronoun, title) and mentions of people, places and organisations.
    static let texts = [
        """
        Envoys from Valdora and Drevania met again in Port Solenne to discuss the Veyra Valley.

        “We are closer than we were,” said Ilya Marevsky, the palace spokesman. “But territory remains the hard part.”

        “Nobody should expect a signature this week,” he added.
        """,
        """
        Foreign Minister Katarina Šelvik said Valdora would not leave the talks.

        “Compromise is not a dirty word in Serin,” Šelvik said. “But it has to be a compromise.”

        The Meridian Union said it would review its sanctions.
        """,
    ]

    /// An index as the previous Parley left it: schema v1–v3, no `analysis` key, the rows ``ArticleWriter`` writes
    /// (written into a current index, then copied: `passage_fts` comes with a later migration, which fills it).
    static func legacyIndex(in folder: TemporaryFolder) throws -> String {
        let current = folder.path("current.sqlite")
        let written = try ParleyIndex.open(at: current, mode: .create)
        try written.dbQueue.write { db in
            try PassageFullText.watch(db)
            let writer = ArticleWriter(db: db, timestamp: "2025-10-01T00:00:00Z", entityIDs: .init())
            for (number, text) in texts.enumerated() {
                let record = ArticleRecord(
                    externalID: "old-\(number)", title: "Talks, day \(number)", text: text,
                    published: "2025-10-0\(number + 1)",
                    source: "Meridian Wire", location: InputLocation(path: "test"))
                _ = try writer.write(PreparedArticle(record))
            }
            try EntityCatalog(db: db).mergeSurnames()
            try TermPassages.flush(db)
        }
        try written.dbQueue.close()
        let path = folder.path("index/parley.sqlite")
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { $0.add(tokenizer: ParleyFTS5Tokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try Schema.migrator.migrate(queue, upTo: "v3-entity-mentions")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS written", arguments: [current])
            try db.inTransaction {
                try db.execute(
                    sql: """
                        INSERT INTO article SELECT * FROM written.article;
                        INSERT INTO article_key SELECT * FROM written.article_key;
                        INSERT INTO passage SELECT id, article_id, ordinal, start, "end" FROM written.passage;
                        INSERT INTO entity (id, name, kind, folded, surname)
                            SELECT id, name, kind, folded, surname FROM written.entity;
                        INSERT INTO quote (id, article_id, passage_id, start, "end", text, kind, speaker_id,
                                           speaker_mention, cue, attribution, method, confidence)
                            SELECT id, article_id, passage_id, start, "end", text, kind, speaker_id,
                                   speaker_mention, cue, attribution, method, confidence FROM written.quote;
                        INSERT INTO mention SELECT * FROM written.mention;
                        INSERT INTO quote_fts(quote_fts) VALUES ('rebuild');
                        """)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE written")
        }
        try queue.close()
        return path
    }

    /// Every row of the tables the migration rebuilds or points into, ids included.
    static func snapshot(_ db: Database) throws -> [String: [[DatabaseValue]]] {
        var tables: [String: [[DatabaseValue]]] = [:]
        for table in ["article", "passage", "entity", "quote", "mention"] {
            // v5 adds `quote.last_passage_id` (null but for turns): the columns the older index had are compared.
            // v7 adds `passage.words_hash` (checked apart, in `migrationKeepsEveryRowIdAndIndex`).
            let columns =
                table == "quote"
                ? #"id, article_id, passage_id, start, "end", text, kind, speaker_id, speaker_mention, cue, attribution, method, confidence"#
                : table == "passage" ? #"id, article_id, ordinal, start, "end""# : "*"
            tables[table] = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY rowid").map {
                Array($0.databaseValues)
            }
        }
        return tables
    }

    @Test func migrationKeepsEveryRowIdAndIndex() throws {
        let folder = try TemporaryFolder()
        let path = try Self.legacyIndex(in: folder)
        let (before, quoteCount) = try DatabaseQueue(path: path).read { db in
            (try Self.snapshot(db), try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0)
        }
        #expect(quoteCount >= 4)
        let index = try ParleyIndex.open(at: path, mode: .existing)
        let (after, indexes, foreignKeys, violations) = try index.dbQueue.read { db in
            (
                try Self.snapshot(db),
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            )
        }
        #expect(after == before)
        // v7 fills each passage's words hash as the writer stored it in the index the rows came from.
        func hashes(_ db: Database) throws -> [Int64: Int64?] {
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, words_hash FROM passage").map {
                    ($0[0] as Int64, $0[1] as Int64?)
                })
        }
        let migrated = try index.dbQueue.read(hashes)
        let written = try DatabaseQueue(path: folder.path("current.sqlite")).read(hashes)
        #expect(migrated.count >= 6)
        #expect(migrated.values.contains { $0 != nil })
        #expect(migrated == written)
        #expect(
            indexes == [
                "article_content_hash", "article_key_article", "article_published", "entity_folded", "entity_surname",
                "mention_entity", "mention_passage", "quote_article", "quote_passage", "quote_speaker",
            ])
        #expect(foreignKeys == 1)
        #expect(violations.isEmpty)
        try index.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 1)")
        }
        try index.checkIntegrity()
        // quote_fts still finds the migrated quotations by id.
        let hits = try index.quotes(SearchQuery("dirty word"))
        #expect(hits.map(\.speaker) == ["Katarina Šelvik"])
        // Deleting an article still cascades to its quotations (the rebuilt table kept its foreign keys).
        try index.dbQueue.write { db in
            try ArticleWriter.deleteArticle(1, in: db)
            try TermPassages.flush(db)
        }
        #expect(
            try index.dbQueue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quote WHERE article_id = 1") } == 0
        )
    }

    @Test func olderIndexHasAnalysisOneAndANotice() throws {
        let folder = try TemporaryFolder()
        let path = try Self.legacyIndex(in: folder)
        let index = try ParleyIndex.open(at: path, mode: .existing)
        #expect(index.analysis == 1)
        #expect(index.analysisNotice == .olderAnalysis(path: path, found: 1, current: ArticleExtraction.version))
        #expect(index.analysisNotice?.description.contains("Run 'parley reindex'") == true)
        // Indexing into it keeps the note: the articles stored before are still from the older extraction.
        let more = try ParleyIndex.open(at: path, mode: .create)
        #expect(more.analysis == 1)
    }

    @Test func migratedSchemaAcceptsOfficeRoleLabelTurnAndRoleEntities() throws {
        let folder = try TemporaryFolder()
        let path = try Self.legacyIndex(in: folder)
        // The previous schema refuses them.
        #expect(throws: DatabaseError.self) {
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "UPDATE quote SET method = 'office' WHERE id = 1")
            }
        }
        let index = try ParleyIndex.open(at: path, mode: .existing)
        try index.dbQueue.write { db in
            try db.execute(
                sql:
                    "INSERT INTO entity (name, kind, folded, surname) VALUES ('senior Drevanian diplomat', 'role', 'senior drevanian diplomat', 'diplomat')"
            )
            let role = db.lastInsertedRowID
            for (method, kind) in [("office", "full"), ("role", "partial"), ("label", "turn")] {
                try db.execute(
                    sql: """
                        INSERT INTO quote (article_id, start, "end", text, kind, speaker_id, method, confidence)
                        VALUES (1, 0, 5, 'Envoy', ?, ?, ?, 0.8)
                        """, arguments: [kind, role, method])
            }
        }
        #expect(throws: DatabaseError.self) {
            try index.dbQueue.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO quote (article_id, start, \"end\", text, kind, method, confidence) VALUES (1, 0, 5, 'x', 'full', 'guess', 0.5)"
                )
            }
        }
        #expect(throws: DatabaseError.self) {
            try index.dbQueue.write { db in
                try db.execute(sql: "INSERT INTO entity (name, kind, folded, surname) VALUES ('x', 'thing', 'x', 'x')")
            }
        }
    }

    @Test func newIndexRecordsTheCurrentAnalysis() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        #expect(index.analysis == ArticleExtraction.version)
        #expect(index.analysisNotice == nil)
        let stored = try index.dbQueue.read {
            try String.fetchOne($0, sql: "SELECT value FROM parley_meta WHERE key = 'analysis'")
        }
        #expect(stored == String(ArticleExtraction.version))
    }

    /// `passage_fts` is written in pages of ``Schema/fullTextPageSize`` bytes: a new index's and a rebuilt one's,
    /// and its segments are made of them (a frequent word spans pages, and a search still finds every match).
    @Test func fullTextPagesHaveTheSetSize() throws {
        let text = (1...400).map { "The envoy met the delegation on day \($0) of the talks." }.joined(separator: "\n\n")
        let (folder, index) = try indexOf([Sample.article("p1", text: text)])
        _ = folder
        func pageSize() throws -> Int? {
            try index.dbQueue.read { try Int.fetchOne($0, sql: "SELECT v FROM passage_fts_config WHERE k = 'pgsz'") }
        }
        // The largest leaf page of the table (id 10 is its structure record, not a leaf).
        func largestPage() throws -> Int {
            try index.dbQueue.read {
                try Int.fetchOne($0, sql: "SELECT max(length(block)) FROM passage_fts_data WHERE id > 10") ?? 0
            }
        }
        #expect(try pageSize() == Schema.fullTextPageSize)
        #expect(try largestPage() > Schema.fullTextPageSize / 2)
        #expect(try largestPage() <= Schema.fullTextPageSize + 64)
        _ = try index.rebuildFullText()
        #expect(try pageSize() == Schema.fullTextPageSize)
        #expect(try largestPage() <= Schema.fullTextPageSize + 64)
        #expect(try index.search(SearchQuery("envoy"), window: Int.max).totalMatches == 400)
    }

    @Test func indexFromANewerExtractionIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        try ingest(try openIndex(folder), [try folder.jsonl("a.jsonl", [Sample.article("a1")])])
        do {
            let index = try ParleyIndex.open(at: path, mode: .existing)
            try index.dbQueue.write { db in
                try db.execute(
                    sql: "UPDATE parley_meta SET value = ? WHERE key = 'analysis'",
                    arguments: [ArticleExtraction.version + 1])
            }
            try index.dbQueue.writeWithoutTransaction { _ = try $0.checkpoint(.truncate) }
            try index.dbQueue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [ParleyIndex.Mode.existing, .create, .rebuild] {
            #expect(
                throws: StoreError.newerAnalysis(
                    path: path, found: ArticleExtraction.version + 1, current: ArticleExtraction.version)
            ) {
                try ParleyIndex.open(at: path, mode: mode)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
