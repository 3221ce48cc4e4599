import Foundation
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// `QuoteStatement.wordsHash`, stored as `passage.words_hash`: the hash of `key(_:)` when the text has six words
/// or more, whichever path computes it (bytes for ASCII, the key otherwise); and `key(_:)` itself, read from the bytes
/// for ASCII and the common marks: both equal what Foundation's folding gives (`foldedKey(_:)`).
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
        "\u{201C}The crossing at Kaliv opens on Monday,\u{201D} the ministry said \u{2014} at\u{00A0}last\u{2026}",
        "The crossing at Kaliv opens on Monday, the ministry said at last",
        "at\u{00A0}at\u{2009}at\u{2014}at\u{2019}s \u{00AB}at\u{00BB} \u{00A3}5",
    ]

    @Test(arguments: texts) func hashIsTheKeysHash(text: String) {
        #expect(QuoteStatement.key(text) == QuoteStatement.foldedKey(text))
        let expected = QuoteStatement.isDistinctive(text) ? WordsHasher.hash(QuoteStatement.foldedKey(text)) : nil
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
        // Curly quotation marks, a dash, a no-break space and an ellipsis are punctuation and space, as their ASCII.
        #expect(hashes[13] != nil && hashes[13] == hashes[14])
    }

    /// The marks the byte path reads itself, and not others: each with its length and whether it is white space.
    @Test func theBytePathReadsTheCommonMarks() {
        func mark(_ scalar: Unicode.Scalar) -> (length: Int, isSpace: Bool)? {
            Array(String(scalar).utf8).withUnsafeBufferPointer { QuoteStatement.commonMark($0, at: 0) }
        }
        for value in [0xA0, 0xA1, 0xA3, 0xA7, 0xA9, 0xAB, 0xB0, 0xB7, 0xBB, 0xBF, 0x2009, 0x2014, 0x201C, 0x2026] {
            let scalar = Unicode.Scalar(value)!
            #expect(mark(scalar)?.length == String(scalar).utf8.count, "U+\(String(value, radix: 16))")
            #expect(mark(scalar)?.isSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        for value in [0xAA, 0xB5, 0xE9, 0x200B, 0x2030, 0x3000] {
            #expect(mark(Unicode.Scalar(value)!) == nil, "U+\(String(value, radix: 16))")
        }
    }

    /// Every code point of U+00A0–U+00BF and U+2000–U+202F, read by the byte path or not, between and inside words of
    /// a distinctive text: the hash is the key's, and the marks the byte path reads are white space exactly when
    /// Unicode says so.
    @Test func everyMarkNearTheCommonOnesAgreesWithTheKey() {
        for value in Array(0xA0...0xBF) + Array(0x2000...0x202F) {
            let scalar = Unicode.Scalar(value)!
            let mark = String(scalar)
            for text in [
                "one two three four five" + mark + "six" + mark + "seven",
                mark + "one two three" + mark + mark + " four five six" + mark,
                "one" + mark + "two" + mark + "three" + mark + "four" + mark + "five",
            ] {
                let expected =
                    QuoteStatement.isDistinctive(text) ? WordsHasher.hash(QuoteStatement.foldedKey(text)) : nil
                #expect(
                    QuoteStatement.wordsHash(text) == expected,
                    "U+\(String(value, radix: 16)) in \(text.debugDescription)")
                #expect(QuoteStatement.key(text) == QuoteStatement.foldedKey(text), "U+\(String(value, radix: 16))")
            }
            let read = Array(mark.utf8).withUnsafeBufferPointer { QuoteStatement.commonMark($0, at: 0) }
            if let read { #expect(read.isSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))") }
        }
    }

    /// Random text (ASCII letters, digits, punctuation, white space; the common marks the byte path reads; accented
    /// letters and other characters it leaves to the key): the byte path equals the key's hash.
    @Test func randomTextAgreesWithTheKey() {
        var generator = SplitMix64(seed: testSeed("WordsHashTests"))
        // Every ASCII character, letters and white space more often, every mark the byte path reads, and others.
        let marks = [0xA0, 0xA1, 0xA3, 0xA7, 0xA9, 0xAB, 0xB0, 0xB7, 0xBB, 0xBF] + Array(0x2000...0x202F)
        let others = [0xAA, 0xB2, 0xB5, 0xBA, 0xBD, 0xE9, 0x0301, 0x2030, 0x2044, 0xFF21, 0x3000]
        let alphabet =
            (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + Array("aZ9 aZ9 \t\n\r")
            + (marks + others).map { Character(Unicode.Scalar($0)!) }
        // Also longer texts of ASCII and the marks alone, which the byte path reads whole (six words take about
        // forty characters: few of the short mixed texts are distinctive and read by bytes).
        let read =
            [0xA0, 0xA1, 0xA3, 0xA7, 0xA9, 0xAB, 0xB0, 0xB7, 0xBB, 0xBF] + Array(0x2000...0x200A)
            + Array(0x2010...0x2029) + [0x202F]
        let common = Array("aZ9 aZ9 aZ9 .,") + read.map { Character(Unicode.Scalar($0)!) }
        for (letters, lengths) in [(alphabet, 0...60), (common, 40...120)] {
            for _ in 0..<2_000 {
                let text = String(
                    (0..<Int.random(in: lengths, using: &generator)).map { _ in
                        letters.randomElement(using: &generator)!
                    })
                let expected =
                    QuoteStatement.isDistinctive(text) ? WordsHasher.hash(QuoteStatement.foldedKey(text)) : nil
                #expect(QuoteStatement.wordsHash(text) == expected, "\(text.debugDescription)")
                #expect(QuoteStatement.key(text) == QuoteStatement.foldedKey(text), "\(text.debugDescription)")
            }
        }
    }
}
