import Testing

@testable import ParleyText

@Suite("SentenceSplitter (through Segmenter.sentences)")
struct SentenceSplitterTests {
    @Test("sentence boundaries in news prose", arguments: [
        ("Mr. Smith went home. He slept.", ["Mr. Smith went home.", "He slept."]),
        ("Gen. Pavel Drozdin arrived.", ["Gen. Pavel Drozdin arrived."]),
        ("J. D. Halvorsen spoke.", ["J. D. Halvorsen spoke."]),
        ("The rate rose 3.5 percent. It fell.", ["The rate rose 3.5 percent.", "It fell."]),
        (
            "“Who will guarantee this?” she asked. Then she left.",
            ["“Who will guarantee this?” she asked.", "Then she left."]
        ),
        ("“We are ready.” He added more.", ["“We are ready.”", "He added more."]),
        ("U.S. officials met.", ["U.S. officials met."]),
        ("The talks begin at 9 a.m. on Monday.", ["The talks begin at 9 a.m. on Monday."]),
        ("The talks begin at 9 a.m. The envoys are late.", ["The talks begin at 9 a.m.", "The envoys are late."]),
        ("Bring papers, e.g. this form.", ["Bring papers, e.g. this form."]),
        ("Wow! Really?", ["Wow!", "Really?"]),
        ("Are you sure?! Yes.", ["Are you sure?!", "Yes."]),
        ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused… and then spoke.", ["He paused… and then spoke."]),
        ("Dr. Orlen met Prof. Vask on Jan. 5 in St. Anselm.", ["Dr. Orlen met Prof. Vask on Jan. 5 in St. Anselm."]),
        ("They met in 2025. The talks failed.", ["They met in 2025.", "The talks failed."]),
        ("Version 2.0 shipped. Users noticed.", ["Version 2.0 shipped.", "Users noticed."]),
        ("He said so (quietly.) Then he left.", ["He said so (quietly.)", "Then he left."]),
        ("She wrote: 'Done.' Nobody replied.", ["She wrote: 'Done.'", "Nobody replied."]),
        ("He left.\u{00A0}She stayed.", ["He left.", "She stayed."]),
        ("No terminator here", ["No terminator here"]),
        ("Dotted.names.stay together.", ["Dotted.names.stay together."]),
        ("Valdor Corp. The company declined.", ["Valdor Corp.", "The company declined."]),
        ("She trusts Valdor Corp. executives.", ["She trusts Valdor Corp. executives."]),
        ("«Assez.» Le ministre est parti.", ["«Assez.»", "Le ministre est parti."]),
    ])
    func boundaries(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test("a dotted acronym ends the sentence when a sentence-starting word follows")
    func acronymBeforeSentenceStarter() {
        // Documented: dotted acronyms (`U.S.`) do not end a sentence "unless the next word is one that starts
        // sentences (`He`, `The` …)"; the final `S` of `U.S.` must not be taken for an initial.
        #expect(sentenceTexts("He moved to the U.S. He liked it.") == ["He moved to the U.S.", "He liked it."])
        #expect(sentenceTexts("Talks moved to the U.K. The envoys agreed.")
            == ["Talks moved to the U.K.", "The envoys agreed."])
    }

    @Test("sentences follow paragraphs; none spans a newline")
    func acrossParagraphs() {
        let text = "One sentence. Two sentences\nthree starts a paragraph.\n\nFour. Five!"
        #expect(sentenceTexts(text) == ["One sentence.", "Two sentences", "three starts a paragraph.", "Four.", "Five!"])
    }

    @Test("sentence spans are trimmed and cover the paragraph in order")
    func spansCoverParagraph() {
        let text = "  “Who pays?” asked Mira Oduya.   The minister said nothing… Then, at 9 a.m., he left.  "
        let spans = Segmenter.sentences(in: text)
        #expect(spans.map { substring(text, $0) } == [
            "“Who pays?” asked Mira Oduya.", "The minister said nothing…", "Then, at 9 a.m., he left.",
        ])
        for (a, b) in zip(spans, spans.dropFirst()) {
            #expect(a.upperBound < b.lowerBound)
            // Only white space between sentences.
            let gap = substring(text, ByteSpan(a.upperBound, b.lowerBound))
            #expect(gap.allSatisfy { $0.isWhitespace })
        }
    }

    @Test("a terminator at the very end, with closing marks, stays in the last sentence", arguments: [
        "He asked: “Why?”", "It ended.)", "Wait…", "Done.\u{00BB}",
    ])
    func terminatorAtEnd(text: String) {
        #expect(sentenceTexts(text) == [text])
    }
}
