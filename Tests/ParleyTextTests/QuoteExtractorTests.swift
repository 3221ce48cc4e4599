import Testing

@testable import ParleyText

/// One behaviour per test: each attribution pattern of the quotations issue, on made-up sentences.
@Suite struct QuoteExtractorTests {
    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var speaker: String?
        var method: Quotation.Method?
        var kind: Quotation.Kind
        var description: String { "\(text) | \(speaker ?? "-") | \(method?.rawValue ?? "-") | \(kind)" }
    }

    func found(_ text: String) -> [Found] {
        QuoteExtractor.quotations(in: text).map {
            Found(text: $0.text, speaker: $0.speaker, method: $0.method, kind: $0.kind)
        }
    }

    func speakers(_ text: String) -> [String?] { QuoteExtractor.quotations(in: text).map(\.speaker) }

    @Test(arguments: [
        "“We are ready to talk,” Marevsky said.",
        "“We are ready to talk,” said Marevsky.",
        "Marevsky said: “We are ready to talk.”",
        "Marevsky said, “We are ready to talk.”",
        "According to Marevsky, “We are ready to talk.”",
        "\"We are ready to talk,\" Marevsky said.",
        "«We are ready to talk», Marevsky said.",
        "„We are ready to talk“, Marevsky said.",
        "‘We are ready to talk,’ Marevsky said.",
        "“We are ready to talk,” Marevsky has said.",
        "“We are ready to talk,” Marevsky told reporters.",
    ])
    func explicitSpeaker(_ text: String) {
        let result = found(text)
        #expect(result.count == 1)
        #expect(result.first?.text.hasPrefix("We are ready to talk") == true)
        #expect(result.first?.speaker == "Marevsky")
        #expect(result.first?.method == .explicit)
        #expect(result.first?.kind == .full)
    }

    @Test(arguments: [
        "added", "warned", "insisted", "stressed", "noted", "argued", "explained", "wrote", "posted",
        "replied", "acknowledged", "claimed", "urged", "vowed", "asked", "stated", "says", "will say",
    ])
    func cueVerbs(_ verb: String) {
        #expect(speakers("“The door is open,” Vedrač \(verb).") == ["Vedrač"])
    }

    @Test func offsetsExcludeTheMarks() {
        let text = "Intro.\n\n“Šelvik’s plan works,” Tobolin said."
        let quotation = QuoteExtractor.quotations(in: text)[0]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[quotation.start..<quotation.end])) == "Šelvik’s plan works,")
        #expect(quotation.text == "Šelvik’s plan works,")
    }

    @Test func secondPartContinuesTheSpeaker() {
        let result = found("“We will not move,” Tobolin said. “Not an inch.”")
        #expect(result.map(\.speaker) == ["Tobolin", "Tobolin"])
        #expect(result.map(\.method) == [.explicit, .continuation])
    }

    @Test func secondPartAfterCommaIsExplicit() {
        let result = found("“We will not move,” Tobolin said, “not an inch.”")
        #expect(result.map(\.speaker) == ["Tobolin", "Tobolin"])
    }

    @Test func appositiveDoesNotStealTheSpeaker() {
        #expect(
            speakers("“Nothing is agreed,” said Yuri Tobolin, a senior adviser to President Anton Režek.")
                == ["Yuri Tobolin"])
        #expect(speakers("Tobolin, Režek’s foreign policy aide, said: “Nothing is agreed.”") == ["Tobolin"])
    }

    @Test func laterSurnameResolvesToTheFullName() {
        let text = "Yuri Tobolin met the envoy.\n\n“Nothing is agreed,” Tobolin said."
        #expect(speakers(text) == ["Yuri Tobolin"])
    }

    @Test func pronounsFollowTheLastSpeakerOfThatGender() {
        let text = """
            Foreign Minister Irena Vedrač spoke first. “We want guarantees,” Vedrač said.

            Palace spokesman Ilya Marevsky replied within the hour. “Guarantees are for the weak,” he said.

            “Then we will wait,” she said.
            """
        #expect(speakers(text) == ["Irena Vedrač", "Ilya Marevsky", "Irena Vedrač"])
        #expect(found(text).map(\.method) == [.explicit, .pronoun, .pronoun])
    }

    @Test func rolesResolveToThePersonIntroducedSo() {
        let text = """
            Palace spokesman Ilya Marevsky declined to comment on Monday.

            “The president has not decided,” the palace spokesman said on Tuesday.
            """
        let result = found(text)
        #expect(result.map(\.speaker) == ["Ilya Marevsky"])
        #expect(result.map(\.method) == [.title])
    }

    @Test func presidentRoleResolvesToThePresidentNamedEarlier() {
        let text = "President Anton Režek flew to Serin.\n\n“We are patient,” the president said."
        #expect(speakers(text) == ["Anton Režek"])
    }

    @Test func paragraphOfQuotationContinuesThePreviousSpeaker() {
        let text = """
            “We came to listen,” said Rémi Aubrel, the Casmiran envoy.

            “And we will keep listening until both sides are tired of talking.”
            """
        let result = found(text)
        #expect(result.map(\.speaker) == ["Rémi Aubrel", "Rémi Aubrel"])
        #expect(result.map(\.method) == [.explicit, .continuation])
    }

    @Test func quotationOverTwoParagraphsIsOne() {
        let text = """
            Aubrel said: “The first step is a ceasefire.

            “The second step is a map.”
            """
        let result = QuoteExtractor.quotations(in: text)
        #expect(result.count == 1)
        #expect(result.first?.text == "The first step is a ceasefire.\n\n“The second step is a map.")
        #expect(result.first?.speaker == "Aubrel")
    }

    @Test func unbalancedMarkRecoversAtParagraphEnd() {
        let text = """
            Marevsky said: “We will not sign

            The talks resume on Friday. “Nothing changes,” Tobolin said.
            """
        let result = found(text)
        #expect(result.count == 2)
        #expect(result[0].text == "We will not sign")
        #expect(result[1].text == "Nothing changes,")
        #expect(result[1].speaker == "Tobolin")
    }

    @Test func partialQuotations() {
        let result = found("Marevsky called the talks “rather useful, constructive” on Friday.")
        #expect(
            result == [
                Found(text: "rather useful, constructive", speaker: "Marevsky", method: .explicit, kind: .partial)
            ])
        let told = found("Tobolin told reporters that the plan was “dead on arrival.”")
        #expect(told.first?.kind == .partial)
        #expect(told.first?.speaker == "Tobolin")
    }

    @Test func organisationsSpeak() {
        #expect(speakers("“The talks are over,” the Kremlin said in a statement.") == ["Kremlin"])
        #expect(speakers("The Valdoran Foreign Ministry said: “We reject the draft.”") == ["Valdoran Foreign Ministry"])
    }

    @Test func questionsWithSpeechVerbAfterAreOneQuotation() {
        let result = found("“Who will guarantee this?” she asked. Vedrač had spoken earlier.")
        #expect(result.count == 1)
        #expect(result[0].text == "Who will guarantee this?")
    }

    @Test func unattributedQuotationHasNoSpeaker() {
        let result = found("The crowd waited.\n\n“Peace now.”\n\nBanners lined the bridge.")
        #expect(result.count == 1)
        #expect(result[0].speaker == nil)
        #expect(result[0].method == nil)
    }

    @Test func scareQuotesAndTitlesAreOther() {
        let result = found("The so-called “peace dividend” was debated in the book “Rivers of Veyra” last year.")
        #expect(result.map(\.kind) == [.other, .other])
        #expect(result.map(\.speaker) == [nil, nil])
    }

    @Test func apostrophesAreNotQuotationMarks() {
        let result = found("‘Valdora’s offer is the ’90s all over again,’ Talgöz said of the Drevanians’ mood.")
        #expect(result.count == 1)
        #expect(result.first?.text == "Valdora’s offer is the ’90s all over again,")
        #expect(result.first?.speaker == "Talgöz")
    }

    @Test func emptyAndMarklessTexts() {
        #expect(found("").isEmpty)
        #expect(found("No quotation here, only prose.").isEmpty)
        #expect(found("“”").isEmpty)
    }
}

@Suite struct RoleQualifierTests {
    @Test func thePresidentIsNotTheVicePresident() {
        // Nobody in the article is the president: the role itself is the label, never the vice president.
        let text = "Vice President Mara Quell spoke first.\n\n“We are patient,” the president said."
        let alone = QuoteExtractor.quotations(in: text)
        #expect(alone.map(\.speaker) == ["president"])
        #expect(alone.map(\.method) == [.role])
        #expect(alone.map(\.speakerKind) == [.role])
        let both =
            "President Anton Režek and Vice President Mara Quell arrived.\n\n“We are patient,” the president said."
        #expect(QuoteExtractor.quotations(in: both).map(\.speaker) == ["Anton Režek"])
    }
}

/// What `ArticleExtraction` does to speakers after the rules: places speak as their governments, junk is no person.
@Suite struct SpeakerCleaningTests {
    let gazetteer = Gazetteer(entries: "place\tKalvora\t\tKalvoran|Kalvorans\n", aliases: "")

    @Test func aPlaceThatSpeaksIsItsGovernment() {
        let (quotations, _) = ArticleExtraction.extract(
            from: "“We will not sign this text,” Kalvora said on Monday.", gazetteer: gazetteer)
        #expect(quotations.map(\.speaker) == ["Kalvora"])
        #expect(quotations.map(\.speakerKind) == [.organization])
        #expect(quotations.map(\.method) == [.explicit])
    }

    @Test func aFirstNameAloneIsNoSpeaker() {
        let (quotations, _) = ArticleExtraction.extract(
            from: "“We will not sign this text,” Jay said on Monday.", gazetteer: gazetteer)
        #expect(quotations.map(\.speaker) == [nil])
        #expect(quotations.map(\.method) == [nil])
        #expect(quotations.allSatisfy { $0.confidence <= 0.5 })
    }
}
