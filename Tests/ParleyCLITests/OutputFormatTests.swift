import Foundation
import ParleyTestSupport
import Testing

/// `--format text|json|jsonl|csv` of `search`, `quotes`, `speakers`, `entities`, `stats` and `timeline`
/// (docs/output.md), `--color`, and the paging of `quotes`, `speakers` and `entities`, through the binary.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct OutputFormatTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    /// Made-up coverage of fictional states. `w1` and `w2` carry the same paragraph (a rewrite: another first
    /// paragraph); `w3` holds a comma, a double quote and a line break in one passage, for CSV.
    static let articles: [[String: String]] = [
        [
            "id": "w1", "title": "Corridor talks resume", "source": "Meridian Wire", "date": "2025-10-02",
            "text":
                "Talks on the grain corridor resumed in Port Solenne.\n\n“The corridor must stay open through the winter,” said Irena Vedrač, the Valdoran foreign minister.",
        ],
        [
            "id": "w2", "title": "Envoys meet on the corridor", "source": "Brenhaven Observer", "date": "2025-10-03",
            "text":
                "Envoys met again on Thursday.\n\n“The corridor must stay open through the winter,” said Irena Vedrač, the Valdoran foreign minister.",
        ],
        [
            "id": "w3", "title": "Corridor, \"phase two\"", "source": "Drevania Today", "date": "2025-11-14",
            "text": "The corridor's second phase, called \"phase two\" by officials,\nopens in Tamesk.",
        ],
        [
            "id": "w4", "title": "Quotas agreed", "source": "Meridian Wire", "date": "2025-11-20",
            "text": "“We agreed the quotas for the corridor,” Ilya Marevsky, the palace spokesman, said in Tamesk.",
        ],
    ]

    init() throws {
        (folder, parley) = try BinaryRunner.indexing(Self.articles)
    }

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try #require(try json(String($0)) as? [String: Any]) }
    }

    /// RFC 4180: rows of fields, quoted fields holding commas, doubled quotes and line breaks.
    static func csv(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    @Test func everyCommandPrintsEachFormatForProgramsEvenWhenEmpty() throws {
        let commands: [(arguments: [String], list: String?)] = [
            (["search", "corridor"], "passages"), (["search", "nowhere"], "passages"),
            (["quotes", "corridor"], "quotes"), (["quotes", "nowhere"], "quotes"), (["speakers"], "speakers"),
            (["entities"], "entities"), (["stats"], nil), (["timeline", "corridor"], "periods"),
            (["timeline", "nowhere"], "periods"),
        ]
        for (arguments, list) in commands {
            let asJSON = try parley.run(arguments + ["--format", "json"])
            #expect(asJSON.stderr.isEmpty, "\(arguments)")
            let document = try #require(try json(asJSON.stdout) as? [String: Any], "\(arguments): \(asJSON.stdout)")
            if let list { #expect(document[list] is [Any], "\(arguments): \(asJSON.stdout)") }

            let asLines = try parley.run(arguments + ["--format", "jsonl"])
            #expect(asLines.status == asJSON.status, "\(arguments)")
            _ = try jsonLines(asLines.stdout)

            let asCSV = try parley.run(arguments + ["--format", "csv"])
            #expect(asCSV.status == asJSON.status, "\(arguments)")
            let rows = Self.csv(asCSV.stdout)
            let header = try #require(rows.first, "\(arguments): no header")
            #expect(rows.allSatisfy { $0.count == header.count }, "\(arguments): \(asCSV.stdout)")
            if let list {
                let records = (document[list] as? [Any])?.count ?? -1
                #expect(rows.count - 1 == records, "\(arguments)")
            }
        }
    }

    @Test func searchListsEveryMatchForProgramsUnlessLimitedInTheExactOrder() throws {
        let all = try jsonLines(try parley.run(["search", "--format", "jsonl", "--all-copies", "corridor"]).stdout)
        let summary = try #require(all.last?["summary"] as? [String: Any])
        let passages = all.dropLast()
        #expect(passages.count == summary["matches"] as? Int)
        #expect(passages.map { $0["rank"] as? Int } == (1...passages.count).map { $0 })
        let exact = try jsonLines(
            try parley.run(
                ["search", "--format", "jsonl", "--all-copies", "--exact", "--limit", "50", "corridor"]).stdout
        ).dropLast()
        #expect(
            passages.map { "\($0["article_id"]!) \($0["start"]!)" }
                == exact.map { "\($0["article_id"]!) \($0["start"]!)" })

        let two = try jsonLines(try parley.run(["search", "--format", "jsonl", "--limit", "2", "corridor"]).stdout)
        #expect(two.count == 3)
        let text = try parley.run(["search", "corridor"])
        #expect(text.stdout.contains("1. "))
    }

    @Test func aRepeatedPassageIsListedOnceWithItsCopiesWhenEveryMatchIsListed() throws {
        let folded = try jsonLines(try parley.run(["search", "--format", "jsonl", "winter"]).stdout).dropLast()
        #expect(folded.count == 1)
        #expect(folded.first?["copies"] as? [String] == ["w2"])
        let limited = try jsonLines(try parley.run(["search", "--format", "jsonl", "--limit", "5", "winter"]).stdout)
            .dropLast()
        #expect(limited.map { $0["copies"] as? [String] } == folded.map { $0["copies"] as? [String] })
        let every = try jsonLines(try parley.run(["search", "--format", "jsonl", "--all-copies", "winter"]).stdout)
            .dropLast()
        #expect(Set(every.compactMap { $0["article_id"] as? String }) == ["w1", "w2"])
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() throws {
        let result = try parley.run(["search", "--format", "csv", "phase"])
        let rows = Self.csv(result.stdout)
        let header = try #require(rows.first)
        let row = try #require(rows.dropFirst().first)
        let record = Dictionary(uniqueKeysWithValues: zip(header, row))
        #expect(record["title"] == "Corridor, \"phase two\"")
        #expect(record["text"] == "The corridor's second phase, called \"phase two\" by officials,")
        #expect(record["turn_label"] == "")

        // A transcript's turn runs over paragraphs: its line breaks stay inside one quoted field.
        let samples = try TemporaryFolder()
        let runner = BinaryRunner(workingDirectory: samples.url)
        try runner.indexSamples()
        let turns = try jsonLines(try runner.run(["quotes", "--format", "jsonl", "--kind", "turn"]).stdout)
        let turnRows = Self.csv(try runner.run(["quotes", "--format", "csv", "--kind", "turn"]).stdout)
        let quoteColumn = try #require(turnRows.first?.firstIndex(of: "quote"))
        #expect(turns.contains { ($0["quote"] as? String)?.contains("\n") == true })
        #expect(turnRows.dropFirst().map { $0[quoteColumn] } == turns.map { $0["quote"] as? String ?? "" })
    }

    @Test func quotesPageAndCount() throws {
        let all = try jsonLines(try parley.run(["quotes", "--format", "jsonl"]).stdout)
        #expect(all.count == 3, "the statement in w1 and w2 once, w3's and w4's")
        let second = try jsonLines(
            try parley.run(["quotes", "--format", "jsonl", "--offset", "1", "--limit", "1"]).stdout)
        #expect(second.count == 1)
        #expect(second.first?["rank"] as? Int == 2)
        #expect(second.first?["quote"] as? String == all[1]["quote"] as? String)
        #expect(try parley.run(["quotes", "--count"]).stdout == "3 statements\n")
        #expect(try parley.run(["quotes", "--count", "--all-copies"]).stdout == "4 quotations\n")
        let counted = try #require(
            try json(try parley.run(["quotes", "--count", "--format", "json", "corridor"]).stdout) as? [String: Any])
        #expect(counted["count"] as? Int == 2)
        let none = try parley.run(["quotes", "--offset", "5"])
        #expect(none.stdout == "No quotation past the first 5.\n")
        #expect(none.status == 1)
    }

    @Test func speakersAndEntitiesPage() throws {
        let speakers = try jsonLines(try parley.run(["speakers", "--format", "jsonl"]).stdout)
        let rest = try jsonLines(try parley.run(["speakers", "--format", "jsonl", "--offset", "1"]).stdout)
        #expect(rest.map { $0["speaker"] as? String } == speakers.dropFirst().map { $0["speaker"] as? String })
        let entities = Self.csv(
            try parley.run(["entities", "--format", "csv", "--limit", "1", "--offset", "1"]).stdout)
        #expect(entities.count == 2)
        #expect(entities.last?.first == "2")
    }

    @Test func statsAndTimelineForPrograms() throws {
        let stats = try #require(try json(try parley.run(["stats", "--format", "json"]).stdout) as? [String: Any])
        #expect(stats["articles"] as? Int == 4)
        #expect(stats["first_date"] as? String == "2025-10-02")
        let bySource = try #require(stats["articles_by_source"] as? [[String: Any]])
        #expect(bySource.first?["source"] as? String == "Meridian Wire")
        let rows = Self.csv(try parley.run(["stats", "--format", "csv"]).stdout)
        #expect(rows.first == ["section", "name", "value"])
        #expect(rows.contains(["index", "articles", "4"]))
        #expect(rows.contains(["source", "Meridian Wire", "2"]))

        let periods = try jsonLines(try parley.run(["timeline", "--format", "jsonl", "corridor"]).stdout)
        #expect(periods.map { $0["period"] as? String } == ["2025-10", "2025-11"])
        let count = try jsonLines(try parley.run(["search", "--count", "--format", "jsonl", "corridor"]).stdout)
        let matches = try #require((count.first?["summary"] as? [String: Any])?["matches"] as? Int)
        #expect(periods.reduce(0) { $0 + ($1["matches"] as? Int ?? 0) } == matches)
    }

    /// A sentence longer than a passage is cut at a word; each piece says so (`…`), in text and in JSON.
    @Test func aPieceOfALongSentenceSaysSo() throws {
        let clauses = (1...30).map { "the envoys from Tamesk crossed bridge number \($0) on foot" }
        let sentence = "On Monday " + clauses.joined(separator: ", and ") + ", and then the envoys rested."
        let (folder, parley) = try BinaryRunner.inTemporaryFolder()
        try parley.index([["id": "long", "title": "Bridges", "date": "2025-10-02", "text": sentence]], in: folder)
        let pieces = try jsonLines(try parley.run(["search", "--format", "jsonl", "--sort", "date", "envoys"]).stdout)
            .dropLast().sorted { ($0["start"] as? Int ?? 0) < ($1["start"] as? Int ?? 0) }
        #expect(pieces.count >= 2)
        #expect(pieces.first?["starts_mid_sentence"] as? Bool == false)
        #expect(pieces.first?["ends_mid_sentence"] as? Bool == true)
        #expect(pieces.last?["starts_mid_sentence"] as? Bool == true)
        #expect(pieces.last?["ends_mid_sentence"] as? Bool == false)
        let text = try parley.run(["search", "--limit", "10", "envoys"]).stdout
        #expect(text.contains("   On Monday the [envoys]"))
        #expect(text.contains(" …\n"))
        #expect(text.contains("   … "))
    }

    @Test func colorIsBoldOnlyWhenAskedOrOnATerminal() throws {
        let always = try parley.run(["search", "--color", "always", "phase"])
        #expect(always.stdout.contains("\u{1B}[1mphase\u{1B}[0m"))
        let piped = try parley.run(["search", "phase"])
        #expect(!piped.stdout.contains("\u{1B}"))
        #expect(piped.stdout.contains("[phase]"))
        let never = try parley.run(["search", "--color", "never", "phase"])
        #expect(never.stdout == piped.stdout)
        let quotes = try parley.run(["quotes", "--color", "always", "winter"])
        #expect(!quotes.stdout.contains("\u{1B}"), "a quotation's own words are not marked, only a turn's passage")
        let bad = try parley.run(["search", "--color", "sometimes", "phase"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--color"))
    }
}
