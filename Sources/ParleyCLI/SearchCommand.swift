import ArgumentParser
import Foundation
import ParleySearch

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Print the passages that match a query, best first.",
        discussion: """
            Words are ANDed; "a phrase" in double quotes matches those words in a row; word* matches any word \
            starting with 'word'. Matching ignores case and accents and folds English endings \
            (negotiations = negotiate). Other punctuation is searched as text, never as syntax. Quote the query \
            for your shell: parley search '"security guarantees" ceasefire'.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "Maximum number of passages to print.")
    var limit = 10

    @Option(name: .customLong("speaker"), help: ArgumentHelp(
        "Only passages holding a quotation by this speaker (repeatable: any of them).", valueName: "name"))
    var speakers: [String] = []

    @Argument(help: ArgumentHelp("Words, \"phrases\" and prefix* to look for.", valueName: "query"))
    var query: [String]

    func validate() throws {
        if limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
        if query.isEmpty { throw ValidationError("Give a query: parley search WORDS…") }
    }

    func run() throws {
        let parsed = try SearchQuery(query.joined(separator: " "))
        let index = try ParleyIndex.open(at: common.indexPath, mode: .existing)
        let speakerIDs = speakers.isEmpty ? nil : try index.speakerIDs(for: speakers)
        let results = try index.search(parsed, limit: limit, speakers: speakerIDs)
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
            let text = hit.highlighted.replacingOccurrences(of: SearchHit.highlightStart, with: style.open)
                .replacingOccurrences(of: SearchHit.highlightEnd, with: style.close)
            out += "   \(text)\n"
            out += "   [\(hit.articleKey), chars \(hit.start)–\(hit.end)]\n\n"
        }
        let shown = results.hits.count
        out += "\(shown) of \(results.totalMatches) matching passage\(results.totalMatches == 1 ? "" : "s")"
            + (shown < results.totalMatches ? " (more with --limit)" : "") + ".\n"
        return out
    }
}
