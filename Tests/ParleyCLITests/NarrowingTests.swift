import Foundation
import ParleyTestSupport
import Testing

/// `quotes` takes the filters `search` takes (`--since`, `--until`, `--source`, `--entity`), and both take
/// `--sort date`, through the binary on the samples. Each filtered answer is checked against the unfiltered list
/// filtered here: nothing wrong kept, nothing right dropped.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct NarrowingTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.indexingSamples()
    }

    struct Quote: Hashable, Sendable {
        var article: String
        var start: Int
        var date: String?
        var source: String?
        var speaker: String?
    }

    func quotes(_ arguments: [String]) throws -> [Quote] {
        // Every copy: which copy stands for a statement depends on the order, and these tests compare sets.
        let result = try parley.run(["quotes", "--format", "jsonl", "--limit", "1000", "--all-copies"] + arguments)
        #expect(result.status == 0 || result.status == 1, "\(arguments): \(result.stderr)")
        return result.stdout.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return nil
            }
            return Quote(
                article: object["article_id"] as? String ?? "", start: object["start"] as? Int ?? -1,
                date: (object["date"] as? String).map { String($0.prefix(10)) }, source: object["source"] as? String,
                speaker: object["speaker"] as? String)
        }
    }

    enum Filter: CaseIterable, Sendable {
        case since, until, month, source

        var arguments: [String] {
            switch self {
            case .since: ["--since", "2025-11"]
            case .until: ["--until", "2025-10-15"]
            case .month: ["--since", "2025-10", "--until", "2025-10"]
            case .source: ["--source", "Meridian Wire"]
            }
        }

        func holds(_ quote: Quote) -> Bool {
            switch self {
            case .since: (quote.date ?? "") >= "2025-11-01"
            case .until: quote.date.map { $0 <= "2025-10-15" } ?? false
            case .month: quote.date?.hasPrefix("2025-10") ?? false
            case .source: quote.source == "Meridian Wire"
            }
        }
    }

    @Test(arguments: Filter.allCases)
    func quotesKeepExactlyWhatTheFilterSays(filter: Filter) throws {
        for query in [[], ["territory"], ["--speaker", "Marevsky"]] {
            let all = try quotes(query)
            let kept = try quotes(query + filter.arguments)
            #expect(!kept.isEmpty, "\(query + filter.arguments)")
            #expect(Set(kept) == Set(all.filter(filter.holds)), "\(query + filter.arguments)")
        }
    }

    /// The mission's question: what has someone said about something since a month.
    @Test func whatASpeakerSaidAboutSomethingSinceAMonth() throws {
        let result = try parley.run(["quotes", "--speaker", "Vedrač", "--since", "2025-11", "territory"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Irena Vedrač: “We did not fight for our territory in order to freeze it,”"))
        #expect(!result.stdout.contains("2025-10-"))
    }

    /// `--entity`: quotations whose passage mentions the entity; the same passages `search --entity` keeps.
    @Test func quotesByEntityAreInPassagesMentioningIt() throws {
        let entity = "Ilya Marevsky"
        let kept = try quotes(["--entity", entity])
        #expect(!kept.isEmpty)
        #expect(kept.count < (try quotes([])).count)
        let search = try parley.run(["search", "--entity", entity, "--limit", "1000", "said OR told OR says"])
        for quote in kept where quote.speaker != entity {
            // Someone else quoted in a passage naming him: that passage is among search's.
            #expect(search.stdout.contains("[\(quote.article), chars "), "\(quote)")
        }
    }

    @Test(arguments: [["territory"], ["--speaker", "Marevsky"], ["ceasefire", "--since", "2025-10"]])
    func sortByDateIsNewestFirstAndKeepsEveryMatch(arguments: [String]) throws {
        let byDate = try quotes(arguments + ["--sort", "date"])
        let byScore = try quotes(arguments)
        #expect(Set(byDate) == Set(byScore))
        let days = byDate.map { $0.date ?? "" }
        #expect(days == days.sorted(by: >), "\(days)")
    }

    @Test func searchSortByDateIsNewestFirstAndCountsEveryMatch() throws {
        let byDate = try parley.run(["search", "--sort", "date", "--limit", "1000", "territory OR ceasefire"])
        let exact = try parley.run(["search", "--exact", "--limit", "1000", "territory OR ceasefire"])
        #expect(byDate.status == 0)
        let days = byDate.stdout.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains(" — ") }
            .compactMap { $0.split(separator: ",").last?.trimmingCharacters(in: .whitespaces) }
        #expect(days.count > 20)
        #expect(days == days.sorted(by: >), "\(days)")
        func locations(_ text: String) -> Set<Substring> {
            Set(text.split(separator: "\n").filter { $0.hasPrefix("   [") })
        }
        #expect(locations(byDate.stdout) == locations(exact.stdout))
        #expect(byDate.stdout.split(separator: "\n").last == exact.stdout.split(separator: "\n").last)
    }

    /// Who said what about whom: `quotes --about` keeps the quotations whose own words mention the entity (not
    /// those merely beside a mention), and `speakers --about` counts them by speaker.
    @Test func quotesAndSpeakersAboutAnEntity() throws {
        let result = try parley.run(["quotes", "--about", "Meridian Union", "--format", "jsonl", "--limit", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        let quotes = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(quotes.count >= 3)
        var bySpeaker: [String: Int] = [:]
        for quote in quotes {
            #expect((quote["quote"] as? String)?.contains("Meridian Union") == true, "\(quote)")
            if let speaker = quote["speaker"] as? String, quote["speaker_kind"] as? String != "questioner" {
                bySpeaker[speaker, default: 0] += 1
            }
        }
        // Every quotation naming it in its text is found: the unfiltered list, filtered here.
        let all = try parley.run([
            "quotes", "--format", "jsonl", "--limit", "1000", "--kind", "full", "--kind", "partial",
        ])
        let naming = all.stdout.split(separator: "\n").filter {
            $0.contains("Meridian Union") && $0.contains(#""quote":"#)
        }
        .filter { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["quote"] as? String)?.contains("Meridian Union") == true
        }
        #expect(quotes.filter { $0["kind"] as? String != "turn" }.count == naming.count)
        let speakers = try parley.run(["speakers", "--about", "Meridian Union", "--format", "jsonl"])
        let counted = try speakers.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(
            Dictionary(
                uniqueKeysWithValues: counted.map { ($0["speaker"] as? String ?? "", $0["statements"] as? Int ?? 0) })
                == bySpeaker)
    }

    /// Fields in the query are the options of the same name, and `-word` in the arguments excludes a word (it is
    /// no option).
    @Test func fieldsInTheQueryEqualTheOptions() throws {
        let byOptions = try parley.run(["quotes", "--speaker", "Vedrač", "--since", "2025-11", "territory"])
        let byFields = try parley.run(["quotes", "speaker:Vedrač since:2025-11 territory"])
        #expect(byOptions.status == 0 && byFields.stdout == byOptions.stdout)
        let search = try parley.run([
            "search", "--limit", "100", "territory", "source:\"Meridian Wire\"", "since:2025-10",
        ])
        let options = try parley.run([
            "search", "--limit", "100", "--source", "Meridian Wire", "--since", "2025-10", "territory",
        ])
        #expect(search.status == 0 && search.stdout == options.stdout)
        let wrong = try parley.run(["search", "kind:partial", "territory"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "error: The field 'kind:' in the query: it applies to parley quotes.\n")
        let badDate = try parley.run(["quotes", "since:someday"])
        #expect(badDate.stderr.hasPrefix("error: The field 'since:' in the query: it wants a date like"))
    }

    @Test func excludedWordsLeaveTheirPassagesOut() throws {
        func locations(_ arguments: [String]) throws -> Set<Substring> {
            let result = try parley.run(["search", "--limit", "1000"] + arguments)
            return Set(result.stdout.split(separator: "\n").filter { $0.hasPrefix("   [") })
        }
        let all = try locations(["territory"])
        let with = try locations(["territory", "ceasefire"])
        let without = try locations(["territory", "-ceasefire"])
        #expect(!with.isEmpty && !without.isEmpty)
        #expect(without == all.subtracting(with))
        #expect(try locations(["territory NOT ceasefire"]) == without)
        let unbalanced = try parley.run(["search", "(territory OR ceasefire"])
        #expect(unbalanced.status == 2)
        #expect(unbalanced.stderr == "error: Unbalanced parenthesis at column 1 of the query.\n")
    }

    /// `timeline`: every dated match counted once, in its period; the totals are every passage (quotation) of the
    /// period; gaps are 0; CSV, JSON and the chart say the same.
    @Test func timelineCountsEveryDatedMatchByPeriod() throws {
        let hits = try parley.run(["search", "--limit", "1000", "--format", "jsonl", "territory"])
        let dated = hits.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.filter { $0["article_id"] != nil }.compactMap { ($0["date"] as? String).map { String($0.prefix(7)) } }
        let csv = try parley.run(["timeline", "--format", "csv", "territory"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.map { $0[0] } == ["2025-09", "2025-10", "2025-11", "2025-12"])
        for row in rows {
            #expect(Int(row[1]) == dated.filter { $0 == row[0] }.count, "\(row)")
            #expect(Int(row[2])! >= Int(row[1])!)
            #expect(abs(Double(row[3])! - Double(row[1])! / Double(row[2])!) < 1e-6)
        }
        let chart = try parley.run(["timeline", "territory"])
        #expect(chart.stdout.hasSuffix("\(dated.count) matching passages in 4 periods.\n"), "\(chart.stdout)")
        // Weeks start on Monday, and an empty week between two others is there, at 0.
        let weeks = try parley.run(["timeline", "--by", "week", "--format", "csv", "territory"])
        let labels = weeks.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(10)) }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for label in labels {
            #expect(calendar.component(.weekday, from: formatter.date(from: label)!) == 2, "\(label)")
        }
        #expect(weeks.stdout.contains(",0,"))
        // Statements, as `quotes` counts the full and partial quotations (every sample is dated), by period.
        let quotes = try parley.run(["quotes", "--count", "--kind", "full", "--kind", "partial", "territory"])
        let statementCount = try #require(Int(quotes.stdout.split(separator: " ").first ?? ""), "\(quotes.stdout)")
        let json = try parley.run(["timeline", "--quotes", "--format", "json", "territory"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let periods = try #require(object["periods"] as? [[String: Any]])
        #expect(object["unit"] as? String == "statements")
        #expect(periods.reduce(0) { $0 + ($1["matches"] as? Int ?? 0) } == statementCount)
    }

    /// `search --explain`: the parts of each score add up to it, and each filter says what kept the passage.
    @Test func explainAddsUpTheScoreAndNamesTheFilters() throws {
        let result = try parley.run([
            "search", "--explain", "--format", "jsonl", "--limit", "5", "--speaker", "Marevsky", "--since", "2025-10",
            "territory OR sanctions",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let hits = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.filter { $0["article_id"] != nil }
        #expect(!hits.isEmpty)
        for hit in hits {
            let lines = try #require(hit["explanation"] as? [String])
            let parts = lines.compactMap { line in
                line.range(of: "; score ").map { Double(line[$0.upperBound...]) ?? 0 }
            }
            #expect(!parts.isEmpty)
            #expect(abs(parts.reduce(0, +) + (hit["score"] as? Double ?? 0)) < 0.01, "\(lines)")
            #expect(
                lines.contains {
                    $0.hasPrefix("speaker: a quotation by Ilya Marevsky") || $0.hasPrefix("speaker: the turn")
                })
            #expect(lines.contains { $0.hasPrefix("date: published 2025-1") && $0.hasSuffix("on or after 2025-10-01") })
            #expect(lines.contains { $0.hasPrefix("length: ") })
        }
        // By date, a one-term query's IDF is measured (review finding: the parts did not add up).
        let byDate = try parley.run([
            "search", "--explain", "--format", "jsonl", "--sort", "date", "--limit", "3", "ceasefire",
        ])
        for hit in byDate.stdout.split(separator: "\n").compactMap({
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }) where hit["article_id"] != nil {
            let lines = try #require(hit["explanation"] as? [String])
            let parts = lines.compactMap { line in
                line.range(of: "; score ").map { Double(line[$0.upperBound...]) ?? 0 }
            }
            #expect(abs(parts.reduce(0, +) + (hit["score"] as? Double ?? 0)) < 0.01, "\(lines)")
        }
    }

    /// The same statement carried by three outlets (case, accents and punctuation aside) is listed once, with the
    /// others and the first date; `--all-copies` lists each.
    @Test func aStatementCarriedByThreeOutletsIsListedOnce() throws {
        let articles = [
            (
                "c1", "Harbour Post", "2025-12-21",
                "“The Veyra crossing will stay open through the winter,” said Ilya Marevsky on Sunday."
            ),
            (
                "c2", "Solenne Daily", "2025-12-20",
                "Ilya Marevsky said: \\\"the Veyra crossing will stay open through the winter.\\\" Traders welcomed it."
            ),
            (
                "c3", "Tamesk Wire", "2025-12-22",
                "“The Veyra crossing will stay open – through the winter,” Marevsky told reporters in Serin."
            ),
        ].map { id, source, date, text in
            #"{"id":"\#(id)","title":"Crossing \#(id)","source":"\#(source)","date":"\#(date)","text":"\#(text)"}"#
        }
        try folder.write("copies.jsonl", articles.joined(separator: "\n") + "\n")
        #expect(try parley.run(["index", "-q", "copies.jsonl"]).status == 0)
        let once = try parley.run(["quotes", "crossing", "winter"])
        #expect(once.stdout.components(separatedBy: "stay open").count == 2, "\(once.stdout)")
        #expect(once.stdout.contains("   also in 2 articles: "), "\(once.stdout)")
        #expect(once.stdout.contains("(first 2025-12-20)"), "\(once.stdout)")
        let all = try parley.run(["quotes", "--all-copies", "crossing", "winter"])
        #expect(all.stdout.components(separatedBy: "stay open").count == 4, "\(all.stdout)")
        #expect(!all.stdout.contains("also in"))
        let json = try parley.run(["quotes", "--format", "jsonl", "crossing", "winter"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect((object["copies"] as? [[String: Any]])?.count == 2)
        // A timeline of statements counts it once, on its first date (the copies' days hold none of it).
        let timeline = try parley.run(["timeline", "--quotes", "--by", "day", "--format", "csv", "crossing", "winter"])
        let days = timeline.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",").prefix(2).joined(separator: ",")
        }
        #expect(days == ["2025-12-20,1"], "\(timeline.stdout)")
    }

    /// A paragraph three outlets carry word for word (case and punctuation aside) is one passage in `search`: listed
    /// once, counted once, and said so; `--all-copies` lists and counts each. The same count through `--count`, the
    /// JSON summary and a streamed listing.
    @Test func aPassageCarriedByThreeOutletsIsCountedOnce() throws {
        let shared = "The Quellmark ferry will stay open through the winter, the ministry in Port Solenne said."
        let articles = [
            ("w1", shared + "\\n\\nTraders welcomed the news."),
            ("w2", "THE QUELLMARK FERRY WILL STAY OPEN THROUGH THE WINTER -- the ministry in Port Solenne said!"),
            ("w3", "Harbour pilots went back to work on Monday.\\n\\n" + shared),
            ("w4", "The Quellmark ferry was closed for two days in March, the ministry said."),
        ].map { id, text in #"{"id":"\#(id)","title":"Crossing \#(id)","source":"Harbour Post","text":"\#(text)"}"# }
        try folder.write("passages.jsonl", articles.joined(separator: "\n") + "\n")
        #expect(try parley.run(["index", "-q", "passages.jsonl"]).status == 0)
        let once = try parley.run(["search", "Quellmark", "ministry"])
        #expect(once.stdout.contains("   also in 2 articles: "), "\(once.stdout)")
        #expect(
            once.stdout.hasSuffix("2 of 2 matching passages (4 with copies: --all-copies lists them).\n"),
            "\(once.stdout)")
        #expect(
            try parley.run(["search", "--count", "Quellmark", "ministry"]).stdout
                == "2 matching passages (4 with copies: --all-copies lists them)\n")
        #expect(
            try parley.run(["search", "--count", "--all-copies", "Quellmark", "ministry"]).stdout
                == "4 matching passages\n")
        let all = try parley.run(["search", "--all-copies", "Quellmark", "ministry"])
        #expect(all.stdout.hasSuffix("4 of 4 matching passages.\n"), "\(all.stdout)")
        let summary = try parley.run(["search", "--count", "--format", "json", "Quellmark", "ministry"])
        #expect(
            summary.stdout.contains(#""distinct":2"#) && summary.stdout.contains(#""matches":4"#), "\(summary.stdout)")
        let stream = try parley.run(["search", "--format", "jsonl", "Quellmark", "ministry"])
        let lines = stream.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(stream.stdout)")
        #expect(lines.last?.contains(#""distinct":2"#) == true, "\(stream.stdout)")
        // Facets count the passage once too, unless every copy is asked for.
        #expect(
            try parley.run(["search", "--facets", "Quellmark", "ministry"]).stdout.contains(
                "  Sources: Harbour Post 2\n"))
        #expect(
            try parley.run(["search", "--facets", "--all-copies", "Quellmark", "ministry"]).stdout
                .contains("  Sources: Harbour Post 4\n"))
    }

    /// A new index in a folder of its own holding `articles` (id, date, text), each from the Harbour Post.
    static func harbourPost(_ articles: [(String, String, String)]) throws -> (TemporaryFolder, BinaryRunner) {
        try BinaryRunner.indexing(
            articles.map { id, date, text in
                ["id": id, "title": "Harbour \(id)", "source": "Harbour Post", "date": date, "text": text]
            })
    }

    /// A rewrite a word or two apart (a typo, a word changed) is the same statement, by the same speaker only.
    @Test func aStatementAFewWordsApartIsOneStatement() throws {
        let (folder, parley) = try Self.harbourPost([
            ("n1", "2025-12-20", "“The ferry to Kaliv will run twice a day from Monday,” Ilya Marevsky said."),
            ("n2", "2025-12-21", "“The ferry to Kaliv will now run twice a day from Monday,” Ilya Marevsky said."),
            ("n3", "2025-12-22", "“The ferry to Kaliv will run twice a day from Monday,” Irena Vedrač said."),
            ("n4", "2025-12-23", "“The ferry to Quellmark will stop for the winter on Monday,” Ilya Marevsky said."),
        ])
        _ = folder
        let listed = try parley.run(["quotes", "--format", "jsonl", "ferry"]).stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(listed.count == 3, "n1 and n2 once; n3 another speaker's; n4 another statement")
        let twice = listed.first { ($0["copies"] as? [[String: Any]])?.isEmpty == false }
        let copies = (twice?["copies"] as? [[String: Any]])?.compactMap { $0["article_id"] as? String }
        #expect(Set([twice?["article_id"] as? String] + (copies ?? []).map { $0 as String? }) == ["n1", "n2"])
        #expect(try parley.run(["quotes", "--count", "ferry"]).stdout == "3 statements\n")
        #expect(try parley.run(["quotes", "--count", "--all-copies", "ferry"]).stdout == "4 quotations\n")
    }

    /// The same words are one statement only when they are a sentence's worth (six words or more) and one speaker's:
    /// `“baseless”` in two articles, or the same words by two speakers, are two statements; `speakers` counts so.
    @Test func aShortQuotationOrAnotherSpeakersWordsAreStatementsOfTheirOwn() throws {
        let (folder, parley) = try Self.harbourPost([
            ("s1", "2025-12-20", "Ilya Marevsky called the report “baseless” on Monday."),
            ("s2", "2025-12-21", "Irena Vedrač called the charges “baseless” in Serin."),
            ("s3", "2025-12-22", "“We will keep the border posts open all winter,” Ilya Marevsky said."),
            ("s4", "2025-12-23", "“We will keep the border posts open all winter,” Irena Vedrač said."),
            ("s5", "2025-12-24", "Ilya Marevsky said: “We will keep the border posts open all winter.”"),
        ])
        _ = folder
        let baseless = try parley.run(["quotes", "baseless"])
        #expect(baseless.stdout.components(separatedBy: "“baseless”").count == 3, "\(baseless.stdout)")
        #expect(!baseless.stdout.contains("also in"))
        let posts = try parley.run(["quotes", "--format", "jsonl", "border", "posts"])
        let statements = posts.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(statements.count == 2, "\(posts.stdout)")
        let marevsky = statements.first { $0["speaker"] as? String == "Ilya Marevsky" }
        #expect((marevsky?["copies"] as? [[String: Any]])?.map { $0["article_id"] as? String } == ["s5"])
        #expect(try parley.run(["quotes", "--count", "border", "posts"]).stdout == "2 statements\n")
        let speakers = try parley.run(["speakers", "--format", "csv"]).stdout
        #expect(speakers.contains("Ilya Marevsky,person,2,3"), "\(speakers)")
    }

    /// A passage republished by another article (a lightly edited copy) is listed once in `search`, with the
    /// other article; `--all-copies` lists each.
    @Test func aRepublishedPassageIsListedOnceInSearch() throws {
        let shared = "Engineers from both sides inspected the Kaliv bridge on Thursday and found the deck sound."
        let articles = [("r1", "First report.", "2025-12-22"), ("r2", "Updated with a correction.", "2025-12-23")].map {
            id, tail, date in
            #"{"id":"\#(id)","title":"Bridge \#(id)","date":"\#(date)","text":"\#(shared)\n\n\#(tail)"}"#
        }
        try folder.write("bridge.jsonl", articles.joined(separator: "\n") + "\n")
        #expect(try parley.run(["index", "-q", "bridge.jsonl"]).status == 0)
        let once = try parley.run(["search", "Kaliv", "bridge", "deck"])
        #expect(once.stdout.components(separatedBy: "found the [deck] sound").count == 2, "\(once.stdout)")
        #expect(once.stdout.contains("   also in 1 article: r"), "\(once.stdout)")
        let all = try parley.run(["search", "--all-copies", "Kaliv", "bridge", "deck"])
        #expect(all.stdout.components(separatedBy: "found the [deck] sound").count == 3, "\(all.stdout)")
    }
}
