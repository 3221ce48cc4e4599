import Foundation
import GRDB
import ParleyText

/// How many passages hold each word of `passage_fts`'s text and title: the table `term_passages` (the word as
/// FTS5 stores it, and its passages), so that a search of several words has each word's document frequency by one
/// lookup instead of walking its doclist (`said` at 15.7 million passages: 3.1 million matches, 180 ms to count).
///
/// The counts follow every write to `passage_fts`: ``PassageFullText`` runs each insert and delete inside
/// ``counting(_:_:_:)``, during which ``ParleyFTS5Tokenizer`` reports each row's distinct words (it finds them anyway,
/// for the `impact` column's levels). A scope that succeeds adds its words to the transaction's pending changes; one
/// that throws drops them all, also those of its statements that succeeded, so a caller must not commit after a
/// scope failed (every writer rolls its transaction back on an error); ``flush(_:)`` writes them, in the same
/// transaction, before it commits: a transaction that would commit with changes not written fails instead, and one
/// rolled back drops them. A rebuild of the full-text table counts them again from FTS5's own vocabulary
/// (``recount(_:)``), and `parley check` compares the two.
enum TermPassages {
    /// The words counted on one connection while a scope runs.
    final class Counts: @unchecked Sendable {
        /// 1 for inserted rows, -1 for deleted ones.
        let sign: Int
        var words = WordCounts()
        init(sign: Int) { self.sign = sign }
    }

    /// Words and a count each, in one byte buffer and an open-addressing table by the hash the tokenizer computed:
    /// a row's words are added without allocating (a dictionary of byte arrays cost 9% of indexing's instructions).
    struct WordCounts {
        private var bytes: [UInt8] = []
        private var entries: [(hash: UInt64, start: Int32, length: Int32, count: Int)] = []
        /// Indexes into `entries`, -1 where empty; a power of two, at most half full.
        private var table: [Int32] = []

        var isEmpty: Bool { entries.isEmpty }
        var count: Int { entries.count }

        /// Adds `change` to the count of `word`, whose hash is `hash` (any hash of its bytes, the same each time).
        mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, _ change: Int) {
            if 2 * (entries.count + 1) > table.count { grow() }
            let mask = table.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] >= 0 {
                let entry = entries[Int(table[slot])]
                if entry.hash == hash, Int(entry.length) == word.count,
                    bytes.withUnsafeBufferPointer({
                        word.isEmpty || memcmp($0.baseAddress! + Int(entry.start), word.baseAddress!, word.count) == 0
                    })
                {
                    entries[Int(table[slot])].count += change
                    return
                }
                slot = (slot + 1) & mask
            }
            table[slot] = Int32(entries.count)
            entries.append((hash, Int32(bytes.count), Int32(word.count), change))
            bytes.append(contentsOf: word)
        }

        private mutating func grow() {
            table = [Int32](repeating: -1, count: max(1_024, table.count * 2))
            let mask = table.count - 1
            for (index, entry) in entries.enumerated() {
                var slot = Int(truncatingIfNeeded: entry.hash) & mask
                while table[slot] >= 0 { slot = (slot + 1) & mask }
                table[slot] = Int32(index)
            }
        }

        /// Adds every count of `other`.
        mutating func add(_ other: WordCounts) {
            other.bytes.withUnsafeBufferPointer { buffer in
                for entry in other.entries where entry.count != 0 {
                    add(
                        UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start + entry.length)]),
                        hash: entry.hash, entry.count)
                }
            }
        }

        /// Each word's bytes and count, for those whose count is not 0.
        func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
            try bytes.withUnsafeBufferPointer { buffer in
                for entry in entries where entry.count != 0 {
                    try body(
                        UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start + entry.length)]),
                        entry.count)
                }
            }
        }

        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            table = []
        }
    }

    /// A connection's open scope.
    private static let scopes = ConnectionScopes<Counts>()
    /// The changes of a connection's transaction not written yet. The tokenizer runs on its connection's thread, as do
    /// the scopes, so only this table needs the lock.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: [OpaquePointer: Pending] = [:]

    /// The counts the tokenizer of connection `connection` adds a document's words to, when a scope is open there.
    static func counts(on connection: OpaquePointer?) -> Counts? { scopes.current(on: connection) }

    /// Runs `body`, which inserts (`sign` 1) or deletes (-1) rows of `passage_fts`, then adds the passages' words to the
    /// transaction's pending changes (``flush(_:)`` writes them); outside a transaction, writes them now.
    static func counting<T>(_ db: Database, _ sign: Int, _ body: () throws -> T) throws -> T {
        guard let connection = db.sqliteConnection else { return try body() }
        let counts = Counts(sign: sign)
        let result = try scopes.open(counts, on: connection, body)
        guard db.isInsideTransaction else {
            try write(db, counts.words)
            return result
        }
        lock.lock()
        let changes = pending[connection]
        lock.unlock()
        if let changes {
            changes.words.add(counts.words)
        } else {
            let changes = Pending(connection: connection, words: counts.words)
            lock.lock()
            pending[connection] = changes
            lock.unlock()
            db.add(transactionObserver: changes, extent: .nextTransaction)
        }
        return result
    }

    /// Writes the transaction's pending changes to `term_passages`. Every writer of `passage_fts` calls it before it
    /// commits (``PassageFullText/rewriteChanged(_:)`` does, and the indexer after each batch).
    static func flush(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { return }
        lock.lock()
        let changes = pending[connection]
        lock.unlock()
        guard let changes, !changes.words.isEmpty else { return }
        try write(db, changes.words)
        changes.words.removeAll()
    }

    /// A transaction's changes not written yet; as its observer, it refuses a commit that would leave them out, and
    /// ends with the transaction.
    private final class Pending: TransactionObserver, @unchecked Sendable {
        let connection: OpaquePointer
        var words: WordCounts

        init(connection: OpaquePointer, words: WordCounts) {
            self.connection = connection
            self.words = words
        }

        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
        func databaseDidChange(with event: DatabaseEvent) {}
        func databaseWillCommit() throws {
            guard words.isEmpty else {
                throw DatabaseError(
                    resultCode: .SQLITE_ABORT,
                    message: "term_passages: \(words.count) words' counts not written before the commit")
            }
        }
        func databaseDidCommit(_ db: Database) { end() }
        func databaseDidRollback(_ db: Database) { end() }

        private func end() {
            TermPassages.lock.lock()
            if TermPassages.pending[connection] === self { TermPassages.pending[connection] = nil }
            TermPassages.lock.unlock()
        }
    }

    /// Adds `words`' changes to the table; a word no passage holds any more leaves it.
    private static func write(_ db: Database, _ words: WordCounts) throws {
        guard !words.isEmpty else { return }
        // Bound through SQLite's C API (``RawInsert``): an argument array and a `Data` a word were a third of the writes'
        // instructions (callgrind, 30 briefings and 300 BBC articles).
        let upsert = try RawInsert(
            db,
            sql: """
                INSERT INTO term_passages (term, passages) VALUES (?, ?)
                ON CONFLICT (term) DO UPDATE SET passages = passages + excluded.passages
                """)
        let dropEmpty = try RawInsert(db, sql: "DELETE FROM term_passages WHERE term = ? AND passages <= 0")
        try words.forEach { term, change in
            try upsert.execute(.blob(term), .integer(Int64(change)))
            if change < 0 { try dropEmpty.execute(.blob(term)) }
        }
    }

    /// The table's statement (schema migration `v8-term-passages`).
    static let createTable = """
        CREATE TABLE term_passages (term BLOB PRIMARY KEY, passages INTEGER NOT NULL) WITHOUT ROWID
        """

    /// FTS5's vocabulary of `passage_fts` by row, its words only (the level and filter tokens begin with 0x01 and
    /// 0x02), as `term_passages` holds them. Needs ``vocabularyTable``.
    private static let vocabulary = """
        SELECT CAST(term AS BLOB) AS term, doc AS passages FROM temp.passage_vocabulary
        WHERE substr(term, 1, 1) NOT IN (char(1), char(2))
        """

    private static let vocabularyTable =
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passage_vocabulary USING fts5vocab(main, passage_fts, row)"

    /// Fills the table from FTS5's vocabulary: after `passage_fts` is built or rebuilt (a walk of every doclist:
    /// about 15 s at 3.2 million passages).
    static func recount(_ db: Database) throws {
        if let connection = db.sqliteConnection {
            lock.lock()
            pending[connection]?.words.removeAll()
            lock.unlock()
        }
        try db.execute(sql: vocabularyTable)
        try db.execute(sql: "DELETE FROM term_passages")
        try db.execute(sql: "INSERT INTO term_passages (term, passages) " + vocabulary)
    }

    /// How many words the table counts otherwise than FTS5's vocabulary (or lacks, or holds in excess), for
    /// `parley check`.
    static func mismatches(_ db: Database) throws -> Int {
        try db.execute(sql: vocabularyTable)
        return try Int.fetchOne(
            db,
            sql: """
                SELECT count(DISTINCT term) FROM (
                    SELECT term FROM (\(vocabulary) EXCEPT SELECT term, passages FROM term_passages)
                    UNION ALL
                    SELECT term FROM (SELECT term, passages FROM term_passages EXCEPT \(vocabulary)))
                """) ?? 0
    }

    /// How many passages hold the word of `phrase` (an FTS5 phrase as ``SearchQuery/phrasePatterns`` gives it:
    /// `"said"`), when it is one word FTS5 looks up as one term; `nil` for a phrase of several words, a prefix or
    /// `NEAR`, which are counted.
    static func passages(_ db: Database, phrase: String) throws -> Int64? {
        var tokenizer = Tokenizer()
        return try passages(db, phrase: phrase, tokenizer: &tokenizer)
    }

    /// ``passages(_:phrase:)`` with a tokenizer kept for several words: making one and freeing its caches costs
    /// more than the lookup (`quotes` looks up every word of each quotation shown, ``ParleyIndex/rarestRun(of:_:)``).
    static func passages(_ db: Database, phrase: String, tokenizer: inout Tokenizer) throws -> Int64? {
        guard phrase.count >= 3, phrase.hasPrefix("\""), phrase.hasSuffix("\"") else { return nil }
        let inner = phrase.dropFirst().dropLast()
        guard !inner.contains("\"") else { return nil }
        // The term FTS5 looks up: the word tokenized as a query.
        var terms: [[UInt8]] = []
        let bytes = Array(inner.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, mode: .query) { token, _, _ in
                terms.append(Array(token))
                return terms.count <= 1
            }
        }
        guard terms.count == 1, let term = terms.first else { return nil }
        return try passages(db, term: term)
    }

    /// How many passages hold the index term `term` (a token as the tokenizer gives it); 0 for a term no passage holds.
    static func passages(_ db: Database, term: some Sequence<UInt8>) throws -> Int64 {
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT passages FROM term_passages WHERE term = ?"), arguments: [Data(term)]) ?? 0
    }
}
