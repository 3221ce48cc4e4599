import GRDBSQLite
import ParleySearch

/// The loadable SQLite extension's entry point: `.load …/parley sqlite3_parley_init` in `sqlite3`,
/// `conn.load_extension(…)` in Python, `datasette --load-extension …`. Registers Parley's tokenizer `parley_v1` and
/// its rank functions on the host's connection (``SQLiteExtension``). The host's SQLite is the one the library links
/// against (Debian's `libsqlite3.so.0`, as Python's `sqlite3` module and the `sqlite3` shell use).
// swift-format-ignore: AlwaysUseLowerCamelCase
// SQLite finds the entry point by this C name.
@_cdecl("sqlite3_parley_init")
public func sqlite3_parley_init(
    _ connection: OpaquePointer?, _ errorMessage: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ api: UnsafeRawPointer?
) -> Int32 {
    guard let connection else { return SQLITE_ERROR }
    let (code, message) = SQLiteExtension.register(connection: connection)
    if let message, let errorMessage {
        // SQLite frees the message with sqlite3_free: it is allocated with sqlite3_malloc.
        let bytes = Array(message.utf8CString)
        if let buffer = sqlite3_malloc(Int32(bytes.count))?.assumingMemoryBound(to: CChar.self) {
            buffer.initialize(from: bytes, count: bytes.count)
            errorMessage.pointee = buffer
        }
    }
    return code
}

/// The same entry point under the name SQLite derives from the library's file name (`libParleySQLite.so`), for
/// hosts that load it without naming the entry point (Python before 3.12).
// swift-format-ignore: AlwaysUseLowerCamelCase
@_cdecl("sqlite3_parleysqlite_init")
public func sqlite3_parleysqlite_init(
    _ connection: OpaquePointer?, _ errorMessage: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ api: UnsafeRawPointer?
) -> Int32 {
    sqlite3_parley_init(connection, errorMessage, api)
}
