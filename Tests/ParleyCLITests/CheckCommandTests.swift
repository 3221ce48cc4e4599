import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// `parley check`: a healthy index passes; a damaged or outdated one fails, naming what to run, and passes again
/// once that has run.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct CheckCommandTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner
    var samples: String { BinaryRunner.samples }
    var indexPath: String { folder.path("Index/parley.sqlite") }

    init() throws {
        (folder, parley) = try BinaryRunner.indexingSamples()
    }

    func edit(_ sql: String) throws {
        try ParleyIndex.open(at: indexPath, mode: .rebuild).dbQueue.write { try $0.execute(sql: sql) }
    }

    @Test func aHealthyIndexPasses() throws {
        let result = try parley.run(["check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("\nok\n"))
        #expect(result.stdout.contains("full text:  ok"))
        #expect(result.stdout.contains("turns"))  // the samples' briefing: turns are counted, and agree
    }

    @Test func aPassageGoneFromUnderItsFullTextFailsAndReindexRepairs() throws {
        try edit("DELETE FROM passage WHERE id = (SELECT max(id) FROM passage)")
        let damaged = try parley.run(["check"])
        #expect(damaged.status == 1, "\(damaged.stdout)")
        #expect(damaged.stdout.contains("full text:  PROBLEM:"), "\(damaged.stdout)")
        #expect(damaged.stdout.hasSuffix("to repair: parley reindex --text-only\n"), "\(damaged.stdout)")
        #expect(try parley.run(["reindex", "--text-only"]).status == 0)
        #expect(try parley.run(["check"]).status == 0)
    }

    /// A word's count of passages (`term_passages`, every search's document frequencies) that differs from FTS5's
    /// own is named, and `parley reindex --text-only` counts them again.
    @Test func aWrongWordCountFailsAndReindexRepairs() throws {
        try edit("UPDATE term_passages SET passages = passages + 1 WHERE term = CAST('border' AS BLOB)")
        let damaged = try parley.run(["check"])
        #expect(damaged.status == 1, "\(damaged.stdout)")
        #expect(
            damaged.stdout.contains("full text:  PROBLEM: term_passages: 1 words counted otherwise than FTS5's"),
            "\(damaged.stdout)")
        #expect(try parley.run(["reindex", "--text-only"]).status == 0)
        #expect(try parley.run(["check"]).status == 0)
    }

    @Test func anOlderExtractionSaysReindex() throws {
        try edit(ReindexCommandTests.markAsVersionOne)
        let outdated = try parley.run(["check"])
        #expect(outdated.status == 1)
        #expect(outdated.stdout.contains("analysis:   PROBLEM: extraction v1"), "\(outdated.stdout)")
        #expect(outdated.stdout.hasSuffix("to repair: parley reindex\n"))
        #expect(try parley.run(["reindex"]).status == 0)
        #expect(try parley.run(["check"]).status == 0)
    }

    @Test func noIndexIsNotDamage() throws {
        let missing = try parley.run(["check", "--index", "nothing-here.sqlite"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: No index at 'nothing-here.sqlite'"))
    }
}
