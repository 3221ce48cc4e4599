/// Finds sentence ends in news prose, scanning UTF-8 bytes.
///
/// A sentence ends after `.`, `!`, `?` or `…` (with any run of them), plus closing quotation marks and
/// brackets, when white space follows and the next word does not continue the sentence. Not ends:
/// - decimals, versions and dotted names with no space after the dot (`3.5`, `U.S.-Russia`);
/// - a next word in lower case (`“Why?” she asked.`, `U.S. officials`);
/// - titles and abbreviations (`Mr.`, `Dr.`, `Gen.`, `Sen.`, `Jan.`, `No.` …), single initials (`J. D. Vance`),
///   `e.g.`, `i.e.`, `vs.`;
/// - dotted acronyms (`U.S.`, `a.m.`) unless the next word is one that starts sentences (`He`, `The` …).
enum SentenceSplitter {
    /// Abbreviations after which a capitalised word does not start a sentence.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
        "Cpl", "Pvt", "Brig", "Sen", "Rep", "Gov", "Amb", "Pres", "Rev", "Hon", "Fr", "Sr", "Jr", "St", "Mt",
        "No", "Nos", "Art", "Sec", "Gens", "Sens", "Reps", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "vs", "v", "etc", "approx", "est", "Inc", "Corp", "Ltd", "Co", "Bros", "Dept",
        "Univ", "Ave", "Blvd", "Rd", "Ft", "Pt", "Gov't", "cf", "al", "ca", "Vol", "pp", "p",
    ]
    /// Words that, after a dotted acronym (`U.S.`), show that a new sentence began.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "After", "Before",
        "His", "Her", "Its", "Their", "Our", "My", "What", "Why", "How", "Who", "Where", "Asked", "Still",
        "However", "Meanwhile", "Officials", "Some", "Many", "No", "Not", "As", "Since", "Although", "Now",
    ]

    static func sentences(in bytes: UnsafeBufferPointer<UInt8>, paragraph: ByteSpan) -> [ByteSpan] {
        var result: [ByteSpan] = []
        var start = paragraph.lowerBound
        var index = paragraph.lowerBound
        let end = paragraph.upperBound
        while index < end {
            let terminatorLength = self.terminatorLength(at: index, in: bytes, end: end)
            guard terminatorLength > 0 else {
                index += 1
                continue
            }
            let terminatorStart = index
            index += terminatorLength
            // A run of terminators (`?!`, `...`, `.”`) and closing marks belongs to this sentence.
            while index < end {
                let more = self.terminatorLength(at: index, in: bytes, end: end)
                let closing = closingLength(at: index, in: bytes, end: end)
                if more > 0 {
                    index += more
                } else if closing > 0 {
                    index += closing
                } else {
                    break
                }
            }
            let sentenceEnd = index
            guard sentenceEnd < end else { break }
            guard ByteClass.spaceLength(at: sentenceEnd, in: bytes, end: end) > 0 else { continue }
            var next = sentenceEnd
            while next < end {
                let space = ByteClass.spaceLength(at: next, in: bytes, end: end)
                if space == 0 { break }
                next += space
            }
            guard next < end else { break }
            if isBoundary(terminatorAt: terminatorStart, nextWordAt: next, in: bytes, end: end) {
                result.append(ByteSpan(start, sentenceEnd))
                start = next
            }
            index = next
        }
        if start < end { result.append(ByteClass.trimmed(ByteSpan(start, end), in: bytes)) }
        return result
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

    private static func isBoundary(
        terminatorAt terminator: Int, nextWordAt next: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int
    ) -> Bool {
        let first = bytes[next]
        // A lower-case next word continues the sentence (`“Why?” she asked.`, `U.S. officials`).
        if first >= 0x61 && first <= 0x7A { return false }
        guard bytes[terminator] == 0x2E else { return true }
        // Only a period can end an abbreviation.
        let word = wordBefore(terminator, in: bytes)
        guard word.count > 0 else { return true }
        let wordText = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.lowerBound..<word.upperBound]), as: UTF8.self)
        let nextWord = self.nextWord(at: next, in: bytes, end: end)
        if titles.contains(wordText) {
            // `Inc.`, `Co.`, `etc.` end sentences too; decide by the next word.
            return ["Inc", "Corp", "Ltd", "Co", "Bros", "etc", "Jr", "Sr"].contains(wordText)
                && sentenceStarters.contains(nextWord)
        }
        // A dotted acronym (`U.S.`, `a.m.`, `e.g.`): the letter before the final period follows another period.
        if word.count == 1, word.lowerBound >= 1, bytes[word.lowerBound - 1] == 0x2E {
            return sentenceStarters.contains(nextWord)
        }
        // A single capital letter is an initial (`J. D. Vance`).
        if word.count == 1, bytes[word.lowerBound] >= 0x41, bytes[word.lowerBound] <= 0x5A {
            return false
        }
        return true
    }

    /// The ASCII letters (and apostrophes) right before `index`.
    private static func wordBefore(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ByteSpan {
        var start = index
        while start > 0 {
            let b = bytes[start - 1]
            let isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            guard isLetter || b == 0x27 else { break }
            start -= 1
        }
        return ByteSpan(start, index)
    }

    /// The ASCII letters starting at `index` (after any opening quotation mark).
    private static func nextWord(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> String {
        var stop = index
        while stop < end, (bytes[stop] | 0x20) >= 0x61, (bytes[stop] | 0x20) <= 0x7A { stop += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<stop]), as: UTF8.self)
    }
}
