import GRDB

/// The pages a run leaves free, given back to the file system when it ends.
///
/// SQLite keeps the pages a write frees (FTS5's merges rewrite whole segments; the full-text merge that ends a run,
/// ``FullTextMerge``, rewrites the table) as free pages inside the file, for later writes: the file never shrinks.
/// A run that ended in a merge left 8–12% of the file free (799 of 9,852 MB at 15.7 million passages, 21 of 212 MB
/// for the 1× synthetic corpus, 4.5 of 36.7 MB for 300 of its articles). An index created since has SQLite's
/// incremental vacuum (`auto_vacuum = INCREMENTAL`, set before its first table), and a run hands its free pages
/// back once it has written (``returnAll(_:)``): SQLite moves the pages at the end of the file into the free ones,
/// through the write-ahead log, and the file is cut at the next checkpoint that reaches the log's end. An older
/// index keeps its free pages for its later runs, as before: SQLite could convert it (the pragma, then `VACUUM`),
/// but that rewrites the whole file, and Parley does not do it unasked.
enum FreePages {
    /// Makes a database that holds no table yet return its free pages when asked (``returnAll(_:)``). Nothing for
    /// one that holds a table.
    static func enable(_ dbQueue: DatabaseQueue) throws {
        try dbQueue.writeWithoutTransaction { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0 else { return }
            // The mode is written in the file's header: VACUUM writes it there once WAL mode has made the file.
            try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
            try db.execute(sql: "VACUUM")
        }
    }

    /// Whether the database returns its free pages (it was made with ``enable(_:)``).
    static func isEnabled(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "PRAGMA auto_vacuum") == 2
    }

    /// Returns every free page to the file system, outside a transaction, when the database can
    /// (``isEnabled(_:)``); how many it returned.
    @discardableResult
    static func returnAll(_ db: Database) throws -> Int {
        guard try isEnabled(db) else { return 0 }
        let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
        guard free > 0 else { return 0 }
        try db.execute(sql: "PRAGMA incremental_vacuum")
        return free - (try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0)
    }
}
