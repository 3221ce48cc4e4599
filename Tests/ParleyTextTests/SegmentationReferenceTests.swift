import ParleyTestSupport
import Testing

@testable import ParleyText

/// Article texts for the slow reference checks: written by hand (fictional people and places), plus
/// deterministic mixes of tricky fragments.
enum SegmentationFixtures {
    static let handWritten: [String] = [
        "",
        " \n\t\n\u{00A0}",
        "Ships returned to the harbour of Port Solenne on Wednesday, three weeks after the port was closed.\n\n"
            + "“It is a good day for the fishermen,” said the harbour master, Tomas Leventis. “We lost a season.”",
        "Deputies in Kessel argued late into the night over the accord.\r\n"
            + "Speaker Oren Vask (Dr. Vask to his colleagues) called a vote for Monday.",
        "Envoys agreed on Thursday to exchange 40 prisoners.\nThe exchange will take place at the Kessel crossing, "
            + "U.S. and U.N. observers said. Talks with the U.S. He said they went well… and then left.",
        "“Who will guarantee this?” she asked. “Q,” he said. “Q2.” Lt. Col. J. D. Varga arrived at 9 a.m. "
            + "The U.S. delegation, e.g. Mr. Marevsky, left. Version v2.0.1 shipped at 3.5 percent.",
        "Katarina Šelvik 😀 met Ilya Marevsky 🇺🇦 in Drevania. Cafe\u{0301} talks, “Putin’s” style, in the ’90s "
            + "and the Valdorans’ way… Über-envoys said “no.” Это конец. 和平谈判继续。",
        SegmenterTests.longParagraph,
        tenSentences([5: ("Then Marevsky said: “We", "."), 6: ("Nothing will change", ".”")]),
        tenSentences([3: ("Then Marevsky said: ‘We", "."), 10: ("Nothing will change", ".’")]),
        String(repeating: "Valdora and Drevania negotiate without end ", count: 60) + "\n" + tenSentences(),
        (1...30).map { "“Round \($0)?” asked Mira Oduya. “We will see,” Marevsky said." }.joined(separator: " "),
        String(repeating: "é", count: 1_500) + " " + String(repeating: "😀 ", count: 700),
        String(repeating: "“", count: 700) + " Closed? " + String(repeating: "”", count: 700),
    ]

    /// Pieces that exercise the rules; mixed at random (seeded, so every run sees the same texts).
    private static let fragments: [String] = [
        "Mr. Marevsky arrived.", "“Why?” she asked.", "The U.S. delegation", "talks with the U.S.", "He said",
        "3.5 percent", "v2.0.1", "…", "...", "“", "”", "‘", "’", "\"", "'", "(", ")", "«", "»", "—", "Marevsky’s",
        "’90s", "Valdorans’", "😀", "🇺🇦", "é", "e\u{0301}", "\u{00A0}", "Š.", "J. D.", "No. 10", "e.g.", "a.m.",
        "?!", "!", ".", "?", " . ", "Then", "the", "Katarina Šelvik", "Port Solenne", "said.", "“We are ready.”",
        "Lt. Col.", "Jan.", "St.", "Inc.", "etc.", "I.", "A.",
        sizedSentence("Long one", scalars: 300), sizedSentence("Longer one", scalars: 700),
        sizedSentence("Quoted “long", ".”", scalars: 450),
    ]
    private static let separators = [" ", " ", " ", " ", "", "\n", "\n\n", "  ", "\t", "\r\n"]

    static func generated(count: Int) -> [String] {
        var random = SplitMix64(seed: 0x5E6_3E47)
        return (0..<count).map { _ in
            let pieces = 1 + Int(random.next() % 90)
            var text = ""
            for _ in 0..<pieces {
                text += fragments[Int(random.next() % UInt64(fragments.count))]
                text += separators[Int(random.next() % UInt64(separators.count))]
            }
            return text
        }
    }
}

/// The slow reference (STYLE §7): plain `unicodeScalars` code, no byte tricks.
enum ReferenceSegmentation {
    /// The white space `Segmenter` trims: ASCII white space and U+00A0.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{00A0}"].contains(scalar)
    }

    /// Paragraphs as scalar ranges: lines split at `\n`, trimmed, blank ones dropped.
    static func paragraphs(_ text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var result: [Range<Int>] = []
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            var lower = lineStart, upper = index
            while lower < upper, isSpace(scalars[lower]) { lower += 1 }
            while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
            lineStart = index + 1
        }
        return result
    }

    /// A UTF-8 byte offset into `text` as a scalar offset, through `String.Index`.
    static func scalarOffset(ofByte byteOffset: Int, in text: String) -> Int {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: byteOffset)
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
    }

    static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

@Suite("Segmentation: slow reference checks")
struct SegmentationReferenceTests {
    @Test("hand-written fixtures agree with the reference", arguments: SegmentationFixtures.handWritten.indices)
    func handWritten(index: Int) {
        Self.check(SegmentationFixtures.handWritten[index])
    }

    @Test("generated mixes agree with the reference")
    func generated() {
        for text in SegmentationFixtures.generated(count: 300) { Self.check(text) }
    }

    /// Paragraphs, sentences and passages of `text` against the reference.
    static func check(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        let paragraphs = ReferenceSegmentation.paragraphs(text)
        let toScalars = { (span: ByteSpan) -> Range<Int> in
            ReferenceSegmentation.scalarOffset(
                ofByte: span.lowerBound, in: text)..<ReferenceSegmentation.scalarOffset(
                    ofByte: span.upperBound, in: text)
        }
        #expect(Segmenter.paragraphs(in: text).map(toScalars) == paragraphs, sourceLocation: sourceLocation)

        // Sentences cover each paragraph in order, with only white space between them.
        let sentences = Segmenter.sentences(in: text).map(toScalars)
        #expect(Segmenter.sentenceScalarRanges(in: text) == sentences, sourceLocation: sourceLocation)
        var next = 0
        for paragraph in paragraphs {
            var position = paragraph.lowerBound
            while next < sentences.count, sentences[next].upperBound <= paragraph.upperBound {
                let sentence = sentences[next]
                #expect(sentence.lowerBound >= position && !sentence.isEmpty, sourceLocation: sourceLocation)
                if sentence.lowerBound >= position {
                    let gap = scalars[position..<sentence.lowerBound]
                    #expect(gap.allSatisfy(ReferenceSegmentation.isSpace), sourceLocation: sourceLocation)
                    #expect(
                        position == paragraph.lowerBound ? gap.isEmpty : !gap.isEmpty, sourceLocation: sourceLocation)
                }
                position = sentence.upperBound
                next += 1
            }
            #expect(
                position == paragraph.upperBound, "sentences stop short of the paragraph end",
                sourceLocation: sourceLocation)
        }
        #expect(next == sentences.count, "sentences outside every paragraph", sourceLocation: sourceLocation)

        // Passages: the text is the scalar slice; they cover each paragraph with white space between; each
        // edge is a sentence edge, or falls inside a sentence longer than a passage (hard split).
        let passages = Segmenter.passages(in: text)
        SegmenterTests.checkInvariants(passages, of: text, sourceLocation: sourceLocation)
        #expect(passages == Segmenter.passages(in: text), "not deterministic", sourceLocation: sourceLocation)
        let sentenceStarts = Set(sentences.map(\.lowerBound)), sentenceEnds = Set(sentences.map(\.upperBound))
        let longSentences = sentences.filter { $0.count > Segmenter.maxPassageScalars }
        for passage in passages {
            #expect(
                ReferenceSegmentation.slice(scalars, passage.start..<passage.end) == passage.text,
                sourceLocation: sourceLocation)
            let paragraph = paragraph(passage.paragraph, of: paragraphs)
            #expect(
                paragraph.map { $0.contains(passage.start) && passage.end <= $0.upperBound } == true,
                sourceLocation: sourceLocation)
            let startIsInsideLong = longSentences.contains {
                $0.lowerBound < passage.start && passage.start < $0.upperBound
            }
            let endIsInsideLong = longSentences.contains { $0.lowerBound < passage.end && passage.end < $0.upperBound }
            #expect(sentenceStarts.contains(passage.start) || startIsInsideLong, sourceLocation: sourceLocation)
            #expect(sentenceEnds.contains(passage.end) || endIsInsideLong, sourceLocation: sourceLocation)
        }
        for (index, paragraph) in paragraphs.enumerated() {
            let own = passages.filter { $0.paragraph == index }
            #expect(own.first?.start == paragraph.lowerBound, sourceLocation: sourceLocation)
            #expect(own.last?.end == paragraph.upperBound, sourceLocation: sourceLocation)
            for (a, b) in zip(own, own.dropFirst()) {
                let gap = scalars[a.end..<b.start]
                #expect(!gap.isEmpty || startIsMidWord(b.start, longSentences), sourceLocation: sourceLocation)
                #expect(gap.allSatisfy(ReferenceSegmentation.isSpace), sourceLocation: sourceLocation)
            }
        }
    }

    private static func paragraph(_ index: Int, of paragraphs: [Range<Int>]) -> Range<Int>? {
        paragraphs.indices.contains(index) ? paragraphs[index] : nil
    }

    /// A hard split with no white space nearby cuts mid-word: no gap between the two passages.
    private static func startIsMidWord(_ start: Int, _ longSentences: [Range<Int>]) -> Bool {
        longSentences.contains { $0.lowerBound < start && start < $0.upperBound }
    }
}
