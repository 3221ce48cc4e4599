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

    @Option(help: "Maximum number of passages to print.")
    var limit = 10

    @Option(name: .customLong("speaker"), help: ArgumentHelp(
        "Only passages holding a quotation by this speaker (repeatable: any of them).", valueName: "name"))
    var speakers: [String] = []

    @Option(name: .customLong("entity"), help: ArgumentHelp(
        "Only passages that mention this person, place or organization, as 'parley entities' names it "
            + "(repeatable: any of them).", valueName: "name"))
    var entities: [String] = []

    @Option(help: ArgumentHelp(
        "Only articles published on or after this day (2015-09-01, 2015-09 or 2015).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp(
        "Only articles published on or before this day (2015-09-30, 2015-09 or 2015).", valueName: "date"))
    var until: String?

    @Option(name: .customLong("source"), help: ArgumentHelp(
        "Only articles from this source, as 'parley stats' names it (repeatable: any of them).", valueName: "name"))
    var sources: [String] = []

    @Option(help: ArgumentHelp(
        "With --speaker, only their quotations found with at least this confidence (0 to 1); alone, passages "
            + "holding a quotation attributed with at least this confidence.", valueName: "p"))
    var minConfidence: Double?

    @Flag(help: "Also count the matches by speaker, person, place, organization, source and year.")
    var facets = false

    @Flag(help: ArgumentHelp(
        "Rank every match, not only the latest \(ParleyIndex.rankWindow) (exact, and slow for words found in many "
            + "passages)."))
    var exact = false

    @Argument(help: ArgumentHelp("Words, \"phrases\" and prefix* to look for.", valueName: "query"))
    var query: [String]

    func validate() throws {
        if limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
        if query.isEmpty { throw ValidationError("Give a query: parley search WORDS…") }
        try MinConfidence.validate(minConfidence)
        for (name, value) in [("since", since), ("until", until)] {
            if let value, DateBound(value, end: name == "until") == nil {
                throw ValidationError("'--\(name)' wants a date like 2015-09-01, 2015-09 or 2015; got '\(value)'.")
            }
        }
        if let since, let until, let first = DateBound(since, end: false), let last = DateBound(until, end: true),
            first.day > last.day
        {
            throw ValidationError("'--since \(since)' is after '--until \(until)': no day is in that range.")
        }
    }

    func run() throws {
        let parsed = try SearchQuery(query.joined(separator: " "))
        let index = try limits.openIndex(common)
        let filter = SearchFilter(
            speakers: speakers.isEmpty ? nil : try index.speakerIDs(for: speakers, note: StandardError.note),
            entities: entities.isEmpty ? nil : try index.entityIDs(for: entities),
            since: since.flatMap { DateBound($0, end: false)?.day }, until: until.flatMap { DateBound($0, end: true)?.day },
            sources: sources.isEmpty ? nil : sources, minConfidence: minConfidence)
        let results = try index.search(
            parsed, limit: limit, filter: filter, facets: facets, window: exact ? Int.max : ParleyIndex.rankWindow)
        let style = HighlightStyle(terminal: StandardOutput.isTerminal)
        print(SearchRenderer.render(results, style: style), terminator: "")
        if results.hits.isEmpty { throw Exit(status: 1) }
    }
}

/// How matched words are marked: bold on a terminal, `[…]` otherwise.
struct HighlightStyle {
    var open: String
    var close: String

    init(terminal: Bool) {
        (open, close) = terminal ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
    }
}

enum SearchRenderer {
    static func render(_ results: SearchResults, style: HighlightStyle) -> String {
        guard !results.hits.isEmpty else { return "No passage matches.\n" }
        var out = ""
        for (number, hit) in results.hits.enumerated() {
            let meta = [hit.source, hit.published.map { String($0.prefix(10)) }].compactMap { $0 }
                .joined(separator: ", ")
            out += "\(number + 1). \(hit.title)" + (meta.isEmpty ? "" : " — \(meta)") + "\n"
            var text = hit.highlighted.replacingOccurrences(of: SearchHit.highlightStart, with: style.open)
                .replacingOccurrences(of: SearchHit.highlightEnd, with: style.close)
            if let turn = hit.turn {
                // Whose turn: `MR. EARNEST (Josh Earnest): …`, `Q (question): …`; the label is not repeated.
                if text.hasPrefix(turn.label + ":") {
                    text = String(text.dropFirst(turn.label.count + 1)).drop { $0 == " " }.description
                } else if turn.label == "Q", text.hasPrefix("Q ") {
                    text = String(text.dropFirst(2))
                }
                let who = turn.isQuestioner ? "question" : turn.speaker.map { $0 == turn.label ? nil : $0 } ?? nil
                text = turn.label + (who.map { " (\($0))" } ?? "") + ": " + text
            }
            out += "   \(text)\n"
            out += "   [\(hit.articleKey), chars \(hit.start)–\(hit.end)]\n\n"
        }
        let shown = results.hits.count
        let total = results.totalMatches.formatted(.number.grouping(.automatic))
        if results.isComplete {
            out += "\(shown) of \(total) matching passage\(results.totalMatches == 1 ? "" : "s")"
                + (shown < results.totalMatches ? " (more with --limit)" : "") + ".\n"
        } else {
            out += "\(shown) of about \(total) matching passages: the best of the "
                + "\(ParleyIndex.rankWindow.formatted(.number.grouping(.automatic))) most recently indexed.\n"
        }
        if let facets = results.facets { out += render(facets, complete: results.isComplete) }
        return out
    }

    static func render(_ facets: SearchFacets, complete: Bool) -> String {
        let groups: [(String, [FacetCount])] = [
            ("Speakers", facets.speakers), ("People", facets.people), ("Places", facets.places),
            ("Organizations", facets.organizations), ("Sources", facets.sources), ("Years", facets.years),
        ]
        var out = "\nPassages by facet" + (complete ? "" : " (in the ranked window)") + ":\n"
        for (name, counts) in groups where !counts.isEmpty {
            out += "  \(name): " + counts.map { "\($0.value) \($0.passages)" }.joined(separator: " · ") + "\n"
        }
        return out
    }
}
