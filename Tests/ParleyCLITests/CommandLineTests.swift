import ArgumentParser
import Foundation
import ParleySearch
import Testing

@testable import ParleyCLI

@Suite struct ArgumentParsingTests {
    @Test func searchParsesQueryAndLimit() throws {
        let command = try #require(
            try Parley.parseAsRoot(["search", "--limit", "3", "cease*", "talks"]) as? SearchCommand)
        #expect(command.limit == 3)
        #expect(command.query == ["cease*", "talks"])
    }

    /// A usage error, named: not any error (a test that any throw passes cannot tell this one from a crash's).
    @Test func limitMustBePositive() throws {
        let error = try #require(throws: (any Error).self) {
            try Parley.parseAsRoot(["search", "--limit", "0", "talks"])
        }
        #expect(Parley.message(for: error) == "'--limit' must be at least 1.")
        #expect(Parley.exitCode(for: error) == .validationFailure)
    }

    @Test func indexNeedsAPath() throws {
        let error = try #require(throws: (any Error).self) { try Parley.parseAsRoot(["index"]) }
        #expect(Parley.message(for: error) == "Missing expected argument '<path> ...'")
        #expect(Parley.exitCode(for: error) == .validationFailure)
    }

    @Test func indexOptions() throws {
        let command = try #require(
            try Parley.parseAsRoot(["index", "--strict", "--quiet", "--index", "x.sqlite", "a.jsonl", "-"])
                as? IndexCommand)
        #expect(command.strict && command.quiet)
        #expect(command.common.indexPath == "x.sqlite")
        #expect(command.paths == ["a.jsonl", "-"])
    }

    /// An estimated count says it is one, with its margin and what was counted; an exact one is a number.
    @Test func countLineGivesAnEstimateWithItsMargin() {
        var estimate = SearchResults(
            hits: [], totalMatches: 215_030, isComplete: false, countIsExact: false, countedMatches: 20_000)
        estimate.countMargin = 2_140
        #expect(
            SearchRenderer.countLine(estimate)
                == "about 215,030 matching passages (± 2,140; 20,000 counted, the rest estimated, copies included: --exact counts them all)"
        )
        #expect(
            SearchRenderer.countLine(SearchResults(hits: [], totalMatches: 12_408, isComplete: true))
                == "12,408 matching passages")
    }

    /// Copies counted once say so; past the limit of that count (no `distinctMatches`), the count says it holds them.
    @Test func countLineSaysHowCopiesAreCounted() {
        var folded = SearchResults(hits: [], totalMatches: 1_408, isComplete: true)
        folded.distinctMatches = 1_380
        #expect(
            SearchRenderer.countLine(folded, allCopies: false)
                == "1,380 matching passages (1,408 with copies: --all-copies lists them)")
        folded.distinctMatches = 1_408
        #expect(SearchRenderer.countLine(folded, allCopies: false) == "1,408 matching passages")
        let many = SearchResults(hits: [], totalMatches: 12_408, isComplete: true)
        #expect(SearchRenderer.countLine(many, allCopies: false) == "12,408 matching passages, copies included")
        #expect(SearchRenderer.countLine(many, allCopies: true) == "12,408 matching passages")
    }

    @Test func summaryLineNamesEveryCount() {
        var progress = ParleySearch.Indexer.Progress()
        progress.indexed = 3
        progress.replaced = 1
        progress.unchanged = 2
        progress.duplicates = 1
        progress.skipped = 4
        progress.articles = 11
        progress.seconds = 2
        #expect(
            IndexCommand.summaryLine(progress)
                == "3 indexed, 1 replaced, 2 unchanged, 1 duplicates, 4 skipped in 2.00 s (6 articles/s)")
    }

    @Test func highlightStyle() {
        #expect(HighlightStyle(terminal: false).open == "[")
        #expect(HighlightStyle(terminal: true).open == "\u{1B}[1m")
    }
}
