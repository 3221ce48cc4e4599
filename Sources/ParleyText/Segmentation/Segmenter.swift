/// Cuts article text into paragraphs, sentences and passages, scanning UTF-8 bytes.
///
/// - Paragraphs: each non-blank line (news exporters separate paragraphs by one or more newlines),
///   trimmed of surrounding white space.
/// - Sentences: see ``SentenceSplitter``.
/// - Passages: a paragraph of at most ``maxPassageScalars`` scalars is one passage; a longer one is cut into
///   windows of whole sentences, each as long as fits; a single sentence longer than the limit is cut at
///   white space.
public enum Segmenter {
    /// Passage size limit: about a screen paragraph, long enough for a quotation with its attribution.
    public static let maxPassageScalars = 600

    /// Byte spans of the paragraphs of `text`.
    public static func paragraphs(in text: String) -> [ByteSpan] {
        var copy = text
        return copy.withUTF8 { paragraphs(in: $0) }
    }

    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteSpan] {
        var result: [ByteSpan] = []
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let span = ByteClass.trimmed(ByteSpan(lineStart, lineEnd), in: bytes)
            if span.count > 0 { result.append(span) }
            lineStart = lineEnd + 1
        }
        return result
    }

    /// Byte spans of the sentences of `text`, paragraph by paragraph.
    public static func sentences(in text: String) -> [ByteSpan] {
        var copy = text
        return copy.withUTF8 { bytes in
            paragraphs(in: bytes).flatMap { SentenceSplitter.sentences(in: bytes, paragraph: $0) }
        }
    }

    /// The passages of `text`, in order.
    public static func passages(in text: String) -> [Passage] {
        var copy = text
        return copy.withUTF8 { bytes in
            var spans: [(paragraph: Int, span: ByteSpan)] = []
            for (index, paragraph) in paragraphs(in: bytes).enumerated() {
                for span in windows(of: paragraph, in: bytes) { spans.append((index, span)) }
            }
            var counter = ScalarCounter()
            return spans.enumerated().map { ordinal, item in
                let start = counter.scalarOffset(ofByte: item.span.lowerBound, in: bytes)
                let end = counter.scalarOffset(ofByte: item.span.upperBound, in: bytes)
                let slice = UnsafeBufferPointer(rebasing: bytes[item.span.lowerBound..<item.span.upperBound])
                return Passage(
                    ordinal: ordinal, paragraph: item.paragraph, start: start, end: end,
                    text: String(decoding: slice, as: UTF8.self))
            }
        }
    }

    /// A paragraph as passage spans: whole if short, else greedy windows of whole sentences.
    static func windows(of paragraph: ByteSpan, in bytes: UnsafeBufferPointer<UInt8>) -> [ByteSpan] {
        let limit = maxPassageScalars
        if ByteClass.scalarCount(paragraph, in: bytes) <= limit { return [paragraph] }
        var pieces: [ByteSpan] = []
        for sentence in SentenceSplitter.sentences(in: bytes, paragraph: paragraph) {
            if ByteClass.scalarCount(sentence, in: bytes) <= limit {
                pieces.append(sentence)
            } else {
                pieces += hardSplit(sentence, in: bytes, limit: limit)
            }
        }
        var result: [ByteSpan] = []
        var current: ByteSpan?
        for piece in pieces {
            if let open = current, ByteClass.scalarCount(ByteSpan(open.lowerBound, piece.upperBound), in: bytes) <= limit {
                current = ByteSpan(open.lowerBound, piece.upperBound)
            } else {
                if let open = current { result.append(open) }
                current = piece
            }
        }
        if let current { result.append(current) }
        return result
    }

    /// Cuts an over-long sentence at the last white space before each `limit` scalars (or mid-word when
    /// there is none).
    static func hardSplit(_ span: ByteSpan, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [ByteSpan] {
        var result: [ByteSpan] = []
        var start = span.lowerBound
        while start < span.upperBound {
            var scalars = 0
            var index = start
            var lastSpace: Int?
            while index < span.upperBound {
                if bytes[index] & 0xC0 != 0x80 {
                    if scalars == limit { break }
                    scalars += 1
                }
                if ByteClass.isSpace(bytes[index]), index > start { lastSpace = index }
                index += 1
            }
            let end = index < span.upperBound ? (lastSpace ?? index) : index
            let piece = ByteClass.trimmed(ByteSpan(start, end), in: bytes)
            if piece.count > 0 { result.append(piece) }
            start = end
            while start < span.upperBound, ByteClass.isSpace(bytes[start]) { start += 1 }
        }
        return result
    }
}

/// Byte-level character classes shared by the segmenters.
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
        for index in span.lowerBound..<span.upperBound where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
