import Foundation

/// Folds a non-ASCII word to the form Parley indexes: compatibility decomposition (NFKD: ligatures `ﬁ` → `fi`,
/// full-width `Ｕ` → `U`), diacritics removed (`Erdoğan` → `Erdogan`, `Šefčovič` → `Sefcovic`), letters with no
/// decomposition mapped by hand (`ø` → `o`, `ł` → `l`, `ß` → `ss`, `æ` → `ae` …), `’` → `'`.
///
/// Case is kept: the tokenizer decides about acronyms before lower-casing. This is the cold path (words with
/// a byte ≥ 0x80); ``FoldCache`` keeps the results.
enum WordFolding {
    static func fold(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let decomposed = String(decoding: word, as: UTF8.self).decomposedStringWithCompatibilityMapping
        var result: [UInt8] = []
        result.reserveCapacity(word.count)
        for scalar in decomposed.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format:
                continue
            default:
                break
            }
            if let replacement = replacements[scalar] {
                result.append(contentsOf: replacement.utf8)
            } else {
                result.append(contentsOf: String(scalar).utf8)
            }
        }
        return result
    }

    /// Lower-cases folded bytes: ASCII by table, anything else through the Unicode case mapping.
    static func lowercased(_ folded: [UInt8]) -> [UInt8] {
        if folded.allSatisfy({ $0 < 0x80 }) { return folded.map(ASCII.lower) }
        return Array(String(decoding: folded, as: UTF8.self).lowercased().utf8)
    }

    private static let replacements: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŋ": "n",
        "Ŋ": "N", "ŧ": "t", "Ŧ": "T", "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'",
    ]
}

/// Folded forms of the non-ASCII words seen so far, so each distinct word is folded once.
///
/// Direct-mapped by hash, looked up straight from the token's bytes: a hit allocates nothing. A collision
/// replaces the older word; words longer than ``maxKeyBytes`` are folded every time.
struct FoldCache {
    struct Entry {
        /// Folded, case kept.
        var cased: [UInt8]
        /// Folded and lower-cased.
        var lower: [UInt8]
    }

    static let maxKeyBytes = 48
    /// A power of two.
    static let slotCount = 4096

    /// Empty until the first word is cached: a tokenizer is made for each query's words, most of them ASCII, and
    /// making and freeing 4,096 slots twice cost more than tokenizing them.
    private var keys: [[UInt8]] = []
    private var entries: [Entry?] = []

    mutating func entry(for word: UnsafeBufferPointer<UInt8>) -> Entry {
        guard word.count <= Self.maxKeyBytes else { return Self.fold(word) }
        if keys.isEmpty {
            keys = Array(repeating: [], count: Self.slotCount)
            entries = Array(repeating: nil, count: Self.slotCount)
        }
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let slot = Int(hash >> 4) & (Self.slotCount - 1)
        if let entry = entries[slot], keys[slot].elementsEqual(word) { return entry }
        let entry = Self.fold(word)
        keys[slot] = Array(word)
        entries[slot] = entry
        return entry
    }

    private static func fold(_ word: UnsafeBufferPointer<UInt8>) -> Entry {
        let cased = WordFolding.fold(word)
        return Entry(cased: cased, lower: WordFolding.lowercased(cased))
    }
}

/// ASCII byte classes by arithmetic (no table: a global table costs a lazy-initialisation check per access).
enum ASCII {
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    @inline(__always) static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte & ~0x20 : byte }
}
