import Foundation
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// The real corpus beside the project (`../shared/corpus`), when present.
enum Corpus {
    static func path(_ name: String) -> String? {
        let path = BinaryRunner.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/\(name)").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// Indexes the first articles of a real corpus from ../shared/corpus when it is there.
@Suite(
    .enabled(
        if: Corpus.path("reuters21578.jsonl.gz") != nil,
        "../shared/corpus/reuters21578.jsonl.gz not found: corpus smoke test skipped"),
    .enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct CorpusSmokeTests {
    static let articles = 3000

    static var corpus: String? { Corpus.path("reuters21578.jsonl.gz") }

    @Test func indexesTheFirstThousandsOfReuters() throws {
        let (folder, parley) = try BinaryRunner.inTemporaryFolder()
        let corpus = try #require(Self.corpus)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "gzip -dc '\(corpus)' | head -n \(Self.articles) > '\(folder.path("head.jsonl"))'"]
        try shell.run()
        shell.waitUntilExit()
        let result = try parley.run(["index", "head.jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"))
        let index = try ParleyIndex.open(at: folder.path("Index/parley.sqlite"), mode: .existing)
        let stats = try index.statistics()
        // Reuters-21578 has exact duplicate bodies (wire re-sends): stored once, counted as copies.
        #expect(stats.articles + stats.copies == Self.articles)
        #expect(stats.passages > Self.articles)
        #expect(stats.firstDate?.hasPrefix("1987-") == true)
        let search = try parley.run(["search", "--limit", "3", "tariffs", "Japan"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("1. "))
        let again = try parley.run(["index", "head.jsonl"])
        #expect(again.stderr.contains("0 indexed, 0 replaced, \(Self.articles) unchanged"))
    }
}
