import ArgumentParser
import Foundation
import ParleySearch

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print what the index holds: articles, passages, sources, dates and size.")

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp(OutputFormat.help + "; docs/output.md gives each one's fields.", valueName: "format"))
    var format: OutputFormat = .text

    func run() throws {
        let index = try common.openIndex(mode: .read)
        let statistics = try index.statistics()
        switch format {
        case .text: Console.print(Self.render(statistics, path: index.path), terminator: "")
        case .json, .jsonl: Console.print(JSONOutput.line(Self.object(statistics, path: index.path)))
        case .csv:
            // Long form, one schema for the totals and the sources: section, name, value.
            let object = Self.object(statistics, path: index.path)
            Console.print("section,name,value")
            for key in Self.totals { Console.print("index,\(key),\(CSV.field(CSV.text(object[key])))") }
            for (source, articles) in statistics.articlesBySource {
                Console.print("source,\(CSV.field(source ?? "")),\(articles)")
            }
        }
    }

    /// The object's scalar fields, in the order CSV lists them.
    static let totals = [
        "path", "file_bytes", "articles", "copies", "passages", "quotations", "turns", "question_turns", "transcripts",
        "sources", "first_date", "last_date",
    ]

    /// `--format json|jsonl`: docs/output.md's stats object.
    static func object(_ s: IndexStatistics, path: String) -> [String: Any] {
        [
            "path": path, "file_bytes": s.fileBytes, "articles": s.articles, "copies": s.copies, "passages": s.passages,
            "quotations": s.quotations, "turns": s.turns, "question_turns": s.questionTurns,
            "transcripts": s.transcripts, "sources": s.sources, "first_date": s.firstDate ?? NSNull(),
            "last_date": s.lastDate ?? NSNull(),
            // Articles without a source: `(no source)` in text, null here.
            "articles_by_source": s.articlesBySource.map {
                ["source": $0.source ?? NSNull(), "articles": $0.articles] as [String: Any]
            },
        ]
    }

    static func render(_ s: IndexStatistics, path: String) -> String {
        var out = "index:     \(path) (\(Format.bytes(s.fileBytes)))\n"
        out += "articles:  \(s.articles)" + (s.copies > 0 ? " (+\(s.copies) wire copies)" : "") + "\n"
        out += "passages:  \(s.passages)\n"
        out += "quotes:    \(s.quotations)\n"
        if s.turns > 0 {
            out +=
                "turns:     \(s.turns) in \(s.transcripts) transcript\(s.transcripts == 1 ? "" : "s") "
                + "(\(s.questionTurns) of them questions)\n"
        }
        out += "sources:   \(s.sources)\n"
        if let first = s.firstDate, let last = s.lastDate {
            out += "dates:     \(first.prefix(10)) … \(last.prefix(10))\n"
        } else {
            out += "dates:     none\n"
        }
        for (source, count) in s.articlesBySource.prefix(10) {
            out += "  \(String(count).leftPadded(to: 7))  \(source ?? "(no source)")\n"
        }
        if s.articlesBySource.count > 10 { out += "  … \(s.articlesBySource.count - 10) more sources\n" }
        return out
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
