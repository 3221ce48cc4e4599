/// Cuts article text into paragraphs, sentences and passages, scanning UTF-8 bytes.
///
/// - Paragraphs: each non-blank line (news exporters separate paragraphs by one or more newlines),
///   trimmed of surrounding white space.
/// - Sentences: see ``SentenceSplitter``; a sentence never spans a paragraph.
/// - Passages: a paragraph of at most ``maxPassageScalars`` scalars is one passage; a longer one is cut into
///   windows of whole sentences, each as long as fits. A window is not closed inside a quotation that fits in
///   a passage, up to ``maxQuotedPassageScalars`` (see ``QuotationScanner``); a single sentence longer than
///   the limit is cut at white space.
///
/// The work is linear in the length of the text: no step rescans what an earlier one already read.
public enum Segmenter {
    /// Passage size limit: about a screen paragraph, long enough for a quotation with its attribution.
    public static let maxPassageScalars = 600

    /// Longest passage when a window grows to keep a quotation whole: a quotation shorter than a passage is
    /// not cut unless the window would grow past twice the limit.
    static let maxQuotedPassageScalars = 2 * maxPassageScalars

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

    /// Byte spans (UTF-8 offsets into `text`) of the sentences of `text`, paragraph by paragraph.
    public static func sentences(in text: String) -> [ByteSpan] {
        var copy = text
        return copy.withUTF8 { bytes in
            paragraphs(in: bytes).flatMap { SentenceSplitter.sentences(in: bytes, paragraph: $0) }
        }
    }

    /// The sentences of `text` as Unicode scalar offsets (Python `str` indices), half-open, in order.
    ///
    /// `Array(text.unicodeScalars)[range]` is the sentence; the same sentences as ``sentences(in:)``.
    ///
    /// - Parameter text: the article text.
    /// - Returns: one range per sentence, trimmed of white space; empty when `text` is blank.
    public static func sentenceScalarRanges(in text: String) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { bytes in
            var counter = ScalarCounter()
            var result: [Range<Int>] = []
            for paragraph in paragraphs(in: bytes) {
                for sentence in SentenceSplitter.sentences(in: bytes, paragraph: paragraph) {
                    let start = counter.scalarOffset(ofByte: sentence.lowerBound, in: bytes)
                    result.append(start..<counter.scalarOffset(ofByte: sentence.upperBound, in: bytes))
                }
            }
            return result
        }
    }

    /// The passages of `text`, in order: each paragraph, or windows of whole sentences of a long one.
    ///
    /// Offsets are Unicode scalar offsets into `text`; passages follow the text, never overlap, never span
    /// two paragraphs, and are trimmed of white space. A passage is at most ``maxPassageScalars`` scalars long,
    /// or up to twice that when it grows to keep a quotation whole.
    ///
    /// - Parameter text: the article text; any string (empty, blank, or megabytes without punctuation).
    /// - Returns: the passages, `ordinal` counting from 0; empty when `text` is blank.
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
}
