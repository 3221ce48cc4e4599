extension String {
    /// Characters of a final possessive `'s` or `’s` (2), or 0; read from the UTF-8 bytes (hot paths).
    var possessiveSuffixLength: Int {
        let bytes = utf8
        guard let last = bytes.last, last | 0x20 == 0x73 else { return 0 }
        let beforeS = bytes.index(before: bytes.endIndex)
        guard beforeS > bytes.startIndex else { return 0 }
        let mark = bytes.index(before: beforeS)
        if bytes[mark] == 0x27 { return 2 }
        // ’ is E2 80 99.
        if bytes[mark] == 0x99, bytes.distance(from: bytes.startIndex, to: mark) >= 2 {
            let b0 = bytes[bytes.index(mark, offsetBy: -2)], b1 = bytes[bytes.index(mark, offsetBy: -1)]
            if b0 == 0xE2, b1 == 0x80 { return 2 }
        }
        return 0
    }

    var isPossessive: Bool { possessiveSuffixLength > 0 }

    /// The word without a final `’s` / `'s`.
    var possessiveStripped: String {
        let length = possessiveSuffixLength
        return length == 0 ? self : String(dropLast(length))
    }
}

extension String {
    /// The text after the last space (the whole string when there is none); bytes, not Characters (hot paths).
    var lastWord: Substring {
        guard let space = utf8.lastIndex(of: 0x20) else { return self[...] }
        return self[index(after: space)...]
    }

    /// The text before the first space (the whole string when there is none).
    var firstWord: Substring {
        guard let space = utf8.firstIndex(of: 0x20) else { return self[...] }
        return self[..<space]
    }

    /// `lowercased()`, without Unicode tables when the text is ASCII (almost always, for names and cue words).
    var fastLowercased: String {
        var hasUpper = false
        for byte in utf8 {
            if byte >= 0x80 { return lowercased() }
            if byte &- 0x41 < 26 { hasUpper = true }
        }
        guard hasUpper else { return self }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var i = 0
            for byte in utf8 {
                buffer[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                i += 1
            }
            return i
        }
    }

    /// Four or more characters, all upper case (a dateline such as `PORT SOLENNE`); ASCII read from the bytes.
    var isShoutedWord: Bool {
        var letters = 0
        var count = 0
        for byte in utf8 {
            if byte >= 0x80 { return self.count > 3 && self == uppercased() && contains(where: \.isLetter) }
            if byte &- 0x61 < 26 { return false }
            if byte &- 0x41 < 26 { letters += 1 }
            count += 1
        }
        return count > 3 && letters > 0
    }
}
