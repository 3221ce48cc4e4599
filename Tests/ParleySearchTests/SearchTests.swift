import Foundation
import Testing

@testable import ParleySearch

@Suite struct SearchTests {
    static func sampleIndex() throws -> (TemporaryFolder, ParleyIndex) {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("a.jsonl", [
            Sample.article("t1", title: "Valdora offers compromise", text: """
                The palace offered a compromise on the Veyra Valley on Tuesday.

                “A compromise is not a surrender,” Marevsky told reporters.
                """),
            Sample.article("t2", title: "Sanctions debate", text: """
                Drevania’s parliament debated new sanctions against Valdora.

                Foreign Minister Irena Vedrač said the territorial question was closed.
                """),
            Sample.article("t3", title: "Erdoğan-style names", text: "Talgöz met Šelvik in Serin to negotiate."),
        ])])
        return (folder, index)
    }

    @Test func wordsAreANDedAndRankedByBM25() throws {
        let (_, index) = try Self.sampleIndex()
        let results = try index.search(SearchQuery("compromise Marevsky"))
        #expect(results.hits.count == 1)
        #expect(results.totalMatches == 1)
        #expect(results.hits[0].articleKey == "t1")
        #expect(results.hits[0].text == "“A compromise is not a surrender,” Marevsky told reporters.")
        let both = try index.search(SearchQuery("compromise"))
        #expect(both.hits.count == 2)
        #expect(both.hits[0].score <= both.hits[1].score)
    }

    @Test func phraseMatchesWordsInARow() throws {
        let (_, index) = try Self.sampleIndex()
        #expect(try index.search(SearchQuery("\"not a surrender\"")).hits.count == 1)
        #expect(try index.search(SearchQuery("\"surrender not\"")).hits.isEmpty)
        #expect(try index.search(SearchQuery("“offered a compromise”")).hits.count == 1)
    }

    @Test func stemmingCaseAndDiacritics() throws {
        let (_, index) = try Self.sampleIndex()
        #expect(try index.search(SearchQuery("negotiations")).hits.count == 1)
        #expect(try index.search(SearchQuery("SELVIK talgoz")).hits.count == 1)
        #expect(try index.search(SearchQuery("vedrac")).hits.count == 1)
        #expect(try index.search(SearchQuery("sanction")).hits.count == 2)  // the title matches too
    }

    @Test func prefixQuery() throws {
        let (_, index) = try Self.sampleIndex()
        #expect(try index.search(SearchQuery("territ*")).hits.count == 1)
    }

    @Test func titleWordsMatchEveryPassageOfTheArticle() throws {
        let (_, index) = try Self.sampleIndex()
        let hits = try index.search(SearchQuery("debate")).hits
        #expect(Set(hits.map(\.articleKey)) == ["t2"])
        #expect(hits.count == 2)
    }

    @Test func highlightMarksMatchedWordsAtTheRightOffsets() throws {
        let (_, index) = try Self.sampleIndex()
        let hit = try #require(try index.search(SearchQuery("vedrač territorial")).hits.first)
        #expect(
            hit.highlighted
                == "Foreign Minister Irena \u{2}Vedrač\u{3} said the \u{2}territorial\u{3} question was closed.")
    }

    @Test func limitAndTotal() throws {
        let (_, index) = try Self.sampleIndex()
        let results = try index.search(SearchQuery("valdora"), limit: 1)
        #expect(results.hits.count == 1)
        #expect(results.totalMatches == 3)
    }

    static let hostileQueries = [
        "NEAR(a b)", "a OR", "AND", "\"unbalanced", "“curly unbalanced", "(((", "col:word", "text:palace", "^start",
        "-minus", "+plus", "a*b", "*", "**palace", "palace\"\"", "\"\"", "'single'", "x\u{0}y", "rank MATCH 1",
        "'); DROP TABLE article; --", "NOT palace", "palace NOT", "{text title}: palace", "🇺🇦 palace", "ﬁnal",
        String(repeating: "palace ", count: 60), "\u{301}palace", "Marevsky’s", "\\palace",
    ]

    @Test(arguments: hostileQueries)
    func hostileQueryNeverFailsInSQLite(_ text: String) throws {
        let (_, index) = try Self.sampleIndex()
        do {
            let query = try SearchQuery(text)
            _ = try index.search(query)
        } catch let error as QueryError {
            #expect(!error.description.isEmpty)
        }
    }

    @Test(arguments: ["", "   ", "\"\"", "!!! ???", "*", "-- ;", "“”", "( )"])
    func queriesWithoutWordsAreRejectedClearly(_ text: String) {
        #expect(throws: QueryError.noSearchableWords(query: text)) { try SearchQuery(text) }
    }

    @Test func operatorsAreSearchedAsWords() throws {
        let query = try SearchQuery("palace OR NEAR")
        #expect(query.terms == [.word("palace"), .word("OR"), .word("NEAR")])
        #expect(query.matchPattern == "\"palace\" AND \"OR\" AND \"NEAR\"")
    }

    @Test func parsesPhrasesPrefixesAndUnbalancedQuotes() throws {
        #expect(try SearchQuery("\"security guarantees\" cease*").terms == [
            .phrase(["security", "guarantees"]), .prefix("cease"),
        ])
        #expect(try SearchQuery("\"open phrase words").terms == [.word("open"), .word("phrase"), .word("words")])
        #expect(try SearchQuery("say \"x\"\"y\"").matchPattern == "\"say\" AND \"x\" AND \"y\"")
        #expect(try SearchQuery("a\"b").matchPattern.contains("\"a\""))
    }

    @Test func tooManyTermsIsRefused() {
        let text = (1...70).map { "w\($0)" }.joined(separator: " ")
        #expect(throws: QueryError.tooManyTerms(count: 70, limit: SearchQuery.maxTerms)) { try SearchQuery(text) }
    }
}
