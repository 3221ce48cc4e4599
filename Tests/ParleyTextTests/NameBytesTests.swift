import Testing

@testable import ParleyText

/// The byte-level string helpers of the extractors give what `split`, `lowercased()` and `uppercased()` gave.
@Suite struct NameBytesTests {
    @Test(arguments: ["Ilya Marevsky", "Marevsky", "Ursula von der Leyen", "Irena Vedrač", "Šelvik", ""])
    func firstAndLastWordsAreTheSplitOnes(_ name: String) {
        let words = name.split(separator: " ")
        #expect(name.firstWord == (words.first ?? ""))
        #expect(name.lastWord == (words.last ?? ""))
    }

    @Test(arguments: ["PALACE", "Palace", "palace", "U.S.", "ŠELVIK", "Vedrač", "İstanbul", "ß", "123", ""])
    func fastLowercasedIsLowercased(_ word: String) {
        #expect(word.fastLowercased == word.lowercased())
    }

    @Test func shoutedWordsAreFourOrMoreCapitalsWithALetter() {
        #expect("PORT".isShoutedWord)
        #expect("SOLENNE".isShoutedWord)
        #expect("ŠELVIK".isShoutedWord)
        #expect("U.S.A.".isShoutedWord)
        #expect(!"MU".isShoutedWord)
        #expect(!"NATO's".isShoutedWord)
        #expect(!"Port".isShoutedWord)
        #expect(!"1234".isShoutedWord)
        #expect(!"Šelvik".isShoutedWord)
    }
}
