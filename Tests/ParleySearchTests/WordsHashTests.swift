import Foundation
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// `QuoteStatement.wordsHash`, stored as `passage.words_hash`: the hash of `key(_:)` when the text has six words
/// or more, whichever path computes it (bytes for ASCII, the key otherwise).
@Suite struct WordsHashTests {
    static let texts = [
        "The crossing at Kaliv opens on Monday, the ministry said.",
        "THE CROSSING AT KALIV OPENS ON MONDAY -- the ministry said!!",
        "  The crossing\tat Kaliv\nopens on Monday (the ministry said)  ",
        "Vedrač said the talks in Port Solenne would resume on Monday.",
        "Vedrac said the talks in Port Solenne would resume on Monday.",
        "Ｔｈｅ talks in Port Solenne would resume on Monday, Vedrač said.",
        "The 2025 budget adds 4.5 billion to the border posts, 12% more.",
        "a-b c-d e-f g-h i-j k-l",
        "--- ... !!! ??? one two three four five six",
        "Q Thank you, Josh.",
        "",
        "one two three four five",
        "one two three four five six",
    ]

    @Test(arguments: texts) func hashIsTheKeysHash(text: String) {
        let expected = QuoteStatement.isDistinctive(text) ? WordsHasher.hash(QuoteStatement.key(text)) : nil
        #expect(QuoteStatement.wordsHash(text) == expected)
        if let hash = QuoteStatement.wordsHash(text) { #expect(hash >= 0) }
    }

    @Test func sameWordsSameHashOtherwiseNot() {
        let hashes = Self.texts.map(QuoteStatement.wordsHash)
        // Case, punctuation and white space aside, the first three are the same words; accents and width aside,
        // the Vedrač lines too.
        #expect(hashes[0] != nil && hashes[0] == hashes[1] && hashes[1] == hashes[2])
        #expect(hashes[3] != nil && hashes[3] == hashes[4])
        #expect(hashes[0] != hashes[3] && hashes[3] != hashes[5] && hashes[5] != nil)
        // Under six words: no hash (a short passage is its own).
        #expect(hashes[9] == nil && hashes[10] == nil && hashes[11] == nil && hashes[12] != nil)
    }

    /// Random ASCII (letters, digits, punctuation, white space): the byte path equals the key's hash.
    @Test func randomASCIIAgreesWithTheKey() {
        var generator = SplitMix64(seed: testSeed("WordsHashTests"))
        // Every ASCII character, letters and white space more often.
        let alphabet = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + Array("aZ9 aZ9 \t\n\r")
        for _ in 0..<2_000 {
            let text = String(
                (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let expected = QuoteStatement.isDistinctive(text) ? WordsHasher.hash(QuoteStatement.key(text)) : nil
            #expect(QuoteStatement.wordsHash(text) == expected, "\(text.debugDescription)")
        }
    }
}
