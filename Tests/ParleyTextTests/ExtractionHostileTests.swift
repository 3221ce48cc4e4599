import ParleyTestSupport
import Testing

@testable import ParleyText

/// Random texts built from the pieces the extractors care about (marks, names, cues, punctuation, broken
/// UTF-8 never reaches them: the readers validate it). They must never trap, and every offset must slice
/// the text to the reported quotation or mention.
@Suite struct ExtractionHostileTests {
    static let pieces = [
        "“", "”", "‘", "’", "\"", "«", "»", "„", "“", " ", " ", " ", "\n", "\n\n", ",", ".", ":", ";", "?", "!", "–",
        "—",
        "…", "'", "'s", "’s", "Mr.", "Ms", "Dr.", "Gen.", "U.S.", "the", "a", "said", "says", "told", "added", "he",
        "she", "it", "they", "According", "to", "Marevsky", "Ilya", "Yuri", "Tobolin", "President", "president",
        "palace", "spokesman", "Foreign", "Minister", "Ministry", "Kremlin", "Valdoran", "called", "saying", "Q",
        "We", "are", "ready", "é", "Šelvik", "🇺🇦", "ﬁ", "ＵＳ", "(", ")", "-", "’90s", "Drevanians’", "Anna", "Veller",
        "Ukrainian", "Kyiv", "Kiev", "United", "States", "of", "America", "NATO", "EU", "1,100", "3.5", "\t",
    ]

    @Test func randomTextsNeverTrapAndOffsetsHold() {
        var generator = SplitMix64(seed: testSeed("extraction hostile"))
        for _ in 0..<1500 {
            let count = Int.random(in: 0...120, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(
                separator: Bool.random(using: &generator) ? " " : "")
            let scalars = Array(text.unicodeScalars)
            let quotations = QuoteExtractor.quotations(in: text)
            for quotation in quotations {
                #expect(quotation.start <= quotation.end && quotation.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[quotation.start..<quotation.end])) == quotation.text)
            }
            for mention in EntityExtractor.mentions(in: text, speakers: quotations.compactMap(\.speaker)) {
                #expect(mention.start < mention.end && mention.end <= scalars.count)
            }
        }
    }
}
