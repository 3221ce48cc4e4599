import Foundation
import GRDB
import ParleyText

/// What `parley reindex` does: re-extract the stored articles, rebuild the full-text tables, or both.
public enum ReindexScope: Sendable {
    /// Re-extract quotations, speakers and entities from every stored article; rebuild the full-text tables too
    /// when they were built with another tokenizer.
    case all
    /// Rebuild the full-text tables with this Parley's tokenizer; keep the stored quotations and mentions.
    case fullTextOnly
}

/// What a reindex did, for its summary lines.
public struct ReindexSummary: Sendable, Equatable {
    /// Passages re-tokenized into the full-text tables; `nil` when they were kept.
    public var passages: Int?
    public var fullTextSeconds = 0.0
    /// Articles re-extracted; `nil` when nothing was (``ReindexScope/fullTextOnly``).
    public var articles: Int?
    /// Quotations and mentions stored by the re-extraction.
    public var quotations = 0
    public var mentions = 0
    /// Entities that nothing referred to any more, deleted.
    public var removedEntities = 0
    public var extractionSeconds = 0.0
    /// Merging the full-text tables after the reindex (``ParleyIndex/mergeFullText()``; failed, the reindex is
    /// done).
    public var merge = FullTextMergeOutcome()
    /// The extraction version the index now records.
    public var analysis: Int

    public init(analysis: Int) { self.analysis = analysis }
}

extension ParleyIndex {
    /// Articles extracted at a time: their texts are in memory together, and they are extracted in parallel.
    static let reextractionBatch = 64

    /// Rebuilds what `scope` says from the stored articles, in one transaction: interrupted or failed, the index
    /// keeps its old state whole. Then merges the full-text tables' segments when that pays, in a second one
    /// (``mergeFullText()``).
    ///
    /// Either way the passages' words hashes (`passage.words_hash`) are computed again.
    ///
    /// Re-extraction reads every stored article's text and date (streamed, ``reextractionBatch`` at a time),
    /// extracts with `gazetteer` and `offices`, replaces all quotations and mentions (stored as a new article's
    /// are, by ``ArticleWriter``), merges surname-only people as indexing does, deletes the entities nothing
    /// refers to any more, refills `quote_fts`, and records `analysis` = ``ArticleExtraction/version``.
    ///
    /// - Parameters:
    ///   - gazetteer: the names to resolve; `nil` for ``gazetteer()`` (shipped list and `aliases.tsv`).
    ///   - offices: the office holders; `nil` for ``officeHolders()`` (its notices unseen).
    ///   - shouldStop: polled between batches of articles; `true` rolls everything back.
    /// - Returns: what was rebuilt, with counts and times.
    /// - Throws: ``StoreError/interrupted(path:)`` when stopped, another ``StoreError`` when the index cannot be
    ///   read or written; nothing is changed then.
    public func reindex(
        _ scope: ReindexScope = .all, gazetteer: Gazetteer? = nil, offices: OfficeHolders? = nil,
        shouldStop: () -> Bool = { false }
    ) throws(StoreError) -> ReindexSummary {
        let gazetteer = gazetteer ?? self.gazetteer()
        let offices = offices ?? officeHolders().holders
        let path = self.path
        let clock = ContinuousClock()
        func seconds(since start: ContinuousClock.Instant) -> Double { (clock.now - start).inSeconds }
        var summary = try write { db in
            try Self.registerLegacyTokenizers(db)
            var summary = ReindexSummary(analysis: try Schema.builtAnalysis(db))
            try db.inTransaction {
                // The passages' words hashes, computed again: one of non-ASCII words follows Foundation's folding,
                // which another Swift may change, and a writer older than the column left it empty.
                try Schema.fillWordsHashes(db)
                if shouldStop() { throw StoreError.interrupted(path: path) }
                let outdated = try Schema.builtTokenizer(db) != Schema.fullTextLayout
                if scope == .fullTextOnly || outdated {
                    let start = clock.now
                    summary.passages = try Self.rebuildFullText(db)
                    summary.fullTextSeconds = seconds(since: start)
                    if shouldStop() { throw StoreError.interrupted(path: path) }
                }
                if scope == .all {
                    let start = clock.now
                    try Self.reextract(
                        db, gazetteer: gazetteer, offices: offices, into: &summary, shouldStop: shouldStop, path: path)
                    summary.extractionSeconds = seconds(since: start)
                }
                return .commit
            }
            return summary
        }
        // Rebuilt or rewritten, the full-text tables are in many segments: merged when that pays, on their own
        // (failed, the reindex stays done).
        summary.merge = mergeFullText()
        return summary
    }

    /// Replaces every article's quotations and mentions with a new extraction (see
    /// ``reindex(_:gazetteer:offices:shouldStop:)``).
    private static func reextract(
        _ db: Database, gazetteer: Gazetteer, offices: OfficeHolders, into summary: inout ReindexSummary,
        shouldStop: () -> Bool, path: String
    ) throws {
        try PassageFullText.watch(db)
        try ArticleWriter.deleteExtraction(in: db)
        let writer = ArticleWriter(db: db, timestamp: "")
        // Ids first (8 bytes an article), texts a batch at a time: memory stays flat whatever the index holds.
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY id")
        let fetch = try db.makeStatement(sql: "SELECT id, text, published, title, source FROM article WHERE id = ?")
        var articles = 0
        for start in stride(from: 0, to: ids.count, by: reextractionBatch) {
            if shouldStop() { throw StoreError.interrupted(path: path) }
            let stored = try ids[start..<min(start + reextractionBatch, ids.count)].compactMap { id in
                try Row.fetchOne(fetch, arguments: [id]).map {
                    StoredArticle(id: $0[0], text: $0[1], published: $0[2], title: $0[3], source: $0[4])
                }
            }
            for (article, extraction) in zip(stored, extract(stored, gazetteer: gazetteer, offices: offices)) {
                try writer.insertExtraction(
                    articleID: article.id, quotations: extraction.quotations, mentions: extraction.mentions)
                summary.quotations += extraction.quotations.count
                summary.mentions += extraction.mentions.count
            }
            articles += stored.count
        }
        let entities = EntityCatalog(db: db)
        try entities.mergeSurnames()
        summary.removedEntities = try entities.deleteUnused()
        try Schema.recordAnalysis(db)
        summary.articles = articles
        summary.analysis = Schema.analysis
    }

    /// Extracts a batch on every core (extraction is pure Swift on values; the order is kept).
    private static func extract(
        _ articles: [StoredArticle], gazetteer: Gazetteer, offices: OfficeHolders
    ) -> [(quotations: [Quotation], mentions: [EntityMention])] {
        let results = ExtractionResults(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            let article = articles[index]
            results.set(
                index,
                ArticleExtraction.extract(
                    from: article.text, title: article.title, source: article.source, date: article.published,
                    gazetteer: gazetteer, offices: offices))
        }
        return results.values
    }
}

/// An article as re-extraction reads it back.
private struct StoredArticle: Sendable {
    var id: Int64
    var text: String
    var published: String?
    var title: String
    var source: String?
}

/// One slot per article of a batch, filled from several threads.
private final class ExtractionResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(quotations: [Quotation], mentions: [EntityMention])]

    init(count: Int) { slots = Array(repeating: ([], []), count: count) }

    func set(_ index: Int, _ value: (quotations: [Quotation], mentions: [EntityMention])) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    var values: [(quotations: [Quotation], mentions: [EntityMention])] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
