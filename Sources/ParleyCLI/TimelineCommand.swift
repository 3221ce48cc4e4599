import ArgumentParser
import Foundation
import ParleySearch

extension TimelinePeriod: ExpressibleByArgument {}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Count the passages (or statements) that match a query, period by period.",
        discussion: """
            Every match is counted, by its article's publication date (undated articles are left out); periods \
            with none between the first and the last are shown as 0. --quotes counts statements among the full and \
            partial quotations (the same quotation in several articles once, in the period of its first date). --normalize gives \
            each count as a share of all passages (or quotations, copies included) of the period, under the same \
            --since, --until and --source. The query and the filters are those of search.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: QueryLimitOptions

    @Option(help: "day, week (starting on Monday), month or year.")
    var by: TimelinePeriod = .month

    @Flag(help: "Count statements (full and partial quotations, copies once), not the passages.")
    var quotes = false

    @Flag(help: "Show each count as a share of everything in the period.")
    var normalize = false

    @Option(
        name: .customLong("speaker"),
        help: ArgumentHelp(
            "Only passages (quotations) by this speaker (repeatable: any of them).", valueName: "name"))
    var speakers: [String] = []

    @OptionGroup var narrowing: NarrowingOptions

    @Option(
        help: ArgumentHelp(
            "text (a bar chart); " + OutputFormat.help.dropFirst(6) + "; docs/output.md gives each one's fields.",
            valueName: "format"))
    var format: OutputFormat = .text

    // Unrecognized words are the query's: `-word` excludes a word, it is no option.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The query, as for search.", valueName: "query"))
    var query: [String] = []

    func validate() throws {
        if let unknown = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(unknown)'.")
        }
        if query.isEmpty { throw ValidationError("Give a query: parley timeline WORDS…") }
        try narrowing.validate()
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed = try SearchQuery(text, fieldsOnly: true)
        let (index, filter) = try narrowing.filter(for: parsed, text: text, speakers: speakers) {
            try limits.openIndex(common)
        }
        let buckets = try index.timeline(parsed, by: by, filter: filter, quotations: quotes)
        let unit = quotes ? "statements" : "passages"
        switch format {
        case .text:
            Console.print(Self.chart(buckets, normalize: normalize, unit: unit), terminator: "")
        case .json:
            Console.print(
                JSONOutput.line([
                    "by": by.rawValue, "unit": unit,
                    "periods": buckets.map { Self.object($0) },
                ]))
        case .jsonl, .csv:
            let writer = RecordWriter(
                format: format, name: "periods", columns: ["period", "matches", "total", "share"])
            for bucket in buckets { writer.write(Self.object(bucket)) }
            writer.finish()
        }
        if buckets.isEmpty { throw ExitCode.partial }
    }

    /// A period's record: its matches, everything in it, and their share.
    static func object(_ bucket: TimelineBucket) -> [String: Any] {
        ["period": bucket.period, "matches": bucket.matches, "total": bucket.total, "share": bucket.share]
    }

    /// One line a period: its label, a bar scaled to the largest, and the count (or the share).
    static func chart(_ buckets: [TimelineBucket], normalize: Bool, unit: String, width: Int = 40) -> String {
        guard !buckets.isEmpty else { return "No dated \(unit) match.\n" }
        let values = buckets.map { normalize ? $0.share : Double($0.matches) }
        let largest = values.max() ?? 0
        let labelWidth = buckets.map(\.period.count).max() ?? 0
        var out = ""
        for (bucket, value) in zip(buckets, values) {
            // Eighths of a block, so small differences still show.
            let eighths = largest > 0 ? Int((value / largest * Double(width * 8)).rounded()) : 0
            let bar =
                String(repeating: "█", count: eighths / 8)
                + (eighths % 8 > 0 ? String(["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]) : "")
            let shown =
                normalize
                ? String(format: "%.2f%%", bucket.share * 100) + " (\(bucket.matches) of \(bucket.total))"
                : "\(bucket.matches)"
            out +=
                bucket.period.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                + bar.padding(toLength: width + 1, withPad: " ", startingAt: 0) + shown + "\n"
        }
        let total = buckets.reduce(0) { $0 + $1.matches }
        out += "\(total) matching \(unit) in \(buckets.count) period\(buckets.count == 1 ? "" : "s").\n"
        return out
    }
}
