import ArgumentParser
import Foundation
import ParleySearch

/// `parley article KEY`: one stored article with its quotations and the entities it mentions.
struct ArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Print one article, its quotations with their speakers, and the entities it mentions.",
        discussion: """
            KEY is the article id search and quotes print ([key, chars …]): the article's own id, or url:… or \
            hash:… for one without.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: QueryLimitOptions

    @Option(
        help: ArgumentHelp(
            "text, or json (one object; jsonl is the same on one line); docs/output.md gives its fields.",
            valueName: "format"))
    var format: OutputFormat = .text

    @Argument(help: ArgumentHelp("The article's id, as search and quotes print it.", valueName: "key"))
    var key: String

    func validate() throws {
        if format == .csv {
            throw ValidationError("'--format csv' lists rows, and an article is one record: use json.")
        }
        if key.isEmpty { throw ValidationError("Give an article id: parley article KEY.") }
    }

    func run() throws {
        let index = try limits.openIndex(common)
        guard let article = try index.article(key: key) else {
            StandardError.write("error: no article has the id '\(key.visibleControlCharacters)' in \(index.path)\n")
            throw ExitCode.partial
        }
        switch format {
        case .text: Console.print(Self.render(article), terminator: "")
        case .json, .jsonl, .csv: Console.print(JSONOutput.line(Self.object(article)))
        }
    }

    /// The article record of docs/output.md.
    static func object(_ article: ArticleView) -> [String: Any] {
        [
            "article_id": article.key, "title": article.title, "source": article.source ?? NSNull(),
            "date": article.published ?? NSNull(), "url": article.url ?? NSNull(), "byline": article.byline ?? NSNull(),
            "text": article.text,
            "copies": article.copies.map {
                ["article_id": $0.key, "source": $0.source ?? NSNull(), "date": $0.published ?? NSNull()]
                    as [String: Any]
            },
            "quotations": article.quotations.map { quote in
                [
                    "start": quote.start, "end": quote.end, "kind": quote.kind, "speaker": quote.speaker ?? NSNull(),
                    "speaker_kind": quote.speakerKind?.rawValue ?? NSNull(),
                    "speaker_mention": quote.speakerMention ?? NSNull(),
                    "cue": quote.cue ?? NSNull(), "method": quote.method ?? NSNull(), "confidence": quote.confidence,
                ] as [String: Any]
            },
            "entities": article.entities.map { entity in
                [
                    "name": entity.name, "kind": entity.kind.rawValue,
                    "mentions": entity.mentions.map { [$0.lowerBound, $0.upperBound] },
                ] as [String: Any]
            },
        ]
    }

    static func render(_ article: ArticleView) -> String {
        var out =
            SearchRenderer.headline(
                title: article.title, key: article.key, source: article.source, published: article.published)
            + "\n[\(article.key)]" + (article.url.map { " \($0)" } ?? "") + "\n"
        if let byline = article.byline, !byline.isEmpty { out += "By \(byline)\n" }
        out += "\n\(article.text.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        let scalars = Array(article.text.unicodeScalars)
        func excerpt(_ start: Int, _ end: Int) -> String {
            let lower = min(max(start, 0), scalars.count), upper = min(max(end, lower), scalars.count)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lower..<upper])
            return QuotesCommand.excerpt(String(view))
        }
        let quotes = article.quotations.filter { $0.kind != "turn" }
        let turns = article.quotations.filter { $0.kind == "turn" }
        if !quotes.isEmpty {
            out += "\nQuotations (\(quotes.count)):\n"
            for quote in quotes {
                let how = [quote.method, String(format: "confidence %.2f", quote.confidence)].compactMap { $0 }
                    .joined(separator: "; ")
                out +=
                    "  chars \(quote.start)–\(quote.end), \(quote.kind): \(quote.speaker ?? "(unattributed)")"
                    + " (\(how)): “\(excerpt(quote.start, quote.end))”\n"
            }
        }
        if !turns.isEmpty {
            let speakers = Dictionary(grouping: turns) { $0.speaker ?? $0.speakerMention ?? "?" }
                .map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            out += "\nTurns (\(turns.count)): " + speakers.map { "\($0.0) \($0.1)" }.joined(separator: " · ") + "\n"
        }
        if !article.entities.isEmpty {
            out +=
                "\nEntities: "
                + article.entities.map { "\($0.name) (\($0.kind.rawValue)) \($0.mentions.count)" }
                .joined(separator: " · ") + "\n"
        }
        if !article.copies.isEmpty {
            out +=
                "\nAlso published as: "
                + article.copies.map { copy in
                    let meta = SearchRenderer.meta(source: copy.source, published: copy.published)
                    return copy.key + (meta.isEmpty ? "" : " (\(meta))")
                }.joined(separator: "; ") + "\n"
        }
        return out
    }
}
