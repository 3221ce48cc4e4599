import Foundation
import GRDB

/// Stores prepared batches on a thread of its own, so preparing the next batch (segmenting, extracting, and tokenizing
/// while this thread is the slower) overlaps writing this one (SQLite, FTS5).
///
/// At most one batch waits: ``submit(_:unchanged:)`` blocks while the writer is behind, which bounds memory.
/// Each batch is one transaction; with `strict`, the whole run is one transaction, rolled back by ``abort()``.
final class BatchWriter: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var waiting: [[PreparedArticle]] = []
    private var closed = false
    private var aborted = false
    private var finished = false
    private var failure: StoreError?
    private var counts = Indexer.Progress()

    private let index: ParleyIndex
    private let strict: Bool
    private let timestamp: String

    init(index: ParleyIndex, strict: Bool, timestamp: String) {
        self.index = index
        self.strict = strict
        self.timestamp = timestamp
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Queues a batch; `unchanged` records were skipped before preparing. Throws the writer's failure.
    ///
    /// - Returns: whether the writer was behind: the batch had to wait for the one before it to be taken.
    @discardableResult
    func submit(_ articles: [PreparedArticle], unchanged: Int) throws(StoreError) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        var behind = false
        while !waiting.isEmpty, failure == nil, !finished {
            behind = true
            condition.wait()
        }
        if let failure { throw failure }
        counts.unchanged += unchanged
        waiting.append(articles)
        condition.broadcast()
        return behind
    }

    /// Writes what is queued, merges surname-only people, commits, and waits for the thread to end.
    func finish() throws(StoreError) {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !finished { condition.wait() }
        if let failure { throw failure }
    }

    /// Stops after the batch in hand (under `strict`, rolls the run back) and waits for the thread to end.
    func abort() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        aborted = true
        condition.broadcast()
        while !finished { condition.wait() }
    }

    /// Adds the writer's counts (indexed, replaced, unchanged, duplicates) to `progress`.
    func addCounts(to progress: inout Indexer.Progress) {
        condition.lock()
        defer { condition.unlock() }
        progress.indexed += counts.indexed
        progress.replaced += counts.replaced
        progress.unchanged += counts.unchanged
        progress.duplicates += counts.duplicates
    }

    /// The next batch; nil once closed and drained, or aborted.
    private func next() -> [PreparedArticle]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !closed { condition.wait() }
        guard !aborted, !waiting.isEmpty else { return nil }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }

    private var isAborted: Bool {
        condition.lock()
        defer { condition.unlock() }
        return aborted
    }

    private func work() {
        var error: StoreError?
        do {
            try index.write { db in
                try PassageFullText.watch(db)
                let entityIDs = EntityCatalog.IDCache()
                func drain() throws {
                    while var batch = next() {
                        if strict {
                            try store(&batch, db: db, entityIDs: entityIDs)
                        } else {
                            try db.inTransaction {
                                try store(&batch, db: db, entityIDs: entityIDs)
                                return .commit
                            }
                        }
                    }
                    if isAborted { throw CancellationError() }
                    if strict {
                        try EntityCatalog(db: db).mergeSurnames()
                    } else {
                        try db.inTransaction {
                            try EntityCatalog(db: db).mergeSurnames()
                            return .commit
                        }
                    }
                }
                if strict {
                    try db.inTransaction {
                        try drain()
                        return .commit
                    }
                } else {
                    try drain()
                }
            }
        } catch let caught {
            error = caught
        }
        condition.lock()
        if !aborted { failure = error }
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Writes `batch`, dropping each article's tokens (``PreparedFullText``) once it is stored.
    private func store(_ batch: inout [PreparedArticle], db: Database, entityIDs: EntityCatalog.IDCache) throws {
        let writer = ArticleWriter(db: db, timestamp: timestamp, entityIDs: entityIDs)
        var tally = Indexer.Progress()
        for index in batch.indices {
            let outcome = try writer.write(batch[index])
            // Its tokens (``PreparedFullText``), several times its text, go as soon as it is stored.
            batch[index].fullText = nil
            switch outcome {
            case .indexed: tally.indexed += 1
            case .replaced: tally.replaced += 1
            case .unchanged: tally.unchanged += 1
            case .duplicate: tally.duplicates += 1
            }
        }
        try TermPassages.flush(db)
        condition.lock()
        counts.indexed += tally.indexed
        counts.replaced += tally.replaced
        counts.unchanged += tally.unchanged
        counts.duplicates += tally.duplicates
        condition.unlock()
    }
}
