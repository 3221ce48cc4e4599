import Foundation
import ParleyTestSupport
import ParleyText
import Synchronization
import Testing

@testable import ParleySearch

/// The default order is BM25's exact order over every match, also when more passages match than the window and
/// the impact levels (``ImpactLevels``) find the best ones: compared with `window: Int.max` (score every match)
/// on an index of generated text with words common enough to need the levels.
@Suite(.serialized) struct ExactRankingTests {
    /// Made-up words from syllables, drawn with a Zipf-like skew so that a few are in most passages.
    static let vocabulary: [String] = {
        var random = SplitMix64(seed: 7)
        let syllables = ["val", "dor", "ka", "sen", "mir", "tov", "re", "lin", "bra", "quo", "ze", "nat", "fe", "gru"]
        var words = Set<String>()
        while words.count < 400 {
            let count = Int.random(in: 2...3, using: &random)
            words.insert((0..<count).map { _ in syllables.randomElement(using: &random)! }.joined())
        }
        return words.sorted()
    }()

    static func word(_ random: inout SplitMix64) -> String {
        // Rank r is drawn with weight about 1/(r + 1): index 0 is in most passages.
        let u = Double.random(in: 0..<1, using: &random)
        let rank = Int(pow(Double(vocabulary.count + 1), u)) - 1
        return vocabulary[min(max(rank, 0), vocabulary.count - 1)]
    }

    /// 3,000 one-paragraph articles of 1 to 90 words, a title of 2 to 6, four sources, dates over three years.
    static func articles(seed: UInt64) -> [[String: String]] {
        var random = SplitMix64(seed: seed)
        let sources = ["Meridian Wire", "Drevania Today", "Brenhaven Observer", "Casmira Post"]
        return (0..<3_000).map { number in
            let length = Int(pow(Double.random(in: 1..<9.5, using: &random), 2))
            let text = (0..<length).map { _ in word(&random) }.joined(separator: " ").capitalized + "."
            let title = (0..<Int.random(in: 2...6, using: &random)).map { _ in word(&random) }.joined(separator: " ")
            let day = Calendar(identifier: .gregorian).date(
                byAdding: .day, value: Int.random(in: 0..<1_000, using: &random),
                to: Date(timeIntervalSince1970: 1_420_070_400))!
            return [
                "id": "g\(number)", "title": title, "text": text, "source": sources[number % sources.count],
                "date": String(ISO8601DateFormatter().string(from: day).prefix(10)),
            ]
        }
    }

    /// An index of the generated articles.
    struct Fixture: @unchecked Sendable {
        let folder: TemporaryFolder
        let index: ParleyIndex

        /// `shared`: kept in a static (``shared``), its folder removed at exit.
        init(shared: Bool = false) throws {
            folder = try shared ? TemporaryFolder.forSharedFixture() : TemporaryFolder()
            index = try openIndex(folder)
            try ingest(index, [try folder.jsonl("generated.jsonl", articles(seed: testSeed("ExactRankingTests")))])
        }
    }

    /// Built once for the tests that only read it.
    static let shared = Result { try Fixture(shared: true) }

    var index: ParleyIndex { get throws { try Self.shared.get().index } }

    /// Every query shape: one word (frequent, middling), two and three words, a phrase, NEAR, OR, an exclusion,
    /// a prefix with a word, a group ORed, SENTENCE (its smaller count budget); each ranked through the levels
    /// (window 50) and by scoring every match.
    static let queries: [String] = {
        let v = vocabulary
        return [
            v[0], v[1], v[5], v[20], "\(v[0]) \(v[1])", "\(v[2]) \(v[3])", "\(v[0]) \(v[4]) \(v[9])",
            "\"\(v[0]) \(v[1])\"", "NEAR(\(v[1]) \(v[2]), 4)", "\(v[3]) OR \(v[6])", "\(v[0]) -\(v[1])",
            "(\(v[2]) OR \(v[7])) \(v[0])", "\(v[1]) \(v[0].prefix(4))*", "(\(v[2]) \(v[3])) OR \(v[5])",
            "SENTENCE(\(v[0]) \(v[2]))",
        ]
    }()

    @Test(arguments: queries) func defaultOrderEqualsScoringEveryMatch(text: String) throws {
        let query = try SearchQuery(text)
        let index = try index
        let everyMatch = try index.search(query, limit: 10, window: Int.max)
        #expect(everyMatch.hits.count == 10, "too few matches to test '\(text)'")
        // `window: Int.max` skips the lengths of matches that cannot enter (``RankThreshold``); the listing for
        // output scores every match in full and sorts them: the reference for both.
        var listed: [SearchHit] = []
        _ = try index.searchEvery(query, chunk: 10) { hits, _ in if listed.isEmpty { listed = hits } }
        #expect(listed.map(\.passageID) == everyMatch.hits.map(\.passageID), "'\(text)' listed")
        #expect(listed.map(\.score) == everyMatch.hits.map(\.score), "'\(text)' listed")
        for window in [50, ParleyIndex.rankWindow] {
            let levels = try index.search(query, limit: 10, window: window)
            #expect(levels.hits.map(\.passageID) == everyMatch.hits.map(\.passageID), "'\(text)' window \(window)")
            #expect(levels.hits.map(\.score) == everyMatch.hits.map(\.score), "'\(text)' window \(window)")
        }
    }

    /// The levels do the work: every shape here is proven without scoring every match, a prefix with a word too
    /// (spelled as its words, ``PrefixExpansion``: until then no level bounded a prefix, and it scored every match).
    @Test func levelsProveEveryQuery() throws {
        let index = try index
        var unproven: [String] = []
        for text in Self.queries {
            let results = try index.search(try SearchQuery(text), limit: 10, window: 50)
            if results.rankedBy != .impactLevels { unproven.append(text) }
        }
        #expect(unproven.isEmpty, "not proven by the levels: \(unproven)")
    }

    /// Passages holding two terms of a clause, or two of a prefix's drivers, are scored level by level apart from
    /// the others when they are many (*paired*, see `provenBest`): forced here for every such query with a
    /// co-occurrence limit of 0, the best are still BM25's exact best, and proven (prefixes of middling words, whose
    /// drivers weigh, may not be: the most frequent words' IDF is nearly 0; when they are, the order is exact).
    @Test func pairedPassagesKeepTheExactOrder() throws {
        let index = try index
        let v = Self.vocabulary
        let always = [
            "\(v[3]) OR \(v[6])", "\(v[0]) OR \(v[1])", "\(v[1]) OR \(v[0]) OR \(v[2])", "(\(v[2]) OR \(v[7])) \(v[0])",
            "(\(v[2]) \(v[3])) OR \(v[5])", "\(v[0].prefix(3))*", "\(v[1]) \(v[0].prefix(3))*",
        ]
        let middling = [
            "\(v[20].prefix(3))*", "\(v[40].prefix(3))*", "\(v[60].prefix(3))*", "\(v[90].prefix(3))*",
            "\(v[30].prefix(2))*",
        ]
        for text in always + middling {
            let query = try SearchQuery(text)
            let everyMatch = try index.search(query, limit: 10, window: Int.max)
            let proven = try provenBest(index, query, limit: 10, pairsScoredFirst: 0)
            if middling.contains(text), proven == nil { continue }
            #expect(proven != nil, "'\(text)' not proven")
            #expect(proven?.prefix(10).map(\.id) == everyMatch.hits.map(\.passageID), "'\(text)'")
            #expect(proven?.prefix(10).map(\.score) == everyMatch.hits.map(\.score), "'\(text)'")
        }
    }

    /// The fine top levels are scored a query each, or in one query when the drivers hold few passages there
    /// (``ParleyIndex/fineLevelsAtOnce``): either way every query's best are BM25's exact best, and proven.
    @Test(arguments: [0, Int.max]) func fineLevelsAtOnceOrOneByOneKeepTheExactOrder(fineAtOnce: Int) throws {
        let index = try index
        // The most frequent word reaches the fine levels in more passages than are scored at once by default.
        let fine = try index.dbQueue.read { db in
            try ParleyIndex.levelPassages(db, [Self.vocabulary[0]], ImpactLevels.fine, upTo: .max)
        }
        #expect(fine > ParleyIndex.fineLevelsAtOnce)
        try expectEveryQueryProven { try provenBest(index, $0, limit: 10, fineAtOnce: fineAtOnce) }
    }

    /// Every query's best ten as `prove` finds them are BM25's exact best, and proven.
    func expectEveryQueryProven(_ prove: (SearchQuery) throws -> [(id: Int64, score: Double)]?) throws {
        let index = try index
        for text in Self.queries {
            let query = try SearchQuery(text)
            let everyMatch = try index.search(query, limit: 10, window: Int.max)
            let proven = try prove(query)
            #expect(proven != nil, "'\(text)' not proven")
            #expect(proven?.prefix(10).map(\.id) == everyMatch.hits.map(\.passageID), "'\(text)'")
            #expect(proven?.prefix(10).map(\.score) == everyMatch.hits.map(\.score), "'\(text)'")
        }
    }

    /// Each phrase's levels go down on their own, the one that lowers the bound most for its passages first
    /// (``ParleyIndex/descentShare``): all together (0), the best alone (1) or by default, every query's best are
    /// BM25's exact best, and proven.
    @Test(arguments: [0, 1, ParleyIndex.descentShare]) func phrasesGoingDownApartKeepTheExactOrder(share: Double)
        throws
    {
        let index = try index
        try expectEveryQueryProven { try provenBest(index, $0, limit: 10, descentShare: share) }
    }

    /// A phrase alone is scored in its candidates' text (``PhraseInText``) or by FTS5, level by level, or each level
    /// the cheaper way (by default): every way, its best are BM25's exact best and proven, with copies folded and
    /// with a filter too. A phrase of words in most passages is left to FTS5.
    @Test(arguments: [0, Int.max, ParleyIndex.phraseInTextLimit]) func phrasesScoredInTheirTextKeepTheExactOrder(
        limit: Int
    ) throws {
        let index = try index
        let v = Self.vocabulary
        let phrases = [
            "\"\(v[0]) \(v[1])\"", "\"\(v[1]) \(v[0]) \(v[2])\"", "\"\(v[0]) \(v[0])\"", "\"\(v[3]) \(v[0])\"",
            "\"\(v[2]) \(v[5]) \(v[0])\"",
        ]
        var provenCount = 0
        // (`narrowingShare` 1: every phrase's words narrow it, `the` too.)
        try ParleyIndex.$narrowingShare.withValue(limit == .max ? 1 : ParleyIndex.narrowingShare) {
            try ParleyIndex.$phraseInTextLimit.withValue(limit) { try check() }
        }
        func check() throws {
            for text in phrases {
                let query = try SearchQuery(text)
                let everyMatch = try index.search(query, limit: 10, window: Int.max)
                // (The three-word phrases are rare: some seeds give them fewer than ten matches, and their tenth best
                // holds them once, which no level bounds: they are ranked by scoring every match. The counts below
                // keep the test from passing on those alone.)
                var readTexts = false
                let trace: (String) -> Void = { if $0.contains("CAST(article.title AS BLOB)") { readTexts = true } }
                if let proven = try provenBest(index, query, limit: 10, trace: trace) {
                    // Never, or always (whatever the cost, whatever its words): as asked.
                    if limit == 0 { #expect(!readTexts, "'\(text)'") }
                    if limit == .max { #expect(readTexts, "'\(text)'") }
                    provenCount += 1
                    #expect(proven.prefix(10).map(\.id) == everyMatch.hits.map(\.passageID), "'\(text)'")
                    #expect(proven.prefix(10).map(\.score) == everyMatch.hits.map(\.score), "'\(text)'")
                }
                let levels = try index.search(query, limit: 10, window: 50)
                #expect(levels.hits.map(\.passageID) == everyMatch.hits.map(\.passageID), "'\(text)'")
                #expect(levels.hits.map(\.score) == everyMatch.hits.map(\.score), "'\(text)'")
                let folded = try index.search(query, limit: 10, window: 50, allCopies: false)
                let foldedEvery = try index.search(query, limit: 10, window: Int.max, allCopies: false)
                #expect(folded.hits.map(\.passageID) == foldedEvery.hits.map(\.passageID), "'\(text)' folded")
                let filter = SearchFilter(sources: ["Meridian Wire"])
                let filtered = try index.search(query, limit: 10, filter: filter, window: 50)
                let filteredEvery = try index.search(query, limit: 10, filter: filter, window: Int.max)
                #expect(filtered.hits.map(\.passageID) == filteredEvery.hits.map(\.passageID), "'\(text)' filtered")
                #expect(filtered.hits.map(\.score) == filteredEvery.hits.map(\.score), "'\(text)' filtered")
            }
        }
        #expect(provenCount >= 2)
    }

    /// A phrase is scored in its text only when two of its words (or its one word) are each in at most
    /// ``ParleyIndex/narrowingShare`` of the passages, whatever the cost: those in most passages (`"of the"`) are left
    /// to FTS5, which needs no walk of every level from there up once the text has scored one.
    @Test func aPhraseOfWordsInMostPassagesIsLeftToFTS5() throws {
        let index = try index
        let v = Self.vocabulary
        var (readIn, keptOut) = (0, 0)
        for text in ["\"\(v[0]) \(v[1])\"", "\"\(v[0]) \(v[0])\"", "\"\(v[3]) \(v[0])\"", "\"\(v[20]) \(v[30])\""] {
            let query = try SearchQuery(text)
            let words = SearchQuery.indexWords(of: query.clauses[0][0]).count
            let narrowing = try Self.narrowingWords(index, query) >= min(2, words)
            var readTexts = false
            let trace: (String) -> Void = { if $0.contains("CAST(article.title AS BLOB)") { readTexts = true } }
            _ = try ParleyIndex.$phraseInTextLimit.withValue(.max) {
                try provenBest(index, query, limit: 10, trace: trace)
            }
            #expect(readTexts == narrowing, "'\(text)'")
            (readIn, keptOut) = (readIn + (readTexts ? 1 : 0), keptOut + (narrowing ? 0 : 1))
        }
        #expect(readIn >= 1 && keptOut >= 1, "read in the text: \(readIn), left to FTS5: \(keptOut)")
    }

    /// How many of `query`'s phrase's words are in at most ``ParleyIndex/narrowingShare`` of the passages.
    static func narrowingWords(_ index: ParleyIndex, _ query: SearchQuery) throws -> Int {
        try index.dbQueue.read { db in
            let rows = Double(try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0)
            let words = SearchQuery.indexWords(of: query.clauses[0][0])
            return try ParleyIndex.passageShares(db, words, rows: rows).values.filter {
                $0 <= ParleyIndex.narrowingShare
            }.count
        }
    }

    /// A frequent word weighs little (its IDF) and its levels hold many passages: beside a rarer word, the rarer
    /// word's levels go down further, and the frequent word's lowest levels are not asked for (neither walked nor
    /// counted).
    @Test func aFrequentWordsLevelsWaitForARarerWords() throws {
        let index = try index
        let v = Self.vocabulary
        let query = try SearchQuery("\(v[0]) \(v[20])")
        // The lowest level whose token the proof asked for, word by word (`\u{1}word\u{1}level`).
        var lowest: [String: Int] = [:]
        let proven = try provenBest(index, query, limit: 10) { statement in
            let parts = statement.split(separator: "\u{1}", omittingEmptySubsequences: false)
            for at in stride(from: 1, to: parts.count - 1, by: 2) {
                guard let level = parts[at + 1].unicodeScalars.first.map({ Int($0.value) - 48 }) else { continue }
                lowest[String(parts[at])] = min(lowest[String(parts[at])] ?? .max, level)
            }
        }
        let everyMatch = try index.search(query, limit: 10, window: Int.max)
        #expect(proven?.prefix(10).map(\.id) == everyMatch.hits.map(\.passageID))
        let frequent = lowest[v[0]] ?? .max
        let rarer = lowest[v[20]] ?? .max
        #expect(rarer < frequent, "levels walked: \(lowest)")
    }

    /// A phrase is driven by the word with the fewest passages at the probe level, whatever the words' order and
    /// length (the longest word drove it before: in news, `presid` of `"the president said"`, with five times the
    /// passages of `said` there).
    @Test func aPhraseIsDrivenByItsLeastLevelledWord() throws {
        let index = try index
        let v = Self.vocabulary
        let level = ParleyIndex.driverProbeLevel
        try index.dbQueue.read { db in
            func passages(_ word: String) throws -> Int {
                try ParleyIndex.levelPassages(db, [word], level...level, upTo: .max)
            }
            var compared = 0
            for words in [[v[0], v[1]], [v[0], v[1], v[2]], [v[3], v[0]], [v[2], v[5], v[0]]] {
                let counts = try words.map(passages)
                guard Set(counts).count == counts.count else { continue }
                let fewest = words[counts.firstIndex(of: counts.min()!)!]
                #expect(try ParleyIndex.leastLevelled(words, db) == fewest, "\(words): \(counts)")
                #expect(try ParleyIndex.leastLevelled(words.reversed(), db) == fewest, "\(words): \(counts)")
                compared += 1
            }
            #expect(compared >= 3)
        }
    }

    @Test func filtersKeepTheExactOrder() throws {
        let index = try index
        let v = Self.vocabulary
        let filters = [
            SearchFilter(sources: ["Casmira Post"]), SearchFilter(since: "2016-01-01"),
            SearchFilter(since: "2015-03-01", until: "2016-06-30", sources: ["Meridian Wire", "Drevania Today"]),
        ]
        for filter in filters {
            for text in [v[0], "\(v[0]) \(v[1])", "\"\(v[0]) \(v[1])\""] {
                let query = try SearchQuery(text)
                let everyMatch = try index.search(query, limit: 10, filter: filter, window: Int.max)
                let levels = try index.search(query, limit: 10, filter: filter, window: 50)
                #expect(levels.hits.map(\.passageID) == everyMatch.hits.map(\.passageID), "'\(text)' \(filter)")
            }
        }
    }

    /// A filtered query whose matches the count found by id is ranked by looking those ids up with its words alone
    /// when that costs less than walking the filter's doclists again (``ParleyIndex/lookingUp(_:pattern:query:)``):
    /// looked up or walked, the hits, scores, counts and facets are the same, and the hits are `--exact`'s.
    @Test func filteredMatchesLookedUpOrWalkedRankAlike() throws {
        let index = try index
        let v = Self.vocabulary
        let filters = [
            SearchFilter(since: "2016-06-01", until: "2016-06-30", sources: ["Casmira Post"]),
            SearchFilter(since: "2017-01-01", sources: ["Meridian Wire"]),
        ]
        var lookedUpQueries = 0
        var levelLookups = 0
        for filter in filters {
            for text in [v[0], v[3], "\(v[0]) \(v[1])", "\"\(v[0]) \(v[1])\"", "\(v[2]) -\(v[1])"] {
                let query = try SearchQuery(text)
                let everyMatch = try index.search(query, limit: 10, filter: filter, window: Int.max)
                // (A negative window, which the API accepts, counts and proves as a window of none.)
                for (allCopies, window) in [
                    (true, ParleyIndex.rankWindow), (false, ParleyIndex.rankWindow), (true, 50), (true, -1),
                ] {
                    func search(_ policy: ParleyIndex.LookupPolicy) throws -> (SearchResults, [String]) {
                        var statements: [String] = []
                        index.dbQueue.inDatabase { db in db.trace { statements.append($0.expandedDescription) } }
                        defer { index.dbQueue.inDatabase { db in db.trace(options: [], nil) } }
                        let results = try ParleyIndex.$lookups.withValue(policy) {
                            try index.search(
                                query, limit: 10, filter: filter, facets: true, window: window, allCopies: allCopies)
                        }
                        return (results, statements)
                    }
                    let (walked, walkedStatements) = try search(.never)
                    let (lookedUp, lookedUpStatements) = try search(.always)
                    let label = "'\(text)' \(filter) allCopies \(allCopies) window \(window)"
                    #expect(lookedUp.hits.map(\.passageID) == walked.hits.map(\.passageID), "\(label)")
                    #expect(lookedUp.hits.map(\.score) == walked.hits.map(\.score), "\(label)")
                    #expect(lookedUp.totalMatches == walked.totalMatches, "\(label)")
                    if walked.countIsExact {
                        #expect(walked.totalMatches == everyMatch.totalMatches, "\(label)")
                    }
                    #expect(lookedUp.distinctMatches == walked.distinctMatches, "\(label)")
                    #expect(lookedUp.facets == walked.facets, "\(label)")
                    #expect(!walkedStatements.contains { $0.contains(" AND passage_fts.rowid IN (") }, "\(label)")
                    if window < everyMatch.totalMatches {
                        // Past the window: the levels, their passages found without the query's words and looked up.
                        levelLookups += lookedUpStatements.filter { $0.contains(" AND passage_fts.rowid IN (") }.count
                    }
                    if allCopies {
                        #expect(walked.hits.map(\.passageID) == everyMatch.hits.map(\.passageID), "\(label)")
                        #expect(walked.hits.map(\.score) == everyMatch.hits.map(\.score), "\(label)")
                    }
                    if lookedUpStatements.contains(where: { $0.contains(" AND passage_fts.rowid IN (") }) {
                        lookedUpQueries += 1
                    } else {
                        #expect(
                            everyMatch.totalMatches == 0
                                || everyMatch.totalMatches > min(window, ParleyIndex.lookupLimit), "\(label)")
                    }
                }
            }
        }
        #expect(lookedUpQueries >= 8)
        #expect(levelLookups >= 4)
    }

    /// A filter is selective, and its level queries looked up, when it keeps at most one passage in a hundred of the
    /// query's rarest word (`term_passages`): a day is, a source (a quarter of the articles) is not.
    @Test func aFilterIsSelectiveWhenItKeepsFewOfTheWordsPassages() throws {
        let index = try index
        let query = try SearchQuery(Self.vocabulary[0])
        // A day that has the word (the generated corpus spreads its articles over random days): the newest.
        let newest = try index.search(query, limit: 1, window: Int.max, order: .date).hits.first?.published
        let day = try #require(newest.map { String($0.prefix(10)) })
        for (filter, selective) in [
            (SearchFilter(since: day, until: day), true),
            (SearchFilter(sources: ["Casmira Post"]), false),
        ] {
            let matches = try index.search(query, limit: 1, filter: filter, window: Int.max).totalMatches
            #expect(matches > 0, "\(filter)")
            try index.dbQueue.read { db in
                let clause = try ParleyIndex.FilterClause(filter, db: db, scanned: 0)
                #expect(
                    try ParleyIndex.isSelective(db, query: query, clause: clause, matches: matches) == selective,
                    "\(filter): \(matches) matches")
            }
        }
    }

    /// `--sort date`: walking the articles newest first gives the order of sorting every match (newest day first,
    /// the same day by score), with and without filters.
    @Test func dateOrderByWalkingEqualsSortingEveryMatch() throws {
        let index = try index
        let v = Self.vocabulary
        for filter in [SearchFilter(), SearchFilter(sources: ["Casmira Post"]), SearchFilter(until: "2016-06-30")] {
            for text in [v[0], v[1], "\(v[0]) \(v[1])", "\"\(v[0]) \(v[1])\""] {
                let query = try SearchQuery(text)
                let sorted = try index.search(query, limit: 10, filter: filter, window: Int.max, order: .date)
                let walked = try index.search(query, limit: 10, filter: filter, window: 50, order: .date)
                #expect(sorted.hits.count == 10, "too few matches to test '\(text)'")
                #expect(!walked.isComplete, "'\(text)' has too few matches to walk")
                #expect(walked.rankedBy == .newestArticles)
                #expect(walked.hits.map(\.passageID) == sorted.hits.map(\.passageID), "'\(text)' \(filter)")
                #expect(walked.hits.map(\.score) == sorted.hits.map(\.score), "'\(text)' \(filter)")
                let days = walked.hits.compactMap { $0.published.map { String($0.prefix(10)) } }
                #expect(days == days.sorted(by: >))
            }
        }
    }

    /// A window and a count budget of 0 (the library allows them): a query without matches counts 0, exactly, and
    /// one with matches is estimated.
    @Test func aBudgetOfZeroCountsNoMatchesExactly() throws {
        let index = try index
        let none = try index.search(try SearchQuery("zzqxv"), limit: 10, window: 0, countBudget: 0)
        #expect(none.totalMatches == 0 && none.countIsExact && none.isComplete)
        let some = try index.search(try SearchQuery(Self.vocabulary[0]), limit: 1, window: 0, countBudget: 0)
        #expect(some.totalMatches > 0 && !some.countIsExact)
    }

    /// A limit of 0 (the library allows it) lists nothing, by score or by date, past the window too.
    @Test func limitZeroListsNothing() throws {
        let index = try index
        for order in ResultOrder.allCases {
            let results = try index.search(try SearchQuery(Self.vocabulary[0]), limit: 0, window: 50, order: order)
            #expect(results.hits.isEmpty && results.totalMatches > 50)
        }
    }

    /// Deleting articles (a new version replaces the old) leaves no level token behind: the order stays exact.
    @Test func replacedArticlesKeepTheExactOrder() throws {
        let fixture = try Fixture()
        let (folder, index) = (fixture.folder, fixture.index)
        let replaced = Self.articles(seed: 99).prefix(600).map { article in
            var article = article
            article["title"] = "Revised " + (article["title"] ?? "")
            return article
        }
        try ingest(index, [try folder.jsonl("replaced.jsonl", Array(replaced))])
        try index.checkIntegrity()
        for text in Self.queries.prefix(8) {
            let query = try SearchQuery(text)
            let everyMatch = try index.search(query, limit: 10, window: Int.max)
            let levels = try index.search(query, limit: 10, window: 50)
            #expect(levels.hits.map(\.passageID) == everyMatch.hits.map(\.passageID), "'\(text)'")
        }
    }
}

/// Past the count budget, the rest is estimated from samples over every part of the index: a word found only in
/// the oldest articles is not taken as rare because the newest lack it.
@Suite struct EstimatedCountTests {
    @Test func aWordOfTheOldestArticlesIsEstimatedFromSamplesOverTheWholeIndex() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let articles = (0..<400).map { number in
            [
                "id": "e\(number)", "title": "Bulletin \(number)",
                "text": "Envoys met \(number) times about the " + (number < 300 ? "alpha corridor." : "border."),
            ]
        }
        try ingest(index, [try folder.jsonl("skewed.jsonl", articles)])
        let results = try index.search(try SearchQuery("alpha"), limit: 3, window: 5, countBudget: 20)
        #expect(!results.countIsExact && results.countedMatches == 20)
        // 300 in fact; extrapolating the 20 counted matches' density gave 67 from the newest, about 400 from the oldest.
        #expect(abs(results.totalMatches - 300) <= 30, "estimated \(results.totalMatches)")
        #expect(abs(results.totalMatches - 300) <= results.countMargin, "± \(results.countMargin)")
    }

    /// An estimate comes with a margin that holds the count of every match, and means something (well under the
    /// estimate): on the generated index, for each query shape, with a budget of 200 counted matches. The margin is a
    /// confidence interval (about 99%), not a bound: one estimate of the dozen may fall outside it (with a random
    /// seed, two would fail about one run in 250), and never by more than half the margin again.
    @Test func theMarginHoldsTheExactCount() throws {
        let index = try ExactRankingTests.shared.get().index
        var estimated = 0
        var misses: [String] = []
        for text in ExactRankingTests.queries {
            let query = try SearchQuery(text)
            let results = try index.search(query, limit: 1, window: 50, countBudget: 200)
            guard !results.countIsExact else {
                #expect(results.countMargin == 0)
                continue
            }
            estimated += 1
            let exact = try index.search(query, limit: 1, window: Int.max).totalMatches
            let error = abs(results.totalMatches - exact)
            if error > results.countMargin {
                misses.append("'\(text)': \(results.totalMatches) ± \(results.countMargin), \(exact) in fact")
            }
            #expect(
                2 * error <= 3 * results.countMargin,
                "'\(text)': \(results.totalMatches) ± \(results.countMargin), \(exact) in fact")
            #expect(
                results.countMargin > 0 && results.countMargin * 3 < results.totalMatches,
                "'\(text)': ± \(results.countMargin)")
        }
        #expect(estimated >= 8)
        #expect(misses.count <= 1, "outside the margin: \(misses)")
    }

    /// 1,600 passages of three sentences of four words of eight: two words meet in one sentence in some of the
    /// passages that hold both.
    struct Sentences: @unchecked Sendable {
        let folder: TemporaryFolder
        let index: ParleyIndex

        init() throws {
            var random = SplitMix64(seed: testSeed("EstimatedCountTests.Sentences"))
            let words = ["vardo", "kesmir", "tolun", "brask", "quenel", "oferi", "zandro", "mitvel"]
            let articles = (0..<1_600).map { number in
                [
                    "id": "s\(number)", "title": "Report \(number)", "source": "Meridian Wire", "date": "2025-03-01",
                    "text": (0..<3).map { _ in
                        (0..<4).map { _ in words.randomElement(using: &random)! }.joined(separator: " ").capitalized
                            + "."
                    }.joined(separator: " "),
                ]
            }
            folder = try TemporaryFolder.forSharedFixture()
            index = try openIndex(folder)
            try ingest(index, [try folder.jsonl("sentences.jsonl", articles)])
        }
    }

    static let sentences = Result { try Sentences() }

    /// `SENTENCE(…)`: with few candidates (a tenth of the budget, or the window) each is checked and the count is
    /// exact; with more, the candidates are counted unchecked and the share whose sentences hold is estimated from a
    /// sample of them, with a margin that holds the count (within half the margin again, as above).
    @Test func aSentenceCountChecksASampleOfItsCandidatesWhenTheyAreMany() throws {
        let index = try Self.sentences.get().index
        let query = try SearchQuery("SENTENCE(vardo tolun)")
        let exact = try index.search(query, limit: 1, window: Int.max).totalMatches
        let candidates = try index.search(try SearchQuery("vardo tolun"), limit: 1, window: Int.max).totalMatches
        #expect(candidates > exact + 100 && exact > 200, "\(candidates) candidates, \(exact) matches")
        let checked = try index.search(query, limit: 1, window: 50, countBudget: 10 * candidates)
        #expect(checked.countIsExact && checked.totalMatches == exact && checked.countMargin == 0)
        let sampled = try index.search(query, limit: 1, window: 50, countBudget: 500)
        #expect(!sampled.countIsExact && !sampled.isComplete)
        #expect(
            2 * abs(sampled.totalMatches - exact) <= 3 * sampled.countMargin,
            "\(sampled.totalMatches) ± \(sampled.countMargin), \(exact) in fact")
        #expect(sampled.countMargin > 0 && sampled.countMargin * 3 < sampled.totalMatches)
        // The matches counted are those of the sample.
        #expect(sampled.countedMatches > 0 && sampled.countedMatches <= ParleyIndex.countSample / 10)
    }

    /// With few candidates, a `SENTENCE(…)` count checks each one's sentences, and the passages that passed stand for
    /// the check when every match is scored and faceted: one statement checks sentences, not one more for the ranking
    /// and one for the facets. The hits, count and facets are those of checking every time (`--exact`). On an index
    /// of its own, whose statements the trace sees alone.
    @Test(arguments: [ResultOrder.relevance, .date]) func fewSentenceCandidatesAreCheckedOnce(order: ResultOrder) throws
    {
        var random = SplitMix64(seed: testSeed("fewSentenceCandidatesAreCheckedOnce"))
        let words = ["vardo", "kesmir", "tolun", "brask", "quenel", "oferi"]
        let articles = (0..<120).map { number in
            [
                "id": "f\(number)", "title": "Report \(number)", "source": "Meridian Wire",
                "date": "2025-03-\(10 + number % 18)",
                "text": (0..<3).map { _ in
                    (0..<4).map { _ in words.randomElement(using: &random)! }.joined(separator: " ").capitalized + "."
                }.joined(separator: " "),
            ]
        }
        let (folder, index) = try indexOf(articles)
        defer { _ = folder }
        let query = try SearchQuery("SENTENCE(vardo tolun)")
        let exact = try index.search(query, limit: 10, facets: true, window: Int.max, order: order)
        let checks = Mutex(0)
        index.dbQueue.inDatabase { db in
            db.trace { event in
                if "\(event)".contains("parley_sentence(") { checks.withLock { $0 += 1 } }
            }
        }
        let results = try index.search(query, limit: 10, facets: true, order: order)
        index.dbQueue.inDatabase { $0.trace(nil) }
        #expect(results.isComplete && results.countIsExact && results.totalMatches == exact.totalMatches)
        #expect(exact.totalMatches > 10, "\(exact.totalMatches) matches")
        #expect(results.hits.map(\.passageID) == exact.hits.map(\.passageID))
        #expect(results.facets == exact.facets)
        #expect(checks.withLock { $0 } == 1)
    }

    /// The passages that passed stand for the check beside the filters' conditions and terms (a source, dates, a
    /// minimum confidence), and past the window (5 here): through the levels, or the articles walked newest first,
    /// whose id range comes after them. Every hit and count as when checking every candidate (`--exact`).
    @Test(arguments: [ResultOrder.relevance, .date]) func passingSentencesStandForTheCheckWithFilters(
        order: ResultOrder
    ) throws {
        var random = SplitMix64(seed: testSeed("passingSentencesStandForTheCheckWithFilters"))
        let words = ["vardo", "kesmir", "tolun", "brask", "quenel", "oferi"]
        let articles = (0..<150).map { number in
            let sentences = (0..<3).map { _ in
                (0..<4).map { _ in words.randomElement(using: &random)! }.joined(separator: " ").capitalized + "."
            }
            let quoted = number % 3 == 0 ? " “Vardo brask tolun quenel,” said Mira Sallen, the envoy." : ""
            return [
                "id": "p\(number)", "title": "Report \(number)",
                "source": number % 2 == 0 ? "Meridian Wire" : "Harbour Post", "date": "2025-03-\(10 + number % 18)",
                "text": sentences.joined(separator: " ") + quoted,
            ]
        }
        let (folder, index) = try indexOf(articles)
        defer { _ = folder }
        let query = try SearchQuery("SENTENCE(vardo tolun)")
        let filters = [
            SearchFilter(),
            SearchFilter(sources: ["Harbour Post"]),
            SearchFilter(since: "2025-03-12", until: "2025-03-20"),
            SearchFilter(minConfidence: 0.1),
        ]
        for (number, filter) in filters.enumerated() {
            let exact = try index.search(query, limit: 10, filter: filter, window: Int.max, order: order)
            #expect(exact.totalMatches > 10, "filter \(number): \(exact.totalMatches) matches")
            // Folding copies, the passages that passed are also counted once (`distinct`), within and past the window.
            let exactFolded = try index.search(
                query, limit: 10, filter: filter, window: Int.max, order: order, allCopies: false)
            for window in [ParleyIndex.rankWindow, 5] {
                let folded = try index.search(
                    query, limit: 10, filter: filter, window: window, order: order, allCopies: false)
                #expect(
                    folded.distinctMatches != nil && folded.distinctMatches == exactFolded.distinctMatches,
                    "filter \(number), window \(window)")
            }
            for window in [ParleyIndex.rankWindow, 5] {
                let results = try index.search(query, limit: 10, filter: filter, window: window, order: order)
                #expect(results.countIsExact && results.totalMatches == exact.totalMatches, "filter \(number)")
                #expect(
                    results.hits.map(\.passageID) == exact.hits.map(\.passageID), "filter \(number), window \(window)")
            }
        }
    }

    /// Where the candidates are denser, and pass the check more often, in one stretch of the index than in the rest
    /// (a topic of one year), the sample weighs each stretch by the candidates it holds: 120 candidates spread over
    /// the first 1,200 passages, whose two words lie in different sentences, then 400 in the last 400 passages that
    /// all pass. An even share a slice would estimate about a quarter of them.
    @Test func aSentenceCountWeighsDenserStretchesByTheirCandidates() throws {
        var random = SplitMix64(seed: testSeed("aSentenceCountWeighsDenserStretchesByTheirCandidates"))
        let words = ["kesmir", "brask", "quenel", "oferi", "zandro", "mitvel"]
        func sentence(_ extra: [String]) -> String {
            ((0..<4).map { _ in words.randomElement(using: &random)! } + extra).joined(separator: " ").capitalized + "."
        }
        let articles = (0..<1_600).map { number in
            let text =
                number >= 1_200
                ? [sentence([]), sentence(["vardo", "tolun"]), sentence([])]
                : number % 10 == 0
                    ? [sentence(["vardo"]), sentence([]), sentence(["tolun"])]
                    : [sentence([]), sentence([]), sentence([])]
            return [
                "id": "w\(number)", "title": "Report \(number)", "source": "Meridian Wire", "date": "2025-03-01",
                "text": text.joined(separator: " "),
            ]
        }
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("stretches.jsonl", articles)])
        let query = try SearchQuery("SENTENCE(vardo tolun)")
        #expect(try index.search(query, limit: 1, window: Int.max).totalMatches == 400)
        let sampled = try index.search(query, limit: 1, window: 50, countBudget: 500)
        #expect(!sampled.countIsExact)
        #expect(
            2 * abs(sampled.totalMatches - 400) <= 3 * sampled.countMargin,
            "\(sampled.totalMatches) ± \(sampled.countMargin), 400 in fact")
        // (Wide: four windows of the sixteen hold most candidates, all passing, the rest none.)
        #expect(sampled.countMargin < sampled.totalMatches, "± \(sampled.countMargin)")
    }

    /// Through the levels, a candidate is checked for its sentences only once it could enter the best (the check
    /// asked for under a CASE on its score): the best are still those of checking every candidate, in order, and
    /// none of them fails the check.
    @Test func theLevelsCheckTheSentencesOfTheCandidatesThatCouldEnter() throws {
        let index = try Self.sentences.get().index
        for text in ["SENTENCE(vardo tolun)", "SENTENCE(kesmir brask) oferi", "SENTENCE(quenel zandro) OR mitvel"] {
            let query = try SearchQuery(text)
            let everyMatch = try index.search(query, limit: 10, window: Int.max)
            let levels = try index.search(query, limit: 10, window: 50)
            #expect(levels.rankedBy == .impactLevels, "'\(text)'")
            #expect(levels.hits.map(\.passageID) == everyMatch.hits.map(\.passageID), "'\(text)'")
            #expect(levels.hits.map(\.score) == everyMatch.hits.map(\.score), "'\(text)'")
            // With a reserve, the proof returns every candidate it covers (10 at least): BM25's best, in order.
            let proven = try #require(try provenBest(index, query, limit: 10, reserve: 40))
            let all = try index.search(query, limit: 40, window: Int.max)
            #expect(proven.count >= 10)
            #expect(proven.map(\.id) == Array(all.hits.map(\.passageID).prefix(proven.count)), "'\(text)'")
        }
    }

    /// A phrase of several words, or a `NEAR` group, whose rarest word is many times denser than its matches has fewer
    /// of them counted (FTS5 walks that word's passages to find each match), at least a tenth of the budget; a word,
    /// and two words that mostly meet, are counted to the budget. The estimate still comes with a margin that holds
    /// the count (within the margin again). The sample is as large as the budget (a quarter of it by default, but too
    /// few matches then to estimate from at this size).
    @Test(arguments: ["\"%@ %@\"", "NEAR(%@ %@, 1)"]) func aGroupOfDenserWordsCountsFewerMatches(form: String)
        throws
    {
        let index = try ExactRankingTests.shared.get().index
        let (text, exact) = try Self.densest(index, form: form)
        let budget = 60
        try ParleyIndex.$countSample.withValue(budget) {
            let results = try index.search(try SearchQuery(text), limit: 1, window: 30, countBudget: budget)
            #expect(!results.countIsExact)
            #expect(
                results.countedMatches >= budget / 10 && results.countedMatches < budget,
                "\(results.countedMatches)")
            // (From a few dozen matches the margin's own spread is wide: within twice the margin.)
            let error = abs(results.totalMatches - exact)
            #expect(
                error <= 2 * results.countMargin,
                "'\(text)': \(results.totalMatches) ± \(results.countMargin), \(exact)")
            let v = ExactRankingTests.vocabulary
            for text in [v[0], "\(v[0]) \(v[1])"] {
                let results = try index.search(try SearchQuery(text), limit: 1, window: 30, countBudget: budget)
                #expect(results.countedMatches == budget, "'\(text)'")
            }
        }
    }

    /// When the matches left after the first tenth of the budget, at the density found there, are no more than the
    /// budget left and the sample, they are counted, up to the whole budget: the estimate would walk about as far.
    /// The same query is estimated with a small sample and counted exactly with a large one.
    @Test(arguments: ["\"%@ %@\"", "NEAR(%@ %@, 1)"]) func fewMatchesLeftAreCountedExactly(form: String) throws {
        let index = try ExactRankingTests.shared.get().index
        let (text, exact) = try Self.densest(index, form: form)
        let budget = 60
        let sampled = try ParleyIndex.$countSample.withValue(budget) {
            try index.search(try SearchQuery(text), limit: 1, window: 30, countBudget: budget)
        }
        #expect(!sampled.countIsExact, "'\(text)': \(sampled.totalMatches)")
        // A budget of more than the matches that shrinks below them (the word at least six times denser: to two
        // thirds at most), and a sample of many times them.
        let counted = try ParleyIndex.$countSample.withValue(20 * exact) {
            try index.search(try SearchQuery(text), limit: 1, window: 30, countBudget: exact * 5 / 4)
        }
        #expect(counted.countIsExact && counted.totalMatches == exact && counted.countMargin == 0)
    }

    /// Of the most frequent word and each of some middling ones, in `form` (`%@` the two words), the one with at
    /// least 120 matches whose middling word is the most times denser than its matches (at least six: the share
    /// counted is then at most two thirds).
    static func densest(_ index: ParleyIndex, form: String) throws -> (text: String, exact: Int) {
        let v = ExactRankingTests.vocabulary
        func count(_ text: String) throws -> Int {
            try index.search(try SearchQuery(text), limit: 0, window: Int.max).totalMatches
        }
        var chosen: (text: String, exact: Int, ratio: Double)?
        for first in v[0..<4] {
            for word in v[5...40] {
                let text = String(format: form, first, word)
                let exact = try count(text)
                guard exact >= 120 else { continue }
                let ratio = Double(min(try count(word), try count(first))) / Double(exact)
                if ratio > chosen?.ratio ?? 0 { chosen = (text, exact, ratio) }
            }
        }
        let (text, exact, ratio) = try #require(chosen, "no group of 120 matches in the generated index: \(form)")
        try #require(ratio >= 6, "no group of denser words in the generated index: \(text) \(ratio)")
        return (text, exact)
    }
}

@Suite struct ImpactLevelsTests {
    /// Below a level, no weight at the real average length exceeds the bound: checked over hits and lengths.
    @Test func boundHoldsAtOtherAverageLengths() {
        for average in [20.0, 45.0, 50.0, 55.0, 80.0, 200.0] {
            for level in 1...ImpactLevels.top {
                let bound = ImpactLevels.bound(below: level, averageLength: average)
                for halves in 1...120 {
                    for length in 0...600 {
                        let frequency = Double(halves) / 2
                        guard ImpactLevels.level(frequency: frequency, length: length) < level else { continue }
                        let weight = ImpactLevels.weight(frequency: frequency, length: length, averageLength: average)
                        if weight >= bound {
                            Issue.record(
                                "level \(level), average \(average): weight \(weight) ≥ bound \(bound) at f \(frequency), D \(length)"
                            )
                            return
                        }
                    }
                }
            }
        }
    }

    /// Below a level, the hits of several words together (a prefix's, which add up) weigh less than the bound for
    /// that many words: each word at its most hits below the level, over lengths and average lengths.
    @Test func boundHoldsForSeveralWordsTogether() {
        for average in [20.0, 45.0, 50.0, 55.0, 80.0, 200.0] {
            for level in 1...ImpactLevels.top {
                for length in 0...600 {
                    // The most hits (in halves: text 1, title 0.5) a word has below `level` in a passage this long.
                    var halves = 0
                    while halves < 400, ImpactLevels.level(frequency: Double(halves + 1) / 2, length: length) < level {
                        halves += 1
                    }
                    for words in 1...3 {
                        let frequency = Double(words * halves) / 2
                        let weight = ImpactLevels.weight(frequency: frequency, length: length, averageLength: average)
                        let bound = ImpactLevels.bound(below: level, averageLength: average, words: words)
                        #expect(weight < bound, "\(words) words, level \(level), average \(average), D \(length)")
                        if weight >= bound { return }
                    }
                }
            }
        }
        // Two words once each in a passage of the reference length weigh 2·2.2 / (2 + 1.2) = 1.375: more than one
        // word's bound below level 1 (1.2), less than two words'.
        let two = ImpactLevels.weight(frequency: 2, length: 50, averageLength: 50)
        #expect(two > ImpactLevels.bound(below: 1, averageLength: 50))
        #expect(two < ImpactLevels.bound(below: 1, averageLength: 50, words: 2))
    }

    @Test func levelsFollowTheThresholds() {
        // Once in a passage, short or of average length: weight 1 (the length floor), no level.
        #expect(ImpactLevels.level(frequency: 1, length: 5) == 0)
        #expect(ImpactLevels.level(frequency: 1, length: 50) == 0)
        // In the text and the title: 3.3 / 2.7 = 1.22; twice: 4.4 / 3.2 = 1.375; twice in a passage twice as long as
        // the reference: 4.4 / (2 + 1.2·1.75) = 1.07.
        #expect(ImpactLevels.level(frequency: 1.5, length: 30) == 1)
        #expect(ImpactLevels.level(frequency: 2, length: 5) == 2)
        #expect(ImpactLevels.level(frequency: 2, length: 100) == 0)
        // 40 times: 88 / 41.2 = 2.136, 20 times 2.075. Between 1.9 and 2.0 the steps are 0.02: 8 times weighs 1.913,
        // 9 times 1.941, 10 times 1.964.
        #expect(ImpactLevels.level(frequency: 40, length: 50) == ImpactLevels.top)
        #expect(ImpactLevels.level(frequency: 20, length: 50) == ImpactLevels.top - 1)
        #expect(ImpactLevels.level(frequency: 8, length: 50) == 8)
        #expect(ImpactLevels.level(frequency: 9, length: 50) == 10)
        #expect(ImpactLevels.level(frequency: 10, length: 50) == 11)
        #expect(ImpactLevels.token(term: Array("the".utf8), level: 12) == [1] + Array("the".utf8) + [1, 0x3c])
        #expect(ImpactLevels.token(term: Array("said".utf8), level: 3) == [1] + Array("said".utf8) + [1, 0x33])
        // The writer's reused buffer: a shorter token after a longer one leaves nothing of it.
        var buffer: [UInt8] = []
        ImpactLevels.spell(term: Array("negoti".utf8), level: 15, into: &buffer)
        ImpactLevels.spell(term: Array("said".utf8), level: 3, into: &buffer)
        #expect(buffer == ImpactLevels.token(term: Array("said".utf8), level: 3))
    }
}

/// Folding copies (the default of `parley search`) when the best matches are copies of a few passages: the page is
/// the first distinct passages of BM25's exact order, whether the search scored every match, proved the best by the
/// impact levels, or had to rank more than it first asked for.
@Suite struct FoldedCopiesTests {
    /// 300 generated articles, and 120 more that each carry their own first paragraph and one of three shared ones
    /// heavy with the word `kelvar`, so that the best 120 matches of `kelvar` are copies of three passages.
    static let fixture = Result { try makeFixture(shared: true) }

    /// `shared`: kept in a static (``fixture``), its folder removed at exit.
    static func makeFixture(shared: Bool = false) throws -> (TemporaryFolder, ParleyIndex) {
        let folder = try shared ? TemporaryFolder.forSharedFixture() : TemporaryFolder()
        let index = try openIndex(folder)
        var articles = Array(ExactRankingTests.articles(seed: 11).prefix(300))
        for number in 0..<300 where number % 2 == 0 {
            articles[number]["text"] = (articles[number]["text"] ?? "") + " Kelvar."
        }
        let shared = [
            "Kelvar kelvar kelvar, the envoys said.", "Kelvar and kelvar again at the border.",
            "Talks on kelvar, kelvar and quotas.",
        ]
        for number in 0..<120 {
            articles.append([
                "id": "copy\(number)", "title": "Dispatch \(number)", "source": "Outlet \(number % 7)",
                "text": "Report number \(number) from the capital of Drevania.\n\n" + shared[number % 3],
            ])
        }
        try ingest(index, [try folder.jsonl("copies.jsonl", articles)])
        return (folder, index)
    }

    /// Asked for fewer matches than copies of the best passage (each shared passage is carried by 40 articles), the
    /// proof still goes on until its proven matches hold the page's passages: the best 19 are copies of one.
    @Test func theLevelsProveAPageOfDistinctPassagesPastTheirLimit() throws {
        let index = try Self.fixture.get().1
        let query = try SearchQuery("kelvar")
        let expected = try Self.expected(index, query, count: 3)
        let proven = try #require(try provenBest(index, query, limit: 19, reserve: 640, distinct: 3))
        let every = try index.search(query, limit: 10_000, window: Int.max)
        #expect(proven.count > 19)
        #expect(proven.map(\.id) == Array(every.hits.map(\.passageID).prefix(proven.count)))
        let folded = try index.dbQueue.read { try ParleyIndex.foldingCopies($0, proven, chunk: 100) }
        #expect(Array(folded.kept.map(\.id).prefix(3)) == expected)
    }

    /// A folded page whose best matches are copies is proven in one pass of the levels (one `parley_corpus` probe,
    /// which each pass starts with), then folded from the matches proven: not searched again from the top level for
    /// more. On an index of its own, whose statements the trace sees alone.
    @Test func aFoldedPageOfCopiesIsProvenInOnePass() throws {
        let (folder, index) = try Self.makeFixture()
        defer { _ = folder }
        let query = try SearchQuery("kelvar")
        let expected = try Self.expected(index, query, count: 3)
        let passes = Mutex(0)
        index.dbQueue.inDatabase { db in
            db.trace { event in
                if "\(event)".contains("parley_corpus(") { passes.withLock { $0 += 1 } }
            }
        }
        let page = try index.search(query, limit: 3, window: 50, allCopies: false)
        index.dbQueue.inDatabase { $0.trace(nil) }
        #expect(page.rankedBy == .impactLevels)
        #expect(page.hits.map(\.passageID) == expected)
        #expect(passes.withLock { $0 } == 1)
    }

    /// Folding copies, the levels stop once the proven matches hold the page's passages (`distinct`), not once they
    /// are the best matches a pass ranks (here 640): the result is still the exact order's beginning, and folds to
    /// the page (the three shared passages, each carried by 40 articles).
    @Test func theLevelsProveAPageOfDistinctPassages() throws {
        let index = try Self.fixture.get().1
        let query = try SearchQuery("kelvar")
        let every = try index.search(query, limit: 10_000, window: Int.max)
        let expected = try Self.expected(index, query, count: 3)
        let proven = try provenBest(index, query, limit: 640, reserve: 640, distinct: 3)
        let ids = try #require(proven).map(\.id)
        #expect(ids.count < 640)
        #expect(ids == Array(every.hits.map(\.passageID).prefix(ids.count)))
        let folded = try index.dbQueue.read { try ParleyIndex.foldingCopies($0, try #require(proven), chunk: 100) }
        #expect(Array(folded.kept.map(\.id).prefix(3)) == expected)
    }

    /// The first `count` passages of every match in BM25's order whose words differ, each once.
    static func expected(_ index: ParleyIndex, _ query: SearchQuery, count: Int) throws -> [Int64] {
        let every = try index.search(query, limit: 10_000, window: Int.max)
        var seen = Set<String>()
        return every.hits.filter { seen.insert($0.text).inserted }.prefix(count).map(\.passageID)
    }

    @Test(arguments: [50, Int.max]) func aPageOfCopiesIsFoldedInExactOrder(window: Int) throws {
        let index = try Self.fixture.get().1
        let query = try SearchQuery("kelvar")
        let expected = try Self.expected(index, query, count: 25)
        #expect(expected.count == 25)
        for (offset, limit) in [(0, 10), (0, 1), (10, 10), (20, 5)] {
            let folded = try index.search(
                query, limit: limit, window: window, allCopies: false, offset: offset)
            #expect(
                folded.hits.map(\.passageID) == Array(expected[offset..<offset + limit]),
                "window \(window), offset \(offset), limit \(limit)")
        }
        // The three shared passages come first, each with the other articles that carry it among the matches ranked:
        // all 39 for the best, whose copies are the best 40 matches.
        let page = try index.search(query, limit: 3, window: window, allCopies: false)
        #expect(page.hits.count == 3 && page.hits.first?.copies.count == 39)
        #expect(page.hits.allSatisfy { !$0.copies.isEmpty })
    }
}

/// `ParleyIndex.provenBest` on `index` without a filter, with the frequencies and prefix expansion a search uses;
/// `trace` is given each statement it runs, its arguments spelled out.
func provenBest(
    _ index: ParleyIndex, _ query: SearchQuery, limit: Int, reserve: Int = 0, distinct: Int? = nil,
    pairsScoredFirst: Int = ParleyIndex.coOccurrenceLimit, fineAtOnce: Int = ParleyIndex.fineLevelsAtOnce,
    descentShare: Double = ParleyIndex.descentShare, trace: ((String) -> Void)? = nil
) throws -> [(id: Int64, score: Double)]? {
    try index.dbQueue.read { db in
        if let trace { db.trace { trace($0.expandedDescription) } }
        defer { if trace != nil { db.trace(options: [], nil) } }
        let (first, last) = try ParleyIndex.passageIDBounds(db)
        let arguments = try ParleyIndex.scoringFrequencies(
            db, query, filter: SearchFilter(), first: first, last: last
        ).arguments
        return try ParleyIndex.provenBest(
            db, query: query, expansion: try PrefixExpansion(db, query: query), filter: SearchFilter(),
            rankArguments: arguments, limit: limit, reserve: reserve, distinct: distinct,
            pairsScoredFirst: pairsScoredFirst, fineAtOnce: fineAtOnce, descentShare: descentShare)
    }
}
