import GRDB

/// The rows of `passage_fts`: every write to it goes through here.
///
/// FTS5 with external content deletes a row by being given the values it was inserted with. The `facets` column
/// (``FacetTerms``) is computed from quotations, mentions and the article's source and date, which change after
/// the row is written: `aliases add` and the surname merges move quotations and mentions to another entity,
/// re-extraction replaces them, a wire copy's removal changes an article's source or date. So:
///
/// - the row of passage `p` holds the `facets` value recorded in `temp.facet_before` for `p` when there is one,
///   else the view's current value;
/// - triggers (``watch(_:)``) record a passage's value before a change to its quotations, mentions or article alters
///   it;
/// - ``rewriteChanged(_:)`` rewrites the rows whose value changed and forgets the records; every writer calls it
///   before it commits.
enum PassageFullText {
    /// Creates the record table and the triggers on this connection (temporary: they live as long as it does). Call
    /// before any write that may change a passage's facets, in the writing connection.
    static func watch(_ db: Database) throws {
        // A trigger's INSERT names its table unqualified: `facet_before` is the temporary one.
        let record = """
            INSERT OR IGNORE INTO facet_before (id, facets)
            SELECT id, facets FROM main.passage_facets
            """
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS facet_before (id INTEGER PRIMARY KEY, facets TEXT NOT NULL);
                CREATE TEMP TRIGGER IF NOT EXISTS facet_mention_update BEFORE UPDATE OF entity_id ON main.mention
                WHEN NOT EXISTS (SELECT 1 FROM temp.facet_before WHERE id = OLD.passage_id)
                BEGIN \(record) WHERE id = OLD.passage_id; END;
                CREATE TEMP TRIGGER IF NOT EXISTS facet_mention_delete BEFORE DELETE ON main.mention
                WHEN NOT EXISTS (SELECT 1 FROM temp.facet_before WHERE id = OLD.passage_id)
                BEGIN \(record) WHERE id = OLD.passage_id; END;
                CREATE TEMP TRIGGER IF NOT EXISTS facet_quote_update BEFORE UPDATE OF speaker_id ON main.quote
                WHEN OLD.kind <> 'other'
                BEGIN
                    \(record) WHERE id BETWEEN OLD.passage_id AND coalesce(OLD.last_passage_id, OLD.passage_id)
                    AND id NOT IN (SELECT id FROM temp.facet_before);
                END;
                CREATE TEMP TRIGGER IF NOT EXISTS facet_quote_delete BEFORE DELETE ON main.quote
                WHEN OLD.kind <> 'other'
                BEGIN
                    \(record) WHERE id BETWEEN OLD.passage_id AND coalesce(OLD.last_passage_id, OLD.passage_id)
                    AND id NOT IN (SELECT id FROM temp.facet_before);
                END;
                CREATE TEMP TRIGGER IF NOT EXISTS facet_article_update BEFORE UPDATE OF source, published ON main.article
                WHEN OLD.source IS NOT NEW.source OR substr(OLD.published, 1, 10) IS NOT substr(NEW.published, 1, 10)
                BEGIN
                    \(record) WHERE id IN (SELECT id FROM main.passage WHERE article_id = OLD.id)
                    AND id NOT IN (SELECT id FROM temp.facet_before);
                END;
                """)
    }

    /// Drops the triggers (``watch(_:)`` creates them again), when every passage a change can touch is recorded.
    static func pauseWatching(_ db: Database) throws {
        for trigger in ["mention_update", "mention_delete", "quote_update", "quote_delete", "article_update"] {
            try db.execute(sql: "DROP TRIGGER IF EXISTS temp.facet_\(trigger)")
        }
    }

    /// Inserts a new passage's row: `?1` its id, `?2` its text, `?3` the title, `?4` its `facets` value as the view
    /// computes it (``FacetTerms/Collector``), after its quotations and mentions are stored. Run it inside
    /// ``TermPassages/counting(_:_:_:)``.
    private static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: insertSQL)
    }

    private static let insertSQL = """
        INSERT INTO passage_fts (rowid, text, title, impact, facets)
        VALUES (?1, ?2, ?3, char(1) || ?2 || char(1) || ?3, ?4)
        """

    /// Deletes the rows of the passages `passages` selects (SQL with a single `id` column), with the values they
    /// hold, and forgets their records.
    static func delete(_ db: Database, passages: String, arguments: StatementArguments) throws {
        try TermPassages.counting(db, -1) {
            try db.cachedStatement(
                sql: """
                    INSERT INTO passage_fts (passage_fts, rowid, text, title, impact, facets)
                    SELECT 'delete', v.id, v.text, v.title, v.impact, coalesce(b.facets, v.facets)
                    FROM passage_text v LEFT JOIN temp.facet_before b ON b.id = v.id
                    WHERE v.id IN (\(passages))
                    """
            ).execute(arguments: arguments)
        }
        try db.cachedStatement(sql: "DELETE FROM temp.facet_before WHERE id IN (\(passages))")
            .execute(arguments: arguments)
    }

    /// Inserts the rows of the passages `passages` selects, with their current values.
    static func insert(_ db: Database, passages: String, arguments: StatementArguments) throws {
        try TermPassages.counting(db, 1) {
            try db.cachedStatement(
                sql: """
                    INSERT INTO passage_fts (rowid, text, title, impact, facets)
                    SELECT id, text, title, impact, facets FROM passage_text WHERE id IN (\(passages))
                    """
            ).execute(arguments: arguments)
        }
    }

    /// Inserts new passages' rows with ``insertStatement(_:)``'s SQL (the same cached statement), bound through
    /// SQLite's C API (``RawInsert``): each of `rows` is its id, text, title and `facets` value. With `prepared`, the
    /// article's tokens (its passages', in the order of `rows`), FTS5 is given them instead of tokenizing the rows.
    static func insert(
        _ db: Database, rows: [(id: Int64, text: String, title: String, facets: String)],
        prepared: PreparedFullText? = nil
    ) throws {
        let statement = try RawInsert(db, sql: insertSQL)
        let tokens = prepared.flatMap { $0.passages.count == rows.count ? $0 : nil }
        let current = PreparedRow()
        func insertRows() throws {
            for (index, row) in rows.enumerated() {
                current.row = tokens.map {
                    PreparedRow.Tokens(
                        text: $0.passages[index].text, title: $0.title, impact: $0.passages[index].impact)
                }
                try statement.execute(.integer(row.id), .text(row.text), .text(row.title), .text(row.facets))
            }
        }
        try TermPassages.counting(db, 1) {
            // The tokenizer looks for a row only when there are tokens to give.
            if tokens == nil { try insertRows() } else { try current.open(on: db, insertRows) }
        }
    }

    /// Forgets the records of passages that are gone (their article deleted, their rows with it): an id SQLite
    /// gives again to a new passage must not inherit one.
    static func forgetDeleted(_ db: Database) throws {
        try db.cachedStatement(
            sql: "DELETE FROM temp.facet_before WHERE id NOT IN (SELECT id FROM main.passage)"
        ).execute()
    }

    /// Records every passage's value, before a change to all of them (re-extraction).
    static func recordAll(_ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO temp.facet_before (id, facets) SELECT id, facets FROM passage_facets")
    }

    /// Passages rewritten at a time by ``rewriteChanged(_:)``: their texts and tokens are in memory together.
    static let rewriteChunk = 4_096

    /// Rewrites the rows whose `facets` value changed since it was recorded, and forgets every record.
    ///
    /// - Returns: how many rows were rewritten.
    @discardableResult
    static func rewriteChanged(_ db: Database) throws -> Int {
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS facet_changed (
                    id INTEGER PRIMARY KEY, old TEXT NOT NULL, new TEXT NOT NULL);
                DELETE FROM temp.facet_changed;
                INSERT INTO temp.facet_changed (id, old, new)
                    SELECT b.id, b.facets, f.facets FROM temp.facet_before b JOIN main.passage_facets f ON f.id = b.id
                    WHERE f.facets <> b.facets;
                DELETE FROM temp.facet_before;
                """)
        // The new value kept from the comparison, not computed again by the view. The passages' text sliced here, an
        // article read once: the view's `substr` counts characters from the article's start, once a passage and
        // column (1.8 million instructions a passage of a briefing). In chunks, each its deletes then its inserts, in
        // rowid order: FTS5 flushes its pending terms to a new segment whenever a row id goes backwards, which one
        // delete and one insert a passage did 2 × 364 times in 60 briefings.
        let changed = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.id, c.old, c.new, p.article_id, p.start, p."end"
                FROM temp.facet_changed c JOIN passage p ON p.id = c.id
                ORDER BY c.id
                """)
        let article = try db.cachedStatement(sql: "SELECT text, title FROM article WHERE id = ?")
        let delete = try db.cachedStatement(
            sql: """
                INSERT INTO passage_fts (passage_fts, rowid, text, title, impact, facets)
                VALUES ('delete', ?1, ?2, ?3, char(1) || ?2 || char(1) || ?3, ?4)
                """)
        let insert = try insertStatement(db)
        var current: (id: Int64, text: ArticleBytes, title: String, tokens: DocumentTokens)?
        var chunk: [(id: Int64, text: String, title: String, old: String, new: String, tokens: PreparedRow.Tokens)] = []
        // Each row tokenized once, here, and its tokens given to FTS5 twice, for the delete and for the insert.
        var preparer = PreparedFullText.Preparer()
        let prepared = PreparedRow()
        var count = 0
        func flush() throws {
            // The words do not change (the text and the title are the same): no count, outside any counting scope.
            try prepared.open(on: db) {
                for row in chunk {
                    prepared.row = row.tokens
                    try delete.execute(arguments: [row.id, row.text, row.title, row.old])
                }
                for row in chunk {
                    prepared.row = row.tokens
                    try insert.execute(arguments: [row.id, row.text, row.title, row.new])
                }
            }
            count += chunk.count
            chunk.removeAll(keepingCapacity: true)
        }
        while let row = try changed.next() {
            let articleID: Int64 = row[3]
            if current?.id != articleID {
                guard let stored = try Row.fetchOne(article, arguments: [articleID]) else { continue }
                let title: String = stored[1]
                current = (articleID, ArticleBytes(stored[0]), title, preparer.tokens(of: title))
            }
            guard let (_, article, title, titleTokens) = current else { continue }
            let text = String(decoding: article.slice(row[4], row[5]), as: UTF8.self)
            chunk.append((row[0], text, title, row[1], row[2], preparer.row(text: text, title: titleTokens)))
            if chunk.count >= rewriteChunk { try flush() }
        }
        try flush()
        try TermPassages.flush(db)
        return count
    }
}
