import Foundation
import GRDB

/// An open Parley index: one SQLite file in WAL mode with foreign keys on.
///
/// Opening checks the file before anything writes to it: a file that is not SQLite, an SQLite database
/// that is not a Parley index, or an index from a newer Parley (schema or extraction) fail with ``StoreError``
/// and are left byte-for-byte untouched. An index extracted by an older Parley opens; ``analysisNotice`` says so.
public final class ParleyIndex: Sendable {
    public let path: String
    let dbQueue: DatabaseQueue
    /// The ``ArticleExtraction/version`` the stored quotations and mentions were extracted with, when opened.
    public let analysis: Int

    /// The note for an index extracted by an older Parley (`parley reindex` re-extracts it); `nil` when current.
    public var analysisNotice: StoreNotice? {
        analysis < Schema.analysis ? .olderAnalysis(path: path, found: analysis, current: Schema.analysis) : nil
    }

    public enum Mode: Sendable {
        /// Create the file (and its folder) when missing; upgrade an older schema.
        case create
        /// The index must exist (search, stats).
        case existing
        /// The index must exist; its full-text table may be outdated (`parley reindex`).
        case rebuild
    }

    public static func open(at path: String, mode: Mode) throws(StoreError) -> ParleyIndex {
        let manager = FileManager.default
        let exists = manager.fileExists(atPath: path)
        var size = 0
        if !exists {
            guard mode == .create else { throw .missing(path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotOpen(path: path, reason: "cannot create folder '\(folder)'")
                }
            }
        } else {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .notAnIndex(path: path, reason: "it is a folder; name a file, such as \(path)/parley.sqlite")
            }
            size = ((try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            if size == 0, mode != .create { throw .missing(path: path) }
            try checkExistingFile(at: path)
        }
        var configuration = Configuration()
        // WAL is persistent: set when the file is created. Setting it again costs GRDB a write transaction and
        // two fsyncs on every open (30–50 ms here), which a search must not pay.
        configuration.journalMode = size > 0 ? .default : .wal
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL + NORMAL: a crash loses at most the last transactions, never consistency.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 32 MB of page cache (SQLite's default is 2 MB): FTS5 and the identity lookups re-read the same
            // pages all through a run, and every miss is a read from the WAL.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            db.add(tokenizer: ParleyFTS5Tokenizer.self)
            try RankFunction.register(db)
        }
        let index: ParleyIndex
        do {
            let dbQueue = try DatabaseQueue(path: path, configuration: configuration)
            // Read first, write only to upgrade: opening an up-to-date index writes nothing. An SQLite file that
            // was not made by Parley (an empty database) may not be in WAL mode yet: indexing needs it, for its
            // second (reading) connection.
            let (migrated, journal, built) = try dbQueue.read { db in
                let migrated = try Schema.migrator.hasCompletedMigrations(db)
                return (
                    migrated, try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                    migrated ? try Schema.builtAnalysis(db) : nil
                )
            }
            if !migrated { try Schema.migrator.migrate(dbQueue) }
            if journal != "wal" {
                try dbQueue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            var analysis = try built ?? dbQueue.read { try Schema.builtAnalysis($0) }
            if analysis < Schema.analysis, mode == .create {
                // A new index (or one holding no article yet) has nothing extracted by an older Parley.
                let stored = analysis
                analysis = try dbQueue.write { db in
                    if try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article)") == 1 { return stored }
                    try Schema.recordAnalysis(db)
                    return Schema.analysis
                }
            }
            index = ParleyIndex(path: path, dbQueue: dbQueue, analysis: analysis)
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        if mode != .rebuild {
            let built = try index.read { try Schema.builtTokenizer($0) } ?? "unknown"
            if built != Schema.tokenizer {
                throw .outdatedTokenizer(path: path, found: built, current: Schema.tokenizer)
            }
        }
        return index
    }

    /// Rebuilds the full-text table from the stored articles with the current tokenizer, in one transaction.
    ///
    /// - Returns: the number of passages indexed.
    public func rebuildFullText() throws(StoreError) -> Int {
        try write { db in
            try Self.registerLegacyTokenizers(db)
            var passages = 0
            try db.inTransaction {
                passages = try Self.rebuildFullText(db)
                return .commit
            }
            return passages
        }
    }

    /// Registers the older Parley tokenizer a full-text table was built with (`parley_v0`) under its name: dropping
    /// an FTS5 table constructs its tokenizer.
    static func registerLegacyTokenizers(_ db: Database) throws {
        for name in try fullTextTokenizers(db) where name.hasPrefix("parley_") && name != Schema.tokenizer {
            LegacyTokenizer.name = name
            db.add(tokenizer: LegacyTokenizer.self)
        }
    }

    /// Recreates `passage_fts` and `quote_fts` with the current tokenizer and fills them, in the caller's
    /// transaction.
    ///
    /// - Returns: the number of passages indexed.
    static func rebuildFullText(_ db: Database) throws -> Int {
        try db.execute(sql: "DROP TABLE IF EXISTS passage_fts")
        try db.execute(sql: "DROP TABLE IF EXISTS quote_fts")
        try Schema.createFullTextTable(db)
        try Schema.createQuoteFullTextTable(db)
        try db.execute(sql: "INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')")
        try db.execute(sql: "INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0
    }

    /// The tokenizer names the full-text tables were declared with (`tokenize = 'parley_v0'`).
    static func fullTextTokenizers(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE name IN ('passage_fts', 'quote_fts')")
            .compactMap { sql in
                guard let range = sql.range(of: "tokenize") else { return nil }
                let rest = sql[range.upperBound...].drop(while: { $0 == " " || $0 == "=" || $0 == "'" || $0 == "\"" })
                return String(rest.prefix(while: { $0 != "'" && $0 != "\"" && $0 != " " && $0 != ")" }))
            }
    }

    private init(path: String, dbQueue: DatabaseQueue, analysis: Int) {
        self.path = path
        self.dbQueue = dbQueue
        self.analysis = analysis
    }

    /// Validates an existing file without writing to it.
    private static func checkExistingFile(at path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "permission denied or not a regular file")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }  // An empty file is an empty database: it becomes an index.
        guard header.count == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw .notAnIndex(path: path, reason: "not an SQLite database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        // A writer (another `parley index`, or this process's last connection closing and checkpointing the
        // WAL) may hold a lock for a moment: wait for it, as every connection does, rather than call the file
        // damaged.
        configuration.busyMode = .timeout(10)
        do {
            let dbQueue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? dbQueue.close() }
            try dbQueue.read { db in
                do {
                    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    if applicationID != Schema.applicationID {
                        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                        if tables > 0 || applicationID != 0 {
                            throw StoreError.notAnIndex(path: path, reason: "an SQLite database of another program")
                        }
                        return
                    }
                    let applied = try Schema.migrator.appliedIdentifiers(db)
                    let known = Set(Schema.migrator.migrations)
                    let unknown = applied.subtracting(known)
                    if !unknown.isEmpty { throw StoreError.newerSchema(path: path, migrations: unknown.sorted()) }
                    if try db.tableExists("parley_meta") {
                        let analysis = try Schema.builtAnalysis(db)
                        if analysis > Schema.analysis {
                            throw StoreError.newerAnalysis(path: path, found: analysis, current: Schema.analysis)
                        }
                    }
                } catch let error as StoreError {
                    throw error
                } catch let error as DatabaseError where Self.isBusy(error) {
                    throw StoreError.cannotOpen(path: path, reason: "the index is busy: another process is writing it")
                } catch let error as DatabaseError {
                    throw StoreError.notAnIndex(path: path, reason: "damaged: \(error.message ?? "\(error.resultCode)")")
                } catch {
                    throw StoreError.notAnIndex(path: path, reason: "\(error)")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where isBusy(error) {
            throw .cannotOpen(path: path, reason: "the index is busy: another process is writing it")
        } catch let error as DatabaseError {
            throw .notAnIndex(path: path, reason: "damaged: \(error.message ?? "\(error.resultCode)")")
        } catch {
            throw .notAnIndex(path: path, reason: "\(error)")
        }
    }

    /// `SQLITE_BUSY` or `SQLITE_LOCKED` (any extended code): somebody holds a lock; the file is fine.
    static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// A second connection for reads while a long write holds the first (WAL: readers see the last commit).
    func openReader() throws(StoreError) -> ParleyIndex {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        do {
            return ParleyIndex(
                path: path, dbQueue: try DatabaseQueue(path: path, configuration: configuration), analysis: analysis)
        } catch {
            throw wrap(error)
        }
    }

    /// Runs `body` with exclusive write access (no transaction: the caller opens its own).
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try dbQueue.writeWithoutTransaction(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw wrap(error)
        }
    }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try dbQueue.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw wrap(error)
        }
    }

    func wrap(_ error: any Error) -> StoreError {
        if let error = error as? DatabaseError {
            return .database(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        return .database(path: path, reason: "\(error)")
    }
}
