import Foundation
import Testing

/// Many processes on one index, as users run them: writers queue behind one another (the second says so and
/// waits; `--wait` bounds it), and readers answer while a writer writes.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct ConcurrentWritersTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        folder = try TemporaryFolder()
        parley = BinaryRunner(workingDirectory: folder.url)
    }

    func articles() throws -> Int {
        let stats = try parley.run(["stats"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let line = stats.stdout.split(separator: "\n").first { $0.hasPrefix("articles:") } ?? ""
        return Int(line.dropFirst("articles:".count).split(separator: " ").first ?? "") ?? -1
    }

    /// Two `parley index` started together, on a new and on an existing index: both finish, every article of both
    /// is stored, and the second said it waited (before, the second failed on a foreign key or on the schema).
    @Test(arguments: [false, true])
    func twoWritersQueue(existing: Bool) throws {
        if existing {
            #expect(try parley.run(["index", "-q", try folder.write("seed.jsonl", syntheticArticles(50, prefix: "seed"))])
                .status == 0)
        }
        let first = try folder.write("first.jsonl", syntheticArticles(4000, prefix: "first"))
        let second = try folder.write("second.jsonl", syntheticArticles(300, prefix: "second"))
        let running = try parley.start(["index", "-q", first])
        Thread.sleep(forTimeInterval: 0.3)
        // Bounded: a lock that is never released fails the test instead of hanging the suite.
        let queued = try parley.run(["index", "-q", "--wait", "300", second])
        let finished = try parley.finish(running)
        #expect(finished.status == 0, "first: \(finished.stderr)")
        #expect(queued.status == 0, "second: \(queued.stderr)")
        #expect(queued.stderr.contains("another parley is writing to"), "\(queued.stderr)")
        #expect(try articles() == 4300 + (existing ? 50 : 0))
    }

    @Test func waitZeroRefusesAtOnceAndWritesNothing() throws {
        #expect(try parley.run(["index", "-q", try folder.write("seed.jsonl", syntheticArticles(10, prefix: "seed"))])
            .status == 0)
        let running = try parley.start(["index", "-q", try folder.write("first.jsonl", syntheticArticles(4000))])
        Thread.sleep(forTimeInterval: 0.3)
        let refused = try parley.run(["index", "--wait", "0", try folder.write("late.jsonl", syntheticArticles(5, prefix: "late"))])
        #expect(try parley.finish(running).status == 0)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: Another parley is writing to"), "\(refused.stderr)")
        #expect(try articles() == 4010)
        let bad = try parley.run(["reindex", "--wait", "-1"])
        #expect(bad.status == 2)
    }

    /// Readers in a loop while a writer writes: every call answers (exit 0), none calls the index damaged.
    @Test func readersAnswerWhileAWriterWrites() throws {
        #expect(try parley.run(["index", "-q", try folder.write("seed.jsonl", syntheticArticles(20, prefix: "seed"))])
            .status == 0)
        let writer = try parley.start(["index", "-q", try folder.write("more.jsonl", syntheticArticles(6000))])
        var calls = 0
        var failures: [String] = []
        while writer.isRunning, calls < 300 {
            for command in [["search", "territory"], ["quotes", "--limit", "3"], ["stats"]] {
                let result = try parley.run(command)
                calls += 1
                if result.status != 0 { failures.append("\(command): \(result.status) \(result.stderr)") }
            }
        }
        #expect(try parley.finish(writer).status == 0)
        #expect(calls > 0)
        #expect(failures.isEmpty, "\(failures.count) of \(calls): \(failures.prefix(3))")
    }
}
