/// Cuts a paragraph into words, punctuation and quotation marks, as byte ranges of the article text.
///
/// A word is a run of letters and digits with inner apostrophes, hyphens and periods between letters
/// (`Putin’s`, `Secretary-General`, `U.S`); everything else is one punctuation token. Non-ASCII bytes that are
/// not a known mark (quotes, dashes, ellipsis, no-break space) are letters.
struct LexToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        /// One punctuation scalar (its first byte: `,` `.` `:` `;` `!` `?` `(` …, or 0xE2 for a dash).
        case punctuation(UInt8)
        case quoteMark
    }

    var range: Range<Int>
    var kind: Kind
    /// A word starting with an upper-case letter.
    var isCapitalized: Bool
}

enum ArticleLexer {
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, span: ByteSpan) -> [LexToken] {
        var result: [LexToken] = []
        var i = span.lowerBound
        let end = span.upperBound
        while i < end {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                i += 1
                continue
            }
            let markLength = self.markLength(at: i, in: bytes, end: end)
            if markLength > 0 {
                let isQuote = isQuoteMark(at: i, in: bytes, end: end)
                if !isSpace(at: i, in: bytes, end: end) {
                    result.append(
                        LexToken(
                            range: i..<(i + markLength), kind: isQuote ? .quoteMark : .punctuation(byte),
                            isCapitalized: false))
                }
                i += markLength
                continue
            }
            if isWordByte(byte) {
                let start = i
                while i < end {
                    let b = bytes[i]
                    if isWordByte(b), self.markLength(at: i, in: bytes, end: end) == 0 {
                        i += 1
                    } else if (b == 0x27 || b == 0x2D || b == 0x2E), i + 1 < end, isWordByte(bytes[i + 1]),
                        self.markLength(at: i + 1, in: bytes, end: end) == 0
                    {
                        i += 1  // `don't`, `Secretary-General`, `U.S`
                    } else if b == 0xE2, i + 3 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99,
                        isWordByte(bytes[i + 3]), bytes[i + 3] < 0x80
                    {
                        i += 3  // `Putin’s`
                    } else {
                        break
                    }
                }
                result.append(
                    LexToken(
                        range: start..<i, kind: .word, isCapitalized: startsUppercase(at: start, in: bytes, end: end)))
                continue
            }
            result.append(LexToken(range: i..<(i + 1), kind: .punctuation(byte), isCapitalized: false))
            i += 1
        }
        return result
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80
    }

    /// Length of a non-ASCII mark (quotation mark, dash, ellipsis, no-break space) at `i`, or 0.
    static func markLength(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        let byte = bytes[i]
        if byte == 0x22 { return 1 }
        if byte == 0xC2, i + 1 < end, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB || bytes[i + 1] == 0xA0 { return 2 }
        if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0x9E, 0xA6, 0xAF, 0x89, 0x8A: return 3
            default: return 0
            }
        }
        return 0
    }

    static func isQuoteMark(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let byte = bytes[i]
        if byte == 0x22 { return true }
        if byte == 0xC2 { return bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB }
        if byte == 0xE2 { return [0x98, 0x99, 0x9C, 0x9D, 0x9E].contains(bytes[i + 2]) }
        return false
    }

    static func isSpace(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        (bytes[i] == 0xC2 && bytes[i + 1] == 0xA0)
            || (bytes[i] == 0xE2 && (bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89 || bytes[i + 2] == 0x8A))
    }

    static func startsUppercase(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x80 { return byte &- 0x41 < 26 }
        let (scalar, _) = Tokenizer.decode(bytes, at: i)
        return scalar?.properties.isUppercase ?? false
    }
}
