import Testing

@testable import ParleyText

/// `PersonNames.clean`: a candidate name as the text wrote it → a person's name, or nil (invented people only).
@Suite struct PersonNamesTests {
    static let gazetteer = Gazetteer(
        entries: GazetteerData.entries, aliases: "Anton Režek\tRežek\nIlya Marevsky\tMarevsky")

    func clean(_ name: String, surnames: Set<Substring> = []) -> String? {
        PersonNames.clean(name, gazetteer: Self.gazetteer, knownSurnames: surnames)
    }

    @Test(arguments: [
        ("Candidate Velkov", "Velkov"), ("Then-Senator Velkov", "Velkov"), ("President-elect Velkov", "Velkov"),
        ("Presidente Velkov", "Velkov"), ("Former Senator Mara Velkov", "Mara Velkov"), ("Senator Velkov", "Velkov"),
        ("Mr. Velkov", "Velkov"), ("Sen. Mara Velkov", "Mara Velkov"), ("Vice-President Velkov", "Velkov"),
        ("National Security Adviser Mara Velkov", "Mara Velkov"), ("Hears About Velkov", "Velkov"),
        ("Like Velkov", "Velkov"), ("Velkov’s", "Velkov"), ("Mara Velkov's", "Mara Velkov"),
        ("New Hampshire Velkov", "Velkov"), ("Los Angeles-area Velkov", "Velkov"), ("Jordan Velkov", "Jordan Velkov"),
        ("Velkov I’m", "Velkov"), ("Neither Velkov", "Velkov"),
    ])
    func stripsTitlesQualifiersAndStrayWords(_ input: String, _ expected: String) {
        #expect(clean(input) == expected)
    }

    @Test(arguments: ["I’m", "You're", "You’ve", "We’ll", "It’s", "Don't", "That's", "I", "You", "They"])
    func rejectsContractionsAndPronouns(_ input: String) {
        #expect(clean(input) == nil)
    }

    @Test func keepsApostropheNames() {
        #expect(clean("Liam O’Brannagh") == "Liam O’Brannagh")
        #expect(clean("D'Alvaro") == "D'Alvaro")
    }

    @Test(arguments: ["Like", "Hears About", "Start", "General Motors", "Thank You", "The", "President", "Senator"])
    func rejectsCommonWordsAndBareTitles(_ input: String) {
        #expect(clean(input) == nil)
    }

    @Test(arguments: ["Iran", "Dallas", "Chicago", "Manchester", "FBI", "NATO", "Kyiv", "White House", "Ukrainian"])
    func rejectsKnownPlacesAndOrganisations(_ input: String) {
        #expect(clean(input) == nil)
    }

    @Test(arguments: ["ISIL", "NSC", "DHS", "U.S"])
    func rejectsSingleAcronyms(_ input: String) {
        #expect(clean(input) == nil)
    }

    @Test func rejectsFirstNamesAlone() {
        #expect(clean("Jay") == nil)
        #expect(clean("Jim") == nil)
        // First names that are common surnames may stand for a surname.
        #expect(clean("Martin") == "Martin")
        #expect(clean("Jay Velkov") == "Jay Velkov")
    }

    @Test func rejectsPluralSurnames() {
        #expect(clean("Gibbses") == nil)
        #expect(clean("Davises") == nil)
        #expect(clean("Režeks") == nil)  // a surname the gazetteer knows
        #expect(clean("Velkovs", surnames: ["Velkov"]) == nil)  // a surname the article knows
        // Surnames that merely end in s or es stay.
        #expect(clean("Moses") == "Moses")
        #expect(clean("Hughes") == "Hughes")
        #expect(clean("Velkovs") == "Velkovs")
        #expect(clean("Mara Gibbs") == "Mara Gibbs")
    }

    @Test func reportsWhetherATitleWasTaken() {
        #expect(PersonNames.cleaned("Candidate Velkov", gazetteer: Self.gazetteer)?.hadTitle == true)
        #expect(PersonNames.cleaned("Like Velkov", gazetteer: Self.gazetteer)?.hadTitle == false)
        #expect(PersonNames.cleaned("Mara Velkov", gazetteer: Self.gazetteer)?.hadTitle == false)
    }

    @Test func rejectsDigitsAndPunctuation() {
        #expect(clean("Velkov2") == nil)
        #expect(clean("--") == nil)
        #expect(clean("") == nil)
    }
}
