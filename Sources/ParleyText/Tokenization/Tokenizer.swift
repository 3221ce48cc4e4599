/// Parley's tokenizer: how article text and queries become index terms. One documented place for every
/// normalisation rule; the FTS5 adapter in ParleySearch only hands it bytes.
///
/// Contract (FTS5's, see `fts5.h`): the input is UTF-8 bytes; each token reports its `[start, end)` byte range
/// in that input, in order; invalid bytes never fail (they separate tokens, like U+FFFD). It is deterministic:
/// FTS5 re-tokenizes stored text to delete it, so a rule change needs a new ``name`` and `parley reindex`.
///
/// Rules, in order:
/// 1. **Tokens** are runs of letters and digits (any script). An apostrophe (`'`, `’`) between letters stays
///    inside a word; a possessive `'s`/`’s` is dropped (`Putin’s` → `putin`), other apostrophes are removed
///    (`don't` → `dont`, `O’Brien` → `obrien`). Everything else separates, so hyphenated compounds give their
///    parts (`four-year` → `four`, `year`; `U.S.-Russia` → `US`, `russia`). Numbers keep inner `.` and `,`
///    between digits (`3.5`, `1,100` → `1100`). Runs longer than ``maxTokenBytes`` are skipped.
/// 2. **Folding**: NFKD compatibility decomposition (`ﬁ` → `fi`, full-width `ＵＳ` → `US`), diacritics
///    removed (`Erdoğan` → `erdogan`, `Šefčovič` → `sefcovic`), `ø ł ß æ œ ı` and kin spelled out.
/// 3. **Acronyms**: an all-capital word of two or three letters, dotted or not (`US`, `U.S.`, `UN`, `E.U.`,
///    `WHO`), stays upper-case, so it never matches the ordinary word (`US` ≠ `us`, `WHO` ≠ `who`); `USA` and
///    `U.S.A.` give `US`. Not in a text that is itself all capitals (wire headlines, transcript labels: there
///    capitals mean nothing); in a query always. Longer capital words are ordinary words (`NATO` = `Nato`).
///    Dotted lower-case abbreviations join their letters (`a.m.` → `am`, `e.g.` → `eg`).
/// 4. **Case** is folded to lower case; then words of letters `a`–`z` only are **stemmed** with Porter
///    (`territories`, `territorial` → `territori`; `negotiations` → `negoti`). Numbers and words with digits
///    are kept as they are (`2014`, `g7`).
/// 5. **Prefix queries** (`negotiat*`) are not stemmed as words; the tokenizer gives the prefix and its
///    stemmed forms as alternatives (`negotiat`, `negoti`), so a prefix still reaches stemmed terms.
public struct Tokenizer {
    /// The FTS5 tokenizer name; it changes whenever a rule above changes.
    public static let name = "parley_v1"
    /// Longer runs are URLs, hashes or junk, not words anyone searches for.
    public static let maxTokenBytes = 256

    public enum Mode: Sendable {
        /// Article text, and text highlighted for display.
        case document
        /// A query term.
        case query
        /// The last term of a prefix query (`word*`).
        case prefix
    }

    /// The term being built; room for a folded word (which can outgrow its source: `ß` → `ss`) and the
    /// stemmer's headroom.
    private let scratch = ScratchBuffer(capacity: 4 * Tokenizer.maxTokenBytes + PorterStemmer.headroom)
    private var length = 0
    private var foldCache = FoldCache()
    private let stemCache = StemCache()

    public init() {}

    /// Tokenizes `text`, calling `emit(token, byteRange, isColocated)` for each token in order; `emit` returns
    /// `false` to stop. A colocated token is an alternative at the same position as the one before it.
    public mutating func tokenize(
        _ text: UnsafeBufferPointer<UInt8>, mode: Mode,
        _ emit: (UnsafeBufferPointer<UInt8>, Range<Int>, Bool) -> Bool
    ) {
        let n = text.count
        guard n > 0 else { return }
        let acronymsAllowed = mode != .document || !Self.isAllCapitals(text)
        let term = scratch.base
        let kinds = scratch.kinds
        var i = 0
        while i < n {
            let byte = text[i]
            let kind = kinds[Int(byte)]
            if kind & (ByteKind.lower | ByteKind.upper | ByteKind.digit) != 0 {
                // A word starts.
            } else if kind != ByteKind.nonASCII {
                i += 1
                continue
            } else {
                let (scalar, scalarLength) = Self.decode(text, at: i)
                guard let scalar, Self.isWordScalar(scalar) else {
                    i += scalarLength
                    continue
                }
            }
            let start = i
            var stemmable = false
            if let end = dottedAbbreviation(text, from: start, acronymsAllowed: acronymsAllowed) {
                i = end
            } else {
                (i, stemmable) = scanWord(text, from: start, acronymsAllowed: acronymsAllowed)
            }
            guard length > 0, i - start <= Self.maxTokenBytes else { continue }
            let goOn: Bool
            if mode == .prefix {
                goOn = emitPrefix(start..<i, stemmable: stemmable, emit)
            } else {
                if stemmable { length = stemCache.stem(term, count: length) }
                goOn = emit(UnsafeBufferPointer(start: term, count: length), start..<i, false)
            }
            if !goOn { return }
        }
    }

    /// The tokens of `text` as strings with byte ranges (for `parley tokens`, tests and query building).
    public static func tokens(in text: String, mode: Mode = .document) -> [Token] {
        var tokenizer = Tokenizer()
        var result: [Token] = []
        var copy = text
        copy.withUTF8 { bytes in
            tokenizer.tokenize(bytes, mode: mode) { token, range, colocated in
                result.append(
                    Token(text: String(decoding: token, as: UTF8.self), byteRange: range, isColocated: colocated))
                return true
            }
        }
        return result
    }

    // MARK: - Scanning

    /// `U.S.`, `U.S.A.`, `E.U.`, `a.m.`, `e.g.`: single letters each followed by a period (the last period may
    /// be missing: `U.S`). Fills the scratch term and returns the end, or `nil` when `start` does not begin one.
    private mutating func dottedAbbreviation(_ text: UnsafeBufferPointer<UInt8>, from start: Int, acronymsAllowed: Bool)
        -> Int?
    {
        let n = text.count
        // Fast exit: most words are not `X.`.
        guard start + 1 < n, text[start + 1] == 0x2E, ASCII.isLetter(text[start]) else { return nil }
        var j = start
        var letters = 0
        while j + 1 < n, ASCII.isLetter(text[j]), text[j + 1] == 0x2E, j == start || text[j - 1] == 0x2E {
            letters += 1
            j += 2
        }
        if j < n, ASCII.isLetter(text[j]), j + 1 == n || !ASCII.isAlphanumeric(text[j + 1]), text[j - 1] == 0x2E {
            letters += 1
            j += 1
        } else if j < n, ASCII.isAlphanumeric(text[j]) {
            return nil
        }
        guard letters >= 2 else { return nil }
        length = 0
        var allUpper = true
        for index in stride(from: start, to: j, by: 2) {
            scratch.base[length] = text[index]
            length += 1
            if !ASCII.isUpper(text[index]) { allUpper = false }
        }
        if allUpper && acronymsAllowed && letters <= 3 {
            applyAcronymSynonyms()
        } else {
            for index in 0..<length { scratch.base[index] = ASCII.lower(scratch.base[index]) }
        }
        // `U.S.’s`, `U.S.'s`: the possessive belongs to the abbreviation.
        if j + 1 < n, text[j] == 0x27, text[j + 1] | 0x20 == 0x73, j + 2 == n || !ASCII.isAlphanumeric(text[j + 2]) {
            return j + 2
        }
        if j + 3 < n, text[j] == 0xE2, text[j + 1] == 0x80, text[j + 2] == 0x99, text[j + 3] | 0x20 == 0x73,
            j + 4 == n || !ASCII.isAlphanumeric(text[j + 4])
        {
            return j + 4
        }
        return j
    }

    /// A run of letters and digits (with inner apostrophes and number separators). Fills the scratch term,
    /// lower-cased (or kept as an acronym), and returns the end of the run and whether Porter applies.
    private mutating func scanWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, acronymsAllowed: Bool)
        -> (end: Int, stemmable: Bool)
    {
        let n = text.count
        let term = scratch.base
        var i = start
        var hasNonASCII = false
        var upper = 0, lower = 0, other = 0
        length = 0
        let kinds = scratch.kinds
        // ASCII fast path: copy lower-cased while scanning.
        while i < n {
            let byte = text[i]
            // Hot path: a lower-case letter (most bytes of news text).
            if ASCII.isLower(byte), length < Self.maxTokenBytes {
                term[length] = byte
                length += 1
                lower += 1
                i += 1
                continue
            }
            let kind = kinds[Int(byte)]
            if kind & (ByteKind.lower | ByteKind.upper | ByteKind.digit) != 0 {
                if kind == ByteKind.lower {
                    lower += 1
                } else if kind == ByteKind.upper {
                    upper += 1
                } else {
                    other += 1
                }
                if length < Self.maxTokenBytes {
                    term[length] = byte | (kind & ByteKind.upper) << 4  // upper-case + 0x20 = lower-case
                    length += 1
                }
                i += 1
            } else if kind == ByteKind.inner {
                if byte == 0x27 {
                    guard Self.isLetterBefore(text, i, start), Self.isLetterAfter(text, i + 1) else { break }
                    i += 1
                    // A possessive `'s` ending the word is dropped; other apostrophes vanish.
                    if Self.isPossessiveS(text, at: i) {
                        i += 1
                        break
                    }
                } else {
                    // `.` and `,` between digits: `3.5`, `1,100` (the comma is dropped).
                    guard i > start, ASCII.isDigit(text[i - 1]), i + 1 < n, ASCII.isDigit(text[i + 1]) else { break }
                    i += 1
                    other += 1
                    if byte == 0x2E, length < Self.maxTokenBytes {
                        term[length] = byte
                        length += 1
                    }
                }
            } else if kind == ByteKind.nonASCII {
                let (scalar, scalarLength) = Self.decode(text, at: i)
                guard let scalar else { break }
                guard
                    Self.isWordScalar(scalar)
                        || (Self.isApostrophe(scalar) && Self.isLetterBefore(text, i, start)
                            && Self.isLetterAfter(text, i + scalarLength))
                else { break }
                hasNonASCII = true
                i += scalarLength
            } else {
                break
            }
        }
        // A trailing apostrophe after a plural (`Ukrainians’`) belongs to the word: skip it, index nothing.
        if hasNonASCII || i - start > Self.maxTokenBytes {
            return (i, foldNonASCII(UnsafeBufferPointer(rebasing: text[start..<i]), acronymsAllowed: acronymsAllowed))
        }
        if acronymsAllowed, lower == 0, other == 0, upper >= 2, upper <= 3, length == upper {
            for index in 0..<length { term[index] = ASCII.upper(term[index]) }
            applyAcronymSynonyms()
            return (i, false)
        }
        return (i, other == 0 && length > 2)
    }

    /// The cold path: a word with non-ASCII letters, folded through the cache.
    private mutating func foldNonASCII(_ raw: UnsafeBufferPointer<UInt8>, acronymsAllowed: Bool) -> Bool {
        length = 0
        guard raw.count <= Self.maxTokenBytes else { return false }
        let entry = foldCache.entry(for: raw)
        // `EU’s`: the possessive goes before the acronym test.
        store(entry.cased)
        if acronymsAllowed, (2...3).contains(length), (0..<length).allSatisfy({ ASCII.isUpper(scratch.base[$0]) }) {
            applyAcronymSynonyms()
            return false
        }
        store(entry.lower)
        return length > 2 && (0..<length).allSatisfy { ASCII.isLower(scratch.base[$0]) }
    }

    /// Copies a folded word into the scratch term without its apostrophes (and possessive `'s`).
    private mutating func store(_ folded: [UInt8]) {
        var count = folded.count
        if count >= 3, folded[count - 2] == 0x27, folded[count - 1] | 0x20 == 0x73 { count -= 2 }
        length = 0
        guard count <= scratch.capacity - PorterStemmer.headroom else { return }
        for index in 0..<count where folded[index] != 0x27 && folded[index] != 0x2C {
            scratch.base[length] = folded[index]
            length += 1
        }
    }

    // MARK: - Emitting

    /// The prefix itself, then its stemmed forms (`stem(P)`, `stem(P + "e")`) as colocated alternatives.
    /// Returns whether to go on.
    private mutating func emitPrefix(
        _ range: Range<Int>, stemmable: Bool, _ emit: (UnsafeBufferPointer<UInt8>, Range<Int>, Bool) -> Bool
    ) -> Bool {
        let prefix = Array(UnsafeBufferPointer(start: scratch.base, count: length))
        guard emit(UnsafeBufferPointer(start: scratch.base, count: length), range, false) else { return false }
        guard stemmable else { return true }
        var seen: [[UInt8]] = [prefix]
        for var candidate in [prefix, prefix + [0x65]] {
            PorterStemmer.stem(&candidate)
            guard !seen.contains(candidate) else { continue }
            seen.append(candidate)
            guard candidate.withUnsafeBufferPointer({ emit($0, range, true) }) else { return false }
        }
        return true
    }

    // MARK: - Rules

    /// No ASCII lower-case letter and at least one upper-case one: a shouted headline or a label.
    static func isAllCapitals(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasUpper = false
        for byte in text {
            if ASCII.isLower(byte) { return false }
            if ASCII.isUpper(byte) { hasUpper = true }
        }
        return hasUpper
    }

    /// `USA` → `US`: one country, one token.
    private mutating func applyAcronymSynonyms() {
        if length == 3, scratch.base[0] == 0x55, scratch.base[1] == 0x53, scratch.base[2] == 0x41 { length = 2 }
    }

    /// `s` or `S` at `i`, ending the word.
    private static func isPossessiveS(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i < text.count && text[i] | 0x20 == 0x73 && (i + 1 == text.count || !ASCII.isAlphanumeric(text[i + 1]))
            && (i + 1 == text.count || text[i + 1] < 0x80)
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Letters, digits and combining marks of any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func isLetterBefore(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ start: Int) -> Bool {
        i > start && (ASCII.isLetter(text[i - 1]) || text[i - 1] >= 0x80)
    }

    private static func isLetterAfter(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i < text.count && (ASCII.isLetter(text[i]) || text[i] >= 0xC0)
    }

    /// The scalar at `i` and its length; `nil` (length 1) for an invalid sequence, which the tokenizer
    /// treats as a separator (like U+FFFD).
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar?, Int) {
        guard let (scalar, length) = ByteClass.scalar(at: i, in: text, end: text.count) else { return (nil, 1) }
        return (scalar, length)
    }
}

/// A fixed buffer owned by one tokenizer, allocated once, and its byte-class table.
final class ScratchBuffer {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    /// ``ByteKind`` of each byte value (a table reached through a pointer, not a global: no lazy-init check).
    let kinds: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        kinds = .allocate(capacity: 256)
        for byte in 0..<256 {
            let value = UInt8(byte)
            kinds[byte] =
                ASCII.isLower(value)
                ? ByteKind.lower
                : ASCII.isUpper(value)
                    ? ByteKind.upper
                    : ASCII.isDigit(value)
                        ? ByteKind.digit
                        : value == 0x27 || value == 0x2E || value == 0x2C
                            ? ByteKind.inner
                            : value >= 0x80 ? ByteKind.nonASCII : ByteKind.separator
        }
    }

    deinit {
        base.deallocate()
        kinds.deallocate()
    }
}

/// Byte classes of the scanner's table.
enum ByteKind {
    static let separator: UInt8 = 0
    static let lower: UInt8 = 1
    static let upper: UInt8 = 2
    static let digit: UInt8 = 4
    /// `'`, `.`, `,`: inside a word only between the right neighbours.
    static let inner: UInt8 = 8
    static let nonASCII: UInt8 = 16
}

/// One token: its indexed text and where it came from.
public struct Token: Sendable, Equatable {
    public var text: String
    /// UTF-8 byte range in the tokenized text.
    public var byteRange: Range<Int>
    /// An alternative at the same position as the token before it.
    public var isColocated: Bool

    public init(text: String, byteRange: Range<Int>, isColocated: Bool = false) {
        self.text = text
        self.byteRange = byteRange
        self.isColocated = isColocated
    }
}
