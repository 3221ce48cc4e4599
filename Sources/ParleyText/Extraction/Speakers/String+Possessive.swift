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
}
