import Testing

@testable import ParleyText

/// A sentence of exactly `scalars` Unicode scalars: `head`, filler words, then `tail` (which ends it).
///
/// The filler is lower-case ASCII words with no punctuation, so the sentence ends only at `tail`.
func sizedSentence(_ head: String, _ tail: String = ".", scalars: Int) -> String {
    var body = Array(head.unicodeScalars)
    let bodyScalars = scalars - tail.unicodeScalars.count
    precondition(body.count < bodyScalars, "head too long")
    let filler = Array(" envoys met again".unicodeScalars)
    while body.count < bodyScalars { body += filler }
    body.removeLast(body.count - bodyScalars)
    if body.last == " " { body[body.count - 1] = "x" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: body)
    let sentence = String(view) + tail
    precondition(sentence.unicodeScalars.count == scalars)
    return sentence
}

/// Ten sentences of 100 scalars, joined by one space: sentence k (1-based) spans scalars
/// `(k - 1) * 101 ..< (k - 1) * 101 + 100`; the paragraph is 1,009 scalars. `overrides` replaces sentences by
/// `(head, tail)`: the quotation marks under test.
func tenSentences(_ overrides: [Int: (String, String)] = [:]) -> String {
    (1...10).map { k in
        let (head, tail) = overrides[k] ?? ("Round \(k) of talks", ".")
        return sizedSentence(head, tail, scalars: 100)
    }.joined(separator: " ")
}

/// The `start..<end` scalar offsets of the passages of `text`, after checking the usual invariants.
func passageBounds(_ text: String) -> [Range<Int>] {
    let passages = Segmenter.passages(in: text)
    SegmenterTests.checkInvariants(passages, of: text)
    return passages.map { $0.start..<$0.end }
}

/// The outermost quotations `QuotationScanner` finds in `text` (one paragraph), as strings.
func quotationTexts(_ text: String) -> [String] {
    var copy = text
    return copy.withUTF8 { bytes in
        QuotationScanner.quotations(in: bytes, paragraph: ByteSpan(0, bytes.count)).map {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.byteRange]), as: UTF8.self)
        }
    }
}

@Suite("Segmentation: quotations stay whole in passages")
struct SegmentationQuotationTests {
    // MARK: Which marks are quotations

    @Test(
        "quotation marks versus apostrophes",
        arguments: [
            ("He said “yes” and left.", ["“yes”"]),
            ("Marevsky’s team left.", []),
            ("In the ’90s Valdora was poor.", []),
            ("The Valdorans’ claims were rejected.", []),
            ("‘We back the Valdorans’ demands,’ she said.", ["‘We back the Valdorans’ demands,’"]),
            ("He said ‘no’ twice.", ["‘no’"]),
            ("“He said ‘no’ twice,” she said.", ["“He said ‘no’ twice,”"]),
            ("He said \"yes\" and \"no\".", ["\"yes\"", "\"no\""]),
            ("A 12\" pipe burst.", []),
            ("«Assez» dit-il.", ["«Assez»"]),
            ("“Unclosed quote runs on", ["“Unclosed quote runs on"]),
            ("Stray ” closing mark", []),
            ("In the ‘90s (typed the wrong way)", []),
            ("(\"Inside brackets\")", ["\"Inside brackets\""]),
            ("“One.” “Two.”", ["“One.”", "“Two.”"]),
            ("Don’t say ‘never’ to ’em.", ["‘never’"]),
            ("—\"Dash quote\"", ["\"Dash quote\""]),
            ("Putin’s rival Ilya Marevsky’s “plan” failed.", ["“plan”"]),
            ("“Our ‘yes’ envoys left,” she said.", ["“Our ‘yes’ envoys left,”"]),
            ("He said ‘yes and left.” Then", ["‘yes and left.” Then"]),
        ])
    func quotations(text: String, expected: [String]) {
        #expect(quotationTexts(text) == expected)
    }

    @Test("a quotation's length counts scalars")
    func quotationScalarCount() {
        var text = "Ana said “Šelvik 😀🇺🇦” today."
        let quotations = text.withUTF8 { QuotationScanner.quotations(in: $0, paragraph: ByteSpan(0, $0.count)) }
        // “ Šelvik space 😀 🇺 🇦 ” = 1 + 6 + 1 + 1 + 2 + 1
        #expect(quotations.map(\.scalarCount) == [12])
        #expect(quotations.map(\.byteRange) == [9..<(9 + 3 + 7 + 1 + 4 + 8 + 3)])
    }

    // MARK: Windows

    @Test("the fixture sentences have the sizes the cases below rely on")
    func fixtureSizes() {
        let text = tenSentences()
        #expect(text.unicodeScalars.count == 1_009)
        #expect(
            Segmenter.sentenceScalarRanges(in: text) == (1...10).map { k in ((k - 1) * 101)..<((k - 1) * 101 + 100) })
    }

    @Test("without quotations, windows are greedy runs of whole sentences")
    func noQuotation() {
        #expect(passageBounds(tenSentences()) == [0..<504, 505..<1_009])
    }

    @Test(
        "a quotation across the window edge keeps the window open until it closes",
        arguments: [
            ("Then Marevsky said: “We", ".”"),
            ("Then Marevsky said: ‘We", ".’"),
            ("Then Marevsky said: \"We", ".\""),
            ("Then Marevsky said: «Nous", ".»"),
            ("Then Marevsky said: “We will ‘never’ yield", ".”"),
            ("Then Šelvik said: ‘Marevsky’s and the Valdorans’ envoys", ".’"),
            ("Then Šelvik said: “Our ‘yes’", "!” she added"),
        ])
    func quotationAcrossEdge(sentence5Head: String, sentence6Tail: String) {
        // Sentence 5 (scalars 404..<504) opens the quotation, sentence 6 (505..<605) closes it.
        let text = tenSentences([5: (sentence5Head, "."), 6: ("Nothing will change", sentence6Tail + ".")])
        #expect(passageBounds(text) == [0..<605, 606..<1_009])
    }

    @Test("apostrophes alone do not hold a window open")
    func apostrophesOnly() {
        let text = tenSentences([
            5: ("Then Marevsky’s ’90s plan and the Valdorans’ claims", "."), 6: ("Nothing’s changed", "."),
        ])
        #expect(passageBounds(text) == [0..<504, 505..<1_009])
    }

    @Test("a quotation that closes right at the window edge changes nothing")
    func quotationClosingAtEdge() {
        let text = tenSentences([4: ("Then Marevsky said: “We", "."), 5: ("Nothing will change", ".”")])
        #expect(passageBounds(text) == [0..<504, 505..<1_009])
    }

    @Test("a quotation longer than a passage may be cut")
    func longQuotation() {
        // Opens in sentence 3, closes in sentence 10: about 700 scalars.
        let text = tenSentences([3: ("Then Marevsky said: “We", "."), 10: ("Nothing will change", ".”")])
        #expect(passageBounds(text) == [0..<504, 505..<1_009])
    }

    @Test("a short quotation still open at the paragraph end keeps the window open")
    func unclosedShortQuotation() {
        // Seven sentences (706 scalars); the quotation opens in sentence 5 and never closes.
        let text = (1...7).map { k in
            k == 5 ? sizedSentence("Then Marevsky said: “We", scalars: 100) : sizedSentence("Round \(k)", scalars: 100)
        }.joined(separator: " ")
        #expect(passageBounds(text) == [0..<706])
    }

    @Test("a long quotation still open at the paragraph end may be cut")
    func unclosedLongQuotation() {
        let text = tenSentences([2: ("Then Marevsky said: “We", ".")])
        #expect(passageBounds(text) == [0..<504, 505..<1_009])
    }

    @Test("a quotation across the second window edge")
    func quotationInLaterWindow() {
        // Fifteen sentences; the quotation opens in sentence 10 (909..<1,009) and closes in 11 (1,010..<1,110).
        let text = (1...15).map { k in
            switch k {
            case 10: sizedSentence("Then Marevsky said: “We", scalars: 100)
            case 11: sizedSentence("Nothing will change", ".”", scalars: 100)
            default: sizedSentence("Round \(k)", scalars: 100)
            }
        }.joined(separator: " ")
        #expect(passageBounds(text) == [0..<504, 505..<1_110, 1_111..<1_514])
    }

    @Test(
        "a window grows to exactly twice the limit for a quotation, not one scalar more",
        arguments: [
            (599, [0..<1_200, 1_201..<1_301]),
            (600, [0..<600, 601..<1_201, 1_202..<1_302]),
        ])
    func doubleLimit(secondSentenceScalars: Int, expected: [Range<Int>]) {
        // Sentence 1 (600 scalars) opens a quotation near its end; sentence 2 closes it near its start.
        let first = sizedSentence("Round one", " and then Marevsky said: “We will stay.", scalars: 600)
        let second = sizedSentence("Nothing,” he added", scalars: secondSentenceScalars)
        let third = sizedSentence("Round three", scalars: 100)
        let text = [first, second, third].joined(separator: " ")
        #expect(passageBounds(text) == expected)
    }

    @Test("quotations are tracked per paragraph")
    func quotationAcrossParagraphs() {
        // Paragraph 1 leaves a short quotation open (it goes on in paragraph 2, as news wires write it): its
        // window holds open to the paragraph end. The `”` in paragraph 2 has no opening there and is ignored.
        let first = tenSentences([5: ("Then Marevsky said: “We", ".")])
        let second = tenSentences([6: ("Nothing will change", ".”")])
        let text = first + "\n" + second
        #expect(passageBounds(text) == [0..<1_009, 1_010..<1_514, 1_515..<2_019])
    }
}
