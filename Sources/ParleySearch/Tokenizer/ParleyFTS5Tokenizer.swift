import GRDB
import GRDBSQLite
import ParleyText

/// Adapts ParleyText's ``Tokenizer`` to FTS5 (`tokenize = 'parley_v1'`): used for indexing, queries,
/// `highlight()` and deletes. All the rules live in ``Tokenizer``; this class only passes bytes and pointers.
///
/// FTS5 creates one instance per table and connection and calls it from that connection only, so the mutable
/// scratch state needs no lock.
public final class ParleyFTS5Tokenizer: FTS5CustomTokenizer, @unchecked Sendable {
    public static let name = Tokenizer.name

    private var tokenizer = Tokenizer()

    public init(db: Database, arguments: [String]) throws {}

    public func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let mode: Tokenizer.Mode =
            tokenization.contains(.prefix) ? .prefix : tokenization.contains(.query) ? .query : .document
        var rc = SQLITE_OK
        tokenizer.tokenize(bytes, mode: mode) { token, range, colocated in
            rc = tokenCallback(
                context, colocated ? FTS5_TOKEN_COLOCATED : 0,
                UnsafeRawPointer(token.baseAddress!).assumingMemoryBound(to: CChar.self),  // tokens are never empty
                CInt(token.count), CInt(range.lowerBound), CInt(range.upperBound))
            return rc == SQLITE_OK
        }
        // Never throw across the C callback: FTS5 gets SQLite's code (SQLITE_DONE means "stop", not an error).
        return rc == SQLITE_DONE ? SQLITE_OK : rc
    }
}

/// Registered under an older Parley tokenizer's name (`parley_v0`) only while `parley reindex` drops a
/// full-text table built with it: SQLite constructs a table's tokenizer even to drop the table.
final class LegacyTokenizer: FTS5CustomTokenizer, @unchecked Sendable {
    /// Set before registering; `reindex` runs on one connection, one name at a time.
    nonisolated(unsafe) static var name = "parley_v0"

    private let current: ParleyFTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        current = try ParleyFTS5Tokenizer(db: db, arguments: arguments)
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        current.tokenize(context: context, tokenization: tokenization, pText: pText, nText: nText, tokenCallback: tokenCallback)
    }
}
