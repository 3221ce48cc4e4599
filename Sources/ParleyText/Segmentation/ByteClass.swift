/// Byte-level character classes shared by the segmenters.
///
/// Everything here reads UTF-8 bytes; a scalar is decoded only where a rule needs to know whether a
/// non-ASCII character is a letter or in which case it is (cold paths, at most a few times per sentence).
enum ByteClass {
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// White space, including U+00A0 (no-break space, `C2 A0`) starting at `index`: its byte length, or 0.
    @inline(__always) static func spaceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        if isSpace(bytes[index]) { return 1 }
        if bytes[index] == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Whether the byte before `index` ends white space (including U+00A0); false at `start`.
    @inline(__always) static func isSpace(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, start: Int) -> Bool {
        guard index > start else { return false }
        if isSpace(bytes[index - 1]) { return true }
        return index - 2 >= start && bytes[index - 2] == 0xC2 && bytes[index - 1] == 0xA0
    }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    @inline(__always) static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    @inline(__always) static func isASCIIUpper(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    @inline(__always) static func isASCIILower(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A
    }

    /// Whether `byte` starts a scalar (every byte but a continuation byte, `10xxxxxx`).
    @inline(__always) static func isScalarStart(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80
    }

    static func trimmed(_ span: ByteSpan, in bytes: UnsafeBufferPointer<UInt8>) -> ByteSpan {
        var lower = span.lowerBound, upper = span.upperBound
        while lower < upper {
            let length = spaceLength(at: lower, in: bytes, end: upper)
            if length == 0 { break }
            lower += length
        }
        while upper > lower {
            if isSpace(bytes[upper - 1]) {
                upper -= 1
            } else if upper - lower >= 2, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
                upper -= 2
            } else {
                break
            }
        }
        return ByteSpan(lower, upper)
    }

    static func scalarCount(_ span: ByteSpan, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for index in span.lowerBound..<span.upperBound where isScalarStart(bytes[index]) { count += 1 }
        return count
    }

    // MARK: Decoding single scalars (cold paths)

    /// The scalar starting at `index` and its byte length, or `nil` when the bytes there are not UTF-8
    /// (a continuation byte, a truncated or over-long sequence). Never reads at or past `end`.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (Unicode.Scalar, Int)? {
        guard index < end else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= end else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The scalar ending right before `index` and its byte length, or `nil` (see `scalar(at:in:end:)`);
    /// never reads before `start`.
    static func scalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, start: Int) -> (Unicode.Scalar, Int)? {
        var lead = index - 1
        while lead >= start, index - lead < 4, !isScalarStart(bytes[lead]) { lead -= 1 }
        guard lead >= start, let (scalar, length) = self.scalar(at: lead, in: bytes, end: index), lead + length == index
        else { return nil }
        return (scalar, length)
    }

    /// Whether the text at `index` starts with a letter in lower case (`a`–`z`, `é`, `š` …).
    static func startsLowercase(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard index < end else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return isASCIILower(byte) }
        guard let (scalar, _) = scalar(at: index, in: bytes, end: end) else { return false }
        return scalar.properties.isLowercase
    }

    /// Whether the text at `index` starts with a letter in upper (or title) case.
    static func startsUppercase(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard index < end else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIUpper(byte) }
        guard let (scalar, _) = scalar(at: index, in: bytes, end: end) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// The byte length of the word character at `index` (a letter, an apostrophe `'` or `’`, a combining
    /// mark, or a digit when `digits`), or 0.
    static func wordCharacterLength(
        at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int, digits: Bool = true
    ) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return isASCIILetter(byte) || byte == 0x27 || (digits && isASCIIDigit(byte)) ? 1 : 0
        }
        guard let (scalar, length) = scalar(at: index, in: bytes, end: end) else { return 0 }
        return isWordScalar(scalar, digits: digits) ? length : 0
    }

    /// The byte length of the word character ending right before `index`, or 0 (see `wordCharacterLength`).
    static func wordCharacterLength(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, start: Int) -> Int {
        guard index > start else { return 0 }
        let byte = bytes[index - 1]
        if byte < 0x80 { return isASCIILetter(byte) || isASCIIDigit(byte) || byte == 0x27 ? 1 : 0 }
        guard let (scalar, length) = scalar(before: index, in: bytes, start: start) else { return 0 }
        return isWordScalar(scalar, digits: true) ? length : 0
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar, digits: Bool) -> Bool {
        if scalar == "\u{2019}" { return true }  // ’ as an apostrophe inside a word: `Gov’t`
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        case .decimalNumber: return digits
        default: return false
        }
    }
}
