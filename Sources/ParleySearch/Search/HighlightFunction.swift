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

/// The byte ranges of the token positions, filled by `xTokenize`'s callback up to position `last`.
private final class TokenRanges {
    var ranges: [Range<Int>] = []
    let last: Int

    init(last: Int) { self.last = last }
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
    var text: ArraySlice<UInt8>
    if let texts = api.xUserData(fts),
        let stored = Unmanaged<PassageTexts>.fromOpaque(texts).takeUnretainedValue().text(
            passage: api.xRowid(fts), column: 0)
    {
        text = stored
    } else {
        var pointer: UnsafePointer<CChar>?
        var length: Int32 = 0
        rc = api.xColumnText(fts, 0, &pointer, &length)
        guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }
        guard let pointer else { return sqlite3_result_null(context) }
        text = pointer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))[...]
        }
    }
    text = Array(text)[...]  // indices from 0

    let tokens = TokenRanges(last: runs.last?.upperBound ?? -1)
    if !runs.isEmpty {
        rc = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                api.xTokenize(
                    fts, characters.baseAddress, Int32(characters.count), Unmanaged.passUnretained(tokens).toOpaque()
                ) { box, flags, _, _, start, end in
                    // A colocated token shares the position of the one before it.
                    guard flags & FTS5_TOKEN_COLOCATED == 0, let box else { return SQLITE_OK }
                    let positions = Unmanaged<TokenRanges>.fromOpaque(box).takeUnretainedValue()
                    positions.ranges.append(Int(start)..<Int(max(start, end)))
                    // Past the last hit: SQLITE_DONE stops the tokenizer (which then returns SQLITE_OK).
                    return positions.ranges.count > positions.last ? SQLITE_DONE : SQLITE_OK
                }
            }
        }
        guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }
    }

    var marked: [UInt8] = []
    marked.reserveCapacity(text.count + runs.count * (open.utf8.count + close.utf8.count))
    var copied = 0
    for run in runs where run.lowerBound < tokens.ranges.count {
        let from = max(tokens.ranges[run.lowerBound].lowerBound, copied)
        let to = max(tokens.ranges[min(run.upperBound, tokens.ranges.count - 1)].upperBound, from)
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
