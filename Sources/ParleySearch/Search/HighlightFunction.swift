import Foundation
import GRDB
import GRDBSQLite

/// `parley_highlight(passage_fts, open, close)`: the passage's text with each run of hits between `open` and
/// `close`, as FTS5's `highlight(passage_fts, 0, open, close)` marks it, the text read from the article
/// (``PassageTexts``).
///
/// FTS5's own reads the row of the `passage_text` view, whose every column is worked out to give one: the text and
/// the `impact` column each a `substr` walking the article from its start, and the facets' lookups. A hit of
/// `quotes` at 15.7 million passages took about 0.5 ms that way (hundreds of passages a query read for transcript
/// turns); read from the article, the text is the bytes up to the passage.
///
/// The runs are FTS5's: each hit in the text column spans its phrase's tokens, and hits sharing a token are one
/// run (adjacent ones are not). A token is placed by the table's own tokenizer, its colocated tokens skipped, as
/// FTS5 numbers positions.
enum HighlightFunction {
    static let name = "parley_highlight"

    static func register(_ db: Database) throws {
        try PassageTexts.registerFunction(db, name: name, highlight)
    }
}

private func highlight(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, argCount: Int32,
    args: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api = api?.pointee, let fts, let args, argCount == 2 else {
        return sqlite3_result_error(context, "\(HighlightFunction.name)(passage_fts, open, close)", -1)
    }
    let open = sqlite3_value_text(args[0]).map { String(cString: $0) } ?? ""
    let close = sqlite3_value_text(args[1]).map { String(cString: $0) } ?? ""
    // The hits of the text column as runs of token positions, in order: FTS5 gives them by position.
    var runs: [ClosedRange<Int>] = []
    var count: Int32 = 0
    var rc = api.xInstCount(fts, &count)
    for hit in 0..<count where rc == SQLITE_OK {
        var phrase: Int32 = 0, column: Int32 = 0, position: Int32 = 0
        rc = api.xInst(fts, hit, &phrase, &column, &position)
        guard rc == SQLITE_OK, column == 0 else { continue }
        let start = Int(position)
        let end = start + max(Int(api.xPhraseSize(fts, phrase)), 1) - 1
        if let last = runs.last, start <= last.upperBound {
            runs[runs.count - 1] = last.lowerBound...max(last.upperBound, end)
        } else {
            runs.append(start...end)
        }
    }
    guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }

    // The text: from the article through the cache, else as FTS5 gives it.
    let (column, columnRC) = PassageTexts.columnText(api, fts, column: 0, cached: true)
    guard columnRC == SQLITE_OK else { return sqlite3_result_error_code(context, columnRC) }
    guard let column else { return sqlite3_result_null(context) }
    let text = Array(column)  // indices from 0
    var tokens: [Range<Int>] = []
    if let last = runs.last?.upperBound {
        (tokens, rc) = PassageTexts.tokenRanges(api, fts, text[...], through: last)
        guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }
    }

    var marked: [UInt8] = []
    marked.reserveCapacity(text.count + runs.count * (open.utf8.count + close.utf8.count))
    var copied = 0
    for run in runs where run.lowerBound < tokens.count {
        let from = max(tokens[run.lowerBound].lowerBound, copied)
        let to = max(tokens[min(run.upperBound, tokens.count - 1)].upperBound, from)
        marked += text[copied..<from]
        marked += open.utf8
        marked += text[from..<to]
        marked += close.utf8
        copied = to
    }
    marked += text[copied...]
    marked.append(0)  // a C string, also when empty
    marked.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
            sqlite3_result_text(
                context, $0.baseAddress, Int32($0.count - 1), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }
}
