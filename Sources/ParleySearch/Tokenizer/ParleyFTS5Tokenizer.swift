import Foundation
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

    /// The connection this instance tokenizes for: `passage_fts`'s rows written there have their words counted
    /// (``TermPassages``).
    private let connection: OpaquePointer?

    public init(db: Database, arguments: [String]) throws { connection = db.sqliteConnection }

    /// An instance for a connection GRDB does not own (``SQLiteExtension``).
    init() { connection = nil }

    public func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let mode: Tokenizer.Mode =
            tokenization.contains(.prefix) ? .prefix : tokenization.contains(.query) ? .query : .document
        if bytes[0] == ImpactLevels.marker {
            // An `impact` column's value, or a level token in a query Parley built (user text never holds 0x01).
            return mode == .document
                ? impactTokens(bytes, context: context, tokenCallback: tokenCallback)
                : tokenCallback(context, 0, pText, nText, 0, nText)
        }
        if bytes[0] == PrefixExpansion.wordMarker, mode != .document, bytes.count > 1 {
            // One word a prefix stands for, in a query Parley built (user text never holds 0x03): the index term as
            // it is, not tokenized again (a stem is not always its own stem).
            return tokenCallback(context, 0, pText + 1, nText - 1, 0, nText)
        }
        if bytes[0] == FacetTerms.marker {
            // A `facets` column's value (tokens each behind a 0x02 byte), or one such token in a filter's query.
            return mode == .document
                ? facetTokens(bytes, context: context, tokenCallback: tokenCallback)
                : tokenCallback(context, 0, pText, nText, 0, nText)
        }
        guard mode == .document else {
            var rc = SQLITE_OK
            tokenizer.tokenize(bytes, mode: mode) { token, range, colocated in
                rc = tokenCallback(
                    context, colocated ? FTS5_TOKEN_COLOCATED : 0,
                    UnsafeRawPointer(token.baseAddress!).assumingMemoryBound(to: CChar.self),  // tokens are never empty
                    CInt(token.count), CInt(range.lowerBound), CInt(range.upperBound))
                return rc == SQLITE_OK
            }
            return rc == SQLITE_DONE ? SQLITE_OK : rc
        }
        // A document: the row being inserted was tokenized on the reading thread (or, rewritten, once for its delete
        // and its insert), or the text is tokenized now and recorded for the `impact` value that repeats it.
        if let row = PreparedRow.current(on: connection)?.row {
            if row.text.holds(bytes) { return replay(row.text, context: context, tokenCallback: tokenCallback) }
            if row.title.holds(bytes) { return replay(row.title, context: context, tokenCallback: tokenCallback) }
        }
        // Recorded into a local (moved out of `recent` and back): no exclusivity check a token.
        var record = DocumentTokens()
        swap(&record, &recent[next])
        record.record(bytes, tokenizer: &tokenizer)
        let rc = replay(record, context: context, tokenCallback: tokenCallback)
        swap(&record, &recent[next])
        next = 1 - next
        return rc
    }

    /// Gives FTS5 the tokens of `record`. Never throws across the C callback: FTS5 gets SQLite's code (SQLITE_DONE
    /// means "stop", not an error).
    private func replay(
        _ record: DocumentTokens, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback
    ) -> CInt {
        var rc = SQLITE_OK
        record.replay { token, entry in
            rc = tokenCallback(
                context, entry.isColocated ? FTS5_TOKEN_COLOCATED : 0,
                UnsafeRawPointer(token.baseAddress!).assumingMemoryBound(to: CChar.self),  // tokens are never empty
                CInt(token.count), CInt(entry.textStart), CInt(entry.textEnd))
            return rc == SQLITE_OK
        }
        return rc == SQLITE_DONE ? SQLITE_OK : rc
    }

    /// The filter tokens of a `facets` column's value (``FacetTerms``): each from its 0x02 byte to the next one.
    private func facetTokens(
        _ bytes: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback
    ) -> CInt {
        let base = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
        var start = 0
        while start < bytes.count {
            var end = start + 1
            while end < bytes.count, bytes[end] != FacetTerms.marker { end += 1 }
            if end - start > 1 {
                let rc = tokenCallback(context, 0, base + start, CInt(end - start), CInt(start), CInt(end))
                if rc != SQLITE_OK { return rc == SQLITE_DONE ? SQLITE_OK : rc }
            }
            start = end
        }
        return SQLITE_OK
    }

    /// The tokens of the last two texts tokenized as documents: a row's text and title, which its `impact` value
    /// repeats right after (FTS5 tokenizes a row's columns in order), so that they are not tokenized twice.
    private var recent = [DocumentTokens(), DocumentTokens()]
    private var next = 0

    /// The tokens of `part` as a document: recorded, or tokenized now into `record`.
    private func tokens(of part: UnsafeBufferPointer<UInt8>, into record: inout DocumentTokens) {
        if recent[0].holds(part) {
            record = recent[0]
        } else if recent[1].holds(part) {
            record = recent[1]
        } else {
            record.record(part, tokenizer: &tokenizer)
        }
    }

    /// The level tokens of an `impact` column's value (0x01, the passage text, 0x01, the title; stored text never
    /// holds a control character: the readers replace them), ``ImpactTerms``'; its distinct words are counted for
    /// `term_passages` while a ``TermPassages`` scope is open.
    private func impactTokens(
        _ bytes: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback
    ) -> CInt {
        let body = UnsafeBufferPointer(rebasing: bytes[1...])
        let split = body.firstIndex(of: ImpactLevels.marker) ?? body.endIndex
        let textPart = UnsafeBufferPointer(rebasing: body[..<split])
        let titlePart = UnsafeBufferPointer(rebasing: body[min(split + 1, body.endIndex)...])
        if let row = PreparedRow.current(on: connection)?.row, row.text.holds(textPart), row.title.holds(titlePart) {
            return emit(row.impact, text: row.text, title: row.title, context: context, tokenCallback: tokenCallback)
        }
        var text = DocumentTokens()
        var title = DocumentTokens()
        tokens(of: textPart, into: &text)
        tokens(of: titlePart, into: &title)
        var impact = ImpactTerms()
        swap(&impact, &self.impact)
        defer { swap(&impact, &self.impact) }
        impact.compute(text: text, title: title, scratch: &scratch)
        return emit(impact, text: text, title: title, context: context, tokenCallback: tokenCallback)
    }

    /// Counts `impact`'s words when a ``TermPassages`` scope is open, and gives FTS5 its level tokens.
    private func emit(
        _ impact: ImpactTerms, text: DocumentTokens, title: DocumentTokens, context: UnsafeMutableRawPointer?,
        tokenCallback: FTS5TokenCallback
    ) -> CInt {
        if let counts = TermPassages.counts(on: connection) {
            impact.count(into: &counts.words, text: text, title: title, change: counts.sign)
        }
        var rc = SQLITE_OK
        impact.forEachLevelToken { token in
            rc = token.withMemoryRebound(to: CChar.self) {
                tokenCallback(context, 0, $0.baseAddress, CInt($0.count), 0, 0)
            }
            return rc == SQLITE_OK
        }
        return rc == SQLITE_DONE ? SQLITE_OK : rc
    }

    /// Storage for ``impactTokens``, reused from row to row.
    private var impact = ImpactTerms()
    private var scratch = ImpactScratch()
}

/// The row ``PassageFullText`` is inserting (as the reading thread tokenized it) or rewriting (tokenized once for its
/// delete and its insert): the tokenizer of the connection replays it instead of tokenizing the row's text, title and
/// `impact` value again, when they are the same bytes.
final class PreparedRow {
    struct Tokens {
        var text: DocumentTokens
        var title: DocumentTokens
        var impact: ImpactTerms
    }

    /// Set before each row is inserted; read on the same thread, by the tokenizer SQLite calls.
    var row: Tokens?

    private static let scopes = ConnectionScopes<PreparedRow>()

    static func current(on connection: OpaquePointer?) -> PreparedRow? { scopes.current(on: connection) }

    /// Runs `body` with this object reachable from the tokenizer of `db`'s connection.
    func open<T>(on db: GRDB.Database, _ body: () throws -> T) rethrows -> T {
        try Self.scopes.open(self, on: db.sqliteConnection, body)
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
        current.tokenize(
            context: context, tokenization: tokenization, pText: pText, nText: nText, tokenCallback: tokenCallback)
    }
}
