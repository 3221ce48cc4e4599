import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch

@Suite struct ParleyIndexTests {
    @Test func createsFolderAndSchema() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        #expect(FileManager.default.fileExists(atPath: folder.path("index/parley.sqlite")))
        let (journal, foreignKeys, appID) = try index.dbQueue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id")
            )
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        #expect(appID == Schema.applicationID)
    }

    /// An empty SQLite database in rollback-journal mode becomes a WAL index (indexing reads on a second
    /// connection while it writes); reopening an up-to-date index writes nothing.
    @Test func emptyDatabaseIsSwitchedToWALAndReopeningWritesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("plain.sqlite")
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 0; VACUUM") }
        #expect(try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
        let index = try ParleyIndex.open(at: path, mode: .create)
        #expect(try index.dbQueue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        try index.dbQueue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reopened = try ParleyIndex.open(at: path, mode: .existing)
        try reopened.dbQueue.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A query still running at its time limit is interrupted and says so (a query that never ends by itself).
    @Test func aQueryRunningPastItsTimeLimitIsInterrupted() throws {
        let folder = try TemporaryFolder()
        _ = try openIndex(folder)
        let index = try ParleyIndex.open(at: folder.path("index/parley.sqlite"), mode: .read)
        index.limitQueries(seconds: 0.3, memoryBytes: nil)
        let start = ContinuousClock.now
        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        #expect(throws: StoreError.queryTimeLimit(seconds: 0.3)) {
            try index.read { try Int.fetchOne($0, sql: endless) }
        }
        #expect(ContinuousClock.now - start < .seconds(10))
        // The bound is the command's: once it has passed, the next query stops at once.
        #expect(throws: StoreError.queryTimeLimit(seconds: 0.3)) {
            try index.read { try Int.fetchOne($0, sql: "SELECT 1") }
        }
    }

    @Test func existingModeRequiresTheFile() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError.missing(path: folder.path("none.sqlite"))) {
            try ParleyIndex.open(at: folder.path("none.sqlite"), mode: .existing)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("none.sqlite")))
    }

    @Test func refusesNonSQLiteFileWithoutTouchingIt() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("notes.sqlite", String(repeating: "Not a database at all. ", count: 20))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ParleyIndex.open(at: path, mode: .create) }
        #expect(error?.description.contains("not an SQLite database") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesForeignSQLiteDatabaseWithoutTouchingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ParleyIndex.open(at: path, mode: .create) }
        #expect(error?.description.contains("another program") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesIndexFromNewerParley() throws {
        let folder = try TemporaryFolder()
        var index: ParleyIndex? = try openIndex(folder)
        try index?.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try index?.dbQueue.close()
        index = nil
        let error = #expect(throws: StoreError.self) {
            try ParleyIndex.open(at: folder.path("index/parley.sqlite"), mode: .create)
        }
        #expect(error?.description.contains("newer version of Parley") == true)
        #expect(error?.description.contains("v99-from-the-future") == true)
    }

    @Test func refusesDamagedIndex() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("damaged.sqlite")
        // A valid SQLite header followed by garbage pages.
        var bytes = Array("SQLite format 3\u{0}".utf8)
        bytes += [0x10, 0x00, 0x01, 0x01, 0x00, 0x40, 0x20, 0x20]
        bytes += [UInt8](repeating: 0xAB, count: 8192 - bytes.count)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try ParleyIndex.open(at: path, mode: .create) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test func reopensItsOwnIndex() throws {
        let folder = try TemporaryFolder()
        let path = try folder.jsonl("a.jsonl", [Sample.article("a1")])
        try ingest(try openIndex(folder), [path])
        let again = try ParleyIndex.open(at: folder.path("index/parley.sqlite"), mode: .existing)
        #expect(try again.statistics().articles == 1)
    }

    @Test func locationPrecedence() {
        #expect(IndexLocation.resolve(option: "x.sqlite", environment: ["PARLEY_INDEX": "y.sqlite"]) == "x.sqlite")
        #expect(IndexLocation.resolve(option: nil, environment: ["PARLEY_INDEX": "y.sqlite"]) == "y.sqlite")
        #expect(IndexLocation.resolve(option: nil, environment: [:]) == "Index/parley.sqlite")
    }

    @Test func emptyFileIsNoIndexForReadingAndAFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("zero.sqlite", "")
        #expect(throws: StoreError.missing(path: empty)) { try ParleyIndex.open(at: empty, mode: .existing) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        let error = #expect(throws: StoreError.self) { try ParleyIndex.open(at: folder.path(""), mode: .create) }
        #expect(error?.description.contains("it is a folder") == true)
    }
}
