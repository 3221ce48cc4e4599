import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// Twenty made-up articles about fictional states: the eleven one-passage `ceasefire` stories of
/// ``CeasefireFixture`` (`f01`…`f11`, whose hand counts it lists), then nine others (`p01`…`p09`) about sanctions
/// and an embargo.
enum FilterFixture {
    static let meridian = CeasefireFixture.meridian
    static let brenhaven = CeasefireFixture.brenhaven
    static let drevania = CeasefireFixture.drevania

    static func article(_ id: String, _ title: String, _ text: String, source: String?, date: String?)
        -> [String: String]
    {
        CeasefireFixture.article(id, title, text, source: source, date: date)
    }

    static let otherArticles: [[String: String]] = [
        article(
            "p01", "Sanctions debate in Drevania",
            """
            Drevania’s parliament debated new sanctions against Valdora.

            The vote on the sanctions package was delayed until spring.
            """, source: meridian, date: "2025-01-10"),
        article(
            "p02", "Embargo on Valdoran grain",
            """
            An embargo on Valdoran grain took effect at midnight.

            Traders in Tamesk said the embargo would raise prices.
            """, source: brenhaven, date: "2025-01-11"),
        article(
            "p03", "Port Solenne talks",
            """
            Envoys from Valdora and Drevania discussed sanctions relief and the embargo in Port Solenne.

            No date was set for the next round.
            """, source: drevania, date: "2025-01-12"),
        article(
            "p04", "Valdora budget",
            "Valdora’s finance office published its budget for the coming year, with no mention of sanctions.",
            source: meridian, date: "2025-01-13"),
        article(
            "p05", "Shipping notes",
            """
            Freight rates in Tamesk fell for a third week.

            Insurers said the route via the Veyra Valley remained open.
            """, source: meridian, date: "2025-01-14"),
        article(
            "p06", "Drevanian Unity Party congress",
            """
            The Drevanian Unity Party elected a new chair on Sunday.

            Delegates called for an embargo on luxury goods from Valdora.
            """, source: drevania, date: "2025-01-15"),
        article(
            "p07", "Security guarantees",
            """
            Negotiators discussed security guarantees for the Veyra Valley.

            The security guarantees would be reviewed every year, a Valdoran Foreign Ministry official said.
            """, source: brenhaven, date: "2025-01-16"),
        article(
            "p08", "Editorial: patience",
            """
            Patience, not sanctions, will bring Valdora back to the table.

            The sanctions of 2014 achieved little.
            """, source: meridian, date: "2025-01-17"),
        article(
            "p09", "Fishing quotas", "Fishing crews from Tamesk and Drevania agreed on new quotas.",
            source: brenhaven, date: "2025-01-18"),
    ]

    static func index() throws -> (TemporaryFolder, ParleyIndex) {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("fixture.jsonl", CeasefireFixture.articles + otherArticles)])
        return (folder, index)
    }

    /// The article ids of the hits, sorted.
    static func keys(_ results: SearchResults) -> [String] { results.hits.map(\.articleKey).sorted() }

    /// Passage ids matching `pattern`, newest first, straight from FTS5.
    static func matchingPassages(_ index: ParleyIndex, _ pattern: String) throws -> [Int64] {
        try index.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rowid DESC",
                arguments: [pattern])
        }
    }
}

/// `OR` in queries: parsing into clauses, and search end to end.
@Suite struct SearchQueryOrTests {
    @Test func orJoinsTheTermsOnEitherSide() throws {
        let query = try SearchQuery("sanctions OR embargo Iran")
        #expect(query.clauses == [[.word("sanctions"), .word("embargo")], [.word("Iran")]])
        #expect(query.matchPattern == #"("sanctions" OR "embargo") AND "Iran""#)
        #expect(query.terms == [.word("sanctions"), .word("embargo"), .word("Iran")])
        #expect(query.phrasePatterns == [#""sanctions""#, #""embargo""#, #""Iran""#])
    }

    @Test func chainedOrIsOneClause() throws {
        let query = try SearchQuery("a OR b OR c")
        #expect(query.clauses == [[.word("a"), .word("b"), .word("c")]])
        #expect(query.matchPattern == #"("a" OR "b" OR "c")"#)
        #expect(query.phrasePatterns == [#""a""#, #""b""#, #""c""#])
    }

    @Test func orBetweenPhrasesAndPrefixes() throws {
        let query = try SearchQuery("truce \"security guarantees\" OR cease*")
        #expect(query.clauses == [[.word("truce")], [.phrase(["security", "guarantees"]), .prefix(["cease"])]])
        #expect(query.matchPattern == #""truce" AND ("security guarantees" OR "cease" *)"#)
        #expect(query.phrasePatterns == [#""truce""#, #""security guarantees""#, #""cease" *"#])
    }

    @Test func orNextToAQuotedTermStillJoins() throws {
        #expect(try SearchQuery("\"a b\" OR c").clauses == [[.phrase(["a", "b"]), .word("c")]])
        #expect(try SearchQuery("c OR \"a b\"").clauses == [[.word("c"), .phrase(["a", "b"])]])
    }

    @Test(arguments: [
        ("OR sanctions", [["OR"], ["sanctions"]]),
        ("sanctions OR", [["sanctions"], ["OR"]]),
        ("sanctions or embargo", [["sanctions"], ["or"], ["embargo"]]),
        ("sanctions Or embargo", [["sanctions"], ["Or"], ["embargo"]]),
        ("sanctions \"OR\" embargo", [["sanctions"], ["OR"], ["embargo"]]),
        ("OR", [["OR"]]),
    ])
    func orThatIsNotAnOperatorStaysAWord(_ text: String, _ expected: [[String]]) throws {
        let query = try SearchQuery(text)
        #expect(query.clauses == expected.map { $0.map { SearchQuery.Term.word($0) } })
        #expect(query.matchPattern == expected.map { #""\#($0[0])""# }.joined(separator: " AND "))
    }

    /// `OR` joins terms and is dropped: it is no term, so it must not count towards ``SearchQuery/maxTerms``.
    @Test func orOperatorsDoNotCountAsTerms() throws {
        let words = (1...40).map { "w\($0)" }
        let query = try SearchQuery(words.joined(separator: " OR "))
        #expect(query.terms.count == 40)
        #expect(query.clauses.count == 1)
    }

    @Test func orSearchFindsEitherWord() throws {
        let (_, index) = try FilterFixture.index()
        let either = try index.search(SearchQuery("sanctions OR embargo"), limit: 50)
        // p01, p02 and p08 match in both passages (p01 and p02 through their titles too).
        #expect(either.totalMatches == 9)
        #expect(either.isComplete)
        #expect(FilterFixture.keys(either) == ["p01", "p01", "p02", "p02", "p03", "p04", "p06", "p08", "p08"])
        let withValdora = try index.search(SearchQuery("sanctions OR embargo Valdora"), limit: 50)
        #expect(FilterFixture.keys(withValdora) == ["p01", "p03", "p04", "p06", "p08"])
        #expect(withValdora.totalMatches == 5)
        // Lower-case `or` is a word: no passage holds all three.
        #expect(try index.search(SearchQuery("sanctions or embargo")).hits.isEmpty)
    }

    @Test(arguments: ["a OR OR b", "OR OR", "OR OR OR", "OR \"\" OR", "x OR !!! OR y", "\"OR", "OR*", "OR -", "( OR )"])
    func oddOrQueriesNeverFailInSQLite(_ text: String) throws {
        let (_, index) = try FilterFixture.index()
        do {
            _ = try index.search(SearchQuery(text))
        } catch let error as QueryError {
            #expect(!error.description.isEmpty)
        }
    }
}

/// `SearchFilter`, the ranking window and facets, on ``FilterFixture``.
@Suite struct SearchFilterTests {
    let folder: TemporaryFolder
    let index: ParleyIndex

    init() throws { (folder, index) = try FilterFixture.index() }

    func keys(_ filter: SearchFilter, _ query: String = "ceasefire") throws -> [String] {
        FilterFixture.keys(try index.search(SearchQuery(query), limit: 50, filter: filter))
    }

    func since(_ text: String) throws -> String { try #require(DateBound(text, end: false)).day }
    func until(_ text: String) throws -> String { try #require(DateBound(text, end: true)).day }

    @Test func fixtureIsOnePassagePerCeasefireArticle() throws {
        let all = try index.search(SearchQuery("ceasefire"), limit: 50)
        #expect(all.isComplete)
        #expect(all.totalMatches == 11)
        #expect(FilterFixture.keys(all) == (1...11).map { String(format: "f%02d", $0) })
    }

    @Test func sinceAndUntilKeepDatedArticlesInRange() throws {
        #expect(try keys(SearchFilter(since: since("2015"), until: until("2015-06"))) == ["f02", "f03", "f11"])
        #expect(
            try keys(SearchFilter(since: since("2015"), until: until("2015"))) == [
                "f02", "f03", "f04", "f05", "f09", "f11",
            ])
        #expect(try keys(SearchFilter(since: since("2016"))) == ["f06", "f08", "f10"])
        #expect(try keys(SearchFilter(until: until("2014"))) == ["f01"])
        #expect(try keys(SearchFilter(since: "2015-12-31", until: "2016-01-01")) == ["f05", "f06"])
        #expect(try keys(SearchFilter(since: since("2017"))) == [])
    }

    @Test func untilTakesInTheWholeDay() throws {
        // f03 is dated 2015-06-30T23:59:00Z.
        #expect(try keys(SearchFilter(until: "2015-06-30")).contains("f03"))
        #expect(try keys(SearchFilter(until: "2015-06-29")) == ["f01", "f02", "f11"])
        #expect(try keys(SearchFilter(since: "2015-06-30", until: "2015-06-30")) == ["f03"])
    }

    @Test func undatedArticlesAreLeftOutByEitherBound() throws {
        #expect(try !keys(SearchFilter(since: "0000-01-01")).contains("f07"))
        #expect(try !keys(SearchFilter(until: "9999-12-31")).contains("f07"))
        #expect(try keys(SearchFilter(until: "9999-12-31")).count == 10)
    }

    @Test func sourcesFilterByExactName() throws {
        #expect(try keys(SearchFilter(sources: [FilterFixture.brenhaven])) == ["f03", "f08"])
        #expect(
            try keys(SearchFilter(sources: [FilterFixture.drevania, FilterFixture.brenhaven])) == [
                "f03", "f04", "f05", "f08", "f10",
            ])
        #expect(try keys(SearchFilter(sources: ["meridian wire"])) == [])
        #expect(
            try keys(SearchFilter(since: since("2016"), sources: [FilterFixture.drevania, FilterFixture.brenhaven]))
                == ["f08", "f10"])
        // Not only for `ceasefire`: the title of p02 and the text of p06 hold `embargo`.
        #expect(try keys(SearchFilter(sources: [FilterFixture.drevania]), "embargo") == ["p03", "p06"])
    }

    /// Both a speaker and an entity filter, windowed and exact. (This fixture is too small for FTS5 to look a
    /// filter's passages up: it always scans; the lookup path is measured by Scripts/bench.)
    @Test func speakerAndEntityFiltersTogether() throws {
        let filter = SearchFilter(
            speakers: try index.speakerIDs(for: ["Marevsky"]), entities: try index.entityIDs(for: ["Mediterranean"]))
        #expect(try keys(filter) == ["f08"])
        let exact = try index.search(SearchQuery("ceasefire"), limit: 50, filter: filter, window: Int.max)
        #expect(FilterFixture.keys(exact) == ["f08"])
        #expect(exact.isComplete && exact.totalMatches == 1)
    }

    @Test func entitiesFilterByMentionAndCombine() throws {
        let mediterranean = try index.entityIDs(for: ["mediterranean"])
        #expect(mediterranean.count == 1)
        #expect(try keys(SearchFilter(entities: mediterranean)) == ["f03", "f08"])
        #expect(
            try keys(SearchFilter(entities: try index.entityIDs(for: ["Baltic Sea", "Vedrač"]))) == [
                "f01", "f05", "f06", "f10",
            ])
        #expect(
            try keys(SearchFilter(entities: try index.entityIDs(for: ["Valdoran Foreign Ministry"]))) == [
                "f04", "f07", "f10",
            ])
        let marevsky = try index.speakerIDs(for: ["Marevsky"])
        #expect(try keys(SearchFilter(speakers: marevsky, entities: mediterranean)) == ["f08"])
        #expect(try keys(SearchFilter(entities: mediterranean, since: since("2016"))) == ["f08"])
    }

    @Test func unknownEntityIsAnErrorWithASuggestion() throws {
        #expect(throws: QueryError.unknownEntity(name: "Mediteranean", suggestion: "Mediterranean")) {
            try index.entityIDs(for: ["Mediteranean"])
        }
        // Matched by the last word for people only: `Ministry` is not the Valdoran Foreign Ministry, nor `Sea`
        // the Baltic Sea; `Vedrač` is Irena Vedrač.
        #expect(throws: QueryError.self) { try index.entityIDs(for: ["Ministry"]) }
        #expect(throws: QueryError.self) { try index.entityIDs(for: ["Sea"]) }
        #expect(try index.entityIDs(for: ["Vedrač"]) == index.entityIDs(for: ["Irena Vedrač"]))
    }

    @Test func speakersFilterStillWorksAndCombines() throws {
        let marevsky = try index.speakerIDs(for: ["Marevsky"])
        #expect(marevsky.count == 1)
        #expect(try keys(SearchFilter(speakers: marevsky)) == ["f02", "f08"])
        #expect(try keys(SearchFilter(speakers: marevsky, since: since("2016"))) == ["f08"])
        #expect(try keys(SearchFilter(speakers: marevsky, sources: [FilterFixture.drevania])) == [])
        let both = try index.speakerIDs(for: ["Marevsky", "Vedrač"])
        #expect(try keys(SearchFilter(speakers: both)) == ["f02", "f05", "f08"])
    }

    @Test func filteredTotalsAreExact() throws {
        let results = try index.search(
            SearchQuery("ceasefire"), limit: 1, filter: SearchFilter(sources: [FilterFixture.meridian]))
        #expect(results.isComplete)
        #expect(results.hits.count == 1)
        #expect(results.totalMatches == 5)
    }

    /// Past the window the order stays BM25's over every match (the impact levels, or scoring every match), and
    /// the count goes on.
    @Test func pastTheWindowTheOrderStaysExact() throws {
        let matches = try FilterFixture.matchingPassages(index, "ceasefire")
        #expect(matches.count == 11)
        let results = try index.search(SearchQuery("ceasefire"), limit: 2, window: 3)
        let exact = try index.search(SearchQuery("ceasefire"), limit: 2, window: Int.max)
        #expect(!results.isComplete)
        #expect(results.hits.map(\.passageID) == exact.hits.map(\.passageID))
        // Past the window, the matches are counted: every one, within the budget.
        #expect(results.totalMatches == 11 && results.countIsExact && results.countedMatches == 11)
        // Past the budget, the rest is estimated and the count says how many were counted.
        let estimated = try index.search(SearchQuery("ceasefire"), limit: 2, window: 3, countBudget: 5)
        #expect(!estimated.countIsExact && estimated.countedMatches == 5)
        #expect(estimated.totalMatches >= 5)
        // The estimate extrapolates over the whole id range: it never exceeds the passages there are.
        #expect(try estimated.totalMatches <= index.count("passage"))
        // Every match, when the limit allows it.
        let wide = try index.search(SearchQuery("ceasefire"), limit: 20, window: 3)
        #expect(Set(wide.hits.map(\.passageID)) == Set(matches))
    }

    @Test func smallWindowStillRanksBestFirstWithinIt() throws {
        let results = try index.search(SearchQuery("ceasefire"), limit: 10, window: 3)
        #expect(results.hits.map(\.score) == results.hits.map(\.score).sorted())
    }

    @Test func defaultWindowIsCompleteAndExact() throws {
        let results = try index.search(SearchQuery("ceasefire"), limit: 2)
        #expect(results.isComplete)
        #expect(results.totalMatches == 11)
        #expect(results.hits.count == 2)
        let wider = try index.search(SearchQuery("ceasefire"), limit: 2, window: 12)
        #expect(wider.isComplete)
        #expect(wider.totalMatches == 11)
    }

    /// ``SearchResults/isComplete`` is documented as false only "when more passages matched than the window":
    /// exactly `window` matches are all ranked, so the result is complete and its count exact.
    @Test func windowOfExactlyTheMatchCountIsComplete() throws {
        // `sanctions`: 6 passages, all in the p articles (indexed last).
        #expect(try FilterFixture.matchingPassages(index, "sanctions").count == 6)
        let results = try index.search(SearchQuery("sanctions"), limit: 2, window: 6)
        #expect(results.isComplete)
        #expect(results.totalMatches == 6)
    }

    @Test func windowAppliesAfterTheFilter() throws {
        // Drevania Today's ceasefire passages are f04 f05 f10: a window of 4 holds all of them.
        let results = try index.search(
            SearchQuery("ceasefire"), limit: 10, filter: SearchFilter(sources: [FilterFixture.drevania]), window: 4)
        #expect(results.isComplete)
        #expect(FilterFixture.keys(results) == ["f04", "f05", "f10"])
    }

    @Test func facetsMatchTheHandCount() throws {
        let results = try index.search(SearchQuery("ceasefire"), limit: 1, facets: true)
        let facets = try #require(results.facets)
        #expect(
            facets.speakers == [
                FacetCount(value: "Ilya Marevsky", passages: 2), FacetCount(value: "Irena Vedrač", passages: 1),
            ])
        #expect(
            facets.people == [
                FacetCount(value: "Ilya Marevsky", passages: 2), FacetCount(value: "Irena Vedrač", passages: 2),
            ])
        #expect(
            facets.places == [
                FacetCount(value: "Baltic Sea", passages: 2), FacetCount(value: "Mediterranean", passages: 2),
            ])
        #expect(facets.organizations == [FacetCount(value: "Valdoran Foreign Ministry", passages: 3)])
        #expect(
            facets.sources == [
                FacetCount(value: FilterFixture.meridian, passages: 5),
                FacetCount(value: FilterFixture.drevania, passages: 3),
                FacetCount(value: FilterFixture.brenhaven, passages: 2),
            ])
        #expect(
            facets.years == [
                FacetCount(value: "2016", passages: 3), FacetCount(value: "2015", passages: 6),
                FacetCount(value: "2014", passages: 1),
            ])
    }

    @Test func facetsFollowTheFilter() throws {
        let results = try index.search(
            SearchQuery("ceasefire"), filter: SearchFilter(since: since("2016")), facets: true)
        let facets = try #require(results.facets)
        #expect(facets.years == [FacetCount(value: "2016", passages: 3)])
        #expect(facets.speakers == [FacetCount(value: "Ilya Marevsky", passages: 1)])
        #expect(
            facets.places == [
                FacetCount(value: "Baltic Sea", passages: 2), FacetCount(value: "Mediterranean", passages: 1),
            ])
        #expect(
            facets.sources == [
                FacetCount(value: FilterFixture.brenhaven, passages: 1),
                FacetCount(value: FilterFixture.drevania, passages: 1),
                FacetCount(value: FilterFixture.meridian, passages: 1),
            ])
    }

    @Test func facetsCountOnlyTheWindowWhenIncomplete() throws {
        let matches = try FilterFixture.matchingPassages(index, "ceasefire")
        let results = try index.search(SearchQuery("ceasefire"), limit: 1, facets: true, window: 3)
        let facets = try #require(results.facets)
        #expect(!results.isComplete)
        #expect(facets.years.reduce(0) { $0 + $1.passages } <= 3)
        #expect(facets.sources.reduce(0) { $0 + $1.passages } <= 3)
        #expect(matches.count == 11)
    }

    /// `--exact` counts facets over every match in SQL, not over a list of ids: the same counts, with a filter.
    @Test func exactFacetsCountEveryMatch() throws {
        let filter = SearchFilter(since: try since("2016"))
        let exact = try index.search(SearchQuery("ceasefire"), filter: filter, facets: true, window: Int.max)
        let windowed = try index.search(SearchQuery("ceasefire"), filter: filter, facets: true)
        #expect(exact.facets == windowed.facets)
        #expect(exact.facets?.years == [FacetCount(value: "2016", passages: 3)])
        #expect(exact.hits == windowed.hits)
    }

    @Test func noFacetsUnlessAsked() throws {
        #expect(try index.search(SearchQuery("ceasefire")).facets == nil)
    }
}

/// `--since` / `--until` values.
@Suite struct DateBoundTests {
    /// A year widens to the whole year, a month to the whole month (to day 31, whatever the month), a day is kept.
    @Test(arguments: [
        ("2015", "2015-01-01", "2015-12-31"), ("2015-09", "2015-09-01", "2015-09-31"),
        ("2015-02", "2015-02-01", "2015-02-31"), ("2015-09-03", "2015-09-03", "2015-09-03"),
    ])
    func boundWidensToTheWholePeriod(_ text: String, _ first: String, _ last: String) throws {
        #expect(DateBound(text, end: false)?.day == first)
        #expect(DateBound(text, end: true)?.day == last)
    }

    @Test(arguments: [
        "2015-13", "15-09-01", "2015-9-1", "Sept", "", "2015-09-32", "2015-00", "2015-09-00", "2015-", "-2015",
        "2015-09-03-01", "20150903", "2015/09/03", " 2015", "2015-09-03T10:00", "２０１５", "2015-0a",
    ])
    func malformedBoundsAreRejected(_ text: String) {
        #expect(DateBound(text, end: false) == nil)
        #expect(DateBound(text, end: true) == nil)
    }

    /// `order: .date` is every match, newest day first (undated last), the same day by exact BM25 score: the
    /// exact ranking of every match, re-sorted by day here, is the reference.
    @Test func sortByDateIsTheExactRankingReorderedByDay() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        var random = SplitMix64(seed: testSeed("sort by date"))
        let words = ["ceasefire", "territory", "talks", "valley", "border", "envoys", "guarantees"]
        let articles = (0..<300).map { number -> [String: String] in
            let text =
                (0..<Int.random(in: 8...40, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: " ") + "."
            let day = Int.random(in: 1...12, using: &random)
            // A few undated articles, and many on the same day with different times.
            let date =
                day == 12 ? "" : "2025-10-\(String(format: "%02d", day))T\(String(format: "%02d", number % 24)):00:00Z"
            return Sample.article("d\(number)", title: "Report \(number)", text: text, date: date)
        }
        try ingest(index, [try folder.jsonl("a.jsonl", articles)])
        for text in ["ceasefire", "territory talks", "valley OR border", "\"border envoys\"", "guar*"] {
            let query = try SearchQuery(text)
            let exact = try index.search(query, limit: 10_000, window: Int.max)
            let byDate = try index.search(query, limit: 10_000, order: .date)
            #expect(byDate.totalMatches == exact.totalMatches && byDate.isComplete)
            let reference = exact.hits.sorted { a, b in
                let (dayA, dayB) = (
                    a.published.map { String($0.prefix(10)) }, b.published.map { String($0.prefix(10)) }
                )
                if dayA != dayB { return dayB == nil || (dayA != nil && dayA! > dayB!) }
                return (a.score, a.passageID) < (b.score, b.passageID)
            }
            #expect(byDate.hits.map(\.passageID) == reference.map(\.passageID), "\(text)")
            let top = try index.search(query, limit: 7, order: .date)
            #expect(top.hits.map(\.passageID) == Array(reference.prefix(7).map(\.passageID)), "\(text)")
        }
    }
}
