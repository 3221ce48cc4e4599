import Foundation
import ParleyTestSupport
import Testing

/// `parley search` with OR, `--since`/`--until`, `--source`, `--entity`, `--facets` and `--exact`, and the
/// "about N" count line, through the binary.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct SearchCommandTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    /// Made-up articles about fictional states: ``CeasefireFixture``'s `f01`…`f11` hold `ceasefire` once each (one
    /// passage), `p01`…`p04` are about sanctions and an embargo.
    static let articles: [[String: String]] =
        CeasefireFixture.articles + [
            [
                "id": "p01", "title": "Parliament debate", "source": "Meridian Wire", "date": "2025-01-10",
                "text":
                    "Drevania’s parliament debated new sanctions against Valdora.\n\nThe vote was delayed until spring.",
            ],
            [
                "id": "p02", "title": "Grain trade", "source": "Brenhaven Observer", "date": "2025-01-11",
                "text":
                    "An embargo on Valdoran grain took effect at midnight.\n\nTraders in Tamesk expect higher prices.",
            ],
            [
                "id": "p03", "title": "Port Solenne talks", "source": "Drevania Today", "date": "2025-01-12",
                "text":
                    "Envoys discussed sanctions relief and the embargo in Port Solenne.\n\nNo date was set for the next round.",
            ],
            [
                "id": "p04", "title": "Fishing quotas", "source": "Brenhaven Observer", "date": "2025-01-18",
                "text": "Fishing crews from Tamesk and Drevania agreed on new quotas.",
            ],
        ]

    init() throws {
        (folder, parley) = try BinaryRunner.indexing(Self.articles)
    }

    /// The article ids of the printed passages (`   [f02, chars 0–70]`), sorted.
    static func keys(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("   ["), line.hasSuffix("]"), let comma = line.range(of: ", chars ") else {
                return nil
            }
            return String(line[line.index(line.startIndex, offsetBy: 4)..<comma.lowerBound])
        }.sorted()
    }

    func search(_ arguments: [String]) throws -> BinaryRunner.Result {
        try parley.run(["search", "--limit", "50"] + arguments)
    }

    /// A one-line question does not outrank a longer answer by its shortness alone: passages shorter than the
    /// average are scored at the average length (docs/ranking.md). Plain BM25 put the question (one hit, 5 words)
    /// above the answer (two hits, 23 words); `--explain` says which length a passage was scored at.
    @Test func shortPassagesDoNotWinByLengthAlone() throws {
        let (folder, parley) = try BinaryRunner.inTemporaryFolder()
        let filler =
            "Ferries between Port Solenne and Tamesk ran late all week because the harbour pilots refused "
            + "overtime, and the shipping companies said they would ask the ministry to mediate before the holiday "
            + "traffic begins, since the winter schedule already has fewer crossings than last year."
        try parley.index(
            [
                [
                    "id": "t1", "title": "Briefing", "source": "Harbour Post", "date": "2025-12-18",
                    "text":
                        "Q Will Kaliv open?\nMS. KOSTROVA: The crossing at Kaliv opens on Monday, and the scanners at "
                        + "Kaliv were delivered this week by the Drevanian side.\nQ Thank you.",
                ],
                ["id": "l1", "title": "Harbour traffic", "date": "2025-12-17", "text": filler],
                [
                    "id": "l2", "title": "Harbour delays", "date": "2025-12-16",
                    "text": filler + " The quay stays shut.",
                ],
            ], in: folder)
        let result = try parley.run(["search", "Kaliv", "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("1. ") })
        let second = try #require(lines.firstIndex { $0.hasPrefix("2. ") })
        #expect(lines[first + 1].contains("MS. KOSTROVA: The crossing at [Kaliv]"), "\(result.stdout)")
        #expect(lines[second + 1].contains("Q Will [Kaliv] open?"), "\(result.stdout)")
        #expect(
            lines.contains {
                $0.contains(
                    "length: 5 words with the title (average 26); scored as if 26 long (no passage is scored as shorter)"
                )
            }, "\(result.stdout)")
    }

    /// A group ORed with a term: both words of the group, or the term.
    @Test func aGroupOrATerm() throws {
        let result = try search(["(sanctions parliament) OR embargo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.keys(result.stdout) == ["p01", "p02", "p03"])
        #expect(result.stdout.contains("of 3 matching passages"))
    }

    /// `SENTENCE(…)` through the binary (SearchTests checks it against sentences apart); a malformed one is named
    /// by its column.
    @Test func sentenceScope() throws {
        let result = try search(["SENTENCE(parliament sanctions)"])
        #expect(Self.keys(result.stdout) == ["p01"])
        let bad = try search(["SENTENCE(sanctions)"])
        #expect(bad.status == 2)
        #expect(
            bad.stderr
                == "error: SENTENCE at column 1 of the query: it needs two terms or more: SENTENCE(territory compromise).\n"
        )
    }

    /// `--offset` pages through the same order; `--count` prints the count alone; an offset past the matches says so.
    @Test func offsetPagesAndCountCounts() throws {
        func ordered(_ arguments: [String]) throws -> [String] {
            let result = try parley.run(["search", "--format", "jsonl"] + arguments + ["ceasefire"])
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["article_id"] as? String
            }
        }
        let six = try ordered(["--limit", "6"])
        #expect(six.count == 6)
        #expect(try ordered(["--limit", "3", "--offset", "3"]) == Array(six[3...]))
        let page = try parley.run(["search", "--limit", "2", "--offset", "9", "ceasefire"])
        #expect(page.stdout.hasPrefix("10. ") && page.stdout.contains("\n11. "), "\(page.stdout)")
        #expect(page.stdout.hasSuffix("10–11 of 11 matching passages.\n"))
        let count = try parley.run(["search", "--count", "ceasefire"])
        #expect(count.status == 0 && count.stdout == "11 matching passages\n")
        let summary = try parley.run(["search", "--count", "--format", "jsonl", "ceasefire"])
        #expect(summary.stdout.hasPrefix("{\"summary\"") && summary.stdout.split(separator: "\n").count == 1)
        let past = try parley.run(["search", "--offset", "20", "ceasefire"])
        #expect(past.status == 1 && past.stdout == "No passage past the first 20 (11 matching passages)\n")
        #expect(try parley.run(["search", "--offset", "-1", "ceasefire"]).status == 2)
    }

    /// More matches than the ranking window: an estimated count, and the window named; `--exact` ranks them all.
    /// A hit whose article has no title, source or date still has a header that says which article it is.
    @Test func anUntitledArticleHasAReadableHeader() throws {
        try folder.write("u.jsonl", #"{"id":"u1","text":"Envoys met in Port Solenne about the ceasefire."}"# + "\n")
        #expect(try parley.run(["index", "-q", "u.jsonl"]).status == 0)
        let result = try parley.run(["search", "met", "ceasefire"])
        #expect(result.stdout.hasPrefix("1. (untitled: u1)\n   Envoys [met] in Port Solenne about the [ceasefire].\n"))
    }

    /// `--format jsonl`: one object a passage, best first, with what the text output shows, then the count (and
    /// the facets) in a last object: what a program needs without parsing the text.
    @Test func searchPrintsJSONLinesForPrograms() throws {
        let samples = BinaryRunner.samples
        #expect(try parley.run(["index", "-q", samples]).status == 0)
        let text = try parley.run(["search", "--limit", "3", "compromise", "territory"])
        let result = try parley.run([
            "search", "--limit", "3", "--facets", "--format", "jsonl", "compromise", "territory",
        ])
        #expect(result.status == 0)
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 4)
        for (number, hit) in objects.prefix(3).enumerated() {
            let key = try #require(hit["article_id"] as? String)
            let (start, end) = (try #require(hit["start"] as? Int), try #require(hit["end"] as? Int))
            #expect(text.stdout.contains("\(number + 1). \(try #require(hit["title"] as? String))"))
            #expect(text.stdout.contains("[\(key), chars \(start)–\(end)]"))
            let highlighted = try #require(hit["highlighted"] as? String)
            #expect(highlighted.contains("[territor") || highlighted.contains("[compromise"), "\(highlighted)")
            #expect(
                highlighted.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
                    == hit["text"] as? String)
        }
        let summary = try #require(objects.last?["summary"] as? [String: Any])
        #expect(summary["matches"] as? Int == 7 && summary["count_exact"] as? Bool == true)
        let facets = try #require(summary["facets"] as? [String: Any])
        #expect((facets["sources"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func largeResultIsRankedExactlyAndCounted() throws {
        let lines = (0..<1_600).map { n in
            #"{"id":"w\#(n)","title":"Bulletin \#(n)","text":"Envoy \#(n) reported on the Veyra talks."}"#
        }
        let path = try folder.write("many.jsonl", lines.joined(separator: "\n") + "\n")
        let index = folder.url.appendingPathComponent("many.sqlite").path
        #expect(try parley.run(["index", "-q", "--index", index, path]).status == 0)
        let windowed = try parley.run(["search", "--index", index, "--limit", "1", "Veyra"])
        #expect(windowed.status == 0, "\(windowed.stderr)")
        #expect(windowed.stdout.hasSuffix("1 of 1,600 matching passages (more with --limit).\n"))
        let exact = try parley.run(["search", "--index", index, "--limit", "1", "--exact", "Veyra"])
        #expect(exact.stdout.hasSuffix("1 of 1,600 matching passages (more with --limit).\n"))
        // The same best passage either way: the default order is the exact one.
        #expect(windowed.stdout == exact.stdout)
        // Asked for, an approximation: the best of the newest 100 matches (w1500…w1599), and the line says so.
        let newest = try parley.run(["search", "--index", index, "--limit", "3", "--newest", "100", "Veyra"])
        #expect(newest.status == 0, "\(newest.stderr)")
        let keys = Self.keys(newest.stdout)
        #expect(keys.count == 3 && keys.allSatisfy { (Int($0.dropFirst()) ?? 0) >= 1_500 }, "\(keys)")
        #expect(
            newest.stdout.hasSuffix(
                "3 of 1,600 matching passages (more with --limit): the best of the most recently indexed (--newest).\n")
        )
        #expect(try parley.run(["search", "--index", index, "--newest", "100", "--exact", "Veyra"]).status == 2)
    }

    @Test func sinceAndUntilFilterByPublicationDay() throws {
        let result = try search(["--since", "2015", "--until", "2015-06", "ceasefire"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.keys(result.stdout) == ["f02", "f03", "f11"])
        #expect(result.stdout.hasSuffix("3 of 3 matching passages.\n"))
        let day = try search(["--since", "2015-12-31", "--until", "2016-01-01", "ceasefire"])
        #expect(Self.keys(day.stdout) == ["f05", "f06"])
        let later = try search(["--since", "2016", "ceasefire"])
        #expect(Self.keys(later.stdout) == ["f06", "f08", "f10"])
    }

    @Test func nothingInRangeExitsOne() throws {
        let result = try search(["--since", "2017", "ceasefire"])
        #expect(result.status == 1)
        #expect(result.stdout == "No passage matches.\n")
    }

    @Test(arguments: [
        ["--since", "Sept"], ["--since", ""], ["--since", "2015-13"], ["--since", "2015-9-1"],
    ])
    func badSinceIsAOneLineUsageError(_ option: [String]) throws {
        let result = try search(option + ["ceasefire"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.hasSuffix("\n"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("--since"))
    }

    @Test func sinceAfterUntilIsAUsageError() throws {
        let result = try search(["--since", "2016", "--until", "2015-12", "ceasefire"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'--since 2016' is after '--until 2015-12'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try search(["--since", "2015-06", "--until", "2015-06", "ceasefire"]).status == 0)
    }

    @Test func badUntilNamesUntil() throws {
        let result = try search(["--until", "15-09-01", "ceasefire"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("--until"))
        #expect(result.stderr.contains("15-09-01"))
    }

    @Test func entityFiltersByMention() throws {
        let sea = try search(["--entity", "Baltic Sea", "ceasefire"])
        #expect(sea.status == 0, "\(sea.stderr)")
        #expect(Self.keys(sea.stdout) == ["f06", "f10"])
        let either = try search(["--entity", "Baltic Sea", "--entity", "Mediterranean", "ceasefire"])
        #expect(Self.keys(either.stdout) == ["f03", "f06", "f08", "f10"])
        let unknown = try search(["--entity", "Baltik Sea", "ceasefire"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr == "error: No mentioned person, place or organization matches 'Baltik Sea'. "
                + "Did you mean 'Baltic Sea'? 'parley entities' lists them.\n")
    }

    @Test func sourceFiltersByExactName() throws {
        let one = try search(["--source", "Brenhaven Observer", "ceasefire"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(Self.keys(one.stdout) == ["f03", "f08"])
        let titles = one.stdout.split(separator: "\n").filter {
            $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil
        }
        #expect(titles.count == 2)
        for line in titles {
            #expect(line.contains(" — Brenhaven Observer, "))
        }
        let two = try search(["--source", "Brenhaven Observer", "--source", "Drevania Today", "ceasefire"])
        #expect(Self.keys(two.stdout) == ["f03", "f04", "f05", "f08", "f10"])
        let combined = try search(["--source", "Drevania Today", "--since", "2016", "ceasefire"])
        #expect(Self.keys(combined.stdout) == ["f10"])
        let unknown = try search(["--source", "The Tamesk Herald", "ceasefire"])
        #expect(unknown.status == 1)
    }

    @Test func facetsBlockCountsTheMatches() throws {
        let result = try search(["--limit", "1", "--facets", "ceasefire"])
        #expect(result.status == 0, "\(result.stderr)")
        let block = try #require(result.stdout.range(of: "\nPassages by facet:\n")).upperBound
        let lines = result.stdout[block...].split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "  Speakers: Ilya Marevsky 2 · Irena Vedrač 1",
                "  People: Ilya Marevsky 2 · Irena Vedrač 2",
                "  Places: Baltic Sea 2 · Mediterranean 2",
                "  Organizations: Valdoran Foreign Ministry 3",
                "  Sources: Meridian Wire 5 · Drevania Today 3 · Brenhaven Observer 2",
                "  Years: 2016 3 · 2015 6 · 2014 1",
            ])
        #expect(result.stdout.contains("1 of 11 matching passages (more with --limit).\n"))
        #expect(!(try search(["ceasefire"]).stdout.contains("Passages by facet")))
    }

    @Test func orFindsPassagesWithEitherWord() throws {
        let result = try search(["sanctions", "OR", "embargo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.keys(result.stdout) == ["p01", "p02", "p03"])
        let texts = result.stdout.split(separator: "\n").filter { $0.hasPrefix("   ") && !$0.hasPrefix("   [") }
        #expect(texts.count == 3)
        for text in texts { #expect(text.contains("[sanctions]") || text.contains("[embargo]"), "\(text)") }
        #expect(result.stdout.hasSuffix("3 of 3 matching passages.\n"))
        // One argument or several: the same query.
        #expect(try search(["sanctions OR embargo"]).stdout == result.stdout)
        // With another word: (sanctions OR embargo) AND Tamesk is no passage; AND Valdora is p01's first.
        #expect(try search(["sanctions OR embargo Tamesk"]).status == 1)
        #expect(Self.keys(try search(["sanctions OR embargo Valdora"]).stdout) == ["p01"])
        // Lower case `or` is a word.
        #expect(try search(["sanctions or embargo"]).status == 1)
    }

    /// `PARLEY_PROFILE_SQL=1` writes each statement the search runs, with its time, to standard error, and changes
    /// nothing on standard output.
    @Test func profileListsTheStatementsOnStandardError() throws {
        let plain = try search(["ceasefire"])
        var profiled = parley
        profiled.environment["PARLEY_PROFILE_SQL"] = "1"
        let result = try profiled.run(["search", "--limit", "50", "ceasefire"])
        #expect(result.status == 0 && result.stdout == plain.stdout)
        let lines = result.stderr.split(separator: "\n")
        #expect(
            lines.contains { $0.contains(" ms  SELECT") && $0.contains("MATCH '\"ceasefire\"'") }, "\(result.stderr)")
        #expect(plain.stderr.isEmpty)
    }
}
