import GRDB

/// When the full-text tables' segments are merged into one, and how.
///
/// FTS5 stores each table as segments (b-trees): a transaction's new rows become a new one, and FTS5 merges them a
/// few at a time (its `automerge`), so an index built by one long run keeps a dozen or so (13 at 15.7 million
/// passages, 11 at 3.2 million). A query looks each of its words up in every segment, and an `AND` seeks the
/// frequent word's doclist in every segment for each passage of the rarer: the segments multiply a search's cost.
/// Merged into one (FTS5's `optimize`), the bench's queries at 3.2 million passages took 1.1–1.9 times less
/// (docs/performance.md), and the full-text data 21% less room; merging took 18 s there, against 6 minutes of
/// indexing.
///
/// Merging rewrites the whole table, so it is done when it pays: when the pages written since the last merge hold
/// at least a quarter of the table's (``isWorthMerging(_:settled:)``). After a first large run that is always; after
/// small runs added to a merged index, once they have added a third of its size together, so that each page is
/// rewritten a few times at most, however the articles arrive. The pages a merge left are recorded in `parley_meta`
/// (`merged_pages:<table>`, 0 when the table is made); an index without the record counts its largest segment as
/// merged. (FTS5's own merges may leave the new pages in a segment larger than the merged one: a first run of 300
/// articles ended in segments of 54 and 6 pages of 1 KB.)
enum FullTextMerge {
    /// The full-text tables, each merged on its own terms.
    static let tables = ["passage_fts", "quote_fts"]

    /// A full-text table's segments, by their leaf pages.
    struct Segments: Equatable {
        var count = 0
        /// Leaf pages of every segment together.
        var pages = 0
        /// Leaf pages of the largest segment.
        var largest = 0
    }

    /// The segments of `table`, from its `_idx` table (one row for each leaf page that starts a term, its page
    /// number stored shifted left by one beside a flag: a segment's highest, shifted back, is about its leaves).
    static func segments(_ db: Database, table: String) throws -> Segments {
        var segments = Segments()
        let rows = try Row.fetchCursor(db, sql: "SELECT max(pgno) FROM \"\(table)_idx\" GROUP BY segid")
        while let row = try rows.next() {
            let pages = max(Int((row[0] as Int64? ?? 0) >> 1), 1)
            segments.count += 1
            segments.pages += pages
            segments.largest = max(segments.largest, pages)
        }
        return segments
    }

    /// Whether merging `segments` into one pays: there are several, and the pages besides the `settled` ones (the
    /// last merge's; the largest segment's when not known) are at least a quarter of them.
    /// More settled pages than the table holds (emptied and filled again since) count as none.
    static func isWorthMerging(_ segments: Segments, settled: Int? = nil) -> Bool {
        let settled = settled.map { $0 > segments.pages ? 0 : $0 } ?? segments.largest
        return segments.count > 1 && 4 * (segments.pages - settled) >= segments.pages
    }

    /// The `parley_meta` key of the pages `table`'s last merge left.
    static func settledKey(_ table: String) -> String { "merged_pages:" + table }

    /// Records that `table` holds `pages` settled pages (0 for a new table).
    static func recordSettled(_ db: Database, table: String, pages: Int) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO parley_meta (key, value) VALUES (?, ?)",
            arguments: [settledKey(table), String(pages)])
    }

    /// Merges each full-text table worth it (``isWorthMerging(_:settled:)``) into one segment, in the caller's
    /// transaction; with `always`, each of more than one segment. A table left in one segment is settled.
    ///
    /// - Returns: the tables merged.
    static func merge(_ db: Database, always: Bool = false) throws -> [String] {
        var merged: [String] = []
        for table in tables {
            let segments = try segments(db, table: table)
            let settled = try String.fetchOne(
                db, sql: "SELECT value FROM parley_meta WHERE key = ?", arguments: [settledKey(table)]
            ).flatMap { Int($0) }
            if always ? segments.count > 1 : isWorthMerging(segments, settled: settled) {
                try db.execute(sql: "INSERT INTO \"\(table)\"(\"\(table)\") VALUES ('optimize')")
                merged.append(table)
                try recordSettled(db, table: table, pages: try Self.segments(db, table: table).pages)
            } else if segments.count == 1, settled != segments.pages {
                try recordSettled(db, table: table, pages: segments.pages)
            }
        }
        return merged
    }
}

/// What ``ParleyIndex/mergeFullText()`` did, for a writer's summary.
public struct FullTextMergeOutcome: Sendable, Equatable {
    /// How long merging took, when a table was merged.
    public var seconds: Double?
    /// How long returning the free pages took (``FreePages``), when there were any.
    public var freePagesSeconds: Double?
    /// Why merging failed (what was written before stays; searches are right, only slower).
    public var failure: String?
    /// Why returning the free pages failed (``FreePages``; the index is whole, its file only larger).
    public var freePagesFailure: String?
}

extension ParleyIndex {
    /// Merges the full-text tables' segments into one when that pays (``FullTextMerge``), in one transaction:
    /// interrupted or failed, the index is as it was, and only slower to search. Then returns the free pages the run
    /// and the merge left (``FreePages``), in another. A failure is reported, not thrown: a writer calls this after
    /// it has committed its own work.
    public func mergeFullText() -> FullTextMergeOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        var outcome = FullTextMergeOutcome()
        var merged = false
        do throws(StoreError) {
            merged = try write { db in
                var merged: [String] = []
                try db.inTransaction {
                    merged = try FullTextMerge.merge(db)
                    return .commit
                }
                return !merged.isEmpty
            }
        } catch {
            outcome.failure = error.description
        }
        func seconds(since start: ContinuousClock.Instant) -> Double { (clock.now - start).inSeconds }
        if merged { outcome.seconds = seconds(since: start) }
        let freeing = clock.now
        do throws(StoreError) {
            if try write({ try FreePages.returnAll($0) }) > 0 { outcome.freePagesSeconds = seconds(since: freeing) }
        } catch {
            outcome.freePagesFailure = error.description
        }
        return outcome
    }
}
