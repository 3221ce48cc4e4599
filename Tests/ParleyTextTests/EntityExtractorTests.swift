import Testing

@testable import ParleyText

/// `EntityExtractor`'s organisation rules and its person cleaning (invented people; real places and organisations).
@Suite struct EntityExtractorTests {
    /// An alias line's names, between tabs or bars, lose the spaces around them (a user's `aliases.tsv` is typed by
    /// hand).
    @Test func aliasNamesAreTrimmed() {
        let gazetteer = Gazetteer(
            entries: "", aliases: "  Irena Vedrač \t Irena Vedrac |  Vedrac  \nIlse Noor\t   \n")
        #expect(gazetteer.canonical("Irena Vedrac") == "Irena Vedrač")
        #expect(gazetteer.canonical("Vedrac") == "Irena Vedrač")
        #expect(gazetteer.canonical("Irena Vedrač") == "Irena Vedrač")
        #expect(gazetteer.canonical("Ilse Noor") == "Ilse Noor")
    }

    /// Two speakers sharing a surname: a later bare surname goes to the one listed last, whatever a set's order
    /// (it was a set's, which changes from set to set and process to process: the same input gave two indexes).
    /// Both orders, many times: a set's order could agree with one of them by chance.
    @Test func sharedSurnameFollowsTheSpeakersOrder() {
        let text = "The envoys met in Varnetsk.\n\nOstrova said the talks would go on."
        for _ in 0..<16 {
            for speakers in [["Mirela Ostrova", "Tomas Ostrova"], ["Tomas Ostrova", "Mirela Ostrova"]] {
                let mentions = EntityExtractor.mentions(in: text, speakers: speakers + speakers)
                #expect(mentions.filter { $0.kind == .person }.map(\.name) == [speakers[1]])
            }
        }
    }

    func entities(_ text: String, _ kind: EntityKind? = nil) -> Set<String> {
        Set(
            ArticleExtraction.extract(from: text, gazetteer: .shipped).mentions.filter {
                kind == nil || $0.kind == kind
            }
            .map(\.name))
    }

    @Test func acronymInBracketsIsAnAliasWithinTheArticle() throws {
        let text = "The Caspian Water Authority (CWA) met on Monday.\n\nThe CWA said levels had fallen."
        let mentions = ArticleExtraction.extract(from: text, gazetteer: .shipped).mentions
        #expect(mentions.map(\.name) == ["Caspian Water Authority", "Caspian Water Authority"])
        // Offsets are Unicode scalars of the text: the second mention is `CWA` itself.
        let second = try #require(mentions.last)
        #expect(Array(text.unicodeScalars)[second.start..<second.end].map(String.init).joined() == "CWA")
    }

    @Test func theAllianceAfterNATO() {
        #expect(
            entities("NATO ministers met.\n\nThe Alliance will not be divided, an aide said.", .organization) == [
                "NATO"
            ])
        #expect(entities("The Alliance will not be divided.", .organization).isEmpty)
    }

    @Test(arguments: [
        ("The Ministry of Foreign Affairs said so.", "Ministry of Foreign Affairs"),
        ("The Armed Forces of Ukraine denied it.", "Armed Forces of Ukraine"),
        ("According to the Institute for the Study of War, it was not.", "Institute for the Study of War"),
        ("The Russian Foreign Ministry said so.", "Russian Foreign Ministry"),
        ("The Russian army said so.", "Russian Army"),
        ("An al-Qaeda affiliate said so.", "Al-Qaeda"),
        ("TASS and Xinhua carried the story.", "TASS"),
        ("The UN Assistance Mission in Afghanistan said so.", "UN Assistance Mission in Afghanistan"),
    ])
    func organisations(_ text: String, _ name: String) {
        #expect(entities(text, .organization).contains(name))
    }

    @Test func aRoleWordInsideANameIsNoArmy() {
        // `military spokesman` is a title: the person, not an organisation.
        let found = entities("Israeli military spokesman Avner Tzalik said two launchers were destroyed.")
        #expect(found == ["Israel", "Avner Tzalik"])
    }

    @Test func titlesAndStrayWordsAreNoPeople() {
        let text = """
            Candidate Marek Velkov spoke in Dallas. Then-Senator Velkov had promised more.

            “I’m not worried,” Velkov said. Like the Velkovs, the Gibbses stayed home.
            """
        #expect(entities(text, .person) == ["Marek Velkov"])
        #expect(entities(text, .place) == ["Dallas"])
    }

    @Test func aRoleNounBeforeACommaIntroducesAPerson() {
        #expect(entities("Its chairwoman, Delia Vantreese, disagreed.", .person) == ["Delia Vantreese"])
        #expect(entities("Tory strategist Gareth Wenlow blamed turnout.", .person) == ["Gareth Wenlow"])
    }
}
