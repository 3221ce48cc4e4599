import Foundation

/// Why the index could not be opened or written. Each case's `description` is one sentence for a user.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// Reading commands need an index that exists.
    case missing(path: String)
    /// The file exists but is not a Parley index (another SQLite database, or not SQLite at all).
    case notAnIndex(path: String, reason: String)
    /// The index was written by a newer Parley whose schema this one does not know.
    case newerSchema(path: String, migrations: [String])
    /// The index was extracted by a newer Parley (its `analysis` is above ``ArticleExtraction/version``): this one
    /// would mix older quotations into it, or undo the newer extraction.
    case newerAnalysis(path: String, found: Int, current: Int)
    /// The file or its folder cannot be created, opened or written.
    case cannotOpen(path: String, reason: String)
    /// SQLite failed while reading or writing.
    case database(path: String, reason: String)
    /// The full-text index was built with another tokenizer: `parley reindex` rebuilds it.
    case outdatedTokenizer(path: String, found: String, current: String)
    /// A reindex was asked to stop: its transaction was rolled back, the index is as it was.
    case interrupted(path: String)
    /// `--strict` and the input had a problem: nothing was written.
    case strictFailure(issue: String)
    /// Another process is writing to the index and `--wait` ran out (``WriterLock``).
    case busyWriter(path: String, waited: Double)
    /// A query ran past the time limit its command set (``ParleyIndex/limitQueries(seconds:memoryBytes:)``).
    case queryTimeLimit(seconds: Double)
    /// A query needed more memory than the limit its command set.
    case queryMemoryLimit(megabytes: Int)

    public var description: String {
        switch self {
        case let .missing(path):
            "No index at '\(path)'. Build one with 'parley index PATH…' or point to one with --index."
        case let .notAnIndex(path, reason):
            "'\(path)' is not a Parley index (\(reason)). It was left untouched; choose another file with --index."
        case let .newerSchema(path, migrations):
            "'\(path)' was written by a newer version of Parley (unknown schema steps: \(migrations.joined(separator: ", "))). "
                + "It was left untouched; upgrade Parley to use it."
        case let .newerAnalysis(path, found, current):
            "'\(path)' was analysed by a newer Parley (extraction v\(found); this Parley extracts v\(current)). "
                + "It was left untouched; upgrade Parley to use it."
        case let .cannotOpen(path, reason):
            "Cannot open the index '\(path)': \(reason)."
        case let .database(path, reason):
            "The index '\(path)' failed: \(reason)."
        case let .outdatedTokenizer(path, found, current):
            "'\(path)' was built with the tokenizer '\(found)'; this Parley uses '\(current)'. "
                + "Run 'parley reindex' (with the same --index) to rebuild the full-text index from the stored text."
        case let .interrupted(path):
            "Interrupted: '\(path)' was left as it was."
        case let .strictFailure(issue):
            "\(issue) (--strict: nothing was written)."
        case let .queryTimeLimit(seconds):
            "The query ran past its time limit (\(seconds < 1 ? String(format: "%g s", seconds) : WriterLock.seconds(seconds))) and was stopped. Narrow it (fewer "
                + "prefixes or OR terms, --since, --speaker) or give --timeout more seconds."
        case let .queryMemoryLimit(megabytes):
            "The query needed more than \(megabytes) MB of memory and was stopped. Narrow it (fewer prefixes or OR "
                + "terms, --since, --speaker) or give --max-memory more."
        case let .busyWriter(path, waited):
            "Another parley is writing to '\(path)' (waited \(WriterLock.seconds(waited))). Nothing was written; "
                + "run again when it has finished, or give --wait more seconds."
        }
    }
}
