import GRDB
import GRDBSQLite

/// Runs a cached insert through SQLite's C API: bind, step, reset.
///
/// A transcript gives hundreds of rows an article (a quotation per turn); GRDB's
/// `execute(arguments:)` builds an argument array of `DatabaseValue`s per row, which measured 40% of the writer's
/// instructions on the briefings (callgrind). The statement stays GRDB's (cached, finalized by GRDB, which may run it
/// too): it is reset before it is bound, and left reset with its bindings cleared.
struct RawInsert {
    let statement: Statement
    let db: Database

    /// SQLite copies bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds `values` (1-based, in order: `Int64`, `Double`, `String`, bytes or `nil`), steps, resets.
    func execute(_ values: RawValue...) throws {
        let handle = statement.sqliteStatement
        // GRDB leaves a statement it ran stepped to its end, not reset, and SQLite refuses bindings on it
        // (SQLITE_MISUSE): a bind ignored there left the previous values cleared, and the row was stored with NULLs.
        sqlite3_reset(handle)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            let bound: Int32
            switch value {
            case let .integer(number): bound = sqlite3_bind_int64(handle, position, number)
            case let .real(number): bound = sqlite3_bind_double(handle, position, number)
            case let .text(string):
                var copy = string
                bound = copy.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { characters in
                        // An empty buffer may have no address: SQLite takes a zero-length text from any pointer.
                        withUnsafePointer(to: CChar(0)) { empty in
                            sqlite3_bind_text(
                                handle, position, characters.baseAddress ?? empty, Int32(characters.count),
                                Self.transient)
                        }
                    }
                }
            case let .blob(bytes):
                // SQLite takes a zero-length blob from any pointer, and copies the bytes before the call returns.
                bound = withUnsafePointer(to: UInt8(0)) { empty in
                    sqlite3_bind_blob(
                        handle, position, UnsafeRawPointer(bytes.baseAddress) ?? UnsafeRawPointer(empty),
                        Int32(bytes.count), Self.transient)
                }
            case .null: bound = sqlite3_bind_null(handle, position)
            }
            guard bound == SQLITE_OK else {
                sqlite3_clear_bindings(handle)
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: bound),
                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: statement.sql)
        }
    }

    enum RawValue {
        case integer(Int64), real(Double), text(String), null
        /// Bytes that must stay valid until ``execute(_:)`` returns.
        case blob(UnsafeBufferPointer<UInt8>)

        static func optional(_ text: String?) -> RawValue { text.map { .text($0) } ?? .null }
        static func optional(_ number: Int64?) -> RawValue { number.map { .integer($0) } ?? .null }
    }
}
