import Testing

@testable import ParleyText

@Suite("Segmenter: paragraphs and passages")
struct SegmenterTests {
    /// Checks the invariants every passage list must hold, whatever the text.
    static func checkInvariants(
        _ passages: [Passage], of text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let scalars = Array(text.unicodeScalars)
        #expect(passages.map(\.ordinal) == Array(passages.indices), sourceLocation: sourceLocation)
        var previousEnd = 0
        var previousParagraph = 0
        for passage in passages {
            #expect(passage.start < passage.end, sourceLocation: sourceLocation)
            #expect(passage.start >= previousEnd, sourceLocation: sourceLocation)
            #expect(passage.end <= scalars.count, sourceLocation: sourceLocation)
            // Up to twice the limit when a window grows to keep a quotation whole.
            #expect(passage.end - passage.start <= Segmenter.maxQuotedPassageScalars, sourceLocation: sourceLocation)
            #expect(passage.paragraph >= previousParagraph, sourceLocation: sourceLocation)
            if passage.start < passage.end, passage.end <= scalars.count {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[passage.start..<passage.end])
                #expect(String(slice) == passage.text, sourceLocation: sourceLocation)
            }
            #expect(passage.text == passage.text.trimmingWhitespace(), sourceLocation: sourceLocation)
            previousEnd = passage.end
            previousParagraph = passage.paragraph
        }
    }

    // MARK: Paragraphs

    @Test("blank lines and single newlines both separate paragraphs; spaces trimmed")
    func paragraphs() {
        let text = "  First paragraph.  \n\nSecond paragraph.\nThird paragraph.\n\n\n\t Fourth\u{00A0}\n \n"
        let paragraphs = Segmenter.paragraphs(in: text).map { substring(text, $0) }
        #expect(paragraphs == ["First paragraph.", "Second paragraph.", "Third paragraph.", "Fourth"])
    }

    @Test("no paragraphs in empty or blank text", arguments: ["", " ", "\n\n", " \t\n\u{00A0}\n\r\n"])
    func blankText(text: String) {
        #expect(Segmenter.paragraphs(in: text).isEmpty)
        #expect(Segmenter.sentences(in: text).isEmpty)
        #expect(Segmenter.passages(in: text).isEmpty)
    }

    @Test("paragraph spans are UTF-8 byte offsets")
    func paragraphByteOffsets() {
        let text = "é\n🇺🇦 x"
        #expect(Segmenter.paragraphs(in: text) == [ByteSpan(0, 2), ByteSpan(3, 13)])
    }

    // MARK: Passages and offsets

    @Test("offsets count Unicode scalars, whatever the script")
    func scalarOffsets() {
        let text = """
            “We are ready,” said Élodie Varnås in Port Solenne. 🇺🇦 flags waved.

            和平谈判在港口继续。代表们说：“我们已经准备好了。”
            The café owner, Ilya Marevsky, smiled 😀. Then he closed early.
              Last line with trailing spaces.\u{00A0}\u{00A0}
            """
        let passages = Segmenter.passages(in: text)
        #expect(passages.count == 4)
        Self.checkInvariants(passages, of: text)
        #expect(passages.map(\.paragraph) == [0, 1, 2, 3])
        #expect(passages.first?.start == 0)
        // The third paragraph starts after the first two and their newlines, counted in scalars.
        let firstTwo =
            "“We are ready,” said Élodie Varnås in Port Solenne. 🇺🇦 flags waved.\n\n和平谈判在港口继续。代表们说：“我们已经准备好了。”\n"
        #expect(passages[2].start == firstTwo.unicodeScalars.count)
        #expect(passages[3].text == "Last line with trailing spaces.")
    }

    @Test(
        "exact passage offsets (paragraph, start, end) in Unicode scalars",
        arguments: [
            ("Talks resumed.", [(0, 0, 14)]),
            ("First paragraph.\n\nSecond one.", [(0, 0, 16), (1, 18, 29)]),
            ("  Šelvik spoke.  \n😀 Flags waved.", [(0, 2, 15), (1, 18, 32)]),
            ("Cafe\u{0301}\r\n\r\nÉlan.", [(0, 0, 5), (1, 9, 14)]),
            ("🇺🇦🇺🇦\n“Quote.”", [(0, 0, 4), (1, 5, 13)]),
            ("\u{00A0}x\u{00A0}", [(0, 1, 2)]),
            ("a\n\n\n\nb\n", [(0, 0, 1), (1, 5, 6)]),
            ("\t Tabbed line.\t", [(0, 2, 14)]),
            ("Ilya Marevsky 🙂 met Katarina Šelvik.\n“Why?” she asked.", [(0, 0, 36), (1, 37, 54)]),
        ])
    func exactPassages(text: String, expected: [(Int, Int, Int)]) {
        let passages = Segmenter.passages(in: text)
        Self.checkInvariants(passages, of: text)
        #expect(passages.map(\.paragraph) == expected.map(\.0))
        #expect(passages.map(\.start) == expected.map(\.1))
        #expect(passages.map(\.end) == expected.map(\.2))
    }

    @Test("combining characters: scalar offsets, not Character offsets")
    func combiningCharacters() {
        // "é" as e + U+0301 is one Character but two scalars.
        let text = "Cafe\u{0301} one.\nSecond line."
        let passages = Segmenter.passages(in: text)
        Self.checkInvariants(passages, of: text)
        #expect(passages.map(\.start) == [0, 11])
        #expect(passages[0].end == 10)
    }

    @Test("a paragraph up to the limit is one passage", arguments: [1, 300, 600])
    func shortParagraph(length: Int) {
        let text = String(repeating: "a", count: length)
        let passages = Segmenter.passages(in: text)
        #expect(passages == [Passage(ordinal: 0, paragraph: 0, start: 0, end: length, text: text)])
    }

    @Test("the limit counts scalars, not bytes")
    func limitInScalars() {
        // 120 words of four two-byte letters: 599 scalars, 1,079 bytes.
        let text = Array(repeating: "éééé", count: 120).joined(separator: " ")
        #expect(text.unicodeScalars.count == 599)
        let passages = Segmenter.passages(in: text)
        #expect(passages.count == 1)
        #expect(passages.first?.end == 599)
        // Same with four-byte emoji.
        let emoji = Array(repeating: "😀😀😀😀", count: 120).joined(separator: " ")
        #expect(Segmenter.passages(in: emoji).count == 1)
    }

    /// ~2,000 scalars of numbered sentences in one paragraph, with some non-ASCII.
    static let longParagraph: String = (1...24).map { n in
        "In round \(n) of the talks, envoys from Valdora and Drevania discussed the “Veyra Valley” café deal."
    }.joined(separator: " ")

    @Test("a long paragraph is cut into windows of whole sentences, in order")
    func longParagraph() throws {
        let text = Self.longParagraph
        #expect(text.unicodeScalars.count > 2_000)
        let sentences = sentenceTexts(text)
        try #require(sentences.count == 24)
        let passages = Segmenter.passages(in: text)
        Self.checkInvariants(passages, of: text)
        #expect(passages.count >= 4)
        #expect(passages.allSatisfy { $0.paragraph == 0 })
        // Each passage is a run of consecutive whole sentences; together they cover all sentences in order.
        var next = 0
        for passage in passages {
            var count = 0
            while next + count < sentences.count,
                sentences[next..<(next + count + 1)].joined(separator: " ").unicodeScalars.count
                    <= passage.text.unicodeScalars.count
            {
                count += 1
            }
            #expect(count > 0)
            #expect(passage.text == sentences[next..<(next + count)].joined(separator: " "))
            // Greedy: the next sentence would not have fitted.
            if next + count < sentences.count {
                let grown = passage.text + " " + sentences[next + count]
                #expect(grown.unicodeScalars.count > Segmenter.maxPassageScalars)
            }
            next += count
        }
        #expect(next == sentences.count)
    }

    @Test("one 1,500-character sentence without periods is cut at spaces")
    func hardSplitAtSpaces() {
        let words = ["valdora", "drevania", "envoys", "talks", "solenne", "border", "ceasefire", "harbour"]
        var pieces: [String] = []
        var length = 0
        var i = 0
        while length < 1_500 {
            pieces.append(words[i % words.count])
            length += words[i % words.count].count + 1
            i += 1
        }
        let text = pieces.joined(separator: " ")
        let passages = Segmenter.passages(in: text)
        Self.checkInvariants(passages, of: text)
        #expect(passages.count == 3)
        let scalars = Array(text.unicodeScalars)
        for passage in passages {
            // Whole words: the passage is bounded by the text's ends or by spaces.
            #expect(passage.start == 0 || scalars[passage.start - 1] == " ")
            #expect(passage.end == scalars.count || scalars[passage.end] == " ")
        }
        #expect(passages.map(\.text).joined(separator: " ") == text)
    }

    @Test("a word longer than the limit is cut mid-word")
    func hardSplitWithoutSpaces() {
        let text = String(repeating: "é", count: 1_500)
        let passages = Segmenter.passages(in: text)
        Self.checkInvariants(passages, of: text)
        #expect(passages.map { $0.end - $0.start } == [600, 600, 300])
        #expect(passages.map(\.text).joined() == text)
    }

    @Test("ordinals run 0..<n across paragraphs; paragraph indices follow the text")
    func ordinalsAndParagraphs() {
        let text = "Short opening.\n\n\(Self.longParagraph)\nA closing line.\n\n\nAnother one."
        let passages = Segmenter.passages(in: text)
        Self.checkInvariants(passages, of: text)
        let long = Segmenter.passages(in: Self.longParagraph).count
        #expect(passages.count == long + 3)
        #expect(passages.map(\.paragraph) == [0] + Array(repeating: 1, count: long) + [2, 3])
        #expect(passages.map(\.ordinal) == Array(0..<(long + 3)))
        #expect(passages.last?.text == "Another one.")
    }

    @Test("a long paragraph mixing a huge sentence with short ones keeps every word, in order")
    func mixedLongParagraph() {
        // ~1,100 scalars, no period.
        let huge = Array(repeating: "negotiators waited", count: 60).joined(separator: " ")
        let text = "The talks opened. \(huge). They closed at dusk. “Enough,” said Anya Kestrel."
        let passages = Segmenter.passages(in: text)
        Self.checkInvariants(passages, of: text)
        #expect(passages.count >= 2)
        let words = passages.flatMap { $0.text.split(separator: " ") }
        #expect(words == text.split(separator: " "))
    }
}
