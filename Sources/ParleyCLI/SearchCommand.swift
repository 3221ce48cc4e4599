import ArgumentParser
import Foundation
import ParleySearch

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Print the passages that match a query, best first.",
        discussion: """
            Words are ANDed; "a phrase" in double quotes matches those words in a row; word* matches any word \
            starting with 'word'; OR between two terms matches either (sanctions OR embargo Iran). Matching ignores case and accents and folds English endings \
            (negotiations = negotiate). Other punctuation is searched as text, never as syntax. Quote the query \
            for your shell: parley search '"security guarantees" ceasefire'.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: QueryLimitOptions

    @Option(help: "Maximum number of passages to print (text: 10 unless given; the other formats: every one).")
    var limit: Int?

    @Option(
        name: .customLong("speaker"),
        help: ArgumentHelp(
            "Only passages holding a quotation by this speaker (repeatable: any of them).", valueName: "name"))
    var speakers: [String] = []

    @OptionGroup var narrowing: NarrowingOptions

    @Option(
        help: ArgumentHelp(
            "With --speaker, only their quotations found with at least this confidence (0 to 1); alone, passages "
                + "holding a quotation attributed with at least this confidence.", valueName: "p"))
    var minConfidence: Double?

    @Flag(help: "Also count the matches by speaker, person, place, organization, source and year.")
    var facets = false

    @Option(help: ArgumentHelp(OutputFormat.help + "; docs/output.md gives each one's fields.", valueName: "format"))
    var format: OutputFormat = .text

    @OptionGroup var color: ColorOptions

    @Option(
        help: ArgumentHelp(
            "Rank only the N most recently indexed matches: fast at any index size, but an approximation of the best "
                + "(the count line says so).", valueName: "N"))
    var newest: Int?

    @Option(help: "Skip this many of the best passages first (paging: --offset 10 --limit 10 lists 11 to 20).")
    var offset = 0

    @Flag(help: "Print only how many passages match (with json or jsonl, only the summary object).")
    var count = false

    @Flag(help: "List a passage repeated by other articles (a republished copy) once each, not once with them.")
    var allCopies = false

    @Flag(
        help:
            "Print, for each passage, its score's parts (each term in the text and the title, its IDF) and why it passed each filter."
    )
    var explain = false

    @Flag(
        help: ArgumentHelp(
            "Score every match (the reference the default order equals), count every match and facet them all: slow "
                + "for words found in many passages."))
    var exact = false

    // Unrecognized words are the query's: `-word` excludes a word, it is no option.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "Words, \"phrases\", prefix*, OR, -excluded, (groups), NEAR(a b, 10) and fields (speaker:name) to look for.",
            valueName: "query"))
    var query: [String]

    func validate() throws {
        if let unknown = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(unknown)'.")
        }
        if let limit, limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
        if offset < 0 { throw ValidationError("'--offset' must be 0 or more.") }
        if let newest {
            if newest < 1 { throw ValidationError("'--newest' must be at least 1.") }
            if exact {
                throw ValidationError("'--newest' ranks some matches and '--exact' every one: give one of them.")
            }
            if narrowing.sort == .date {
                throw ValidationError("'--newest' ranks by score: it does not go with '--sort date'.")
            }
        }
        if query.isEmpty { throw ValidationError("Give a query: parley search WORDS…") }
        try MinConfidence.validate(minConfidence)
        try narrowing.validate()
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed = try SearchQuery(text, fieldsOnly: true)
        // Fields in the query are the options of the same name.
        let (index, filter) = try narrowing.filter(
            for: parsed, text: text, speakers: speakers, minConfidence: minConfidence
        ) { try limits.openIndex(common) }
        if format != .text, limit == nil, !count, newest == nil {
            // Every result, streamed a chunk at a time.
            let writer = SearchRenderer.writer(format)
            let results = try index.searchEvery(
                parsed, filter: filter, facets: facets, order: narrowing.sort, allCopies: allCopies, offset: offset,
                explain: explain
            ) { hits, explanations in
                for (number, hit) in hits.enumerated() {
                    SearchRenderer.write(
                        hit, rank: offset + writer.written + 1,
                        explanation: number < explanations.count ? explanations[number] : nil, to: writer)
                }
            }
            writer.finish(summary: SearchRenderer.summary(results))
            if writer.written == 0 { throw ExitCode.partial }
            return
        }
        let results = try index.search(
            parsed, limit: limit ?? (format == .text ? 10 : newest ?? 10), filter: filter, facets: facets,
            window: exact ? Int.max : ParleyIndex.rankWindow,
            order: narrowing.sort, allCopies: allCopies, offset: count ? 0 : offset, newest: newest)
        if count {
            SearchRenderer.printCount(results, format: format, allCopies: allCopies)
            if results.totalMatches == 0 { throw ExitCode.partial }
            return
        }
        let explanations =
            explain
            ? try index.explanations(for: results.hits, query: parsed, filter: filter)
            : []
        switch format {
        case .text:
            Console.print(
                SearchRenderer.render(
                    results, style: color.style, explanations: explanations, offset: offset, allCopies: allCopies),
                terminator: "")
        case .json, .jsonl, .csv:
            let writer = SearchRenderer.writer(format)
            for (number, hit) in results.hits.enumerated() {
                SearchRenderer.write(
                    hit, rank: offset + number + 1,
                    explanation: number < explanations.count ? explanations[number] : nil, to: writer)
            }
            writer.finish(summary: SearchRenderer.summary(results))
        }
        if results.hits.isEmpty { throw ExitCode.partial }
    }
}

enum SearchRenderer {
    static func render(
        _ results: SearchResults, style: HighlightStyle, explanations: [[String]] = [], offset: Int = 0,
        allCopies: Bool = true
    ) -> String {
        guard !results.hits.isEmpty else {
            return results.totalMatches > 0 && offset > 0
                ? "No passage past the first \(offset) (\(countLine(results, allCopies: allCopies)))\n"
                : "No passage matches.\n"
        }
        var out = ""
        for (number, hit) in results.hits.enumerated() {
            out +=
                "\(offset + number + 1). "
                + headline(title: hit.title, key: hit.articleKey, source: hit.source, published: hit.published) + "\n"
            var text = hit.marked(open: style.open, close: style.close)
            if let turn = hit.turn {
                // Whose turn: `MR. EARNEST (Josh Earnest): …`, `Q (question): …`; the label is not repeated.
                if text.hasPrefix(turn.label + ":") {
                    text = String(text.dropFirst(turn.label.count + 1)).drop { $0 == " " }.description
                } else if turn.label == "Q", text.hasPrefix("Q ") {
                    text = String(text.dropFirst(2))
                }
                let who = turn.isQuestioner ? "question" : turn.speaker.map { $0 == turn.label ? nil : $0 } ?? nil
                text = turn.label + (who.map { " (\($0))" } ?? "") + ": " + (hit.startsMidSentence ? "… " : "") + text
            } else if hit.startsMidSentence {
                // A piece of a sentence longer than a passage says so.
                text = "… " + text
            }
            if hit.endsMidSentence { text += " …" }
            out += "   \(text)\n"
            out += "   [\(hit.articleKey), chars \(hit.start)–\(hit.end)]\n"
            if !hit.copies.isEmpty {
                out +=
                    "   also in \(hit.copies.count) article\(hit.copies.count == 1 ? "" : "s"): "
                    + hit.copies.prefix(5).joined(separator: ", ") + (hit.copies.count > 5 ? ", …" : "") + "\n"
            }
            if number < explanations.count {
                out += String(format: "     · score %.3f (BM25; more negative is better), of:\n", hit.score)
                for line in explanations[number] { out += "     · \(line)\n" }
            }
            out += "\n"
        }
        let shown = offset == 0 ? "\(results.hits.count)" : "\(offset + 1)–\(offset + results.hits.count)"
        out +=
            "\(shown) of " + countLine(results, allCopies: allCopies) + Self.more(results, offset: offset)
            + (results.rankedBy == .newestMatches ? ": the best of the most recently indexed (--newest)" : "") + ".\n"
        if let facets = results.facets { out += render(facets, complete: results.isComplete) }
        return out
    }

    /// `1,408 matching passages`; with copies counted once, `1,380 matching passages (1,408 with copies: …)`; past
    /// ``ParleyIndex/distinctCountLimit`` matches, `12,408 matching passages, copies included` unless `allCopies`; or
    /// `about 215,030 matching passages (± 2,100; 20,000 counted, …)` for an estimate, copies included.
    static func countLine(_ results: SearchResults, allCopies: Bool = true) -> String {
        let total = results.totalMatches.formatted(.number.grouping(.automatic))
        if results.countIsExact {
            let plain = "\(total) matching passage\(results.totalMatches == 1 ? "" : "s")"
            guard let distinct = results.distinctMatches else {
                // Past `ParleyIndex.distinctCountLimit` matches, copies are folded in the listing, not in the count.
                return allCopies ? plain : plain + ", copies included"
            }
            guard distinct < results.totalMatches else { return plain }
            return "\(distinct.formatted(.number.grouping(.automatic))) matching passage\(distinct == 1 ? "" : "s") "
                + "(\(total) with copies: --all-copies lists them)"
        }
        let counted = results.countedMatches.formatted(.number.grouping(.automatic))
        let margin = results.countMargin.formatted(.number.grouping(.automatic))
        return
            "about \(total) matching passages (± \(margin); \(counted) counted, the rest estimated, copies included: "
            + "--exact counts them all)"
    }

    /// What the count line adds: how many copies were folded into the hits shown when the count does not say it,
    /// and whether more remain.
    static func more(_ results: SearchResults, offset: Int = 0) -> String {
        if let distinct = results.distinctMatches {
            return offset + results.hits.count < distinct ? " (more with --limit)" : ""
        }
        let folded = results.hits.reduce(0) { $0 + $1.copies.count }
        return Self.folded(results)
            + (offset + results.hits.count + folded < results.totalMatches ? " (more with --limit)" : "")
    }

    /// `(2 repeated by other articles, shown once: …)` when copies were folded into the hits shown.
    static func folded(_ results: SearchResults) -> String {
        let folded = results.hits.reduce(0) { $0 + $1.copies.count }
        return folded == 0 ? "" : " (\(folded) repeated by other articles, shown once: --all-copies lists them)"
    }

    /// An article's title, or, for one without (a bare text file, a record with no title), what stands in for it.
    static func heading(title: String, key: String) -> String {
        title.trimmingCharacters(in: .whitespaces).isEmpty ? "(untitled: \(key))" : title
    }

    /// `Meridian Wire, 2025-10-20`: an article's source and day, those it has.
    static func meta(source: String?, published: String?) -> String {
        [source, published.map { String($0.prefix(10)) }].compactMap { $0 }.joined(separator: ", ")
    }

    /// `Title — Meridian Wire, 2025-10-20`: the line that names an article in text output.
    static func headline(title: String, key: String, source: String?, published: String?) -> String {
        let meta = meta(source: source, published: published)
        return heading(title: title, key: key) + (meta.isEmpty ? "" : " — \(meta)")
    }

    /// The columns of `--format csv`, the fields of docs/output.md's passage record flattened.
    static let columns = [
        "rank", "article_id", "title", "source", "date", "url", "start", "end", "score", "turn_label", "turn_speaker",
        "text", "copies", "speakers",
    ]

    static func writer(_ format: OutputFormat) -> RecordWriter {
        RecordWriter(format: format, name: "passages", columns: columns)
    }

    /// One passage: a JSON object (docs/output.md), or its CSV row.
    static func write(_ hit: SearchHit, rank: Int, explanation: [String]?, to writer: RecordWriter) {
        var object: [String: Any] = [
            "rank": rank, "article_id": hit.articleKey, "title": hit.title, "source": hit.source ?? NSNull(),
            "date": hit.published ?? NSNull(), "url": hit.url ?? NSNull(), "start": hit.start, "end": hit.end,
            "text": hit.text, "score": hit.score, "copies": hit.copies,
            "starts_mid_sentence": hit.startsMidSentence, "ends_mid_sentence": hit.endsMidSentence,
            "highlighted": hit.marked(open: "[", close: "]"),
            "marks": hit.marks.map { [$0.lowerBound, $0.upperBound] },
            "speakers": hit.speakers,
            "turn": hit.turn.map {
                ["label": $0.label, "speaker": $0.speaker ?? NSNull(), "question": $0.isQuestioner] as [String: Any]
            } ?? NSNull(),
        ]
        if let explanation { object["explanation"] = explanation }
        var flat = object
        flat["turn_label"] = hit.turn?.label
        flat["turn_speaker"] = hit.turn.map { $0.isQuestioner ? "question" : $0.speaker as Any? ?? NSNull() }
        flat["marks"] = nil
        writer.write(object, csv: flat)
    }

    /// The summary object: the count and how it was found, and the facets.
    static func summary(_ results: SearchResults) -> [String: Any] {
        var summary: [String: Any] = [
            "matches": results.totalMatches, "count_exact": results.countIsExact, "counted": results.countedMatches,
            "count_margin": results.countMargin, "distinct": results.distinctMatches ?? NSNull(),
            "facets_of_all": results.isComplete, "ranked_by": results.rankedBy.rawValue,
        ]
        if let facets = results.facets {
            let groups: [(String, [FacetCount])] = [
                ("speakers", facets.speakers), ("people", facets.people), ("places", facets.places),
                ("organizations", facets.organizations), ("sources", facets.sources), ("years", facets.years),
            ]
            summary["facets"] = Dictionary(
                uniqueKeysWithValues: groups.map { name, counts in
                    (name, counts.map { ["value": $0.value, "passages": $0.passages] as [String: Any] })
                })
        }
        return summary
    }

    /// `--count`: the count line, the summary object, or a CSV header and row.
    static func printCount(_ results: SearchResults, format: OutputFormat, allCopies: Bool = true) {
        switch format {
        case .text: Console.print(countLine(results, allCopies: allCopies))
        case .json, .jsonl: Console.print(JSONOutput.line(["summary": summary(results)]))
        case .csv:
            let columns = ["matches", "count_exact", "counted", "count_margin", "distinct"]
            let values = summary(results)
            Console.print(
                columns.joined(separator: ",") + "\n" + columns.map { CSV.text(values[$0]) }.joined(separator: ","))
        }
    }

    static func render(_ facets: SearchFacets, complete: Bool) -> String {
        let groups: [(String, [FacetCount])] = [
            ("Speakers", facets.speakers), ("People", facets.people), ("Places", facets.places),
            ("Organizations", facets.organizations), ("Sources", facets.sources), ("Years", facets.years),
        ]
        let window = ParleyIndex.rankWindow.formatted(.number.grouping(.automatic))
        var out =
            "\nPassages by facet"
            + (complete ? "" : " (among the \(window) most recently indexed matches: --exact counts them all)") + ":\n"
        for (name, counts) in groups where !counts.isEmpty {
            out += "  \(name): " + counts.map { "\($0.value) \($0.passages)" }.joined(separator: " · ") + "\n"
        }
        return out
    }
}
