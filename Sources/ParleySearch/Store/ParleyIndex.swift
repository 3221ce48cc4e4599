import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The bounds of ``ParleyIndex/limitQueries(seconds:memoryBytes:)``.
struct QueryLimits: Sendable {
    var seconds: Double?
    var deadline: ContinuousClock.Instant?
}

/// An open Parley index: one SQLite file in WAL mode with foreign keys on.
///
/// Opening checks the file before anything writes to it: a file that is not SQLite, an SQLite database
/// that is not a Parley index, or an index from a newer Parley (schema or extraction) fail with ``StoreError``
/// and are left byte-for-byte untouched. An index extracted by an older Parley opens; ``analysisNotice`` says so.
public final class ParleyIndex: Sendable {
    public let path: String
    let dbQueue: DatabaseQueue
    private let limits = Mutex(QueryLimits())
    private let memoryLimit = Mutex<Int64?>(nil)
    /// The ``ArticleExtraction/version`` the stored quotations and mentions were extracted with, when opened.
    public let analysis: Int
    /// Opened read-only because the file or its folder cannot be written here (``Mode/read`` always reads
    /// through a read-only connection; this says the place itself is read-only).
    public let isReadOnlyPlace: Bool

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
        /// The index must exist and is only read (search, quotes, stats): the connection is read-only, so it
        /// works wherever the file can be read. See ``openReadOnly(at:allowOutdatedTokenizer:)``.
        case read
        /// Read-write where the index can be written, read-only elsewhere; the tokenizer may be outdated
        /// (`parley check`).
        case inspect
    }

    public static func open(at path: String, mode: Mode, onUpgrade: ((_ passages: Int) -> Void)? = nil)
        throws(StoreError) -> ParleyIndex
    {
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
            let writable = isWritablePlace(path)
            if mode == .read || (mode == .inspect && !writable) {
                if let index = try openReadOnly(at: path, allowOutdatedTokenizer: mode == .inspect, writable: writable)
                {
                    return index
                }
            }
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
            try registerParleyFunctions(db)
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
            if !migrated {
                // An index made by an older Parley (not a new file): the caller may say what takes the time.
                if size > 0, let onUpgrade {
                    onUpgrade(
                        try dbQueue.read { db in
                            try db.tableExists("passage")
                                ? Int.fetchOne(db, sql: "SELECT max(id) FROM passage") ?? 0 : 0
                        })
                }
                try FreePages.enable(dbQueue)
                try Schema.migrator.migrate(dbQueue)
            }
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
            index = ParleyIndex(path: path, dbQueue: dbQueue, analysis: analysis, isReadOnlyPlace: false)
        } catch let error as DatabaseError where isReadOnlyError(error) {
            throw .cannotOpen(path: path, reason: "the file or its folder is read-only here, and this command writes")
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        if mode == .create || mode == .existing || mode == .rebuild {
            // A hand edit of the alias file, or an `aliases add` cut off before its commit, is merged now.
            do {
                try index.applyAliasFileIfChanged()
            } catch {
                throw .cannotOpen(path: path, reason: "cannot merge the entities of \(index.aliasFilePath): \(error)")
            }
        }
        if mode != .rebuild, mode != .inspect {
            let built = try index.read { try Schema.builtTokenizer($0) } ?? "unknown"
            if built != Schema.fullTextLayout {
                throw .outdatedTokenizer(path: path, found: built, current: Schema.fullTextLayout)
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
        try TermPassages.recount(db)
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

    private init(path: String, dbQueue: DatabaseQueue, analysis: Int, isReadOnlyPlace: Bool) {
        self.path = path
        self.dbQueue = dbQueue
        self.analysis = analysis
        self.isReadOnlyPlace = isReadOnlyPlace
        file = OpenFiles.add(path)
    }

    deinit {
        if let file { OpenFiles.remove(file) }
    }

    /// The file this index is open on, counted in ``OpenFiles`` while it is open.
    private let file: OpenFiles.FileID?

    /// Opens an up-to-date index through a read-only connection; `nil` when its schema must be upgraded first and
    /// the place can be written (the caller then opens it for writing, which upgrades it).
    ///
    /// How WAL is handled: a read-only connection still needs the `-shm` index of the write-ahead log. Where the
    /// folder can be written, SQLite creates it as for any reader, and readers see each commit of a concurrent
    /// writer. In a folder that cannot be written (a read-only mount, another user's folder), SQLite reads a `-shm`
    /// a writer left there; when there is none and no pending `-wal` either (every finished `parley index`
    /// checkpoints and removes both), nobody can be writing the file from here, and it is opened as `immutable`:
    /// no locks, no `-shm`. A pending `-wal` that SQLite cannot share is reported, not skipped.
    private static func openReadOnly(at path: String, allowOutdatedTokenizer: Bool, writable: Bool)
        throws(StoreError) -> ParleyIndex?
    {
        do {
            let (dbQueue, readOnlyPlace) = try readOnlyQueue(at: path, writable: writable, configure: true)
            let (migrated, analysis, tokenizer) = try dbQueue.read { db in
                let migrated = try Schema.migrator.hasCompletedMigrations(db)
                return (
                    migrated, migrated ? try Schema.builtAnalysis(db) : 0,
                    migrated ? try Schema.builtTokenizer(db) : nil
                )
            }
            guard migrated else {
                try? dbQueue.close()
                if writable { return nil }
                throw StoreError.cannotOpen(
                    path: path,
                    reason:
                        "it was made by an older Parley, and upgrading it needs write access to the file and its folder"
                )
            }
            let built = tokenizer ?? "unknown"
            if !allowOutdatedTokenizer, built != Schema.fullTextLayout {
                throw StoreError.outdatedTokenizer(path: path, found: built, current: Schema.fullTextLayout)
            }
            return ParleyIndex(path: path, dbQueue: dbQueue, analysis: analysis, isReadOnlyPlace: readOnlyPlace)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where isBusy(error) {
            throw .cannotOpen(path: path, reason: "the index is busy: another process is writing it")
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A read-only connection that has read the schema once (SQLite opens the WAL lazily), and whether it had to
    /// be opened `immutable` because the place is read-only (see
    /// ``openReadOnly(at:allowOutdatedTokenizer:writable:)``).
    static func readOnlyQueue(at path: String, writable: Bool, configure: Bool) throws -> (DatabaseQueue, Bool) {
        var configuration = Configuration()
        configuration.readonly = true
        // A writer (another `parley index`, or this process's last connection closing and checkpointing the
        // WAL) may hold a lock for a moment: wait for it, as every connection does, rather than call the file
        // damaged.
        configuration.busyMode = .timeout(10)
        if configure {
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA cache_size = -32768")
                try registerParleyFunctions(db)
            }
        }
        let probe = "SELECT count(*) FROM sqlite_master"
        func logSize() -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber)?.intValue ?? 0
        }
        let pendingLog = StoreError.cannotOpen(
            path: path,
            reason: "its folder is read-only here and its write-ahead log (\(path)-wal) holds changes SQLite "
                + "cannot share without the log's index (-shm); open it once where it can be written, or copy the "
                + "index with its -wal and -shm")
        // Without the log's index SQLite would retry its locks for seconds before giving up.
        if !writable, logSize() > 0, !FileManager.default.fileExists(atPath: path + "-shm") { throw pendingLog }
        do {
            let dbQueue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try dbQueue.read { try Int.fetchOne($0, sql: probe) }
            return (dbQueue, !writable)
        } catch let error as DatabaseError where !writable {
            let log = logSize()
            guard isReadOnlyError(error) || error.resultCode == .SQLITE_PROTOCOL || log > 0 else { throw error }
            if log > 0 { throw pendingLog }
            let immutable = try DatabaseQueue(path: immutableURI(path), configuration: configuration)
            _ = try immutable.read { try Int.fetchOne($0, sql: probe) }
            return (immutable, true)
        }
    }

    /// What every connection to an index needs, writing or reading: the tokenizer, `parley_rank`,
    /// `parley_explain`, `parley_sentence`, `parley_highlight` and `parley_statement`.
    static func registerParleyFunctions(_ db: Database) throws {
        db.add(tokenizer: ParleyFTS5Tokenizer.self)
        try RankFunction.register(db)
        try SentenceFunction.register(db)
        try HighlightFunction.register(db)
        db.add(function: QuoteStatement.sqlFunction)
        if profilesStatements {
            db.trace(options: .profile) { event in
                if case let .profile(statement, duration) = event {
                    FileHandle.standardError.write(
                        Data(String(format: "%9.3f ms  %@\n", duration * 1000, statement.expandedSQL).utf8))
                }
            }
        }
    }

    /// `PARLEY_PROFILE_SQL=1`: every statement a connection runs is written to standard error with its time, for
    /// performance work (docs/performance.md).
    static let profilesStatements = !(ProcessInfo.processInfo.environment["PARLEY_PROFILE_SQL"] ?? "").isEmpty

    /// `file:PATH?immutable=1`, the path percent-encoded as SQLite's URI filenames require.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// Whether this process can write the index file and create files beside it (the WAL's `-wal` and `-shm`).
    static func isWritablePlace(_ path: String) -> Bool {
        var folder = (path as NSString).deletingLastPathComponent
        if folder.isEmpty { folder = "." }
        return access(path, W_OK) == 0 && access(folder, W_OK) == 0
    }

    /// SQLite refused to write or to create a file: a read-only file, folder or mount.
    static func isReadOnlyError(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN
    }

    /// Validates an existing file without writing to it.
    private static func checkExistingFile(at path: String) throws(StoreError) {
        // A file this process already has open as an index was checked then, and must not be opened again outside
        // SQLite: closing any descriptor of a file drops every POSIX lock the process holds on it, the shared lock
        // of its open connections too (SQLite's own descriptors are kept from that). Another process's writer
        // would then take itself for the last connection, checkpoint and reset the write-ahead log under this
        // process's readers: "database disk image is malformed" (seen with `parley serve`'s four readers).
        if OpenFiles.contains(path) { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "permission denied or not a regular file")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }  // An empty file is an empty database: it becomes an index.
        guard header.count == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw .notAnIndex(path: path, reason: "not an SQLite database")
        }
        do {
            let (dbQueue, _) = try readOnlyQueue(at: path, writable: isWritablePlace(path), configure: false)
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
                    throw StoreError.notAnIndex(
                        path: path, reason: "damaged: \(error.message ?? "\(error.resultCode)")")
                } catch {
                    throw StoreError.notAnIndex(path: path, reason: "\(error)")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where isBusy(error) {
            throw .cannotOpen(path: path, reason: "the index is busy: another process is writing it")
        } catch let error as DatabaseError where isReadOnlyError(error) {
            throw .cannotOpen(
                path: path, reason: "SQLite cannot read it here: \(error.message ?? "\(error.resultCode)")")
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
                path: path, dbQueue: try DatabaseQueue(path: path, configuration: configuration), analysis: analysis,
                isReadOnlyPlace: false)
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

    /// Bounds every query this index runs from now on: all of them together stop after `seconds` (SQLite is
    /// interrupted), and SQLite's memory, for the whole process, is capped at `memoryBytes`. Either ends the query
    /// with ``StoreError/queryTimeLimit(seconds:)`` or ``StoreError/queryMemoryLimit(megabytes:)``; `nil` is no
    /// limit. For the reading commands: a writer must not be cut off half-way.
    public func limitQueries(seconds: Double?, memoryBytes: Int64?) {
        limits.withLock { $0 = QueryLimits(seconds: seconds, deadline: seconds.map { .now + .seconds($0) }) }
        if let memoryBytes { sqlite3_hard_heap_limit64(memoryBytes) }
        memoryLimit.withLock { $0 = memoryBytes }
    }

    /// Runs `body` in a read transaction, within the limits of ``limitQueries(seconds:memoryBytes:)``.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        let limit = limits.withLock { $0 }
        var timer: InterruptTimer?
        if let deadline = limit.deadline, let seconds = limit.seconds {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { throw .queryTimeLimit(seconds: seconds) }
            timer = InterruptTimer(after: left) { [dbQueue] in dbQueue.interrupt() }
        }
        defer { timer?.cancel() }
        do {
            return try dbQueue.read(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT && limit.seconds != nil {
            throw .queryTimeLimit(seconds: limit.seconds ?? 0)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOMEM {
            if let bytes = memoryLimit.withLock({ $0 }) { throw .queryMemoryLimit(megabytes: Int(bytes >> 20)) }
            throw wrap(error)
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

/// Runs `action` once `duration` has passed unless cancelled first, on a thread of its own: a GCD timer waits for a
/// thread of the shared pool, which a busy process may not give it for seconds (a 0.3 s limit took 17 s under load).
final class InterruptTimer: @unchecked Sendable {
    private let condition = NSCondition()
    private var cancelled = false

    init(after duration: Duration, action: @escaping @Sendable () -> Void) {
        let deadline = Date().addingTimeInterval(duration.inSeconds)
        let thread = Thread { [self] in
            condition.lock()
            while !cancelled, condition.wait(until: deadline) {}
            // Under the lock: once `cancel()` has returned, the action cannot run.
            if !cancelled { action() }
            condition.unlock()
        }
        thread.start()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.signal()
        condition.unlock()
    }
}

/// The index files this process has open, by device and inode, with how many ``ParleyIndex``es hold each: a file
/// in it is not opened again outside SQLite (``ParleyIndex/checkExistingFile(at:)`` says why).
enum OpenFiles {
    struct FileID: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    private static let counts = Mutex<[FileID: Int]>([:])

    static func id(_ path: String) -> FileID? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    static func add(_ path: String) -> FileID? {
        guard let file = id(path) else { return nil }
        counts.withLock { $0[file, default: 0] += 1 }
        return file
    }

    static func remove(_ file: FileID) {
        counts.withLock { counts in
            counts[file, default: 1] -= 1
            if counts[file] == 0 { counts[file] = nil }
        }
    }

    static func contains(_ path: String) -> Bool {
        guard let file = id(path) else { return false }
        return counts.withLock { $0[file] != nil }
    }
}
