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
    /// Entity ids by kind and name, for one indexing run (entities are never deleted during a run; a rolled-back
    /// batch clears it).
    final class EntityIDCache {
        var ids: [String: Int64] = [:]
    }

    enum Outcome: Sendable {
        case indexed, replaced, unchanged, duplicate
    }

    let db: Database
    /// When this run started (ISO-8601 UTC), stored as `ingested_at`.
    let timestamp: String
    /// Entity ids already looked up in this run: a mention costs a dictionary lookup, not a query.
    let entityIDs: EntityIDCache

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
        let insertPassage = try db.cachedStatement(
            sql: #"INSERT INTO passage (article_id, ordinal, start, "end") VALUES (?, ?, ?, ?)"#)
        let insertFTS = try db.cachedStatement(sql: "INSERT INTO passage_fts (rowid, text, title) VALUES (?, ?, ?)")
        var passageIDs: [(start: Int, end: Int, id: Int64)] = []
        passageIDs.reserveCapacity(article.passages.count)
        for passage in article.passages {
            try insertPassage.execute(arguments: [articleID, passage.ordinal, passage.start, passage.end])
            passageIDs.append((passage.start, passage.end, db.lastInsertedRowID))
            try insertFTS.execute(arguments: [db.lastInsertedRowID, passage.text, record.title])
        }
        try insertQuotations(article.quotations, articleID: articleID, passages: passageIDs)
        try insertMentions(article.mentions, passages: passageIDs)
    }

    /// Stores the quotations and mentions extracted again from the stored article `articleID`, placed in its stored
    /// passages by the rules a new article's are; its old ones must be gone (``deleteExtraction(in:)``).
    func insertExtraction(articleID: Int64, quotations: [Quotation], mentions: [EntityMention]) throws {
        let passages = try Row.fetchAll(
            db.cachedStatement(sql: #"SELECT start, "end", id FROM passage WHERE article_id = ? ORDER BY ordinal"#),
            arguments: [articleID]
        ).map { (start: $0[0] as Int, end: $0[1] as Int, id: $0[2] as Int64) }
        try insertQuotations(quotations, articleID: articleID, passages: passages)
        try insertMentions(mentions, passages: passages)
    }

    /// Deletes every quotation (their `quote_fts` rows too) and every mention, before re-extraction; the entities
    /// stay, so their ids do, until ``deleteUnusedEntities(in:)``.
    static func deleteExtraction(in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO quote_fts (quote_fts) VALUES ('delete-all');
                DELETE FROM quote;
                DELETE FROM mention;
                """)
    }

    /// Deletes the entities no quotation and no mention refers to.
    ///
    /// - Returns: how many were deleted.
    @discardableResult
    static func deleteUnusedEntities(in db: Database) throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM entity
                WHERE NOT EXISTS (SELECT 1 FROM quote WHERE quote.speaker_id = entity.id)
                  AND NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity_id = entity.id)
                """)
        return db.changesCount
    }

    private func insertMentions(_ mentions: [EntityMention], passages: [(start: Int, end: Int, id: Int64)]) throws {
        guard !mentions.isEmpty, !passages.isEmpty else { return }
        let insert = try db.cachedStatement(
            sql: #"INSERT INTO mention (passage_id, entity_id, start, "end") VALUES (?, ?, ?, ?)"#)
        var passageIndex = 0
        for mention in mentions {
            while passageIndex + 1 < passages.count, passages[passageIndex].end <= mention.start { passageIndex += 1 }
            try insert.execute(arguments: [
                passages[passageIndex].id, try entityID(name: mention.name, kind: mention.kind.rawValue), mention.start,
                mention.end,
            ])
        }
    }

    private func insertQuotations(
        _ quotations: [Quotation], articleID: Int64, passages: [(start: Int, end: Int, id: Int64)]
    ) throws {
        guard !quotations.isEmpty else { return }
        let insertQuote = try db.cachedStatement(
            sql: """
                INSERT INTO quote (article_id, passage_id, start, "end", text, kind, speaker_id, speaker_mention, cue,
                                   attribution, method, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertFTS = try db.cachedStatement(sql: "INSERT INTO quote_fts (rowid, text) VALUES (?, ?)")
        var passageIndex = 0
        for quotation in quotations {
            // The passage holding the quotation's start (both lists are in text order).
            while passageIndex + 1 < passages.count, passages[passageIndex].end <= quotation.start { passageIndex += 1 }
            let passageID = passages.isEmpty ? nil : passages[passageIndex].id
            let speakerKind = Schema.EntityKind(speakerKind: quotation.speakerKind)
            let speakerID = try quotation.speaker.map { try entityID(name: $0, kind: speakerKind.rawValue) }
            try insertQuote.execute(arguments: [
                articleID, passageID, quotation.start, quotation.end, quotation.text, quotation.kind.rawValue, speakerID,
                quotation.speakerMention, quotation.cue, quotation.attribution, quotation.method?.rawValue,
                quotation.confidence,
            ])
            try insertFTS.execute(arguments: [db.lastInsertedRowID, quotation.text])
        }
    }

    /// The id of the entity `name` of `kind`, created on first use.
    private func entityID(name: String, kind: String) throws -> Int64 {
        let key = kind + "\u{0}" + name
        if let id = entityIDs.ids[key] { return id }
        let find = try db.cachedStatement(sql: "SELECT id FROM entity WHERE name = ? AND kind = ?")
        let id: Int64
        if let found = try Int64.fetchOne(find, arguments: [name, kind]) {
            id = found
        } else {
            let folded = NameFolding.fold(name)
            try db.cachedStatement(sql: "INSERT INTO entity (name, kind, folded, surname) VALUES (?, ?, ?, ?)")
                .execute(arguments: [name, kind, folded, String(folded.split(separator: " ").last ?? "")])
            id = db.lastInsertedRowID
        }
        entityIDs.ids[key] = id
        return id
    }

    /// One canonical entity per person across articles: a person stored by surname only (`Ushakov`, from an
    /// article that never gave the full name) becomes the one person stored with a full name ending in it
    /// (`Yuri Ushakov`), quotations and mentions included. Set-based, run once at the end of each indexing run;
    /// a surname shared by two full names stays apart (it is ambiguous).
    static func mergeSurnameEntities(in db: Database) throws {
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS surname_merge (single INTEGER PRIMARY KEY, full INTEGER NOT NULL);
                DELETE FROM surname_merge;
                INSERT INTO surname_merge (single, full)
                    SELECT s.id, min(f.id) FROM entity s
                    JOIN entity f ON f.kind = 'person' AND f.surname = s.folded AND f.folded <> s.folded
                    WHERE s.kind = 'person' AND s.folded = s.surname
                    GROUP BY s.id HAVING count(*) = 1;
                UPDATE quote SET speaker_id = (SELECT full FROM surname_merge WHERE single = quote.speaker_id)
                    WHERE speaker_id IN (SELECT single FROM surname_merge);
                UPDATE mention SET entity_id = (SELECT full FROM surname_merge WHERE single = mention.entity_id)
                    WHERE entity_id IN (SELECT single FROM surname_merge);
                DELETE FROM entity WHERE id IN (SELECT single FROM surname_merge);
                """)
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
        let remaining = try Int.fetchOne(
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
        }
    }

    /// Gives article `id` a new title (its FTS rows carry the title, so they are rewritten) and records the
    /// new fingerprint of `key`.
    private func retitle(_ id: Int64, key: String, title: String, fingerprint: String) throws {
        let passages = "SELECT id FROM passage WHERE article_id = ?"
        try db.cachedStatement(
            sql: "INSERT INTO passage_fts (passage_fts, rowid, text, title) SELECT 'delete', id, text, title FROM passage_text WHERE id IN (\(passages))"
        ).execute(arguments: [id])
        try db.cachedStatement(sql: "UPDATE article SET title = ? WHERE id = ?").execute(arguments: [title, id])
        try db.cachedStatement(
            sql: "INSERT INTO passage_fts (rowid, text, title) SELECT id, text, title FROM passage_text WHERE id IN (\(passages))"
        ).execute(arguments: [id])
        try db.cachedStatement(sql: "UPDATE article_key SET fingerprint = ? WHERE key = ?").execute(arguments: [fingerprint, key])
    }

    /// Deletes an article with its passages, keys and FTS rows.
    static func deleteArticle(_ id: Int64, in db: Database) throws {
        // External-content FTS5 needs the old values to remove a row's tokens.
        try db.cachedStatement(
            sql: """
                INSERT INTO quote_fts (quote_fts, rowid, text)
                SELECT 'delete', id, text FROM quote WHERE article_id = ?
                """
        ).execute(arguments: [id])
        try db.cachedStatement(
            sql: """
                INSERT INTO passage_fts (passage_fts, rowid, text, title)
                SELECT 'delete', id, text, title FROM passage_text
                WHERE id IN (SELECT id FROM passage WHERE article_id = ?)
                """
        ).execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
    }
}
