import ArgumentParser
import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyCLI

/// What people and programs read, through the built binary, compared with the files in `Snapshots/`: `--help` of
/// `parley` and of every subcommand, and each `--format` of every command that has one on a fixed query over the
/// bundled samples. `PARLEY_UPDATE_SNAPSHOTS=1 swift test --skip-build --filter SnapshotTests` rewrites the files;
/// read their diff before committing.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct SnapshotTests {
    /// Runs the binary with an 80-column terminal, so help wraps the same wherever the tests run.
    static func runner(in folder: URL) -> BinaryRunner {
        var parley = BinaryRunner(workingDirectory: folder)
        parley.environment["COLUMNS"] = "80"
        return parley
    }

    /// `parley --help` and `parley <subcommand> --help`.
    @Suite struct Help {
        /// `parley` and every subcommand under it, nested ones too, as the words that name them: `[]`, `["search"]`…
        static let commands: [[String]] = {
            func paths(_ command: any ParsableCommand.Type, _ words: [String]) -> [[String]] {
                [words] + command.configuration.subcommands.flatMap { paths($0, words + [$0._commandName]) }
            }
            return paths(Parley.self, [])
        }()

        /// `help.txt` for `parley`, `help-search.txt` for `parley search`, `help-aliases-add.txt` for a nested one.
        static func file(_ words: [String]) -> String { (["help"] + words).joined(separator: "-") + ".txt" }

        @Test(arguments: commands)
        func helpMatchesItsSnapshot(_ words: [String]) throws {
            // `--help` reads no index: any folder will do.
            let result = try SnapshotTests.runner(in: FileManager.default.temporaryDirectory).run(words + ["--help"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            try Snapshot.expect(result.stdout, matches: Self.file(words))
        }

        /// The command list is read from `Parley`: a help snapshot left from a command that is gone fails here.
        @Test func everyHelpSnapshotIsACommand() throws {
            #expect(Self.commands.count > 10 && Self.commands.contains(["search"]))
            let files = try FileManager.default.contentsOfDirectory(atPath: Snapshot.folder.path)
                .filter { $0.hasPrefix("help") }
            let stale = Set(files).subtracting(Self.commands.map(Self.file))
            #expect(stale.isEmpty, "help snapshots of no command; remove them: \(stale.sorted())")
        }
    }

    /// Each `--format` of each command that has one, on the samples index, built once for the suite.
    @Suite(SamplesIndex()) struct Formats {
        /// A command's fixed run, and the formats it prints (the snapshot files are `<name>.<txt|json|jsonl|csv>`).
        struct Run: Sendable {
            var name: String
            var arguments: [String]
            var formats: [OutputFormat] = OutputFormat.allCases
        }

        /// One fixed run of every command with `--format`; `--limit` keeps the files short.
        static let runs = [
            Run(name: "search-compromise", arguments: ["search", "--limit", "3", "compromise"]),
            Run(name: "quotes-compromise", arguments: ["quotes", "--limit", "3", "compromise"]),
            // An article is one record: `--format csv` is refused (a usage error), so there is no CSV to keep.
            Run(
                name: "article-holmsted", arguments: ["article", "cpa-brief-2025-10-06-holmsted"],
                formats: [.text, .json, .jsonl]),
            Run(name: "speakers", arguments: ["speakers", "--limit", "5"]),
            Run(name: "entities", arguments: ["entities", "--limit", "5"]),
            Run(name: "timeline-compromise", arguments: ["timeline", "compromise"]),
            Run(name: "stats", arguments: ["stats"]),
        ]

        /// Each run in each of its formats.
        struct Example: Sendable, CustomTestStringConvertible {
            var run: Run
            var format: OutputFormat
            var file: String { run.name + "." + (format == .text ? "txt" : format.rawValue) }
            var testDescription: String { file }
        }

        static let examples = runs.flatMap { run in run.formats.map { Example(run: run, format: $0) } }

        @Test(arguments: examples)
        func outputMatchesItsSnapshot(_ example: Example) throws {
            let folder = try #require(SamplesIndex.folder)
            let result = try SnapshotTests.runner(in: folder.url)
                .run(example.run.arguments + ["--format", example.format.rawValue])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            try Snapshot.expect(Snapshot.scrub(result.stdout, folder: folder.path), matches: example.file)
        }

        /// Every command that takes `--format` (read from the commands themselves) has a run above.
        @Test func everyCommandWithAFormatHasARun() {
            let commands = Help.commands.compactMap { words -> String? in
                var command: any ParsableCommand.Type = Parley.self
                for word in words {
                    guard let sub = command.configuration.subcommands.first(where: { $0._commandName == word }) else {
                        return nil
                    }
                    command = sub
                }
                let hasFormat = Mirror(reflecting: command.init()).children.contains { $0.label == "_format" }
                return hasFormat ? words.joined(separator: " ") : nil
            }
            #expect(commands.count >= 7)
            #expect(Set(commands) == Set(Self.runs.map { $0.arguments[0] }))
        }
    }
}

extension SnapshotTests {
    /// The comparison itself: a snapshot test that cannot fail would pass whatever the binary printed.
    @Suite struct Comparison {
        @Test func aDifferenceNamesTheFirstDifferingLineAndBothSides() throws {
            #expect(Snapshot.difference(expected: "a\nb\n", actual: "a\nb\n") == nil)
            let changed = try #require(Snapshot.difference(expected: "a\nb\nc\n", actual: "a\nB\nc\n"))
            #expect(changed.hasPrefix("at line 2, column 1 (the snapshot has 3 lines, the output 3):"), "\(changed)")
            #expect(changed.hasSuffix("  expected: \"b\"\n  actual:   \"B\""), "\(changed)")
            let longer = try #require(Snapshot.difference(expected: "a\n", actual: "a\nb\n"))
            #expect(longer.contains("at line 2 (the snapshot has 1 lines, the output 2)"), "\(longer)")
            #expect(longer.hasSuffix("  expected: (no more lines)\n  actual:   \"b\""), "\(longer)")
            #expect(
                Snapshot.difference(expected: "a\n", actual: "a")
                    == "only in its final newline: the snapshot has one, the output none.")
            // A long line is shown around its first difference.
            let long = String(repeating: "x", count: 300)
            let excerpt = try #require(Snapshot.difference(expected: long + "a" + long, actual: long + "b" + long))
            #expect(excerpt.contains("column 301") && excerpt.contains("…\"xx") && excerpt.count < 600, "\(excerpt)")
        }

        @Test func aDifferentOutputFails() throws {
            try withKnownIssue {
                try Snapshot.expect("Not parley's help.\n", matches: "help.txt", updating: false)
            }
        }

        @Test func aMissingSnapshotFailsAndIsNotCreated() throws {
            let name = "no-such-snapshot-\(UUID().uuidString).txt"
            try withKnownIssue {
                try Snapshot.expect("anything\n", matches: name, updating: false)
            }
            #expect(!FileManager.default.fileExists(atPath: Snapshot.folder.appendingPathComponent(name).path))
        }

        /// What varies from run to run is replaced; the rest is kept.
        @Test func scrubReplacesSizesFoldersAndTimings() {
            let folder = "/tmp/parley-tests-1234"
            let json = #"{"file_bytes":795168,"path":"/tmp/parley-tests-1234/Index/parley.sqlite"}"#
            let scrubbed = #"{"file_bytes":<bytes>,"path":"<folder>/Index/parley.sqlite"}"#
            #expect(Snapshot.scrub(json, folder: folder) == scrubbed)
            #expect(
                Snapshot.scrub("section,name,value\nindex,file_bytes,795168\nindex,articles,28\n", folder: folder)
                    == "section,name,value\nindex,file_bytes,<bytes>\nindex,articles,28\n")
            #expect(
                Snapshot.scrub("index:     Index/parley.sqlite (776.5 KB)\narticles:  28\n", folder: folder)
                    == "index:     Index/parley.sqlite (<size>)\narticles:  28\n")
            #expect(
                Snapshot.scrub("28 indexed in 0.09 s (311 articles/s)", folder: folder)
                    == "28 indexed in <seconds> s (311 articles/s)")
            let prose = "rose 2.5 per cent; 40 seconds"
            #expect(Snapshot.scrub(prose, folder: folder) == prose)
        }
    }
}

/// The samples index of ``SnapshotTests/Formats``: built once before its tests (a suite trait), removed after them.
struct SamplesIndex: SuiteTrait, TestScoping {
    /// The folder whose default index holds the samples, while the suite runs.
    @TaskLocal static var folder: TemporaryFolder?

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let (folder, _) = try BinaryRunner.indexingSamples()
        try await Self.$folder.withValue(folder) { try await function() }
    }
}
