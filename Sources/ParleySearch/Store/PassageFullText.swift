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

    /// Inserts a new passage's row (`?1` its id, `?2` its text, `?3` the title), after its quotations and
    /// mentions are stored.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(
            sql: """
                INSERT INTO passage_fts (rowid, text, title, impact, facets)
                VALUES (?1, ?2, ?3, char(1) || ?2 || char(1) || ?3, (SELECT facets FROM passage_facets WHERE id = ?1))
                """)
    }

    /// Deletes the rows of the passages `passages` selects (SQL with a single `id` column), with the values they
    /// hold, and forgets their records.
    static func delete(_ db: Database, passages: String, arguments: StatementArguments) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO passage_fts (passage_fts, rowid, text, title, impact, facets)
                SELECT 'delete', v.id, v.text, v.title, v.impact, coalesce(b.facets, v.facets)
                FROM passage_text v LEFT JOIN temp.facet_before b ON b.id = v.id
                WHERE v.id IN (\(passages))
                """
        ).execute(arguments: arguments)
        try db.cachedStatement(sql: "DELETE FROM temp.facet_before WHERE id IN (\(passages))")
            .execute(arguments: arguments)
    }

    /// Inserts the rows of the passages `passages` selects, with their current values.
    static func insert(_ db: Database, passages: String, arguments: StatementArguments) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO passage_fts (rowid, text, title, impact, facets)
                SELECT id, text, title, impact, facets FROM passage_text WHERE id IN (\(passages))
                """
        ).execute(arguments: arguments)
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
        try db.execute(sql: "INSERT OR IGNORE INTO temp.facet_before (id, facets) SELECT id, facets FROM passage_facets")
    }

    /// Rewrites the rows whose `facets` value changed since it was recorded, and forgets every record.
    ///
    /// - Returns: how many rows were rewritten.
    @discardableResult
    static func rewriteChanged(_ db: Database) throws -> Int {
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS facet_changed (id INTEGER PRIMARY KEY, old TEXT NOT NULL);
                DELETE FROM temp.facet_changed;
                INSERT INTO temp.facet_changed (id, old)
                    SELECT b.id, b.facets FROM temp.facet_before b JOIN main.passage_facets f ON f.id = b.id
                    WHERE f.facets <> b.facets;
                DELETE FROM temp.facet_before;
                INSERT INTO passage_fts (passage_fts, rowid, text, title, impact, facets)
                    SELECT 'delete', v.id, v.text, v.title, v.impact, c.old
                    FROM temp.facet_changed c JOIN passage_text v ON v.id = c.id;
                INSERT INTO passage_fts (rowid, text, title, impact, facets)
                    SELECT v.id, v.text, v.title, v.impact, v.facets
                    FROM temp.facet_changed c JOIN passage_text v ON v.id = c.id;
                """)
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.facet_changed") ?? 0
    }
}
