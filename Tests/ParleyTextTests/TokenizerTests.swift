import Testing

@testable import ParleyText

/// The tokenizer's rules, with exact offsets (STYLE §7): every behaviour docs/text-analysis.md shows with `parley
/// tokens`.
@Suite struct TokenizerTests {
    /// `(text, byteStart, byteEnd)` of each token.
    func tokens(_ text: String, _ mode: Tokenizer.Mode = .document) -> [String] {
        Tokenizer.tokens(in: text, mode: mode).map(\.text)
    }

    @Test func offsetsAreByteRangesOfTheSurface() {
        let text = "Šelvik’s “U.S.-Russia” four-year plan"
        let bytes = Array(text.utf8)
        let found = Tokenizer.tokens(in: text)
        #expect(found.map(\.text) == ["selvik", "US", "russia", "four", "year", "plan"])
        #expect(
            found.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
                == ["Šelvik’s", "U.S.", "Russia", "four", "year", "plan"])
        #expect(found[0].byteRange == 0..<11)
    }

    @Test(arguments: [
        ("Territory territories territorial", ["territori", "territori", "territori"]),
        ("compromise compromises compromised", ["compromis", "compromis", "compromis"]),
        ("negotiate negotiations negotiating negotiated", ["negoti", "negoti", "negoti", "negoti"]),
        ("said says saying", ["said", "sai", "sai"]),
        ("President presidents", ["presid", "presid"]),
    ])
    func stemming(_ text: String, _ expected: [String]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("Erdoğan", "erdogan"), ("Šefčovič", "sefcov"), ("Režek", "rezek"), ("Ölund", "olund"),
        ("Zelenskyy", "zelenskyi"), ("ﬁnal", "final"), ("Søren", "soren"), ("Łódź", "lodz"), ("straße", "strass"),
        ("Æsir", "aesir"), ("Rémi", "remi"), ("e\u{301}te\u{301}", "et"),
    ])
    func foldingCaseCompatibilityAndDiacritics(_ text: String, _ expected: String) {
        #expect(tokens(text) == [expected])
    }

    @Test func fullWidthAcronymFolds() {
        #expect(tokens("ＵＳ officials") == ["US", "offici"])
    }

    @Test(arguments: ["Putin’s", "Putin's", "PUTIN’S plan".lowercased()])
    func possessivesLeaveNoStrayS(_ text: String) {
        #expect(tokens(text).first == "putin")
        #expect(!tokens(text).contains("s"))
    }

    @Test func apostrophesInsideWords() {
        #expect(tokens("don't O’Brien Ukrainians’ ’90s") == ["dont", "obrien", "ukrainian", "90s"])
    }

    @Test(arguments: [
        ("the US said", ["the", "US", "said"]), ("the U.S. said", ["the", "US", "said"]),
        ("the U.S.A. said", ["the", "US", "said"]), ("the USA said", ["the", "US", "said"]),
        ("the UN and the U.N.", ["the", "UN", "and", "the", "UN"]), ("EU or E.U.", ["EU", "or", "EU"]),
        ("UK and U.K.", ["UK", "and", "UK"]), ("told us", ["told", "us"]), ("WHO said who", ["WHO", "said", "who"]),
    ])
    func acronymsAreNotWords(_ text: String, _ expected: [String]) {
        #expect(tokens(text) == expected)
    }

    @Test func possessiveAcronymsStayAcronyms() {
        #expect(
            tokens("EU’s plan, EU's plan, U.S.’s role, U.S.'s role, WHO’s view") == [
                "EU", "plan", "EU", "plan", "US", "role", "US", "role", "WHO", "view",
            ])
    }

    @Test func longCapitalWordsAreWords() {
        #expect(tokens("NATO and Nato") == ["nato", "and", "nato"])
    }

    @Test func allCapitalTextHasNoAcronyms() {
        #expect(tokens("US TRADE DEFICIT WIDENS") == ["us", "trade", "deficit", "widen"])
        #expect(tokens("US", .document) == ["us"])
        #expect(tokens("US", .query) == ["US"])
        #expect(tokens("us", .query) == ["us"])
    }

    @Test func dottedLowerCaseAbbreviationsJoin() {
        #expect(tokens("9 a.m. e.g. i.e.") == ["9", "am", "eg", "ie"])
    }

    @Test func initialsAreSingleLetters() {
        #expect(tokens("J. D. Halvorsen") == ["j", "d", "halvorsen"])
    }

    @Test(arguments: [
        ("four-year", ["four", "year"]), ("U.S.-Russia", ["US", "russia"]), ("28-point plan", ["28", "point", "plan"]),
        ("in 2014, 3.5 percent", ["in", "2014", "3.5", "percent"]), ("1,100 days", ["1100", "dai"]),
        ("G7 summit", ["g7", "summit"]), ("v2.0", ["v2.0"]),
    ])
    func hyphensAndNumbers(_ text: String, _ expected: [String]) {
        #expect(tokens(text) == expected)
    }

    @Test func prefixModeGivesStemmedAlternatives() {
        let found = Tokenizer.tokens(in: "negotiat", mode: .prefix)
        #expect(found.map(\.text) == ["negotiat", "negoti"])
        #expect(found.map(\.isColocated) == [false, true])
        #expect(Tokenizer.tokens(in: "territ", mode: .prefix).map(\.text) == ["territ"])
    }

    @Test func invalidBytesSeparateTokens() {
        let bytes: [UInt8] = Array("abc".utf8) + [0xFF, 0xC3] + Array("def".utf8)
        var tokenizer = Tokenizer()
        var found: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, mode: .document) { token, _, _ in
                found.append(String(decoding: token, as: UTF8.self))
                return true
            }
        }
        #expect(found == ["abc", "def"])
    }

    @Test func overlongRunsAreSkipped() {
        let junk = String(repeating: "x", count: Tokenizer.maxTokenBytes + 1)
        #expect(tokens("before \(junk) after") == ["befor", "after"])
    }

    @Test func emojiAndPunctuationSeparate() {
        #expect(tokens("peace🕊️talks — “now”!") == ["peac", "talk", "now"])
        #expect(tokens("—…!?").isEmpty)
        #expect(tokens("").isEmpty)
    }

    @Test func otherScriptsAreKept() {
        #expect(tokens("Москва 北京") == ["москва", "北京"])
    }

    @Test func stoppingEarlyIsHonoured() {
        var tokenizer = Tokenizer()
        var count = 0
        Array("one two three".utf8).withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, mode: .document) { _, _, _ in
                count += 1
                return false
            }
        }
        #expect(count == 1)
    }

    /// Tokenizing a token's surface again gives the same token: query patterns depend on it.
    @Test(arguments: ["Putin’s", "U.S.", "negotiations", "Erdoğan", "3.5", "four-year", "USA", "don't"])
    func surfacesRoundTrip(_ text: String) {
        let bytes = Array(text.utf8)
        for token in Tokenizer.tokens(in: text, mode: .query) {
            let surface = String(decoding: bytes[token.byteRange], as: UTF8.self)
            #expect(Tokenizer.tokens(in: surface, mode: .query).map(\.text) == [token.text])
        }
    }
}

@Suite struct PorterStemmerTests {
    /// Cases from Porter's paper and the reference vocabulary.
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
        ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
        ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"), ("conditional", "condit"),
        ("rational", "ration"), ("valenci", "valenc"), ("hesitanci", "hesit"), ("digitizer", "digit"),
        ("conformabli", "conform"), ("radicalli", "radic"), ("differentli", "differ"), ("vileli", "vile"),
        ("analogousli", "analog"), ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"),
        ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"), ("callousness", "callous"),
        ("formaliti", "formal"), ("sensitiviti", "sensit"), ("sensibiliti", "sensibl"), ("triplicate", "triplic"),
        ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"), ("electrical", "electr"),
        ("hopeful", "hope"), ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"),
        ("inference", "infer"), ("airliner", "airlin"), ("gyroscopic", "gyroscop"), ("adjustable", "adjust"),
        ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"), ("adjustment", "adjust"),
        ("dependent", "depend"), ("adoption", "adopt"), ("homologou", "homolog"), ("communism", "commun"),
        ("activate", "activ"), ("angulariti", "angular"), ("homologous", "homolog"), ("effective", "effect"),
        ("bowdlerize", "bowdler"), ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"),
        ("roll", "roll"), ("generalizations", "gener"), ("oscillators", "oscil"),
    ])
    func referenceCases(_ word: String, _ stem: String) {
        var bytes = Array(word.utf8)
        PorterStemmer.stem(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == stem)
    }
}
/// The tokenizer's rules are pinned to its name: FTS5 re-tokenizes stored text to delete it, so a rule changed
/// under the same name corrupts existing indexes on the next replace. A fixed text touching every rule is
/// tokenized in each mode and hashed; a change of any token, offset or colocation fails here until the name
/// changes too (then `parley reindex` rebuilds old indexes, and this pin is updated with the new name).
@Suite struct TokenizerVersionPinTests {
    static let text = """
        Putin’s envoy told us the U.S. and the USA back a four-year, 28-point plan; O’Brien don't. WHO said
        “who”? E.U. and UN officials met at 9 a.m., e.g. in Kyiv. Erdoğan met Šefčovič: ﬁnal talks on
        territorial compromises; negotiations, ＵＳ, ß, ø, æ, 1,100 troops, 3.5%, G7, NATO, Nato. U.S.-Russia.
        ALL CAPITALS HEADLINE: US TRADE DEFICIT WIDENS. \(String(repeating: "x", count: 300)) end.
        """

    static func digest(_ mode: Tokenizer.Mode) -> String {
        let tokens = Tokenizer.tokens(in: text, mode: mode)
        let line = tokens.map {
            "\($0.text)@\($0.byteRange.lowerBound)-\($0.byteRange.upperBound)\($0.isColocated ? "+" : "")"
        }
        .joined(separator: " ")
        return ContentHash.hex(of: line)
    }

    @Test func theRulesAreThoseOfTheName() {
        let pinned = [
            "parley_v1": [
                "document": "91c70fe761a55205", "query": "91c70fe761a55205", "prefix": "a34fc4668e178496",
            ]
        ]
        let digests = [
            "document": Self.digest(.document), "query": Self.digest(.query), "prefix": Self.digest(.prefix),
        ]
        #expect(
            pinned[Tokenizer.name] == digests,
            "The tokenizer's output changed: give it a new name (Tokenizer.name), then pin \(digests) to it.")
    }
}
