import ArgumentParser
import ParleySearch

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print what the index holds: articles, passages, sources, dates and size.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let index = try common.openIndex(mode: .read)
        print(Self.render(try index.statistics(), path: index.path), terminator: "")
    }

    static func render(_ s: IndexStatistics, path: String) -> String {
        var out = "index:     \(path) (\(Format.bytes(s.fileBytes)))\n"
        out += "articles:  \(s.articles)" + (s.copies > 0 ? " (+\(s.copies) wire copies)" : "") + "\n"
        out += "passages:  \(s.passages)\n"
        out += "quotes:    \(s.quotations)\n"
        if s.turns > 0 {
            out += "turns:     \(s.turns) in \(s.transcripts) transcript\(s.transcripts == 1 ? "" : "s") "
                + "(\(s.questionTurns) of them questions)\n"
        }
        out += "sources:   \(s.sources)\n"
        if let first = s.firstDate, let last = s.lastDate {
            out += "dates:     \(first.prefix(10)) … \(last.prefix(10))\n"
        } else {
            out += "dates:     none\n"
        }
        for (source, count) in s.articlesBySource.prefix(10) {
            out += "  \(String(count).leftPadded(to: 7))  \(source)\n"
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
