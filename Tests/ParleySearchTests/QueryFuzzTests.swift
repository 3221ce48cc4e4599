import Foundation
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// A seeded fuzzer for the query parser and the queries it builds: random strings from words the index holds,
/// FTS5's operators and syntax, quotes of every kind, control characters and odd Unicode. Each is parsed by
/// ``SearchQuery``, which either refuses it with a ``QueryError`` or gives a query that `search` (ranked, exact,
/// with facets and filters), `quotes`, `timeline`, every match streamed and the entity filters all run: never an
/// SQLite error, never a trap.
///
/// The seed is printed (`PARLEY_SEED` replays it); `PARLEY_FUZZ_SECONDS` runs it longer (`Scripts/fuzz`).
@Suite struct QueryFuzzTests {
    static let pieces = [
        "compromise", "Valdora", "valley", "Marevsky", "territorial", "sanctions", "the", "a", "Šelvik", "Talgöz",
        "Erdoğan", "co*", "va*", "t*", "*", "**", "OR", "AND", "NOT", "NEAR", "NEAR(", "SENTENCE", "SENTENCE(", "or",
        "-", "+", "^", ":", "::",
        "(", ")", "{", "}", "[", "]", "\"", "“", "”", "„", "«", "»", "'", "’", ",", ".", "..", "…", "\\", "/", "|",
        "&", "%", "_", "speaker:", "title:", "passage_fts", "rank", "MATCH", "'", "--", ";", "0", "1e9", "-1",
        "\u{0}", "\u{7}", "\n", "\t", " ", "  ", "\u{200B}", "\u{301}", "🇺🇦", "ﬁ", "ＵＳ", "İ", "ß", "ǅ",
        String(repeating: "x", count: 300), String(repeating: "é", count: 80), "U.S.-Russia", "four-year",
    ]

    static func query(using random: inout SplitMix64) -> String {
        let count = Int.random(in: 0...14, using: &random)
        return (0..<count).map { _ in pieces.randomElement(using: &random)! }
            .joined(separator: Bool.random(using: &random) ? " " : "")
    }

    @Test func randomQueriesAreRefusedWithAReasonOrAnswered() throws {
        let (folder, index) = try SearchTests.sampleIndex()
        _ = folder
        var random = SplitMix64(seed: testSeed("query fuzz"))
        let deadline = ContinuousClock.now + .seconds(fuzzSeconds(default: 6))
        var inputs = 0, refused = 0, answered = 0
        let entity = try index.entityIDs(for: [try #require(try index.entities(kind: nil, limit: 1).first).name])
        while ContinuousClock.now < deadline {
            let text = Self.query(using: &random)
            inputs += 1
            let query: SearchQuery
            do {
                query = try SearchQuery(text)
            } catch {
                refused += 1
                #expect(!error.description.contains("\n"), "\(error)")
                continue
            }
            do {
                let exact = Bool.random(using: &random)
                let filter =
                    Bool.random(using: &random)
                    ? SearchFilter(entities: entity, since: "2025-01-01") : SearchFilter()
                _ = try index.search(
                    query, limit: 5, filter: filter, facets: Bool.random(using: &random),
                    window: exact ? Int.max : ParleyIndex.rankWindow)
                _ = try index.quotes(query, limit: 5)
                // The other ways a query runs: a timeline, and every match streamed with copies folded.
                _ = try index.timeline(query, by: .month, filter: filter)
                _ = try index.searchEvery(query, filter: filter, allCopies: false) { _, _ in }
                answered += 1
            } catch {
                Issue.record("query \(String(reflecting: text)) failed: \(error)")
            }
        }
        print("query fuzz: \(inputs) queries, \(answered) answered, \(refused) refused with a reason, no SQLite error")
        #expect(inputs > 100)
    }
}
