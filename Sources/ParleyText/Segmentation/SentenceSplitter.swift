/// Finds sentence ends in news prose, scanning UTF-8 bytes.
///
/// A sentence ends after a run of `.`, `!`, `?` or `…` and the closing quotation marks and brackets right
/// after it (`?!`, `...`, `.”`, `.)`), when white space follows and the next word does not continue the
/// sentence. The run stays in the sentence: `… for sure.” He added …` ends after `”`. Not ends:
/// - no white space after the run: decimals, versions, dotted names (`3.5`, `v2.0.1`, `U.S.-led`, `“Yes.”—`);
/// - a next word in lower case (`“Why?” she asked.`, `U.S. officials`, `He paused… and then spoke.`), or a
///   comma, semicolon, colon, closing bracket, dash or period next (`He said . . . nothing.`);
/// - `“Why?” Ilya Marevsky asked.`: after `?`, `!` or `…` and a closing quotation mark, capitalised name
///   words (titles and initials included) then a verb of attribution (`said`, `asked` …);
/// - after a lone period: titles (`Mr.`, `Dr.`, `Gen.`, `Lt. Col.`, `Sen.`, `Rep.`, `Gov.`, `vs.` …) and
///   `e.g.`, `i.e.` never end; `No.`, `Art.` end unless a number follows; other abbreviations (`St.`, `Inc.`,
///   `Jan.` … `Dec.`, `etc.`), dotted acronyms (`U.S.`, `U.N.`, `E.U.`, `a.m.`, `p.m.`) and initials
///   (`J. D. Vance`) end only when a sentence start follows: an opening quotation mark or a word that starts
///   sentences (`He`, `The` … see ``sentenceStarters``), so `… talks with the U.S. He said …` ends after
///   `U.S.` and `The U.S. Senate` does not;
/// - a list number at the start of a sentence (`1. The first point`);
/// - a run with nothing but opening marks before it (`… and then` at the start of a paragraph).
///
/// A sentence never spans a paragraph: callers pass one paragraph at a time.
enum SentenceSplitter {
    /// The sentences of `paragraph` (a trimmed span of `bytes`), in order, trimmed; only white space lies
    /// between two of them and they cover the paragraph.
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>, paragraph: ByteSpan) -> [ByteSpan] {
        var result: [ByteSpan] = []
        let end = paragraph.upperBound
        var start = paragraph.lowerBound
        var content = ContentCheck(start: start)
        var index = start
        while index < end {
            let byte = bytes[index]
            // Most bytes are not `.`, `!`, `?` nor the lead byte of `…`.
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0xE2 else {
                index += 1
                continue
            }
            let firstLength = terminatorLength(at: index, in: bytes, end: end)
            guard firstLength > 0 else {
                index += 1
                continue
            }
            let terminatorStart = index
            var run = Run(first: byte)
            index += firstLength
            while index < end {
                let more = terminatorLength(at: index, in: bytes, end: end)
                if more > 0 {
                    run.addTerminator(bytes[index])
                    index += more
                    continue
                }
                let closing = closingLength(at: index, in: bytes, end: end)
                guard closing > 0 else { break }
                run.addClosing(isQuote: bytes[index] != 0x29 && bytes[index] != 0x5D)
                index += closing
            }
            let sentenceEnd = index
            var next = sentenceEnd
            while next < end {
                let space = ByteClass.spaceLength(at: next, in: bytes, end: end)
                if space == 0 { break }
                next += space
            }
            guard next > sentenceEnd, next < end else { continue }
            let hasContent = content.hasWord(before: terminatorStart, in: bytes, end: end)
            if hasContent,
                isBoundary(
                    run: run, terminatorAt: terminatorStart, sentenceStart: start, nextAt: next, in: bytes, end: end)
            {
                result.append(ByteSpan(start, sentenceEnd))
                start = next
                content = ContentCheck(start: start)
            }
            index = next
        }
        if start < end { result.append(ByteClass.trimmed(ByteSpan(start, end), in: bytes)) }
        return result
    }

    /// A run of terminators and closing marks (`.`, `?!`, `...”`, `.)`).
    struct Run {
        enum Kind { case period, ellipsis, question }
        private(set) var kind: Kind
        private(set) var hasClosingMark = false
        private(set) var hasClosingQuote = false

        init(first: UInt8) {
            switch first {
            case 0x2E: kind = .period
            case 0x21, 0x3F: kind = .question
            default: kind = .ellipsis
            }
        }

        mutating func addTerminator(_ lead: UInt8) {
            if lead == 0x21 || lead == 0x3F {
                kind = .question
            } else if kind == .period {
                kind = .ellipsis  // `..`, `...`, `.…`
            }
        }

        mutating func addClosing(isQuote: Bool) {
            hasClosingMark = true
            if isQuote { hasClosingQuote = true }
        }

        /// A single `.` with nothing after it: the only run an abbreviation can explain.
        var isLonePeriod: Bool { kind == .period && !hasClosingMark }
    }

    /// `.`, `!`, `?` (1 byte) or `…` (U+2026, 3 bytes); 0 otherwise.
    @inline(__always) static func terminatorLength(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        switch bytes[i] {
        case 0x2E, 0x21, 0x3F: return 1
        case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6: return 3
        default: return 0
        }
    }

    /// Closing quotation marks and brackets: `"` `'` `)` `]` `”` `’` `»`.
    @inline(__always) static func closingLength(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        switch bytes[i] {
        case 0x22, 0x27, 0x29, 0x5D: return 1
        case 0xC2 where i + 1 < end && bytes[i + 1] == 0xBB: return 2
        case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99): return 3
        default: return 0
        }
    }

    /// Opening quotation marks and brackets before a sentence's first word: `“` `‘` `"` `'` `«` `(` `[` `¿` `¡`.
    /// Returns the byte length and whether the mark is a quotation mark.
    @inline(__always) static func openingLength(
        at i: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int
    ) -> (length: Int, isQuote: Bool) {
        switch bytes[i] {
        case 0x22, 0x27: return (1, true)
        case 0x28, 0x5B: return (1, false)
        case 0xC2 where i + 1 < end && bytes[i + 1] == 0xAB: return (2, true)
        case 0xC2 where i + 1 < end && (bytes[i + 1] == 0xBF || bytes[i + 1] == 0xA1): return (2, false)
        case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98):
            return (3, true)
        default: return (0, false)
        }
    }

    /// Whether what follows the run at `next` (after white space) can start a sentence, given the run.
    private static func isBoundary(
        run: Run, terminatorAt terminator: Int, sentenceStart: Int, nextAt next: Int,
        in bytes: UnsafeBufferPointer<UInt8>, end: Int
    ) -> Bool {
        // Punctuation that only continues a sentence: `, ; : ) ] } %`, a hyphen or a dash (– —); a period
        // next is a spaced ellipsis (`. . .`), decided at its last dot.
        switch bytes[next] {
        case 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x7D, 0x25, 0x2D, 0x2E: return false
        case 0xE2 where next + 2 < end && bytes[next + 1] == 0x80 && (0x93...0x94).contains(bytes[next + 2]):
            return false
        default: break
        }
        var wordStart = next
        var afterOpeningQuote = false
        while wordStart < end {
            let opening = openingLength(at: wordStart, in: bytes, end: end)
            if opening.length == 0 { break }
            afterOpeningQuote = afterOpeningQuote || opening.isQuote
            wordStart += opening.length
        }
        guard wordStart < end else { return true }
        // A lower-case next word continues the sentence (`“Why?” she asked.`, `U.S. officials`).
        if ByteClass.startsLowercase(at: wordStart, in: bytes, end: end) { return false }

        switch run.kind {
        case .question, .ellipsis:
            // `“Why?” Ilya Marevsky asked.` is one sentence.
            return !(run.hasClosingQuote && attributionFollows(at: wordStart, in: bytes, end: end))
        case .period:
            guard run.isLonePeriod else { return true }
        }
        switch tokenKind(beforePeriod: terminator, in: bytes, start: sentenceStart) {
        case .word:
            return true
        case .neverEnds:
            return false
        case .numbered:
            return afterOpeningQuote || !startsNumber(at: wordStart, in: bytes, end: end)
        case .closing:
            return startsSentence(at: wordStart, in: bytes, end: end, afterOpeningQuote: afterOpeningQuote)
        }
    }
}

/// Whether a sentence has a letter or digit before a given point, checked incrementally so that a paragraph
/// of terminators and marks (`“ … “ … “ …`) is still scanned once.
private struct ContentCheck {
    private var checkedUpTo: Int
    private var found = false

    init(start: Int) { checkedUpTo = start }

    mutating func hasWord(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        while !found, checkedUpTo < index {
            let byte = bytes[checkedUpTo]
            if byte < 0x80 {
                found = ByteClass.isASCIILetter(byte) || ByteClass.isASCIIDigit(byte)
                checkedUpTo += 1
            } else if let (scalar, length) = ByteClass.scalar(at: checkedUpTo, in: bytes, end: end) {
                // Letters, digits and symbols such as emoji count; punctuation (“ ” … —) does not.
                let category = scalar.properties.generalCategory
                found = !Self.isPunctuation(category) && !scalar.properties.isWhitespace
                checkedUpTo += length
            } else {
                found = true  // bytes that are not UTF-8 count as U+FFFD, a symbol
                checkedUpTo += 1
            }
        }
        return found
    }

    private static func isPunctuation(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .format, .control:
            return true
        default:
            return false
        }
    }
}

/// The sentences of a text of one or more paragraphs, for a search's same-sentence test.
public enum Sentences {
    /// The sentence spans of `bytes` in order: every line is a paragraph of its own (a sentence never spans a
    /// line break), split as ``SentenceSplitter`` splits the articles' paragraphs.
    public static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteSpan] {
        var spans: [ByteSpan] = []
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            let line = ByteClass.trimmed(ByteSpan(lineStart, index), in: bytes)
            if line.count > 0 { spans += SentenceSplitter.sentences(in: bytes, paragraph: line) }
            lineStart = index + 1
        }
        return spans
    }
}
