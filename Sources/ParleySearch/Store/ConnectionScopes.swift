import Foundation

/// An object that code SQLite calls back (a tokenizer, an FTS5 function) reaches by its connection while a scope runs
/// there: one a connection, the outer one back when a scope ends. SQLite calls back on the thread the scope runs on,
/// so only the table needs the lock.
final class ConnectionScopes<Scope: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var scopes: [OpaquePointer: Scope] = [:]

    /// The scope open on `connection`, if any.
    func current(on connection: OpaquePointer?) -> Scope? {
        guard let connection else { return nil }
        lock.lock()
        defer { lock.unlock() }
        return scopes[connection]
    }

    /// Runs `body` with `scope` open on `connection` (with no connection, none is opened).
    func open<T>(_ scope: Scope, on connection: OpaquePointer?, _ body: () throws -> T) rethrows -> T {
        guard let connection else { return try body() }
        lock.lock()
        let outer = scopes[connection]
        scopes[connection] = scope
        lock.unlock()
        defer {
            lock.lock()
            scopes[connection] = outer
            lock.unlock()
        }
        return try body()
    }
}
