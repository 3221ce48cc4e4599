import Foundation
import GRDB
import ParleyTestSupport
import ParleyText
import Testing

@testable import ParleySearch

/// Filters as index terms (``FacetTerms``): a filtered search finds exactly the passages the stored quotations,
/// turns, mentions, sources and dates say, compared with the same rules written as SQL over the tables; and it
/// stays so after `aliases add` merges entities and after `reindex` re-extracts.
@Suite(.serialized) struct FilterTermsTests {
    static let speakers = ["Ilya Marevsky", "Katarina Šelvik", "Teodor Vance", "Teo Vance", "Irena Vedrač"]
    static let places = ["Valdora", "Drevania", "Port Solenne", "Serin", "Brenhaven"]
    static let words = [
        "ceasefire", "border", "talks", "territory", "customs", "valley", "envoys", "treaty", "monitors", "sanctions",
        "railway", "harbour", "grain", "convoy", "delegation", "summit",
    ]
    static let sources = ["Meridian Wire", "Drevania Today", "Casmira Post"]

    /// 240 articles: paragraphs of made-up news with quotations by five fictional people (two of them one person
    /// under two names) and mentions of them; every tenth a briefing transcript with turns of several paragraphs.
    static func articles() -> [[String: String]] {
        var random = SplitMix64(seed: testSeed("FilterTermsTests"))
        func sentence(_ count: Int) -> String {
            (0..<count).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        }
        return (0..<240).map { number in
            let day = String(format: "%04d-%02d-%02d", 2015 + number % 3, 1 + number % 12, 1 + (number * 7) % 28)
            var paragraphs: [String] = []
            if number % 10 == 0 {
                paragraphs.append("Briefing by Foreign Ministry Spokesperson Milena Kostrova")
                for turn in 0..<8 {
                    paragraphs.append(
                        turn % 2 == 0
                            ? "MS. KOSTROVA: The \(sentence(6)) in \(places.randomElement(using: &random)!) is settled.\n\n"
                                + "The \(sentence(40)) follows.\n\nAnd the \(sentence(30)) after it."
                            : "Q Will the \(sentence(4)) reach \(places.randomElement(using: &random)!) this week?")
                }
            } else {
                for _ in 0..<Int.random(in: 2...6, using: &random) {
                    let place = places.randomElement(using: &random)!
                    let speaker = speakers.randomElement(using: &random)!
                    paragraphs.append(
                        Bool.random(using: &random)
                            ? "“The \(sentence(5)) will not wait,” said \(speaker) in \(place)."
                            : "Aides to \(speakers.randomElement(using: &random)!) discussed the \(sentence(8)) in \(place)."
                    )
                }
            }
            return [
                "id": "t\(number)", "title": "Talks \(number) \(sentence(2))",
                "text": paragraphs.joined(separator: "\n\n"),
                "source": sources[number % sources.count], "date": day,
            ]
        }
    }

    /// The passages `filter` keeps by the tables' rules, as the search applied them before they were index terms.
    static func reference(_ db: Database, query: String, filter: SearchFilter) throws -> Set<Int64> {
        var conditions = ["passage_fts MATCH ?"]
        var arguments: [any DatabaseValueConvertible] = [query]
        if let speakers = filter.speakers?.map(String.init).joined(separator: ",") {
            conditions.append(
                """
                passage_fts.rowid IN (
                    SELECT passage_id FROM quote WHERE speaker_id IN (\(speakers)) AND kind IN ('full', 'partial')
                    UNION ALL
                    SELECT passage.id FROM quote JOIN passage ON passage.id BETWEEN quote.passage_id AND quote.last_passage_id
                    WHERE speaker_id IN (\(speakers)) AND kind = 'turn')
                """)
        }
        if let entities = filter.entities?.map(String.init).joined(separator: ",") {
            conditions.append("passage_fts.rowid IN (SELECT passage_id FROM mention WHERE entity_id IN (\(entities)))")
        }
        let (articleConditions, articleArguments) = ParleyIndex.articleConditions(filter)
        conditions += articleConditions
        arguments += articleArguments
        return Set(
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT passage_fts.rowid FROM passage_fts
                    JOIN passage ON passage.id = passage_fts.rowid JOIN article ON article.id = passage.article_id
                    WHERE \(conditions.joined(separator: " AND "))
                    """,
                arguments: StatementArguments(arguments)))
    }

    /// Every filter below, alone and with the others, for each query: the search's passages and count are the
    /// reference's.
    static func expectFiltersMatchTheTables(_ index: ParleyIndex, _ context: String) throws {
        let vance = try index.speakerIDs(for: ["Teodor Vance"])
        let filters: [SearchFilter] = [
            SearchFilter(speakers: try index.speakerIDs(for: ["Marevsky"])),
            SearchFilter(speakers: vance),
            SearchFilter(speakers: try index.speakerIDs(for: ["Kostrova", "Šelvik"])),
            SearchFilter(entities: try index.entityIDs(for: ["Teodor Vance"])),
            SearchFilter(entities: try index.entityIDs(for: ["Ilya Marevsky", "Irena Vedrač"])),
            SearchFilter(sources: ["Casmira Post"]),
            SearchFilter(since: "2016-03-05"),
            SearchFilter(since: "2015-02-10", until: "2016-02-31"),
            SearchFilter(until: "2015-06-30", sources: ["Meridian Wire", "Drevania Today"]),
            SearchFilter(speakers: vance, entities: try index.entityIDs(for: ["Katarina Šelvik"]), since: "2015-07-01"),
            SearchFilter(since: "2017-01-01", until: "2016-12-31"),
            // Ranges that keep most of the index or all of it: the days outside excluded, or no term at all, when
            // every article has a date.
            SearchFilter(since: "2015-01-01"),
            SearchFilter(until: "2017-11-30"),
            SearchFilter(since: "2015-04-01", until: "2017-10-31", sources: ["Meridian Wire"]),
            SearchFilter(speakers: vance, since: "2015-02-01"),
        ]
        for query in ["talks", "border ceasefire", "treaty OR convoy", "\"the customs\""] {
            for filter in filters {
                let expected = try index.dbQueue.read {
                    try reference($0, query: try SearchQuery(query).matchPattern, filter: filter)
                }
                let results = try index.search(SearchQuery(query), limit: 10_000, filter: filter, window: Int.max)
                let found = Set(results.hits.map(\.passageID))
                #expect(
                    found == expected,
                    """
                    \(context): '\(query)' \(filter): missing \(expected.subtracting(found).sorted().prefix(5)), \
                    extra \(found.subtracting(expected).sorted().prefix(5))
                    """)
                #expect(results.totalMatches == expected.count, "\(context): '\(query)' \(filter)")
                // Past the window: the same best, counted the same.
                let windowed = try index.search(SearchQuery(query), limit: 10, filter: filter, window: 5)
                let exact = try index.search(SearchQuery(query), limit: 10, filter: filter, window: Int.max)
                #expect(
                    windowed.hits.map(\.passageID) == exact.hits.map(\.passageID), "\(context): '\(query)' \(filter)")
            }
        }
    }

    @Test func filteredSearchesFindWhatTheTablesSayThroughAliasesAndReindex() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("talks.jsonl", Self.articles())])
        // The writer's tokens (``FacetTerms/Collector``) are the view's: FTS5's check compares them.
        try index.checkIntegrity()
        let turns = try index.dbQueue.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM quote WHERE kind = 'turn'")
        }
        #expect((turns ?? 0) > 50, "the fixture's briefings have no turns")
        let teo = try index.speakerIDs(for: ["Teo Vance"])
        #expect(teo != (try index.speakerIDs(for: ["Teodor Vance"])), "the two names are one entity already")
        try Self.expectFiltersMatchTheTables(index, "indexed")

        // One person under two names: the alias moves Teo Vance's quotations and mentions to Teodor Vance.
        let before = try index.search(
            SearchQuery("talks"), limit: 10_000, filter: SearchFilter(speakers: teo), window: Int.max)
        #expect(before.totalMatches > 0)
        #expect(try index.addAlias(canonical: "Teodor Vance", variants: ["Teo Vance"]) > 0)
        try index.checkIntegrity()
        let merged = try index.search(
            SearchQuery("talks"), limit: 10_000,
            filter: SearchFilter(speakers: try index.speakerIDs(for: ["Teodor Vance"])), window: Int.max)
        #expect(Set(before.hits.map(\.passageID)).isSubset(of: Set(merged.hits.map(\.passageID))))
        try Self.expectFiltersMatchTheTables(index, "after aliases add")

        // Re-extraction replaces every quotation and mention (the alias holds through it).
        _ = try index.reindex()
        try index.checkIntegrity()
        try Self.expectFiltersMatchTheTables(index, "after reindex")
        let reindexed = try index.search(
            SearchQuery("talks"), limit: 10_000,
            filter: SearchFilter(speakers: try index.speakerIDs(for: ["Teodor Vance"])), window: Int.max)
        #expect(reindexed.hits.map(\.passageID) == merged.hits.map(\.passageID))
    }

    /// A replaced article (a new version under the same id) and a wire copy that leaves (its source and date were
    /// the article's) leave no stale filter term: the index's check passes and the filters still match the tables.
    @Test func replacedArticlesAndLeavingCopiesKeepTheTermsRight() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        var articles = Self.articles()
        try ingest(index, [try folder.jsonl("talks.jsonl", articles)])
        // The same text under a second id (a wire copy, with its own source and date); then the first id's text
        // changes: the copy's key is the article's only one, and its source and date become the article's.
        var copy = articles[3]
        copy["id"] = "copy"
        copy["source"] = "Brenhaven Observer"
        copy["date"] = "2014-12-30"
        try ingest(index, [try folder.jsonl("copy.jsonl", [copy])])
        articles[3]["text"] = (articles[3]["text"] ?? "") + "\n\nA correction was added."
        articles[7]["text"] = "“The treaty talks are over,” said Teodor Vance in Serin."
        try ingest(index, [try folder.jsonl("changes.jsonl", [articles[3], articles[7]])])
        let moved = try index.search(
            SearchQuery("talks"), limit: 10_000, filter: SearchFilter(sources: ["Brenhaven Observer"]), window: Int.max)
        #expect(moved.totalMatches > 0, "the copy's source did not become the article's")
        try index.checkIntegrity()
        try Self.expectFiltersMatchTheTables(index, "after replacements")
    }

    /// A wide date range is written as the days outside it when every article has a date, and as the days inside it
    /// (which leave the undated out) once one has none; either way the filters match the tables.
    @Test func wideDateRangesExcludeTheDaysOutsideUnlessSomeArticleIsUndated() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("talks.jsonl", Self.articles())])
        func pattern(_ filter: SearchFilter) throws -> (required: String?, excluded: String?) {
            try index.dbQueue.read { try FacetTerms.pattern(for: filter, db: $0) }
        }
        // The fixture's days run from 2015-01-01 to a day of December 2017.
        let wide = try pattern(SearchFilter(until: "2017-11-30"))
        #expect(wide.required == nil && wide.excluded?.contains("\u{02}d201712") == true, "\(wide)")
        #expect(wide.excluded?.contains("y2015") == false)
        #expect(try pattern(SearchFilter(since: "2014-06-01")) == (nil, nil))
        let narrow = try pattern(SearchFilter(since: "2017-01-01"))
        #expect(narrow.excluded == nil && narrow.required?.contains("\u{02}m201701") == true, "\(narrow)")
        var undated = Self.articles().prefix(3).map { $0 }
        for number in undated.indices {
            undated[number]["id"] = "undated\(number)"
            undated[number]["date"] = nil
            undated[number]["title"] = "Undated talks \(number)"
        }
        try ingest(index, [try folder.jsonl("undated.jsonl", undated)])
        #expect(try pattern(SearchFilter(until: "2017-11-30")).excluded == nil)
        #expect(try pattern(SearchFilter(since: "2014-06-01")).required?.contains("\u{02}y2016") == true)
        try Self.expectFiltersMatchTheTables(index, "with undated articles")
    }

    /// The days outside a range, within the index's: none when it keeps them all; `nil` when it keeps half or less.
    @Test func outsideTermsAreTheRestOfTheIndexDays() {
        #expect(FacetTerms.outsideTerms(from: "2015-01-01", through: "2016-12-31", "2015-01-01", "2016-12-31") == [])
        #expect(
            FacetTerms.outsideTerms(from: "2015-03-01", through: "2016-11-30", "2015-01-01", "2016-12-31")
                == ["\u{02}m201501", "\u{02}m201502", "\u{02}m201612"])
        #expect(
            FacetTerms.outsideTerms(from: "2015-01-02", through: "2016-12-30", "2015-01-01", "2016-12-31")
                == ["\u{02}d20150101", "\u{02}d20161231"])
        #expect(FacetTerms.outsideTerms(from: "2016-03-01", through: "2016-12-31", "2015-01-01", "2016-12-31") == nil)
        #expect(FacetTerms.outsideTerms(from: "2016-03-01", through: "2016-02-01", "2015-01-01", "2016-12-31") == nil)
    }

    /// The year, month and day terms of a range cover exactly its days.
    @Test func dayTermsCoverExactlyTheRange() {
        var random = SplitMix64(seed: 11)
        let calendar = Calendar(identifier: .gregorian)
        let origin = Date(timeIntervalSince1970: 1_388_534_400)  // 2014-01-01
        func day(_ offset: Int) -> String {
            String(
                ISO8601DateFormatter().string(from: calendar.date(byAdding: .day, value: offset, to: origin)!).prefix(
                    10))
        }
        let days = (0..<(366 * 4)).map(day)
        for _ in 0..<200 {
            let a = Int.random(in: 0..<days.count, using: &random)
            let b = Int.random(in: 0..<days.count, using: &random)
            let terms = Set(FacetTerms.dayTerms(from: days[a], through: days[b]))
            let covered = days.filter { day in
                let digits = day.replacingOccurrences(of: "-", with: "")
                return terms.contains("\u{02}d" + digits) || terms.contains("\u{02}m" + digits.prefix(6))
                    || terms.contains("\u{02}y" + digits.prefix(4))
            }
            #expect(covered == Array(days[a...max(a, b)].prefix(a <= b ? b - a + 1 : 0)), "\(days[a])…\(days[b])")
            #expect(terms.count <= 31 + 11 + 4 + 11 + 31)
        }
        // A day past the month's end, as `--until 2016-02` gives: the whole month.
        #expect(FacetTerms.dayTerms(from: "2016-02-01", through: "2016-02-31") == ["\u{02}m201602"])
        #expect(FacetTerms.dayTerms(from: "2016-02-30", through: "2016-03-31") == ["\u{02}m201603"])
        #expect(FacetTerms.dayTerms(from: "2015-01-01", through: "2016-12-31") == ["\u{02}y2015", "\u{02}y2016"])
    }
}

/// Each word's count of passages (``TermPassages``) follows every write to `passage_fts`, and a search's document
/// frequency of a word is that count: compared with FTS5's own vocabulary and with counting the word's matches.
@Suite struct TermPassagesTests {
    static func expectCountsAreFTS5s(_ index: ParleyIndex, _ context: String) throws {
        let wrong = try index.dbQueue.inDatabase { try TermPassages.mismatches($0) }
        #expect(wrong == 0, "\(context): \(wrong) words counted otherwise than FTS5's vocabulary")
        let words = try index.dbQueue.inDatabase { try Int.fetchOne($0, sql: "SELECT count(*) FROM term_passages") }
        #expect((words ?? 0) > 20, "\(context): no words counted")
    }

    @Test func countsFollowInsertsReplacementsAliasesAndReindex() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        var articles = FilterTermsTests.articles()
        try ingest(index, [try folder.jsonl("talks.jsonl", articles)])
        try Self.expectCountsAreFTS5s(index, "indexed")
        // New versions of some articles (their passages deleted and written again), one with new words.
        articles[3]["text"] = (articles[3]["text"] ?? "") + "\n\nA correction about the quarantine was added."
        articles[8]["title"] = "Revised talks"
        try ingest(index, [try folder.jsonl("changes.jsonl", [articles[3], articles[8]])])
        try Self.expectCountsAreFTS5s(index, "after replacements")
        // A merge rewrites the rows whose facets change, with the same words.
        #expect(try index.addAlias(canonical: "Teodor Vance", variants: ["Teo Vance"]) > 0)
        try Self.expectCountsAreFTS5s(index, "after aliases add")
        _ = try index.reindex()
        try Self.expectCountsAreFTS5s(index, "after reindex")
        _ = try index.rebuildFullText()
        try Self.expectCountsAreFTS5s(index, "after reindex --text-only")
        try index.checkIntegrity()
    }

    /// A write that fails leaves the counts as they were: the scope's counts are dropped with the transaction.
    @Test func aFailedWriteChangesNoCount() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("talks.jsonl", Array(FilterTermsTests.articles().prefix(20)))])
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try index.dbQueue.write { db in
                try PassageFullText.delete(db, passages: "SELECT id FROM passage", arguments: [])
                throw Stop()
            }
        }
        try Self.expectCountsAreFTS5s(index, "after a failed write")
        #expect(try index.dbQueue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM term_passages") } ?? 0 > 20)
    }

    /// One word's frequency is the stored count, as FTS5 counts its matches; a phrase of two words, a prefix and a
    /// word the index lacks are counted or 0.
    @Test func aWordsFrequencyIsItsCount() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("talks.jsonl", FilterTermsTests.articles())])
        try index.dbQueue.read { db in
            for word in FilterTermsTests.words + ["Valdora", "U.S.", "Teodor", "absent"] {
                let phrase = try #require(try SearchQuery(word).phrasePatterns.first)
                let counted =
                    try Int64.fetchOne(
                        db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?", arguments: [phrase])
                    ?? -1
                #expect(try TermPassages.passages(db, phrase: phrase) == counted, "\(word): \(phrase)")
            }
            for text in ["\"border talks\"", "bord*"] {
                let phrase = try #require(try SearchQuery(text).phrasePatterns.first)
                #expect(try TermPassages.passages(db, phrase: phrase) == nil, "\(text)")
            }
        }
    }
}
