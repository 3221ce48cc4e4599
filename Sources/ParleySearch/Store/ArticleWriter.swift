import Foundation
import GRDB
import ParleyText

/// Writes prepared articles inside the caller's transaction, with cached prepared statements.
///
/// Identity rules (see ``ArticleRecord/key``):
/// - the key is known with the same text and title (its fingerprint) → `unchanged`;
/// - the key is known with another text or title → the key leaves its old article (deleted when no other key
///   holds it, FTS rows included), then the article is stored as new → `replaced`;
/// - the key is new but the exact text is stored under another key (a wire copy) → the key is added to that
///   article with its own source, URL and date → `duplicate`;
/// - otherwise → `indexed`.
struct ArticleWriter {
    enum Outcome: Sendable {
        case indexed, replaced, unchanged, duplicate
    }

    let db: Database
    /// When this run started (ISO-8601 UTC), stored as `ingested_at`.
    let timestamp: String
    /// The entities, with the ids already looked up in this run.
    let entities: EntityCatalog

    init(db: Database, timestamp: String, entityIDs: EntityCatalog.IDCache = .init()) {
        self.db = db
        self.timestamp = timestamp
        entities = EntityCatalog(db: db, cache: entityIDs)
    }

    /// The words of the passages it writes or deletes are counted for `term_passages`: call
    /// ``TermPassages/flush(_:)`` before the transaction commits (the indexer does after each batch).
    func write(_ article: PreparedArticle) throws -> Outcome {
        var replaced = false
        if let known = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT article_id, fingerprint FROM article_key WHERE key = ?
                    """), arguments: [article.key])
        {
            let id: Int64 = known[0]
            if known[1] == article.fingerprint { return .unchanged }
            // Same text, new title (a corrected headline): retitle in place, wire copies and all.
            if try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM article WHERE id = ?"), arguments: [id])
                == article.record.text
            {
                try retitle(id, key: article.key, title: article.record.title, fingerprint: article.fingerprint)
                return .replaced
            }
            try detach(key: article.key, from: id)
            replaced = true
        }
        if let copyOf = try existingArticle(withText: article.record.text, hash: article.contentHash) {
            try insertKey(article, articleID: copyOf)
            return replaced ? .replaced : .duplicate
        }
        try insertArticle(article)
        return replaced ? .replaced : .indexed
    }

    private func existingArticle(withText text: String, hash: String) throws -> Int64? {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, text FROM article WHERE content_hash = ?"), arguments: [hash])
        while let row = try rows.next() {
            if row[1] as String == text { return row[0] }
        }
        return nil
    }

    private func insertArticle(_ article: PreparedArticle) throws {
        let record = article.record
        try db.cachedStatement(
            sql: """
                INSERT INTO article (external_id, url, title, source, published, byline, text, content_hash, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            record.externalID, record.url, record.title, record.source, record.published, record.byline,
            record.text, article.contentHash, timestamp,
        ])
        let articleID = db.lastInsertedRowID
        try insertKey(article, articleID: articleID)
        let insertPassage = try RawInsert(
            db, sql: #"INSERT INTO passage (article_id, ordinal, start, "end", words_hash) VALUES (?, ?, ?, ?, ?)"#)
        var passageIDs: [(start: Int, end: Int, id: Int64)] = []
        passageIDs.reserveCapacity(article.passages.count)
        let prepared = article.fullText.flatMap { $0.passages.count == article.passages.count ? $0 : nil }
        for (index, passage) in article.passages.enumerated() {
            // The hash computed with the tokens, when they are of this text.
            let wordsHash =
                prepared.flatMap { $0.passages[index].holds(passage.text) ? $0.passages[index].wordsHash : nil }
                ?? QuoteStatement.wordsHash(passage.text)
            try insertPassage.execute(
                .integer(articleID), .integer(Int64(passage.ordinal)), .integer(Int64(passage.start)),
                .integer(Int64(passage.end)), .optional(wordsHash))
            passageIDs.append((passage.start, passage.end, db.lastInsertedRowID))
        }
        var facets = FacetTerms.Collector(passages: passageIDs.count)
        try insertQuotations(article.quotations, articleID: articleID, passages: passageIDs, facets: &facets)
        try insertMentions(article.mentions, passages: passageIDs, facets: &facets)
        // Last: a row's `facets` are its passage's speakers and entities (``FacetTerms``).
        let values = facets.values(source: record.source, published: record.published)
        try PassageFullText.insert(
            db,
            rows: zip(zip(article.passages, passageIDs), values).map { pair, value in
                (pair.1.id, pair.0.text, record.title, value)
            }, prepared: article.fullText)
    }

    /// Stores the quotations and mentions extracted again from the stored article `articleID`, placed in its stored
    /// passages by the rules a new article's are; its old ones must be gone (``deleteExtraction(in:)``).
    func insertExtraction(articleID: Int64, quotations: [Quotation], mentions: [EntityMention]) throws {
        let passages = try Row.fetchAll(
            db.cachedStatement(sql: #"SELECT start, "end", id FROM passage WHERE article_id = ? ORDER BY ordinal"#),
            arguments: [articleID]
        ).map { (start: $0[0] as Int, end: $0[1] as Int, id: $0[2] as Int64) }
        // The rows are rewritten afterwards from what is stored (``PassageFullText/rewriteChanged(_:)``).
        var facets = FacetTerms.Collector(passages: passages.count)
        try insertQuotations(quotations, articleID: articleID, passages: passages, facets: &facets)
        try insertMentions(mentions, passages: passages, facets: &facets)
    }

    /// Deletes every quotation (their `quote_fts` rows too) and every mention, before re-extraction; the entities
    /// stay, so their ids do, until ``EntityCatalog/deleteUnused()``. Every passage's facets are recorded first
    /// (``PassageFullText``): the caller rewrites the rows whose facets the new extraction changes.
    static func deleteExtraction(in db: Database) throws {
        try PassageFullText.recordAll(db)
        // Every passage is recorded: the triggers would only cost SQLite its fast deletion of whole tables.
        try PassageFullText.pauseWatching(db)
        try db.execute(
            sql: """
                INSERT INTO quote_fts (quote_fts) VALUES ('delete-all');
                DELETE FROM quote;
                DELETE FROM mention;
                """)
        // Emptied: what the extraction writes next is all new, to be merged.
        try FullTextMerge.recordSettled(db, table: "quote_fts", pages: 0)
        try PassageFullText.watch(db)
    }

    private func insertMentions(
        _ mentions: [EntityMention], passages: [(start: Int, end: Int, id: Int64)], facets: inout FacetTerms.Collector
    ) throws {
        guard !mentions.isEmpty, !passages.isEmpty else { return }
        let insert = try RawInsert(
            db, sql: #"INSERT INTO mention (passage_id, entity_id, start, "end") VALUES (?, ?, ?, ?)"#)
        var passageIndex = 0
        for mention in mentions {
            while passageIndex + 1 < passages.count, passages[passageIndex].end <= mention.start { passageIndex += 1 }
            let entity = try entities.id(name: mention.name, kind: mention.kind)
            try insert.execute(
                .integer(passages[passageIndex].id), .integer(entity), .integer(Int64(mention.start)),
                .integer(Int64(mention.end)))
            facets.mention(entity: entity, passage: passageIndex)
        }
    }

    private func insertQuotations(
        _ quotations: [Quotation], articleID: Int64, passages: [(start: Int, end: Int, id: Int64)],
        facets: inout FacetTerms.Collector
    ) throws {
        guard !quotations.isEmpty else { return }
        let columns = """
            article_id, passage_id, start, "end", text, kind, speaker_id, speaker_mention, cue, attribution, method,
            confidence
            """
        let insertQuote = try RawInsert(
            db, sql: "INSERT INTO quote (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        // Prepared on the first turn: an article with none never names the column.
        var insertTurn: RawInsert?
        let insertFTS = try db.cachedStatement(sql: "INSERT INTO quote_fts (rowid, text) VALUES (?, ?)")
        var passageIndex = 0
        for quotation in quotations {
            // The passage holding the quotation's start (both lists are in text order).
            while passageIndex + 1 < passages.count, passages[passageIndex].end <= quotation.start { passageIndex += 1 }
            let passageID = passages.isEmpty ? nil : passages[passageIndex].id
            let speakerID = try quotation.speaker.map { try entities.id(name: $0, kind: quotation.speakerKind) }
            let isTurn = quotation.kind == .turn
            // A turn's passages: the one holding its start to the last one it reaches (consecutive ids).
            var lastPassageID: Int64?
            var lastIndex: Int?
            if isTurn, passageIndex < passages.count {
                var last = passageIndex
                while last + 1 < passages.count, passages[last + 1].start < quotation.end { last += 1 }
                lastPassageID = passages[last].id
                lastIndex = last
            }
            if passageID != nil {
                facets.quotation(kind: quotation.kind, speaker: speakerID, passage: passageIndex, last: lastIndex)
            }
            if isTurn {
                if insertTurn == nil {
                    insertTurn = try RawInsert(
                        db,
                        sql:
                            "INSERT INTO quote (\(columns), last_passage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    )
                }
                // A turn's text is the article's (`Schema.quoteText`), its words the passages'.
                try insertTurn?.execute(
                    .integer(articleID), .optional(passageID), .integer(Int64(quotation.start)),
                    .integer(Int64(quotation.end)), .text(""), .text(quotation.kind.rawValue), .optional(speakerID),
                    .optional(quotation.speakerMention), .optional(quotation.cue), .optional(quotation.attribution),
                    .optional(quotation.method?.rawValue), .real(quotation.confidence), .optional(lastPassageID))
            } else {
                try insertQuote.execute(
                    .integer(articleID), .optional(passageID), .integer(Int64(quotation.start)),
                    .integer(Int64(quotation.end)), .text(quotation.text), .text(quotation.kind.rawValue),
                    .optional(speakerID), .optional(quotation.speakerMention), .optional(quotation.cue),
                    .optional(quotation.attribution), .optional(quotation.method?.rawValue), .real(quotation.confidence)
                )
                try insertFTS.execute(arguments: [db.lastInsertedRowID, quotation.text])
            }
        }
    }

    private func insertKey(_ article: PreparedArticle, articleID: Int64) throws {
        let record = article.record
        try db.cachedStatement(
            sql: """
                INSERT INTO article_key (key, article_id, external_id, url, source, published, fingerprint, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            article.key, articleID, record.externalID, record.url, record.source, record.published,
            article.fingerprint, timestamp,
        ])
    }

    /// Removes `key` from article `id`; deletes the article when no key is left, else refreshes its
    /// metadata from its earliest remaining key.
    private func detach(key: String, from id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM article_key WHERE key = ?").execute(arguments: [key])
        let remaining =
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM article_key WHERE article_id = ?"), arguments: [id]) ?? 0
        if remaining == 0 {
            try Self.deleteArticle(id, in: db)
        } else {
            try db.cachedStatement(
                sql: """
                    UPDATE article SET (external_id, url, source, published) = (
                        SELECT external_id, url, source, published FROM article_key
                        WHERE article_id = article.id ORDER BY ingested_at, key LIMIT 1)
                    WHERE id = ?
                    """
            ).execute(arguments: [id])
            // Its source or date may have changed: so have its passages' filter tokens.
            try PassageFullText.rewriteChanged(db)
        }
    }

    /// Gives article `id` a new title (its FTS rows carry the title, so they are rewritten) and records the
    /// new fingerprint of `key`.
    private func retitle(_ id: Int64, key: String, title: String, fingerprint: String) throws {
        let passages = "SELECT id FROM passage WHERE article_id = ?"
        try PassageFullText.delete(db, passages: passages, arguments: [id])
        try db.cachedStatement(sql: "UPDATE article SET title = ? WHERE id = ?").execute(arguments: [title, id])
        try PassageFullText.insert(db, passages: passages, arguments: [id])
        try db.cachedStatement(sql: "UPDATE article_key SET fingerprint = ? WHERE key = ?").execute(arguments: [
            fingerprint, key,
        ])
    }

    /// Deletes an article with its passages, keys and FTS rows.
    static func deleteArticle(_ id: Int64, in db: Database) throws {
        // External-content FTS5 needs the old values to remove a row's tokens.
        try db.cachedStatement(
            sql: """
                INSERT INTO quote_fts (quote_fts, rowid, text)
                SELECT 'delete', id, text FROM quote WHERE article_id = ? AND kind <> 'turn'
                """
        ).execute(arguments: [id])
        try PassageFullText.watch(db)
        try PassageFullText.delete(db, passages: "SELECT id FROM passage WHERE article_id = ?", arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
        // Its quotations and mentions went with it, and their triggers recorded its passages: forget them.
        try PassageFullText.forgetDeleted(db)
    }
}
