import ArgumentParser
import Foundation
import ParleySearch

/// The `parley` command: subcommands parse arguments, call the library and render.
struct Parley: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Search diplomatic news coverage: index articles, then find passages by keyword.",
        discussion: """
            The index is one SQLite file: --index FILE, else $PARLEY_INDEX, else Index/parley.sqlite under the \
            current directory.

            Exit status: 0 success; 1 some input was skipped (index) or nothing matched (search); \
            2 usage error or the index cannot be opened.
            """,
        version: version,
        subcommands: [
            IndexCommand.self, SearchCommand.self, QuotesCommand.self, ArticleCommand.self, SpeakersCommand.self,
            EntitiesCommand.self, AliasesCommand.self, TimelineCommand.self, StatsCommand.self, ServeCommand.self,
            CheckCommand.self, TokensCommand.self,
            ReindexCommand.self,
        ]
    )
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The index file (default: $PARLEY_INDEX, else Index/parley.sqlite).",
            valueName: "file"))
    var index: String?

    var indexPath: String { IndexLocation.resolve(option: index) }

    /// Opens the index and, unless `noteAnalysis` is false, says once on stderr when its quotations, speakers and
    /// entities come from an older extraction (everything still works; `parley reindex` re-extracts).
    func openIndex(mode: ParleyIndex.Mode, noteAnalysis: Bool = true) throws -> ParleyIndex {
        // `parley serve` lends its reading commands the index it opened once.
        if mode == .read, let lent = Console.capture?.index { return lent }
        let path = indexPath
        // Once, the first time this Parley opens an index an older one made (v7 hashes every passage's words).
        let index = try ParleyIndex.open(at: path, mode: mode) { passages in
            StandardError.report(.upgrading(path: path, passages: passages))
        }
        if noteAnalysis, let notice = index.analysisNotice { StandardError.report(notice) }
        return index
    }
}

/// What `search` and `quotes` share to narrow and order their results: `--entity`, `--since`, `--until`,
/// `--source` and `--sort`.
struct NarrowingOptions: ParsableArguments {
    @Option(
        name: .customLong("entity"),
        help: ArgumentHelp(
            "Only passages that mention this person, place or organization, as 'parley entities' names it "
                + "(repeatable: any of them).", valueName: "name"))
    var entities: [String] = []

    @Option(
        help: ArgumentHelp(
            "Only articles published on or after this day (2015-09-01, 2015-09 or 2015).", valueName: "date"))
    var since: String?

    @Option(
        help: ArgumentHelp(
            "Only articles published on or before this day (2015-09-30, 2015-09 or 2015).", valueName: "date"))
    var until: String?

    @Option(
        name: .customLong("source"),
        help: ArgumentHelp(
            "Only articles from this source, as 'parley stats' names it (repeatable: any of them).", valueName: "name"))
    var sources: [String] = []

    @Option(
        help: ArgumentHelp(
            "relevance (best score first), or date (newest first, the same day by score; every match is ranked).",
            valueName: "order"))
    var sort: ResultOrder = .relevance

    func validate() throws {
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

    /// Adds a field written in the query (`source:reuters`, `since:2025-09`): the option of the same name.
    mutating func add(_ field: SearchQuery.Field) throws {
        switch field.name {
        case "entity": entities.append(field.value)
        case "source": sources.append(field.value)
        case "since", "until":
            guard DateBound(field.value, end: field.name == "until") != nil else {
                throw QueryError.badField(name: field.name, reason: "it wants a date like 2015-09-01, 2015-09 or 2015")
            }
            if field.name == "since" { since = field.value } else { until = field.value }
        default:
            throw QueryError.badField(name: field.name, reason: "this command does not take it")
        }
        try validate()
    }

    /// For `search` and `timeline`: the query's fields added to these options and to `speakers`, then the filter
    /// they make on `index` (opened only once the query is known to have words).
    func filter(
        for query: SearchQuery, text: String, speakers: [String], minConfidence: Double? = nil,
        open: () throws -> ParleyIndex
    ) throws -> (ParleyIndex, SearchFilter) {
        var narrowing = self
        var speakers = speakers
        for field in query.fields {
            switch field.name {
            case "speaker": speakers.append(field.value)
            case "kind", "about": throw QueryError.badField(name: field.name, reason: "it applies to parley quotes")
            default: try narrowing.add(field)
            }
        }
        guard query.hasWords else { throw QueryError.noSearchableWords(query: text) }
        let index = try open()
        let filter = SearchFilter(
            speakers: speakers.isEmpty ? nil : try index.speakerIDs(for: speakers, note: StandardError.note),
            entities: try narrowing.entityIDs(index), since: narrowing.firstDay, until: narrowing.lastDay,
            sources: narrowing.sourceNames, minConfidence: minConfidence)
        return (index, filter)
    }

    var firstDay: String? { since.flatMap { DateBound($0, end: false)?.day } }
    var lastDay: String? { until.flatMap { DateBound($0, end: true)?.day } }
    var sourceNames: [String]? { sources.isEmpty ? nil : sources }

    func entityIDs(_ index: ParleyIndex) throws -> [Int64]? {
        entities.isEmpty ? nil : try index.entityIDs(for: entities)
    }
}

extension ResultOrder: ExpressibleByArgument {}

/// `--timeout` and `--max-memory` of the commands that query (`search`, `quotes`, `speakers`, `entities`): every
/// query gets a bound, and a query past it stops with the reason instead of running on.
struct QueryLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Stop the query after this many seconds (0: no limit).", valueName: "seconds"))
    var timeout: Double = 30
    @Option(
        name: .customLong("max-memory"),
        help: ArgumentHelp(
            "Stop the query when SQLite needs more than this many MB of memory.", valueName: "MB"))
    var maxMemory: Int = 256

    func validate() throws {
        if !(timeout >= 0 && timeout <= 86_400) {
            throw ValidationError("'--timeout' must be from 0 to 86400 seconds (a day); got \(timeout).")
        }
        if !(1...1_048_576).contains(maxMemory) {
            throw ValidationError("'--max-memory' must be from 1 to 1048576 MB; got \(maxMemory).")
        }
    }

    /// Opens the index for reading with these limits set.
    func openIndex(_ common: CommonOptions) throws -> ParleyIndex {
        // The server sets its own limits on the index it lends.
        if let lent = Console.capture?.index { return lent }
        let index = try common.openIndex(mode: .read)
        index.limitQueries(seconds: timeout > 0 ? timeout : nil, memoryBytes: Int64(maxMemory) << 20)
        return index
    }
}

/// `--wait` of the commands that write (`index`, `reindex`, `aliases add`), and the writers' lock they take.
struct WritingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "While another parley writes to the index, wait at most this many seconds (default: until it finishes; "
                + "0: give up at once).", valueName: "seconds"))
    var wait: Double?

    /// The writers' lock, held until the process ends (``WriterLock``).
    nonisolated(unsafe) static var held: WriterLock?

    func validate() throws {
        if let wait, !(wait >= 0) { throw ValidationError("'--wait' must be 0 or more seconds; got \(wait).") }
    }

    /// Takes the index's writers' lock before the command opens it: a second writer waits for the first (saying so
    /// on stderr) for at most `wait` seconds, or as long as it takes.
    func lock(_ common: CommonOptions) throws {
        guard Self.held == nil else { return }
        Self.held = try WriterLock.acquire(for: common.indexPath, wait: wait) { StandardError.note($0) }
    }
}

/// The exit statuses Parley documents beside argument-parser's `.success` (0); a command throws one after it has
/// said why in full (`Main` ends the process with it, `parley serve` maps it to an HTTP status).
extension ExitCode {
    /// Some input was skipped (`index`), nothing matched (`search`, `quotes`, `timeline`), a check failed (`check`),
    /// no such article (`article`).
    static let partial = ExitCode(1)
    /// A usage error or an index that cannot be used.
    static let unusable = ExitCode(2)
    /// Stopped by Ctrl-C (128 + SIGINT), the batch in hand committed.
    static let interrupted = ExitCode(130)
}

/// Standard error, unbuffered, for warnings and progress.
enum StandardError {
    static func write(_ text: String) {
        if let capture = Console.capture {
            capture.errors += text
        } else {
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    static var isTerminal: Bool { isatty(2) == 1 }

    /// `note: …`, one line.
    static func note(_ text: String) {
        write("note: \(text)\n")
    }

    /// `note: …` or `warning: …`, one line.
    static func report(_ notice: StoreNotice) {
        write("\(notice.label): \(notice)\n")
    }

    /// A writer's warning that the free pages a run left could not be returned (`FreePages`), one line.
    static func freePagesFailed(_ failure: String) {
        write(
            "warning: the index is whole, but returning the free pages the run left failed: \(failure) "
                + "The file stays larger until a later run returns them.\n")
    }
}

enum StandardOutput {
    static var isTerminal: Bool { isatty(1) == 1 }
}
