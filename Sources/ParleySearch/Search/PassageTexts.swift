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
