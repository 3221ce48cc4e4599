import Foundation
import GRDB
import ParleyTestSupport
import ParleyText
import Testing

@testable import ParleySearch

/// A phrase scored in its candidates' text (``PhraseInText``) gets `parley_rank`'s score to the last bit, and only
/// its matches get one.
@Suite struct PhraseInTextTests {
    /// Every passage of the generated index holding the phrase's words, scored both ways.
    @Test(arguments: [
        "\"\(ExactRankingTests.vocabulary[0]) \(ExactRankingTests.vocabulary[1])\"",
        "\"\(ExactRankingTests.vocabulary[1]) \(ExactRankingTests.vocabulary[0]) \(ExactRankingTests.vocabulary[2])\"",
        "\"\(ExactRankingTests.vocabulary[0]) \(ExactRankingTests.vocabulary[0])\"",
    ])
    func scoresEqualTheRankFunctions(text: String) throws {
        let index = try ExactRankingTests.shared.get().index
        try expectSameScores(index, try SearchQuery(text))
        try expectSameScores(index, try SearchQuery(text).inColumn("text"))
    }

    /// Text the tokenizer reads with care: titles holding the phrase, capitals (an all-capital text keeps no
    /// acronyms), curly apostrophes, dotted abbreviations, accents and a word split by a hyphen, in passages after
    /// others of the same article (its text sliced by characters).
    @Test func scoresEqualTheRankFunctionsOnHarderText() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let paragraphs = [
            "The U.S. envoy said the talks on the border would go on.",
            "THE US ENVOY SAID THE TALKS WOULD GO ON, THE ENVOY SAID.",
            "Árpád’s deputy said the envoy’s talks — “the talks” — would go on; the envoy said so twice: the envoy said.",
            "A four-year plan, the envoy said, and the U.S. envoy said the same.",
            "Said the talks’ envoy: the year, four of them, Árpád and his deputy; US and the envoy, the said talks.",
        ]
        var articles: [[String: String]] = []
        for number in 0..<12 {
            let text = (0..<4).map { paragraphs[($0 + number) % paragraphs.count] }.joined(separator: "\n\n")
            articles.append([
                "id": "h\(number)", "title": number % 3 == 0 ? "The envoy said no" : "Talks in Drevania",
                "text": "Première partie. " + text, "source": "Meridian Wire", "date": "2025-03-0\(number % 9 + 1)",
            ])
        }
        _ = try ingest(index, [try folder.jsonl("harder.jsonl", articles)])
        for text in [
            "\"the envoy said\"", "\"envoy said\"", "\"US envoy\"", "\"the talks\"", "four-year", "\"Árpád deputy\"",
        ] {
            try expectSameScores(index, try SearchQuery(text), atLeast: 1)
            try expectSameScores(index, try SearchQuery(text).inColumn("text"), atLeast: 1)
        }
    }

    func expectSameScores(_ index: ParleyIndex, _ query: SearchQuery, atLeast: Int = 20) throws {
        try index.dbQueue.read { db in
            let (first, last) = try ParleyIndex.passageIDBounds(db)
            let arguments = try ParleyIndex.scoringFrequencies(
                db, query, filter: SearchFilter(), first: first, last: last
            ).arguments
            let corpus = try #require(
                try String.fetchOne(
                    db, sql: "SELECT parley_corpus(passage_fts) FROM passage_fts WHERE passage_fts MATCH ? LIMIT 1",
                    arguments: [query.matchPattern]))
            let parts = corpus.split(separator: "\t").compactMap { Double($0) }
            var scorer = try #require(
                PhraseInText(query, frequency: arguments.frequencies[0], rows: parts[0], averageLength: parts[1]))
            var expected: [Int64: Double] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT rowid, \(arguments.rank) FROM passage_fts WHERE passage_fts MATCH ?",
                arguments: [query.matchPattern])
            {
                expected[row[0]] = row[1]
            }
            #expect(expected.count >= atLeast, "too few matches of \(query.matchPattern)")
            // Every passage holding the phrase's words: the matches and more.
            let words = SearchQuery.indexWords(of: query.clauses[0][0]).map { SearchQuery.quoted($0) }
            let candidates = try Int64.fetchAll(
                db, sql: "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ?",
                arguments: [words.joined(separator: " AND ")])
            #expect(candidates.count > expected.count || expected.isEmpty)
            let scored = try scorer.scores(db, ids: candidates, chunk: 7)
            #expect(scored.count == expected.count, "\(query.matchPattern)")
            for (id, score) in scored {
                #expect(expected[id] == score, "\(query.matchPattern): passage \(id)")
            }
        }
    }
}
