import Foundation
import GRDB
import ParleyTestSupport
import ParleyText
import Testing

@testable import ParleySearch

/// A prefix spelled as the words it stands for (``PrefixExpansion``) matches the passages FTS5's prefix matches,
/// scores each the same to the bit and marks the same words, on the generated index of ``ExactRankingTests``.
@Suite struct PrefixExpansionTests {
    var index: ParleyIndex { get throws { try ExactRankingTests.shared.get().index } }

    /// A syllable's prefix (tens of words), a word's first letters, a prefix with a word, one ORed with a word, one
    /// excluding a word, and one in a group.
    static let queries: [String] = {
        let v = ExactRankingTests.vocabulary
        return [
            "val*", "\(v[0].prefix(4))*", "\(v[1]) \(v[0].prefix(4))*", "sen* OR \(v[3])", "dor* -\(v[0])",
            "(\(v[2]) ka*) OR \(v[5])", "\(v[7].prefix(3))* ze*", "bra* bra*",
        ]
    }()

    /// Each positive phrase's document frequency counted by FTS5 (a prefix's doclists merged), a repeat's
    /// ``RankArguments/Frequency/repeated``, then the excluded phrases'.
    static func countedByFTS5(_ db: Database, _ query: SearchQuery) throws -> RankArguments {
        let repeated = query.repeatedPhrases
        let positive = try query.phrasePatterns.prefix(query.positivePhraseCount).enumerated().map {
            number, phrase -> RankArguments.Frequency in
            guard !repeated.contains(number) else { return .repeated }
            return .counted(
                try Int64.fetchOne(
                    db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?", arguments: [phrase]) ?? 0)
        }
        return RankArguments(
            frequencies: positive + query.excluded.flatMap(\.phrases).map { _ in RankArguments.Frequency.excluded })
    }

    /// Each row matching `pattern`, with its `parley_rank` score given `arguments` and its highlighted text.
    func scored(_ db: Database, _ pattern: String, _ arguments: RankArguments) throws -> [Row] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT rowid, \(arguments.rank), highlight(passage_fts, 0, '[', ']')
                FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rowid
                """, arguments: [pattern])
    }

    @Test(arguments: queries) func spelledPrefixesMatchAndScoreAsThePrefix(text: String) throws {
        let query = try SearchQuery(text)
        try index.read { db in
            let expansion = try #require(try PrefixExpansion(db, query: query), "'\(text)' did not expand")
            #expect(expansion.pattern != query.matchPattern)
            let (first, last) = try ParleyIndex.passageIDBounds(db)
            // Counted by FTS5's prefix, and by the words (the frequencies every search scores with).
            let byPrefix = try Self.countedByFTS5(db, query)
            let byWords = try ParleyIndex.rankFrequencies(db, query, first: first, last: last, exact: true)
            #expect(byWords == byPrefix, "'\(text)'")
            // Restricted to the text column (a transcript turn's words), counted there.
            let inText = query.inColumn("text")
            #expect(
                try ParleyIndex.rankFrequencies(db, inText, first: first, last: last, exact: true)
                    == Self.countedByFTS5(db, inText), "'\(text)' in the text")
            let prefix = try scored(db, query.matchPattern, byPrefix)
            let words = try scored(db, expansion.pattern, expansion.arguments(byPrefix))
            #expect(prefix.count > 20, "too few matches to test '\(text)'")
            #expect(words.map { $0[0] as Int64 } == prefix.map { $0[0] as Int64 }, "'\(text)'")
            #expect(words.map { $0[1] as Double } == prefix.map { $0[1] as Double }, "'\(text)'")
            #expect(words.map { $0[2] as String } == prefix.map { $0[2] as String }, "'\(text)'")
        }
    }

    /// Through the levels (a window of 50), by scoring every match, and by date: the same hits as FTS5's prefix
    /// scored in full, which the search no longer runs.
    @Test(arguments: queries) func searchesFindWhatThePrefixFinds(text: String) throws {
        let query = try SearchQuery(text)
        let index = try index
        let expected = try index.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT rowid, \(try Self.countedByFTS5(db, query).rank) AS score FROM passage_fts "
                    + "WHERE passage_fts MATCH ? ORDER BY score, rowid LIMIT 10", arguments: [query.matchPattern]
            ).map { $0[0] as Int64 }
        }
        for window in [50, Int.max] {
            let results = try index.search(query, limit: 10, window: window)
            #expect(results.hits.map(\.passageID) == expected, "'\(text)' window \(window)")
        }
        let byDate = try index.search(query, limit: 10, window: Int.max, order: .date)
        let walked = try index.search(query, limit: 10, window: 50, order: .date)
        #expect(walked.hits.map(\.passageID) == byDate.hits.map(\.passageID), "'\(text)'")
    }

    /// A single prefix of many matches is proven by its words' levels, not by scoring every match.
    @Test func aPrefixIsRankedByTheLevels() throws {
        let query = try SearchQuery("val*")
        let index = try index
        let plan = try index.read { db in try PrefixExpansion(db, query: query)?.plan(phrase: 0) }
        #expect(plan?.drivers.isEmpty == false && plan?.rest != nil, "\(String(describing: plan))")
        let results = try index.search(query, limit: 10, window: 50)
        #expect(results.rankedBy == .impactLevels)
    }

    /// A prefix standing for more words than ``PrefixExpansion/mostWords`` is left to FTS5, and found the same.
    @Test func aPrefixOfTooManyWordsIsLeftToFTS5() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let letters = Array("abcdefghij")
        let words = letters.flatMap { a in letters.map { b in "korv" + String(a) + String(b) + "o" } }
        let articles = (0..<40).map { number in
            [
                "id": "k\(number)", "title": "Bulletin \(number)",
                "text": (0..<30).map { words[(number * 7 + $0 * 13) % words.count] }.joined(separator: " ") + ".",
            ]
        }
        try ingest(index, [try folder.jsonl("many.jsonl", articles)])
        let query = try SearchQuery("korv*")
        let expansion = try index.read { db in try PrefixExpansion(db, query: query) }
        #expect(expansion == nil)
        let results = try index.search(query, limit: 5)
        #expect(results.totalMatches == 40 && results.hits.count == 5)
        #expect(try index.search(try SearchQuery("korvab*"), limit: 50).totalMatches > 0)
    }

    /// Two prefixes of 64 words each would pass SQLite's 127 arguments of `parley_rank`: the second is left to FTS5,
    /// and the search answers as FTS5's prefixes would.
    @Test func widePrefixesStayWithinTheArgumentsOfTheRankFunction() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let letters = Array("bcdfghjk")
        let pairs = letters.flatMap { a in letters.map { b in String(a) + String(b) } }
        // Two words of each family a place: `qax` and `qex` with two of eight letters, 64 words each.
        func word(_ number: Int, _ place: Int) -> String {
            "qax" + pairs[(number * 5 + place * 11) % 64] + " qex" + pairs[(number + place * 7) % 64]
        }
        let articles = (0..<60).map { number in
            [
                "id": "w\(number)", "title": "Bulletin \(number)",
                "text": (0..<24).map { word(number, $0) }.joined(separator: " ") + ".",
            ]
        }
        try ingest(index, [try folder.jsonl("wide.jsonl", articles)])
        let query = try SearchQuery("qax* qex*")
        let expansion = try index.read { db in try PrefixExpansion(db, query: query) }
        #expect(expansion?.words.compactMap { $0 }.count == 1)
        let every = try index.search(query, limit: 10, window: Int.max)
        #expect(every.totalMatches == 60)
        let levels = try index.search(query, limit: 10, window: 50)
        #expect(levels.hits.map(\.passageID) == every.hits.map(\.passageID))
    }

    /// A prefix ending a phrase is read by FTS5 with every word a prefix (`rat-rac*`: `rat` matches `rate` too), so
    /// no word of it drives the levels: the passages of `rate race`, which hold no `rat`, are ranked as `--exact`
    /// ranks them.
    @Test func aPrefixEndingAPhraseIsRankedExactly() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        var articles: [[String: String]] = []
        for number in 0..<225 {
            let text =
                number < 200
                ? "The rat race went on in Port Solenne, bulletin \(number)."
                : number < 220
                    ? "The rat race, the rat race again, bulletin \(number)."
                    : "Rate race, rate racing, rate races and a rate race, bulletin \(number)."
            articles.append(["id": "r\(number)", "title": "Bulletin \(number)", "text": text])
        }
        try ingest(index, [try folder.jsonl("race.jsonl", articles)])
        let query = try SearchQuery("rat-rac*")
        let every = try index.search(query, limit: 10, window: Int.max)
        #expect(every.totalMatches == 225)
        let levels = try index.search(query, limit: 10, window: 50)
        #expect(levels.hits.map(\.passageID) == every.hits.map(\.passageID))
        #expect(levels.hits.prefix(5).allSatisfy { $0.text.hasPrefix("Rate race") })
    }

    /// A control character a user types is a space: it cannot reach the tokenizer as the marker of a spelled word.
    @Test func userTextCannotSpellAWord() throws {
        let v = ExactRankingTests.vocabulary
        let marked = try SearchQuery("\u{03}" + v[1])
        #expect(!marked.matchPattern.utf8.contains(PrefixExpansion.wordMarker))
        let index = try index
        let plain = try index.search(try SearchQuery(v[1]), limit: 10)
        #expect(try index.search(marked, limit: 10).hits.map(\.passageID) == plain.hits.map(\.passageID))
    }
}
