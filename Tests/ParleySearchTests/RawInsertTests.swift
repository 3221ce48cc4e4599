import GRDB
import Testing

@testable import ParleySearch

/// `RawInsert` shares GRDB's cached statements: it must bind a statement GRDB ran last, and report a bind it cannot
/// make.
@Suite struct RawInsertTests {
    static let sql = "INSERT INTO pair (number, name) VALUES (?, ?)"

    func pairs(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT number, name FROM pair ORDER BY rowid").map { row in
            "\((row[0] as Int64?).map(String.init) ?? "NULL"):\(row[1] as String? ?? "NULL")"
        }
    }

    /// GRDB leaves a statement stepped to its end; binding it unreset failed silently and stored NULLs.
    @Test func bindsAStatementGRDBRanLast() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE pair (number INTEGER, name TEXT)")
            try db.cachedStatement(sql: Self.sql).execute(arguments: [1, "one"])
            try RawInsert(db, sql: Self.sql).execute(.integer(2), .text("two"))
            try db.cachedStatement(sql: Self.sql).execute(arguments: [3, "three"])
            try RawInsert(db, sql: Self.sql).execute(.integer(4), .text(""))
            #expect(try pairs(db) == ["1:one", "2:two", "3:three", "4:"])
        }
    }

    /// A value with no parameter to take it is an error, not a row stored without it.
    @Test func aBindItCannotMakeThrows() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE pair (number INTEGER, name TEXT)")
            #expect(throws: DatabaseError.self) {
                try RawInsert(db, sql: Self.sql).execute(.integer(1), .text("one"), .text("extra"))
            }
            #expect(try pairs(db).isEmpty)
            try RawInsert(db, sql: Self.sql).execute(.integer(2), .null)
            #expect(try pairs(db) == ["2:NULL"])
        }
    }
}
