import Foundation
import ParleyTestSupport
import Testing

/// Messages that tell the truth about the input, on one line each.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct TruthfulMessagesTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.inTemporaryFolder()
    }

    /// `"date": [2015]` and `{"y": 2015}` used to be dropped without the warning an unparseable date gets.
    @Test func aDateThatIsNoDateIsWarnedAbout() throws {
        let file = try folder.write(
            "d.jsonl",
            """
            {"id":"a","title":"A","date":[2015],"text":"Talks resumed."}
            {"id":"b","title":"B","date":{"y":2015},"text":"Talks stalled."}

            """)
        let result = try parley.run(["index", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("d.jsonl:1: date in 'date' is a list, not a date; kept empty"), "\(result.stderr)")
        #expect(
            result.stderr.contains("d.jsonl:2: date in 'date' is an object, not a date; kept empty"), "\(result.stderr)"
        )
        #expect(result.stderr.contains("2 indexed"))
    }

    /// A query's cost is bounded before it runs: a one-letter prefix and more than eight prefixes are refused, with
    /// the reason (64 one-letter prefixes ORed took 10 s and 270 MB).
    @Test func costlyPrefixQueriesAreRefusedWithTheReason() throws {
        _ = try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(20))])
        let short = try parley.run(["search", "a* OR territory"])
        #expect(short.status == 2)
        #expect(
            short.stderr == "error: The prefix 'a*' is too short: a prefix needs at least 2 letters or digits "
                + "(shorter ones match too many words to search).\n")
        let many = (1...64).map { "t\($0)*" }.joined(separator: " OR ")
        let tooMany = try parley.run(["quotes", many])
        #expect(tooMany.status == 2)
        #expect(
            tooMany.stderr.hasPrefix("error: The query has 64 prefixes (word*); at most 8 are searched."),
            "\(tooMany.stderr)")
        #expect(try parley.run(["search", "ta* OR te* OR ti* OR to* OR tu* OR ter* OR tal* OR ro*"]).status == 0)
    }

    /// Every query has a time and a memory bound (`--timeout`, default 30 s; `--max-memory`, default 256 MB): past
    /// either it stops with the reason and exit 2, instead of running for minutes or growing without end. Bounds
    /// no query can meet make it deterministic here (the time limit has passed before the first query; `quotes`
    /// on 3,000 articles needs more than 1 MB); the interruption of a running query is tested in `ParleyIndexTests`.
    @Test func queriesPastTheirBoundsStopWithTheReason() throws {
        _ = try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(3000))])
        var cases = [["search", "territory"], ["quotes", "progress"], ["speakers"], ["entities"]].map {
            ($0, ["--timeout", "0.000001"], "error: The query ran past its time limit")
        }
        cases.append(
            (
                ["quotes", "progress"], ["--max-memory", "1"],
                "error: The query needed more than 1 MB of memory and was stopped."
            ))
        // Bounds that cannot be kept are refused before anything runs (review finding: `inf` trapped).
        for bound in [["--timeout", "inf"], ["--timeout", "1e10"], ["--max-memory", "99999999999"]] {
            let result = try parley.run(["search", "territory"] + bound)
            #expect(result.status == 2 && result.stderr.hasPrefix("error: '--"), "\(bound): \(result.stderr)")
        }
        for (command, bound, message) in cases {
            let result = try parley.run(command + bound)
            #expect(result.status == 2, "\(command + bound): \(result.stdout)")
            #expect(result.stderr.hasPrefix(message), "\(command + bound): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try parley.run(command).status == 0)
        }
    }

    /// A JSON array file is parsed an element at a time: a 24 MB array indexes in well under 300 MB (Foundation's tree
    /// of the whole array took 25 times the file: 1.74 GB for 68.7 MB).
    @Test func aLargeJSONArrayStaysSmallInMemory() throws {
        let paragraph = String(
            repeating: "Envoys met again in Port Solenne to discuss the Veyra Valley and the border posts. ", count: 10)
        let records = (1...30_000).map { number in
            #"{"id":"arr-\#(number)","title":"Talks, day \#(number)","date":"2025-10-01","text":"\#(paragraph)\n\nDay \#(number)."}"#
        }
        let file = try folder.write("big.json", "[\n" + records.joined(separator: ",\n") + "\n]\n")
        let process = try parley.start(["index", "-q", file])
        // This child's own peak (VmHWM, in kB), read while it runs: `RUSAGE_CHILDREN` gives the largest child the
        // whole test process ever waited for, another test's too (one indexes a 16 MB article in 600 MB).
        var peak = 0
        while process.isRunning {
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
            {
                peak = max(peak, kilobytes)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let result = try parley.finish(process)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(peak > 0 && peak < 300_000, "peak \(peak) KB")
        #expect(try parley.run(["stats"]).stdout.contains("articles:  30000"))
    }

    /// One article holds at most 16 MB, whatever its format: indexing holds about ten times an article (601 MB
    /// peak for a 61 MB `.txt`), so a larger one is refused with the reason, and the rest of the input is read.
    @Test func anArticleOverTheLimitIsRefusedWithTheReason() throws {
        let big = String(repeating: "Envoys met again in Port Solenne. ", count: 17 << 20 / 34 + 1)
        try folder.write("in/huge.txt", "A long article\n\n" + big)
        try folder.write(
            "in/huge.jsonl", #"{"id":"h","title":"Long","text":"\#(big)"}"# + "\n" + syntheticArticles(1, prefix: "l"))
        try folder.write(
            "in/huge.json",
            "[" + #"{"id":"j","title":"Long","text":"\#(big)"}"# + ","
                + syntheticArticles(1, prefix: "j").trimmingCharacters(in: .newlines) + "]")
        let result = try parley.run(["index", "in"])
        #expect(result.status == 1)
        let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        #expect(
            warnings == [
                "warning: in/huge.json[0]: element of 17 MB is longer than the limit; skipped",
                "warning: in/huge.jsonl:1: line of 17 MB is longer than the limit; skipped",
                "warning: in/huge.txt: an article larger than 16 MB, the most one article may hold; skipped",
            ], "\(result.stderr)")
        #expect(result.stderr.contains("2 indexed"), "\(result.stderr)")
    }

    /// A newline, a bell or a NUL from the input is shown escaped: every warning and error stays one line.
    @Test func controlCharactersAreNeverEchoedRaw() throws {
        let file = try folder.write(
            "c.jsonl", #"{"id":"c","title":"C","date":"bad\ndate\u0007\u0000","text":"Talks."}"# + "\n")
        let result = try parley.run(["index", file])
        #expect(
            result.stderr.contains(#"c.jsonl:1: date 'bad\ndate\u{7}\u{0}' not understood; kept empty"#),
            "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(result.stderr.split(separator: "\n").count == 2)  // the warning and the summary
        let missing = try parley.run(["search", "--index", "no\nsuch.sqlite", "talks"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == #"error: No index at 'no\nsuch.sqlite'. Build one with 'parley index PATH…' or point to one with --index."#
                + "\n")
    }
}
