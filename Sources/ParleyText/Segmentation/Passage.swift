/// A piece of an article that search returns: a paragraph, or a window of whole sentences of a long one
/// (see ``Segmenter/passages(in:)``).
///
/// Offsets count Unicode scalars (the indices a Python `str` uses) into the article text, half-open:
/// `text == article.text.unicodeScalars[start..<end]`.
public struct Passage: Sendable, Equatable {
    /// 0-based position among the article's passages.
    public var ordinal: Int
    /// 0-based index of the paragraph it comes from.
    public var paragraph: Int
    /// Unicode scalar offset of the first scalar, into the article text.
    public var start: Int
    /// Unicode scalar offset just past the last scalar (half-open).
    public var end: Int
    public var text: String

    public init(ordinal: Int, paragraph: Int, start: Int, end: Int, text: String) {
        self.ordinal = ordinal
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A span of the article text as UTF-8 byte offsets, half-open.
public struct ByteSpan: Sendable, Equatable, Hashable {
    public var lowerBound: Int
    public var upperBound: Int

    public init(_ lowerBound: Int, _ upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    public var count: Int { upperBound - lowerBound }
}

/// Converts increasing UTF-8 byte offsets into Unicode scalar offsets in one forward pass.
struct ScalarCounter {
    private var byteOffset = 0
    private var scalarOffset = 0

    /// Counts from the start of the text.
    init() {}

    /// Counts scalars from `byteOffset`, which is scalar 0.
    init(startingAtByte byteOffset: Int) { self.byteOffset = byteOffset }

    /// The scalar offset of `target`; targets must not decrease between calls.
    mutating func scalarOffset(ofByte target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(target >= byteOffset, "ScalarCounter targets must not decrease")
        while byteOffset < target {
            // Every byte but a continuation byte (10xxxxxx) starts a scalar.
            if bytes[byteOffset] & 0xC0 != 0x80 { scalarOffset += 1 }
            byteOffset += 1
        }
        return scalarOffset
    }
}
