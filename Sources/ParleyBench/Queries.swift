// `parley-bench queries --index PATH --queries FILE [--baseline DB] [--most-frequent WORD] [--repeat N]
//  [--cli PARLEY] [--cli-repeat N] [--slow-repeat N]`: query latency of Scripts/bench, as one JSON object on stdout.
//
// For each query of the fixed set (Scripts/bench-queries.json), after one warm-up run:
// - `parley`: `ParleyIndex.search` in process (ranked window, highlights, facets when asked), N runs, every copy
//   listed (`--all-copies`);
// - `folded`: the same with copies folded, as `parley search` lists them by default, N runs;
// - `exact`: the same search ranking every match (no window), --slow-repeat runs (default 3), and how many of its top
//   10 the windowed search also returns (the window's effect on the ranking); left out when the search is past the
//   window and --slow-repeat is 0 (nothing ranked exactly to compare with);
// - `plain_rank`: FTS5's own `ORDER BY rank` (bm25) on Parley's table, --slow-repeat runs: what the window replaces;
// - `baseline`: the raw-engine table of `parley-bench baseline` (`ORDER BY rank LIMIT 10`), N runs;
// - `cli`: whole `parley search` processes, N runs.

import ArgumentParser
import Foundation
import GRDB
import ParleySearch

struct BenchQuery {
    var shape: String
    var query: String
    var speaker: String?
    var entity: String?
    var source: String?
    var since: String?
    var until: String?
    var facets: Bool
    /// `parley quotes` (statements, each once) instead of `parley search`.
    var quotes = false

    var label: String {
        var label = query
        if let speaker { label += " --speaker \(speaker)" }
        if let entity { label += " --entity \(entity)" }
        if let source { label += " --source \(source)" }
        if let since { label += " --since \(since)" }
        if let until { label += " --until \(until)" }
        if facets { label += " --facets" }
        if quotes { label = "quotes " + label }
        return label
    }

    var cliArguments: [String] {
        var arguments = [query]
        if let speaker { arguments += ["--speaker", speaker] }
        if let entity { arguments += ["--entity", entity] }
        if let source { arguments += ["--source", source] }
        if let since { arguments += ["--since", since] }
        if let until { arguments += ["--until", until] }
        if facets { arguments.append("--facets") }
        return arguments
    }
}

func loadQueries(_ path: String, mostFrequent: String) throws -> [BenchQuery] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
    guard let entries = (object as? [String: Any])?["queries"] as? [[String: Any]] else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
    }
    return entries.map { entry in
        BenchQuery(
            shape: entry["shape"] as? String ?? "?",
            query: (entry["query"] as? String ?? "").replacingOccurrences(of: "$MOST_FREQUENT", with: mostFrequent),
            speaker: entry["speaker"] as? String, entity: entry["entity"] as? String,
            source: entry["source"] as? String, since: entry["since"] as? String, until: entry["until"] as? String,
            facets: entry["facets"] as? Bool ?? false, quotes: entry["quotes"] as? Bool ?? false)
    }
}

/// The word in most passages of the index (fts5vocab, a full scan: seconds on a large index). Not a hidden token
/// (impact levels start with byte 1, filter terms with byte 2): every passage holds its source's.
func mostFrequentToken(index path: String) throws -> String {
    var configuration = Configuration()
    configuration.prepareDatabase { db in db.add(tokenizer: ParleyFTS5Tokenizer.self) }
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.inDatabase { db in
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.bench_vocab USING fts5vocab(main, passage_fts, row)")
        return try String.fetchOne(
            db, sql: "SELECT term FROM temp.bench_vocab WHERE unicode(term) > 31 ORDER BY doc DESC LIMIT 1") ?? "the"
    }
}

struct Latency {
    var samples: [Double] = []  // milliseconds

    var json: [String: Any] {
        ["p50_ms": percentile(0.5), "p95_ms": percentile(0.95), "max_ms": samples.max() ?? 0, "runs": samples.count]
    }

    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = p == 0.5 ? sorted.count / 2 : Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    mutating func measure(_ body: () throws -> Void) rethrows {
        samples.append(try seconds(body) * 1000)
    }
}

struct QueriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queries",
        abstract: "Time a fixed query set in process, in whole `parley search` runs and on the raw-engine table, "
            + "as one JSON object (progress on stderr).")

    @OptionGroup var index: IndexOption

    @Option(
        name: .customLong("queries"),
        help: ArgumentHelp(
            "The query set (Scripts/bench-queries.json).",
            valueName: "file"))
    var queriesPath: String

    @Option(
        name: .customLong("baseline"),
        help: ArgumentHelp(
            "The raw-engine table `parley-bench baseline` made, to time the same queries on.", valueName: "db"))
    var baselinePath: String?

    @Option(
        help: ArgumentHelp(
            "The word for $MOST_FREQUENT in the queries (default: the token in most passages, a full scan).",
            valueName: "word"))
    var mostFrequent: String?

    @Option(
        name: .customLong("repeat"),
        help: ArgumentHelp(
            "Timed runs per query in process and on the raw-engine table, after one warm-up.", valueName: "n"))
    var repeats = 20

    @Option(help: ArgumentHelp("A `parley` binary: also time whole `parley search` runs.", valueName: "parley"))
    var cli: String?

    @Option(
        name: .customLong("cli-repeat"),
        help: ArgumentHelp(
            "Timed `parley search` runs per query, after one warm-up.", valueName: "n"))
    var cliRepeats = 10

    @Option(
        name: .customLong("slow-repeat"),
        help: ArgumentHelp(
            "Timed runs per query of the exact ranking (every match) and of FTS5's plain ranking.", valueName: "n"))
    var slowRepeats = 3

    func validate() throws {
        for (name, value) in [("repeat", repeats), ("cli-repeat", cliRepeats), ("slow-repeat", slowRepeats)]
        where value < 0 {
            throw ValidationError("'--\(name)' must be at least 0.")
        }
    }

    func run() throws {
        try runQueries(
            indexPath: index.path, queriesPath: queriesPath, baselinePath: baselinePath, mostFrequent: mostFrequent,
            repeats: repeats, cli: cli, cliRepeats: cliRepeats, slowRepeats: slowRepeats)
    }
}

func runQueries(
    indexPath: String, queriesPath: String, baselinePath: String?, mostFrequent: String?, repeats: Int, cli: String?,
    cliRepeats: Int, slowRepeats: Int
) throws {
    let frequent = try mostFrequent ?? mostFrequentToken(index: indexPath)
    let queries = try loadQueries(queriesPath, mostFrequent: frequent)
    let index = try ParleyIndex.open(at: indexPath, mode: .read)
    let baseline = try baselinePath.map { try DatabaseQueue(path: $0) }
    let plain = try DatabaseQueue(
        path: indexPath,
        configuration: {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.prepareDatabase { db in db.add(tokenizer: ParleyFTS5Tokenizer.self) }
            return configuration
        }())

    var results: [[String: Any]] = []
    for var query in queries {
        let parsed = try SearchQuery(query.query)
        // Fields in the query are the options of the same name, as `parley search` takes them.
        for field in parsed.fields {
            switch field.name {
            case "speaker": query.speaker = field.value
            case "entity": query.entity = field.value
            case "source": query.source = field.value
            case "since": query.since = field.value
            case "until": query.until = field.value
            default: break
            }
        }
        let speakers: [Int64]?
        let entities: [Int64]?
        do {
            speakers = try query.speaker.map { try index.speakerIDs(for: [$0]) }
            entities = try query.entity.map { try index.entityIDs(for: [$0]) }
        } catch {
            results.append(["shape": query.shape, "query": query.label, "skipped": "\(error)"])
            continue
        }
        let filter = SearchFilter(
            speakers: speakers, entities: entities, since: query.since.flatMap { DateBound($0, end: false)?.day },
            until: query.until.flatMap { DateBound($0, end: true)?.day }, sources: query.source.map { [$0] })
        if query.quotes {
            // Statements: `parley quotes`' first page, each statement once with its copies.
            var hits = try index.quotes(parsed, speakers: speakers, filter: filter, limit: 10)
            var latency = Latency()
            for _ in 0..<repeats {
                try latency.measure { hits = try index.quotes(parsed, speakers: speakers, filter: filter, limit: 10) }
            }
            results.append([
                "shape": query.shape, "query": query.label,
                "parley": latency.json.merging(["hits": hits.count, "ranked_by": "statements"]) { a, _ in a },
                "exact": ["overlap_at_10": 1.0],
            ])
            FileHandle.standardError.write(
                Data(
                    "  \(query.shape): \(query.label): p95 \(String(format: "%.2f", latency.percentile(0.95))) ms\n"
                        .utf8))
            continue
        }
        func search(window: Int = ParleyIndex.rankWindow) throws -> SearchResults {
            try index.search(parsed, limit: 10, filter: filter, facets: query.facets, window: window)
        }
        var entry: [String: Any] = ["shape": query.shape, "query": query.label]

        var windowed = try search()
        var latency = Latency()
        for _ in 0..<repeats { try latency.measure { windowed = try search() } }
        entry["parley"] = latency.json.merging([
            "hits": windowed.hits.count, "matches": windowed.totalMatches, "complete": windowed.isComplete,
            "ranked_by": windowed.rankedBy.rawValue,
        ]) { a, _ in a }

        // Copies folded, as `parley search` lists them by default (a passage many articles carry, once).
        var folded = try index.search(parsed, limit: 10, filter: filter, facets: query.facets, allCopies: false)
        var foldedLatency = Latency()
        for _ in 0..<repeats {
            try foldedLatency.measure {
                folded = try index.search(parsed, limit: 10, filter: filter, facets: query.facets, allCopies: false)
            }
        }
        entry["folded"] = foldedLatency.json.merging([
            "hits": folded.hits.count, "ranked_by": folded.rankedBy.rawValue,
        ]) { a, _ in a }

        var exact = windowed
        var exactLatency = Latency()
        if !windowed.isComplete {
            for _ in 0..<slowRepeats { try exactLatency.measure { exact = try search(window: Int.max) } }
        }
        let top = Set(windowed.hits.map(\.passageID))
        // Not ranked exactly (`--slow-repeat 0` past the window): no overlap to report, rather than the search's own.
        if windowed.isComplete || slowRepeats > 0 {
            entry["exact"] = exactLatency.json.merging([
                "matches": exact.totalMatches,
                "overlap_at_10": exact.hits.isEmpty
                    ? 1
                    : Double(exact.hits.filter { top.contains($0.passageID) }.count)
                        / Double(exact.hits.count),
            ]) { a, _ in a }
        }

        if filter == SearchFilter() {
            var plainLatency = Latency()
            for _ in 0..<slowRepeats {
                try plainLatency.measure {
                    _ = try plain.read { db in
                        try Row.fetchAll(
                            db,
                            sql: "SELECT rowid, rank FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rank LIMIT 10",
                            arguments: [parsed.matchPattern])
                    }
                }
            }
            entry["plain_rank"] = plainLatency.json
        }

        if let baseline, speakers == nil, entities == nil, filter.sources == nil, !query.facets {
            var dates = ""
            var arguments: StatementArguments = [parsed.matchPattern]
            if let since = filter.since {
                dates += " AND published >= ?"
                _ = arguments.append(contentsOf: [since])
            }
            if let until = filter.until {
                dates += " AND published <= ?"
                _ = arguments.append(contentsOf: [until])
            }
            let sql = "SELECT rowid, rank FROM fts WHERE fts MATCH ?\(dates) ORDER BY rank LIMIT 10"
            var hits = 0
            _ = try baseline.read { try Row.fetchAll($0, sql: sql, arguments: arguments) }
            var baselineLatency = Latency()
            for _ in 0..<repeats {
                try baselineLatency.measure {
                    hits = try baseline.read { try Row.fetchAll($0, sql: sql, arguments: arguments).count }
                }
            }
            entry["baseline"] = baselineLatency.json.merging(["hits": hits]) { a, _ in a }
        }

        if let cli {
            var cliLatency = Latency()
            for _ in 0..<(cliRepeats + 1) {
                var elapsed = 0.0
                try elapsed = seconds { try runProcess(cli, ["search", "--index", indexPath] + query.cliArguments) }
                cliLatency.samples.append(elapsed * 1000)
            }
            cliLatency.samples.removeFirst()  // warm-up
            entry["cli"] = cliLatency.json
        }
        results.append(entry)
        FileHandle.standardError.write(
            Data(
                ("  \(query.shape): \(query.label): p95 \(String(format: "%.2f", latency.percentile(0.95))) ms, "
                    + "folded \(String(format: "%.2f", foldedLatency.percentile(0.95))) ms\n").utf8))
    }
    let output: [String: Any] = ["most_frequent": frequent, "window": ParleyIndex.rankWindow, "queries": results]
    try printJSON(output)
}

/// Runs `executable` with its output to /dev/null and waits for it. posix_spawn and waitpid, not `Process`:
/// Foundation's `waitUntilExit` polls its run loop, which rounds every measured run up to ~25 ms steps.
func runProcess(_ executable: String, _ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print SQLite's query plan of a statement on a Parley index, then its row count and run time.")

    @OptionGroup var index: IndexOption

    @Argument(help: "The SQL statement.")
    var sql: String

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "Values for the statement's parameters, as text.",
            valueName: "arg"))
    var values: [String] = []

    func run() throws { try runPlan(index: index.path, sql: sql, values: values) }
}

/// `plan --index PATH SQL [ARG...]`: SQLite's query plan of a statement on a Parley index, and its run time.
func runPlan(index: String, sql: String, values: [String]) throws {
    var configuration = Configuration()
    configuration.prepareDatabase { db in db.add(tokenizer: ParleyFTS5Tokenizer.self) }
    let queue = try DatabaseQueue(path: index, configuration: configuration)
    let values = StatementArguments(values)
    try queue.read { db in
        for row in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: values) {
            print(row["detail"] ?? "")
        }
        var count = 0
        let time = try seconds { count = try Row.fetchAll(db, sql: sql, arguments: values).count }
        print("\(count) rows in \(String(format: "%.2f", time * 1000)) ms")
    }
}
