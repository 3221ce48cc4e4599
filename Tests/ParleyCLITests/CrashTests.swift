import Foundation
import ParleyTestSupport
import Testing

/// `kill -9` at any moment of the commands that write besides `index` (whose crash test is in `BinaryTests`):
/// the index stays whole, `parley check` passes (or names what the next writer finishes), and a rerun completes.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct CrashTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.inTemporaryFolder()
    }

    /// The check's lines that are not fine, by name (`aliases`, `counts`, …).
    func failingChecks() throws -> [String] {
        let check = try parley.run(["check"])
        #expect(check.status == 0 || check.status == 1, "\(check.stderr)")
        return check.stdout.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0] != "to repair" else { return nil }
            let detail = parts[1].trimmingCharacters(in: .whitespaces)
            let fine =
                detail.hasPrefix("ok") || detail.hasPrefix("row counts agree") || detail.hasPrefix("not recorded")
                || detail.hasPrefix("parley_v") || detail.hasPrefix("extraction v") || parts[0] == "index"
            return fine ? nil : String(parts[0])
        }
    }

    /// The person entity that holds Ilya Marevsky's quotations now.
    func marevskyEntity() throws -> String? {
        let result = try parley.run(["speakers", "--format", "jsonl", "--limit", "5"])
        let line = result.stdout.split(separator: "\n").first ?? ""
        guard let data = line.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["speaker"] as? String ?? object["entity"] as? String
    }

    /// Killed at a random moment, `aliases add` leaves the file and the index in step, or the file one line ahead
    /// (the check names it, and the next writer merges it): never the index ahead of the file, never a half-written
    /// file, never a damaged index.
    @Test func aliasesAddKilledAtAnyMomentLeavesFileAndIndexInStep() throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(3000))]).status == 0)
        var random = SplitMix64(seed: testSeed("aliases crash test"))
        var current = "Ilya Marevsky"
        var killedMidway = 0
        for round in 1...8 {
            let next = "Ilya \(Character(UnicodeScalar(UInt8(64 + round)))). Marevsky"
            let process = try parley.start(["aliases", "add", next, current])
            // Process start-up is ~30 ms here, the merge of 3,000 quotations a few more: kill across both.
            Thread.sleep(forTimeInterval: Double(random.next() % 120) / 1000)
            kill(process.processIdentifier, SIGKILL)
            let result = try parley.finish(process)
            let file = (try? String(contentsOfFile: folder.path("Index/aliases.tsv"), encoding: .utf8)) ?? ""
            #expect(file.isEmpty || file.hasSuffix("\n"), "half-written alias file: \(file)")
            let lineWritten = file.contains("\(next)\t\(current)\n")
            let failing = try failingChecks()
            let holder = try marevskyEntity()
            if result.status == 0 {
                #expect(lineWritten && failing.isEmpty && holder == next, "round \(round): finished but \(failing)")
            } else if !lineWritten {
                #expect(failing.isEmpty && holder == current, "round \(round): index ahead of the file: \(failing)")
            } else if holder == current {
                killedMidway += 1
                #expect(failing == ["aliases"], "round \(round): \(failing)")
                // The next writer merges what the file says.
                #expect(try parley.run(["index", "-q", folder.path("a.jsonl")]).status == 0)
                #expect(try marevskyEntity() == next)
                #expect(try failingChecks().isEmpty)
            } else {
                #expect(holder == next && failing.isEmpty, "round \(round): \(String(describing: holder)) \(failing)")
            }
            if try marevskyEntity() == next { current = next }
        }
        print("aliases crash test: \(killedMidway) of 8 kills fell between the file and the commit")
        #expect(try failingChecks().isEmpty)
    }

    /// The file one line ahead of the index (a crash between the file's rename and the commit, or a hand edit):
    /// `parley check` names it, reading commands still answer, and the next writing command merges it.
    @Test func anAliasLineTheIndexHasNotMergedIsNamedThenMerged() throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(50))]).status == 0)
        #expect(try failingChecks().isEmpty)
        try folder.write("Index/aliases.tsv", "# by hand\nIlya A. Marevsky\tIlya Marevsky\n")
        #expect(try failingChecks() == ["aliases"])
        #expect(try parley.run(["check"]).stdout.contains("Index/aliases.tsv changed since the index merged"))
        #expect(try marevskyEntity() == "Ilya Marevsky")
        #expect(try parley.run(["index", "-q", folder.path("a.jsonl")]).status == 0)
        #expect(try marevskyEntity() == "Ilya A. Marevsky")
        #expect(try failingChecks().isEmpty)
    }

    /// `kill -9` part-way through `reindex` (no signal handler can run): the old quotations, mentions and version
    /// stay whole, and a rerun finishes.
    @Test func reindexKilledPartWayKeepsTheOldStateAndARerunFinishes() throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(3000))]).status == 0)
        // Every line but the first (the file's size, which counts the write-ahead log).
        func counts() throws -> [Substring] {
            try parley.run(["stats"]).stdout.split(separator: "\n").dropFirst().map { $0 }
        }
        let stats = try counts()
        let process = try parley.start(["reindex"])
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGKILL)
        let result = try parley.finish(process)
        #expect(result.status != 0, "reindex ended before the kill: use more articles")
        #expect(try failingChecks().isEmpty)
        #expect(try counts() == stats)
        let rerun = try parley.run(["reindex"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try failingChecks().isEmpty)
        #expect(try counts() == stats)
    }

    /// An alias file that cannot be read as UTF-8 (a hand edit in Latin-1) is refused, never replaced by a file
    /// without the user's lines (review finding: it was overwritten).
    @Test func anUnreadableAliasFileIsLeftAsItIs() throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(5))]).status == 0)
        let latin1 = Data("Volodymyr Zelensk".utf8) + Data([0xFF]) + Data("\tZelensky\n".utf8)
        try folder.write("Index/aliases.tsv", latin1)
        let result = try parley.run(["aliases", "add", "Ilya A. Marevsky", "Ilya Marevsky"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read the alias file as UTF-8"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("Index/aliases.tsv"))) == latin1)
    }
}
