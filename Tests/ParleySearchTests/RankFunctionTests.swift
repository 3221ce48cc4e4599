import Foundation
import GRDB
import ParleyTestSupport
import ParleyText
import Testing

@testable import ParleySearch

/// `parley_rank` against FTS5's own `bm25()`, on ``FilterFixture``: equal for a passage at least as long as
/// ``ImpactLevels/lengthFloor`` times the average, and for a shorter one the same formula at that floor.
@Suite struct RankFunctionTests {
    let folder: TemporaryFolder
    let index: ParleyIndex

    init() throws { (folder, index) = try FilterFixture.index() }

    /// Each phrase's exact document frequency, counted by FTS5.
    func exactFrequencies(_ query: SearchQuery) throws -> [Int64] {
        try index.read { db in
            try query.phrasePatterns.map { phrase in
                try Int64.fetchOne(
                    db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?", arguments: [phrase]) ?? -1
            }
        }
    }

    /// One matching row: FTS5's `bm25()`, `parley_rank`, and the score worked out here from the row's hits, length
    /// and the average length (as `parley_explain` reports them) with the length floor.
    struct Scored {
        var id: Int64
        var bm25: Double
        var rank: Double
        var expected: Double
        /// Whether the row is shorter than the floor (`bm25()` then scores it higher than `parley_rank`).
        var isBelowFloor: Bool
    }

    /// Every row matching `query`, `parley_rank` given `frequencies`; `bm25` is FTS5's over a plain copy of the text
    /// and title columns (`passage_fts`'s third column, `impact`, holds level tokens that `bm25()` would count in a
    /// row's length and `parley_rank` rightly does not).
    func scores(_ query: SearchQuery, frequencies: [Int64]) throws -> [Scored] {
        let arguments = frequencies.map { ", \($0)" }.joined()
        return try index.write { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE IF NOT EXISTS temp.plain USING fts5(text, title, tokenize = 'parley_v1');
                    DELETE FROM temp.plain;
                    INSERT INTO temp.plain (rowid, text, title) SELECT id, text, title FROM passage_text;
                    """)
            let bm25 = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db, sql: "SELECT rowid, bm25(plain, 1.0, 0.5) FROM temp.plain WHERE plain MATCH ?",
                    arguments: [query.matchPattern]
                ).map { ($0[0] as Int64, $0[1] as Double) })
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, parley_rank(passage_fts, 1.0, 0.5\(arguments)),
                        parley_explain(passage_fts, 1.0, 0.5\(arguments))
                    FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rowid
                    """, arguments: [query.matchPattern]
            ).map { row in
                // Phrase lines: index, text hits, title hits, IDF, score; last line: length, average.
                let lines = (row[2] as String).split(separator: "\n").map { $0.split(separator: "\t") }
                let length = Double(lines.last![1])!
                let average = Double(lines.last![2])!
                let relative = max(length / average, ImpactLevels.lengthFloor)
                let expected = lines.dropLast().reduce(0.0) { sum, line in
                    let frequency = Double(line[1])! * 1.0 + Double(line[2])! * 0.5
                    guard frequency > 0 else { return sum }
                    return sum - Double(line[3])! * frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * relative))
                }
                return Scored(
                    id: row[0], bm25: bm25[row[0]] ?? .nan, rank: row[1], expected: expected,
                    isBelowFloor: length < ImpactLevels.lengthFloor * average)
            }
        }
    }

    /// A query, how many passages match it, and each phrase's document frequency, counted by hand.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var matches: Int
        var frequencies: [Int64]
        var testDescription: String { text }
    }

    static let cases = [
        // f01…f11, one passage each.
        Case(text: "ceasefire", matches: 11, frequencies: [11]),
        // sanctions: p01 ×2 (the title), p03, p04, p08 ×2; Valdora: p01, p03, p04, p06, p08 (first passages).
        Case(text: "sanctions Valdora", matches: 4, frequencies: [6, 5]),
        // Both passages of p07, whose title is the phrase.
        Case(text: "\"security guarantees\"", matches: 2, frequencies: [2]),
        // embargo: p02 ×2 (the title), p03, p06.
        Case(text: "sanctions OR embargo Valdora", matches: 5, frequencies: [6, 4, 5]),
        // Valdoran: p02 ×2 (the title), p07's second passage, f04, f07, f10.
        Case(text: "valdoran*", matches: 6, frequencies: [6]),
    ]

    @Test(arguments: cases)
    func equalsBM25WithExactFrequencies(_ test: Case) throws {
        let query = try SearchQuery(test.text)
        let frequencies = try exactFrequencies(query)
        #expect(frequencies == test.frequencies)
        let rows = try scores(query, frequencies: frequencies)
        #expect(rows.count == test.matches)
        for row in rows {
            #expect(abs(row.rank - row.expected) < 1e-9, "passage \(row.id): parley_rank \(row.rank), \(row.expected)")
            if row.isBelowFloor {
                #expect(row.rank > row.bm25 + 1e-9, "passage \(row.id): shorter than the floor, scored as if longer")
            } else {
                #expect(abs(row.rank - row.bm25) < 1e-9, "passage \(row.id): parley_rank \(row.rank), bm25 \(row.bm25)")
            }
            #expect(row.bm25 < 0)
        }
        // The fixture holds rows on both sides of the floor, or half of this test cannot fail.
        if test.matches > 2 { #expect(rows.contains(where: \.isBelowFloor) && rows.contains { !$0.isBelowFloor }) }
    }

    @Test func frequenciesChangeTheScore() throws {
        let query = try SearchQuery("sanctions OR embargo Valdora")
        let exact = try scores(query, frequencies: try exactFrequencies(query))
        let skewed = try scores(query, frequencies: [1, 1, 1])
        #expect(exact.count == skewed.count)
        for (a, b) in zip(exact, skewed) { #expect(abs(a.rank - b.rank) > 1e-6) }
    }

    @Test func titleMatchesWeighHalf() throws {
        // Both passages of p01 hold `sanctions` in their title too: the title weight changes their score only;
        // p03, p04 and p08 hold it in their text alone.
        let query = try SearchQuery("sanctions")
        let frequencies = try exactFrequencies(query)
        let weighted = try index.read { db in
            try Double.fetchAll(
                db,
                sql: """
                    SELECT parley_rank(passage_fts, 1.0, 0.5, \(frequencies[0])) - parley_rank(passage_fts, 1.0, 0.0, \(frequencies[0]))
                    FROM passage_fts WHERE passage_fts MATCH ?
                    """, arguments: [query.matchPattern])
        }
        #expect(weighted.count == 6)
        #expect(weighted.filter { abs($0) > 1e-6 }.count == 2)
        #expect(weighted.filter { abs($0) < 1e-12 }.count == 4)
    }

    /// Search scores are `parley_rank`'s with exact frequencies; with one phrase, divided by the phrase's IDF (the same
    /// for every row).
    @Test(arguments: cases)
    func searchScoresEqualBM25(_ test: Case) throws {
        let query = try SearchQuery(test.text)
        let results = try index.search(query, limit: 50)
        let frequencies = try exactFrequencies(query)
        let expected = Dictionary(
            uniqueKeysWithValues: try scores(query, frequencies: frequencies).map {
                ($0.id, $0.expected)
            })
        let rows = Double(try index.count("passage"))
        let idf =
            frequencies.count == 1 ? log((rows - Double(frequencies[0]) + 0.5) / (Double(frequencies[0]) + 0.5)) : 1
        #expect(results.hits.count == test.matches)
        #expect(results.totalMatches == test.matches)
        for hit in results.hits {
            let score = try #require(expected[hit.passageID])
            #expect(abs(hit.score * idf - score) < 1e-9)
        }
        #expect(results.hits.map(\.score) == results.hits.map(\.score).sorted())
    }

    /// With a search's threshold set (``RankThreshold``), a row scores 0 only when its exact score is worse than the
    /// threshold, or ties with it and has a larger id than the match that scored it (it could not enter the best
    /// kept), and exactly otherwise: at each row's own score, a hair either side of it, and beyond every row; with
    /// no id, the smallest, and the middle one. Ties are skipped (most cases have passages tying).
    @Test(arguments: cases)
    func aThresholdSkipsOnlyRowsThatCannotBeatIt(_ test: Case) throws {
        let query = try SearchQuery(test.text)
        let arguments = try exactFrequencies(query).map { ", \($0)" }.joined()
        let sql = """
            SELECT rowid, parley_rank(passage_fts, 1.0, 0.5\(arguments)) FROM passage_fts
            WHERE passage_fts MATCH ? ORDER BY rowid
            """
        try index.read { db in
            let exact = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: sql, arguments: [query.matchPattern]).map {
                    ($0[0] as Int64, $0[1] as Double)
                })
            #expect(exact.count == test.matches)
            var thresholds: [Double] = [-1e9, 0]
            for score in Set(exact.values) {
                thresholds += [score, score * (1 + 1e-9), score * (1 - 1e-9)]
            }
            let ids = exact.keys.sorted()
            var (skipped, tiesSkipped) = (0, 0)
            for threshold in thresholds {
                for worstID in [Int64.max, ids[0], ids[ids.count / 2]] {
                    let ranked = try RankThreshold.scoring(db) { scope in
                        scope.worst = (threshold, worstID)
                        return try Row.fetchAll(db, sql: sql, arguments: [query.matchPattern])
                    }
                    #expect(ranked.count == exact.count)
                    for row in ranked {
                        let (id, score) = (row[0] as Int64, row[1] as Double)
                        let expected = try #require(exact[id])
                        if score == 0 {
                            skipped += 1
                            if expected == threshold { tiesSkipped += 1 }
                            #expect(
                                expected > threshold || (expected == threshold && id > worstID),
                                "passage \(id) (\(expected)) skipped at \(threshold), \(worstID)")
                        } else {
                            #expect(
                                score == expected, "passage \(id): \(score) at \(threshold), \(expected) without")
                        }
                    }
                }
            }
            // Past every row, every row is skipped; outside a scope, none is.
            #expect(skipped >= exact.count)
            if Set(exact.values).count < exact.count { #expect(tiesSkipped > 0) }
            #expect(RankThreshold.scope(on: db.sqliteConnection) == nil)
        }
    }

    /// Two calls in one statement share the statement's kept IDFs (FTS5's auxiliary data): each with its own
    /// frequencies scores as it does alone.
    @Test func twoCallsWithOtherFrequenciesScoreApart() throws {
        let query = try SearchQuery("sanctions OR embargo Valdora")
        let frequencies = try exactFrequencies(query)
        let exact = try scores(query, frequencies: frequencies)
        let skewed = try scores(query, frequencies: [1, 1, 1])
        let counted = frequencies.map(String.init).joined(separator: ", ")
        let both = try index.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT parley_rank(passage_fts, 1.0, 0.5, \(counted)), parley_rank(passage_fts, 1.0, 0.5, 1, 1, 1)
                    FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rowid
                    """, arguments: [query.matchPattern]
            ).map { ($0[0] as Double, $0[1] as Double) }
        }
        #expect(both.map(\.0) == exact.map(\.rank))
        #expect(both.map(\.1) == skewed.map(\.rank))
    }

    /// An estimate above the row count (passage ids have holes after replacements) must not give NaN (NULL).
    @Test func frequencyAboveTheRowCountStillScores() throws {
        let query = try SearchQuery("ceasefire")
        let rows = try scores(query, frequencies: [1_000_000])
        #expect(!rows.isEmpty)
        for row in rows { #expect(row.rank.isFinite && row.rank < 0) }
    }
}

/// ``RankArguments`` and what reads it without SQLite.
@Suite struct RankArgumentsTests {
    /// A repeated phrase's frequency is no count of matches: a scan's size is unknown, as a phrase not measured
    /// makes it (the confidence filter then looks its passages up instead of scanning).
    @Test func repeatedOrUnmeasuredPhrasesLeaveTheScanUnknown() throws {
        let query = try SearchQuery("(ceasefire talks) OR truce")
        let counted = RankArguments(frequencies: [.counted(40), .counted(30), .counted(9), .counted(9)])
        #expect(ParleyIndex.scannedMatches(query, frequencies: counted) < Int64.max)
        for other: RankArguments.Frequency in [.repeated, .notMeasured] {
            let arguments = RankArguments(frequencies: [.counted(40), .counted(30), .counted(9), other])
            #expect(!arguments.allCounted)
            #expect(ParleyIndex.scannedMatches(query, frequencies: arguments) == Int64.max)
        }
    }

    /// The SQL integers round-trip, and `rank` spells the weights then one number a phrase.
    @Test func frequenciesRoundTripThroughTheirSQLIntegers() {
        for frequency: RankArguments.Frequency in [.counted(0), .counted(12_408), .notMeasured, .repeated] {
            #expect(RankArguments.Frequency(argument: frequency.argument) == frequency)
        }
        let arguments = RankArguments(frequencies: [.counted(7), .repeated, .excluded])
        #expect(arguments.rank == "parley_rank(passage_fts, 1.0, 0.5, 7, -2, 0)")
    }
}
