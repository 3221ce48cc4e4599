import Testing

@testable import ParleyText

/// Hostile input: huge paragraphs, runs of marks, blank text, bytes that are not UTF-8. Nothing here times
/// anything, but quadratic behaviour would make these tests take minutes instead of a fraction of a second.
@Suite("Segmentation: hostile input")
struct SegmentationHostileTests {
    @Test(
        "blank text has no paragraphs, sentences or passages",
        arguments: [
            "", " ", "\t", "\n", "\r\n\r\n", "\u{00A0}", " \u{00A0}\n\u{0B}\u{0C}\r",
        ])
    func blank(text: String) {
        #expect(Segmenter.paragraphs(in: text).isEmpty)
        #expect(Segmenter.sentences(in: text).isEmpty)
        #expect(Segmenter.sentenceScalarRanges(in: text).isEmpty)
        #expect(Segmenter.passages(in: text).isEmpty)
    }

    @Test(
        "a text of marks only is one sentence and one passage",
        arguments: [
            ".", "…", "?!", "“", "”", "\"", "’", "...", ". . .", "“…”", "— —", "😀",
        ])
    func marksOnly(text: String) {
        #expect(sentenceTexts(text) == [text])
        let count = text.unicodeScalars.count
        #expect(Segmenter.passages(in: text) == [Passage(ordinal: 0, paragraph: 0, start: 0, end: count, text: text)])
    }

    @Test("a 1 MB paragraph with no punctuation is cut at spaces, 66 words a passage")
    func megabyteWithoutPunctuation() {
        // 116,509 nine-scalar units ("drevania "): 1,048,580 scalars. 66 words fit in 593 scalars, 67 do not.
        let words = 116_509
        let text = Array(repeating: "drevania", count: words).joined(separator: " ")
        #expect(text.utf8.count == 1_048_580)
        #expect(sentenceTexts(text).count == 1)
        let passages = Segmenter.passages(in: text)
        #expect(passages.count == 1_766)
        let expected = (0..<1_766).map { k in (594 * k, k == 1_765 ? 1_048_580 : 594 * k + 593) }
        #expect(passages.map(\.start) == expected.map(\.0))
        #expect(passages.map(\.end) == expected.map(\.1))
        #expect(passages.allSatisfy { $0.paragraph == 0 })
    }

    @Test("a 1 MB word is cut every 600 scalars")
    func megabyteWord() {
        let text = String(repeating: "x", count: 1_048_576)
        let passages = Segmenter.passages(in: text)
        #expect(passages.count == 1_748)  // 1,747 × 600 + 376
        #expect(passages.map(\.start) == (0..<1_748).map { 600 * $0 })
        #expect(passages.map(\.end) == (0..<1_748).map { min(600 * ($0 + 1), 1_048_576) })
    }

    @Test("200,000 one-word sentences: 120 to a passage")
    func manyTinySentences() {
        let text = Array(repeating: "Yes.", count: 200_000).joined(separator: " ")
        #expect(Segmenter.sentences(in: text).count == 200_000)
        let passages = Segmenter.passages(in: text)
        #expect(passages.count == 1_667)  // 1,666 × 120 + 80
        #expect(passages.map(\.start) == (0..<1_667).map { 600 * $0 })
        #expect(passages.map(\.end) == (0..<1_667).map { min(600 * $0 + 599, 999_999) })
    }

    @Test(
        "runs of terminators or initials with no sentence end are one sentence",
        arguments: [
            (". ", 300), ("A. ", 200), ("… ", 300),
        ])
    func runsWithoutEnds(unit: String, unitsPerPassage: Int) {
        let units = 100_000
        let text = String(String(repeating: unit, count: units).dropLast())
        #expect(Segmenter.sentences(in: text).count == 1)
        let step = unit.unicodeScalars.count * unitsPerPassage  // 600: passages are cut at the spaces
        let total = text.unicodeScalars.count
        let passages = Segmenter.passages(in: text)
        #expect(passages.map(\.start) == Array(stride(from: 0, to: total, by: step)))
        #expect(passages.map(\.end) == stride(from: 0, to: total, by: step).map { min($0 + step - 1, total) })
    }

    @Test("a 1 MB paragraph of open quotations: one long quotation, cut like any text")
    func megabyteOfOpenQuotations() {
        let text = Array(repeating: "“Valdora", count: 116_509).joined(separator: " ")
        let passages = Segmenter.passages(in: text)
        #expect(passages.count == 1_766)
        #expect(passages.map(\.start) == (0..<1_766).map { 594 * $0 })
    }

    @Test("500,000 one-letter paragraphs")
    func manyParagraphs() {
        let text = String(repeating: "a\n", count: 500_000)
        let passages = Segmenter.passages(in: text)
        #expect(passages.count == 500_000)
        #expect(passages.map(\.start) == (0..<500_000).map { 2 * $0 })
        #expect(passages.map(\.paragraph) == Array(0..<500_000))
    }

    @Test(
        "bytes that are not UTF-8 never trap (internal byte entry points)",
        arguments: [
            ([0xE2, 0x80], [ByteSpan(0, 2)]),
            ([0x41, 0x2E, 0x20, 0xE2], [ByteSpan(0, 4)]),
            (
                [0x48, 0x69, 0x2E, 0x20, 0x80, 0x80, 0x2E, 0x20, 0x42, 0x2E],
                [ByteSpan(0, 3), ByteSpan(4, 7), ByteSpan(8, 10)]
            ),
            ([0x4E, 0x6F, 0x2E, 0x20, 0xC2], [ByteSpan(0, 3), ByteSpan(4, 5)]),
            ([0x22, 0xE2, 0x80, 0x9C, 0xE2, 0x80, 0x2E, 0x20, 0xFF, 0xFE], [ByteSpan(0, 7), ByteSpan(8, 10)]),
            ([0xF0, 0x9F, 0x98, 0x2E, 0x20, 0x54, 0x2E], [ByteSpan(0, 4), ByteSpan(5, 7)]),
        ] as [([UInt8], [ByteSpan])])
    func invalidUTF8(bytes: [UInt8], expected: [ByteSpan]) {
        bytes.withUnsafeBufferPointer { buffer in
            let paragraph = ByteSpan(0, buffer.count)
            #expect(SentenceSplitter.sentences(in: buffer, paragraph: paragraph) == expected)
            _ = QuotationScanner.quotations(in: buffer, paragraph: paragraph)
            #expect(Segmenter.windows(of: paragraph, in: buffer) == [paragraph])
        }
    }
}
