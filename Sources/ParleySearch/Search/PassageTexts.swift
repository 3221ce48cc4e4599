import Foundation
import GRDB
import GRDBSQLite

/// A passage's text and title read from its article (``ArticleBytes``), the article kept for the next passage, for the
/// auxiliary functions that read them (``SentenceFunction``, ``HighlightFunction``): FTS5 gives `passage_fts` its
/// columns through the `passage_text` view, whose `substr` walks an article's characters from
/// its start for every passage (0.2 ms a candidate of `SENTENCE(president said)` on the briefings), and which works
/// out every column of the row, the facets' lookups included, to give one (a title hit of `SENTENCE(Iran deal)` took
/// up to 0.4 s at 50×).
final class PassageTexts {
    unowned(unsafe) let db: Database
    private var article: (id: Int64, contentHash: String, text: ArticleBytes)?

    init(_ db: Database) { self.db = db }

    /// The UTF-8 text (column 0) or title (column 1) of passage `id`; `nil` when it is not stored. The title is read
    /// each time: a new title of the same text keeps the content hash.
    func text(passage id: Int64, column: Int32) -> ArraySlice<UInt8>? {
        guard column == 0 || column == 1,
            let statement = try? db.cachedStatement(
                sql: """
                    SELECT passage.article_id, passage.start, passage."end", article.content_hash, article.title
                    FROM passage JOIN article ON article.id = passage.article_id WHERE passage.id = ?
                    """),
            let row = try? Row.fetchOne(statement, arguments: [id])
        else { return nil }
        if column == 1 { return Array((row[4] as String? ?? "").utf8)[...] }
        let (articleID, start, end, hash): (Int64, Int, Int, String) = (row[0], row[1], row[2], row[3] ?? "")
        // An id is reused after the newest article is deleted: the content hash tells the texts apart.
        if article?.id != articleID || article?.contentHash != hash {
            // As bytes, copied once: a String would be checked as UTF-8 again.
            guard
                let statement = try? db.cachedStatement(sql: "SELECT CAST(text AS BLOB) FROM article WHERE id = ?"),
                let rows = try? Row.fetchCursor(statement, arguments: [articleID]), let row = try? rows.next(),
                let text = try? row.withUnsafeData(
                    atIndex: 0, { data in data?.withUnsafeBytes { Array($0.bindMemory(to: UInt8.self)) } ?? [] })
            else { return nil }
            article = (articleID, hash, ArticleBytes(bytes: text))
        }
        return article?.text.slice(start, end)
    }
}

extension PassageTexts {
    /// Registers the FTS5 auxiliary function `name`, its user data a ``PassageTexts`` of the connection (released
    /// with the function).
    static func registerFunction(_ db: Database, name: String, _ function: fts5_extension_function) throws {
        let api = FTS5.api(db)
        let texts = Unmanaged.passRetained(PassageTexts(db)).toOpaque()
        let rc = name.withCString { cName in
            api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), cName, texts, function) { texts in
                if let texts { Unmanaged<PassageTexts>.fromOpaque(texts).release() }
            }
        }
        guard rc == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: "cannot register \(name)")
        }
    }
}

/// What the auxiliary functions over passage texts read of the row FTS5 is on.
extension PassageTexts {
    /// Column `column`'s UTF-8 text: from the article through the function's ``PassageTexts`` (its user data) when
    /// `cached` and stored, else as FTS5 gives it (`nil` when NULL); and SQLite's code.
    static func columnText(
        _ api: Fts5ExtensionApi, _ fts: OpaquePointer, column: Int32, cached: Bool
    ) -> (text: ArraySlice<UInt8>?, rc: Int32) {
        if cached, let texts = api.xUserData(fts),
            let stored = Unmanaged<PassageTexts>.fromOpaque(texts).takeUnretainedValue().text(
                passage: api.xRowid(fts), column: column)
        {
            return (stored, SQLITE_OK)
        }
        var pointer: UnsafePointer<CChar>?
        var length: Int32 = 0
        let rc = api.xColumnText(fts, column, &pointer, &length)
        guard rc == SQLITE_OK, let pointer else { return (nil, rc) }
        return (
            pointer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))[...]
            }, rc
        )
    }

    /// The byte ranges in `text` of its token positions up to `last`, through the table's own tokenizer as FTS5
    /// numbers them (a colocated token shares the position of the one before it); and SQLite's code.
    static func tokenRanges(
        _ api: Fts5ExtensionApi, _ fts: OpaquePointer, _ text: ArraySlice<UInt8>, through last: Int
    ) -> (ranges: [Range<Int>], rc: Int32) {
        let tokens = TokenRanges(last: last)
        let rc = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                api.xTokenize(
                    fts, characters.baseAddress, Int32(characters.count), Unmanaged.passUnretained(tokens).toOpaque()
                ) { box, flags, _, _, start, end in
                    guard flags & FTS5_TOKEN_COLOCATED == 0, let box else { return SQLITE_OK }
                    let positions = Unmanaged<TokenRanges>.fromOpaque(box).takeUnretainedValue()
                    positions.ranges.append(Int(start)..<Int(max(start, end)))
                    // Past the last position: SQLITE_DONE stops the tokenizer (which then returns SQLITE_OK).
                    return positions.ranges.count > positions.last ? SQLITE_DONE : SQLITE_OK
                }
            }
        }
        return (tokens.ranges, rc)
    }
}

/// The byte ranges of the token positions, filled by `xTokenize`'s callback up to position `last`.
private final class TokenRanges {
    var ranges: [Range<Int>] = []
    let last: Int

    init(last: Int) { self.last = last }
}
