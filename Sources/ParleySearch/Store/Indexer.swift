import Foundation
import GRDB
import ParleyText

/// Reads articles from paths, segments them and writes them to the index in batches: reading and preparing
/// on the calling thread, writing on a thread of its own (``BatchWriter``), one batch behind.
///
/// Each batch is one transaction: Ctrl-C stores what was read; `kill -9` loses at most the batches not yet
/// committed (the one being written, one waiting, the one being read), never half an article, and running the
/// same command again finishes the job (what was stored counts as unchanged). With `strict`, the whole run is
/// one transaction and the first input problem rolls it back.
///
/// The writer holds the index for the whole run: `onIssue` and `onProgress` must not read or write it.
public struct Indexer {
    public struct Options: Sendable {
        /// Fail the whole run, writing nothing, on the first input problem.
        public var strict = false
        /// Articles per transaction: large enough to amortise commits, small enough to bound memory.
        public var batchArticles = 500
        /// Article bytes per transaction, whichever limit comes first.
        public var batchBytes = 4 << 20

        public init(strict: Bool = false) { self.strict = strict }
    }

    /// Counts so far; the last one is the run's summary.
    public struct Progress: Sendable, Equatable {
        public var files = 0
        /// Articles read, whatever became of them.
        public var articles = 0
        public var indexed = 0
        public var replaced = 0
        public var unchanged = 0
        public var duplicates = 0
        /// Records (or files) not indexed because of an input problem.
        public var skipped = 0
        /// Problems reported, skipped or not (an unreadable date keeps its article).
        public var warnings = 0
        /// Input bytes read (decompressed).
        public var bytes = 0
        public var seconds = 0.0
        /// The run stopped early on request; what was read before is stored.
        public var interrupted = false
        /// The articles are stored, and the full-text tables' segments are being merged (``FullTextMerge``).
        public var merging = false
        /// Merging the full-text tables after the run (``ParleyIndex/mergeFullText()``): how long it took, or why it
        /// failed (the articles stay stored).
        public var merge = FullTextMergeOutcome()

        public init() {}
    }

    public let index: ParleyIndex
    public var options: Options
    /// Who held which office when, for roles an article never names: the shipped table and `offices.tsv`.
    public let offices: OfficeHolders

    /// - Parameter offices: the office holders extraction uses; `nil` reads them from beside the index
    ///   (``ParleyIndex/officeHolders()``, whose notices the caller then does not see).
    public init(index: ParleyIndex, options: Options = Options(), offices: OfficeHolders? = nil) {
        self.index = index
        self.options = options
        self.offices = offices ?? index.officeHolders().holders
    }

    /// Indexes `paths` (files, directories, `-` for standard input), then merges the full-text tables' segments
    /// when that pays (``ParleyIndex/mergeFullText()``: after a large run, or once small ones have added a third).
    ///
    /// - Parameters:
    ///   - onIssue: each input problem, as it is found.
    ///   - onProgress: the counts, after each batch and every ~0.25 s of reading, and before the full-text tables'
    ///     segments are merged (``Progress/merging``).
    ///   - shouldStop: polled between articles; `true` commits what was read and returns.
    /// - Returns: the final counts.
    /// - Throws: ``StoreError`` when the index cannot be written, or on the first problem with `strict`.
    public func run(
        paths: [String], onIssue: (ReadIssue) -> Void = { _ in }, onProgress: (Progress) -> Void = { _ in },
        shouldStop: () -> Bool = { false }
    ) throws(StoreError) -> Progress {
        let clock = ContinuousClock()
        let start = clock.now
        var progress = Progress()
        var lastReport = start
        let gazetteer = index.gazetteer()
        let offices = self.offices
        let lookup = try index.openReader()
        let writer = BatchWriter(index: index, strict: options.strict, timestamp: Self.timestamp())
        var batch: [ArticleRecord] = []
        var batchBytes = 0
        let options = self.options
        /// Hashes of the keys read so far: a key seen earlier in this run is never skipped as unchanged, since
        /// the pre-check's connection cannot see the batches still being written (a collision costs one prepare).
        var seenKeys = Set<Int>()
        /// Passages are tokenized for the full-text table on this thread (``PreparedFullText``) while the writer is
        /// behind, else by the writer: on briefings extraction is the longer half, on short wire stories storing.
        var preparer = PreparedFullText.Preparer()
        var tokenizeHere = false

        func elapsed() -> Double { (clock.now - start).inSeconds }
        func report() {
            var counts = progress
            writer.addCounts(to: &counts)
            counts.seconds = elapsed()
            onProgress(counts)
        }
        /// Prepares the batch here while the writer stores the previous one.
        func flush() throws(StoreError) {
            guard !batch.isEmpty else { return }
            // Records stored before with the same title and text need no segmenting or extraction.
            let stored = try lookup.read { db in try Self.storedFingerprints(of: batch, in: db) }
            let changed = batch.filter { record in
                !seenKeys.insert(record.key.hashValue).inserted
                    || stored[record.key] != PreparedArticle.fingerprint(of: record)
            }
            // Tokenized here only while the writer is the slower: whichever thread is ahead takes the work.
            let articles = Self.prepare(
                changed, gazetteer: gazetteer, offices: offices, tokenizing: tokenizeHere, with: &preparer)
            tokenizeHere = try writer.submit(articles, unchanged: batch.count - changed.count)
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
            report()
        }

        do {
            try ArticleReader().read(paths: paths) { (event: ReadEvent) throws(IndexerStop) in
                if shouldStop() { throw .interrupted }
                switch event {
                case .fileStarted:
                    progress.files += 1
                case let .bytesRead(count):
                    progress.bytes += count
                case let .issue(issue):
                    progress.warnings += 1
                    if issue.effect == .skipped { progress.skipped += 1 }
                    // Under --strict the problem is the run's one error, not a warning as well.
                    if options.strict { throw .strict(issue) }
                    onIssue(issue)
                case let .article(record):
                    progress.articles += 1
                    batchBytes += record.text.utf8.count
                    batch.append(record)
                    if batch.count >= options.batchArticles || batchBytes >= options.batchBytes {
                        do throws(StoreError) { try flush() } catch { throw .failed(error) }
                    }
                }
                if clock.now - lastReport > .milliseconds(250) {
                    lastReport = clock.now
                    report()
                }
            }
            try flush()
        } catch let error as IndexerStop {
            switch error {
            case .interrupted:
                progress.interrupted = true
                do { try flush() } catch {
                    writer.abort()
                    throw error
                }
            case let .strict(issue):
                writer.abort()
                throw StoreError.strictFailure(issue: issue.description)
            case let .failed(error):
                writer.abort()
                throw error
            }
        } catch let error as StoreError {
            writer.abort()
            throw error
        } catch {
            writer.abort()
            throw index.wrap(error)
        }
        try writer.finish()
        writer.addCounts(to: &progress)
        // Also after a run that stored nothing new: an earlier merge may have failed or been stopped.
        if !progress.interrupted {
            progress.merging = true
            progress.seconds = elapsed()
            onProgress(progress)
            progress.merge = index.mergeFullText()
            progress.merging = false
        }
        progress.seconds = elapsed()
        return progress
    }

    /// The fingerprints stored for the batch's keys.
    static func storedFingerprints(of records: [ArticleRecord], in db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        let statement = try db.cachedStatement(sql: "SELECT fingerprint FROM article_key WHERE key = ?")
        for record in records {
            let key = record.key
            if let fingerprint = try String.fetchOne(statement, arguments: [key]) { result[key] = fingerprint }
        }
        return result
    }

    /// Segments and extracts a batch, in input order, on the reading thread; ``BatchWriter`` stores the
    /// previous batch on the other core meanwhile. At most three batches are alive (one read and prepared,
    /// one waiting, one being written), so memory stays flat whatever the input.
    /// With `tokenizing`, their passages are tokenized for the full-text table here too (``PreparedFullText``).
    static func prepare(
        _ records: [ArticleRecord], gazetteer: Gazetteer, offices: OfficeHolders, tokenizing: Bool,
        with preparer: inout PreparedFullText.Preparer
    ) -> [PreparedArticle] {
        records.map { record in
            var article = PreparedArticle(record, gazetteer: gazetteer, offices: offices)
            if tokenizing { article.fullText = PreparedFullText(article, preparer: &preparer) }
            return article
        }
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

/// Why the reading loop stopped early.
private enum IndexerStop: Error {
    case interrupted
    case strict(ReadIssue)
    case failed(StoreError)
}
