/// Finds the quotations of a paragraph, so that passage windows can keep a quotation whole.
///
/// Quotation marks tracked: `“ ”`, `‘ ’`, `« »`, `„ “` and straight `"`. Nested marks (`“… ‘…’ …”`) make one
/// outermost quotation; closing a mark closes whatever opened inside it (`“… ‘… ”` closes both). A closing
/// mark with no matching opening among the last few is ignored; a quotation still open at the end of the
/// paragraph runs to its end (news wires leave a quotation open when it goes on in the next paragraph).
/// - `’` is also the apostrophe: it closes a quotation only when a `‘` is open and no letter or digit follows
///   (`Putin’s`, `don’t`, `’90s` are apostrophes), and not after an `s` followed by a space and a lower-case
///   word (`‘We back the Ukrainians’ demands,’ she said`: the first `’` is a plural possessive).
/// - `‘` followed by a digit is an apostrophe typed the wrong way round (`‘90s`), not an opening.
/// - Straight `"` opens after white space, an opening bracket, dash or quotation mark (or at the start) when
///   a non-space follows; otherwise it closes.
/// - Straight `'` is not tracked: it is an apostrophe far more often than a quotation mark.
enum QuotationScanner {
    /// An outermost quotation: byte range within the text (marks included) and its length in scalars.
    struct Quotation: Equatable {
        var byteRange: Range<Int>
        var scalarCount: Int
        /// `false` when the paragraph ended with the quotation still open (it may go on in the next one).
        var isClosed = true
    }

    static func quotations(in bytes: UnsafeBufferPointer<UInt8>, paragraph: ByteSpan) -> [Quotation] {
        let start = paragraph.lowerBound, end = paragraph.upperBound
        var result: [Quotation] = []
        var open: [Mark] = []  // the marks still open, innermost last
        var openByte = start, openScalar = 0
        var scalarsBefore = 0  // scalars in bytes[start..<index]
        var index = start
        while index < end {
            let byte = bytes[index]
            // Most bytes are no quotation mark: `"`, or the lead byte of `“ ” ‘ ’` (E2) or `« »` (C2).
            guard byte == 0x22 || byte == 0xE2 || byte == 0xC2 else {
                if ByteClass.isScalarStart(byte) { scalarsBefore += 1 }
                index += 1
                continue
            }
            let wasInside = !open.isEmpty
            var length = 1
            if byte == 0x22 {
                if opensStraightQuote(at: index, in: bytes, start: start, end: end) {
                    open.append(.straight)
                } else {
                    close(.straight, in: &open)
                }
            } else if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB {
                length = 2
                if bytes[index + 1] == 0xAB { open.append(.guillemet) } else { close(.guillemet, in: &open) }
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                length = 3
                switch bytes[index + 2] {
                case 0x9E: open.append(.lowHigh)  // „ (German, Polish, Ukrainian …)
                case 0x9C:  // “ opens, except that it closes a „
                    if open.suffix(maxCloseSearch).contains(.lowHigh) {
                        close(.lowHigh, in: &open)
                    } else {
                        open.append(.double)
                    }
                case 0x9D:  // ” closes a “, or a „ in Polish style
                    if open.suffix(maxCloseSearch).contains(.double) {
                        close(.double, in: &open)
                    } else {
                        close(.lowHigh, in: &open)
                    }
                case 0x98:
                    if !(index + 3 < end && ByteClass.isASCIIDigit(bytes[index + 3])) { open.append(.single) }
                case 0x99:
                    if open.suffix(maxCloseSearch).contains(.single),
                        closesSingleQuote(at: index, in: bytes, start: start, end: end)
                    {
                        close(.single, in: &open)
                    }
                default: break
                }
            }
            let isInside = !open.isEmpty
            if !wasInside, isInside {
                openByte = index
                openScalar = scalarsBefore
            } else if wasInside, !isInside {
                let scalarCount = scalarsBefore + 1 - openScalar
                result.append(Quotation(byteRange: openByte..<(index + length), scalarCount: scalarCount))
            }
            scalarsBefore += 1  // every mark above is one scalar; a lone lead byte is counted as one too
            index += length
        }
        if !open.isEmpty {
            result.append(
                Quotation(byteRange: openByte..<end, scalarCount: scalarsBefore - openScalar, isClosed: false))
        }
        return result
    }

    private enum Mark { case double, single, guillemet, straight, lowHigh }

    /// How far down the open marks a closing mark looks for its opening: quotations nest a level or two, and
    /// a bound keeps a text of thousands of unclosed marks linear.
    private static let maxCloseSearch = 8

    /// Closes the innermost open `mark` and everything opened inside it; nothing if it is not open.
    private static func close(_ mark: Mark, in open: inout [Mark]) {
        guard let index = open.suffix(maxCloseSearch).lastIndex(of: mark) else { return }
        open.removeSubrange(index...)
    }

    /// Straight `"` at `index`: whether it opens (see the type's summary).
    private static func opensStraightQuote(
        at index: Int, in bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> Bool {
        let nextIsSpace = index + 1 >= end || ByteClass.spaceLength(at: index + 1, in: bytes, end: end) > 0
        guard !nextIsSpace else { return false }
        if index == start || ByteClass.isSpace(before: index, in: bytes, start: start) { return true }
        switch bytes[index - 1] {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2D: return true  // ( [ { / -
        case 0x9C, 0x98, 0x93, 0x94:  // “ ‘ – —
            return index - 3 >= start && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80
        case 0xAB:  // «
            return index - 2 >= start && bytes[index - 2] == 0xC2
        default: return false
        }
    }

    /// `’` at `index` (3 bytes) with a `‘` open: whether it closes the quotation rather than being an apostrophe.
    private static func closesSingleQuote(
        at index: Int, in bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> Bool {
        let after = index + 3
        guard after < end else { return true }
        // `Putin’s`, `don’t`, `rock ’n’ roll` (a letter or digit follows): an apostrophe.
        if ByteClass.wordCharacterLength(at: after, in: bytes, end: end) > 0 { return false }
        // `the Ukrainians’ demands`: a plural possessive before a lower-case word.
        if index > start, bytes[index - 1] == 0x73, bytes[after] == 0x20, after + 1 < end,
            ByteClass.startsLowercase(at: after + 1, in: bytes, end: end)
        {
            return false
        }
        return true
    }
}
