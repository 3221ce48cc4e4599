import GRDB
import ParleyText

extension ParleyIndex {
    /// Every passage matching `query` and `filter`, in the order
    /// ``search(_:limit:filter:facets:window:order:countBudget:allCopies:offset:newest:)`` gives with `window: Int.max`
    /// (BM25's over every match, or newest day first), handed to `body` a chunk at a time: for output that lists every
    /// result (`--format jsonl` without `--limit`) without holding them all.
    ///
    /// Every match is scored and sorted (16 bytes each); the hits' texts and metadata are read a chunk at a time.
    /// Unless `allCopies`, a passage whose words another better match already has (`passage.words_hash`,
    /// ``QuoteStatement/wordsHash(_:)``) is not handed on, and the first one carries the articles of all its copies:
    /// a first pass reads every match's stored hash for that. The count is then of the passages handed on.
    /// With `explain`, each chunk comes with its ``explanations(for:query:filter:)``.
    /// - Returns: the count (exact) and, with `facets`, the facets of every match; `hits` is empty.
    public func searchEvery(
        _ query: SearchQuery, filter: SearchFilter = SearchFilter(), facets: Bool = false,
        order: ResultOrder = .relevance, allCopies: Bool = true, offset: Int = 0, explain: Bool = false,
        chunk: Int = 500, _ body: (_ hits: [SearchHit], _ explanations: [[String]]) throws -> Void
    ) throws(StoreError) -> SearchResults {
        guard query.hasWords else { return SearchResults(hits: [], totalMatches: 0, isComplete: true) }
        return try read { db in
            let (first, last) = try Self.passageIDBounds(db)
            let (rankArguments, scanned) = try Self.scoringFrequencies(
                db, query, filter: filter, first: first, last: last)
            let rank = rankArguments.rank
            let candidates = Self.candidateSQL(
                query.matchPattern, clause: try FilterClause(filter, db: db, scanned: scanned), query: query,
                joinArticle: order == .date)
            var ranked: [(id: Int64, score: Double, day: String?)] = []
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT passage_fts.rowid, \(rank)"
                    + (order == .date ? ", substr(article.published, 1, 10) " : ", NULL ") + candidates.sql,
                arguments: candidates.arguments)
            while let row = try rows.next() { ranked.append((row[0], row[1] ?? 0, row[2])) }
            // The orders of `search`: score then id; or newest day first (undated last), then score, then id.
            ranked.sort { a, b in
                if order == .date, a.day != b.day {
                    guard let x = a.day else { return false }
                    guard let y = b.day else { return true }
                    return x > y
                }
                return (a.score, a.id) < (b.score, b.id)
            }
            var shown = ranked.map { (id: $0.id, score: $0.score) }
            var copies: [Int64: [Int64]] = [:]
            if !allCopies { (shown, copies) = try Self.foldingCopies(db, shown, chunk: chunk) }
            let keys = try db.cachedStatement(
                sql: "SELECT key FROM article_key WHERE article_id = ? ORDER BY ingested_at, key LIMIT 1")
            for part in shown.dropFirst(max(offset, 0)).chunks(of: max(chunk, 1)) {
                var hits = try Self.hits(db, best: Array(part), pattern: query.matchPattern)
                for at in hits.indices {
                    hits[at].copies = try (copies[hits[at].passageID] ?? []).map {
                        Self.displayKey(try String.fetchOne(keys, arguments: [$0]) ?? "")
                    }
                }
                try body(
                    hits,
                    explain
                        ? try Self.explanations(
                            db, for: hits, query: query, filter: filter, rankArguments: rankArguments) : [])
            }
            let counts =
                facets
                ? try Self.facets(
                    db, hits: "SELECT passage_fts.rowid " + candidates.sql, arguments: candidates.arguments,
                    foldingCopies: !allCopies, few: ranked.count <= Self.rankWindow)
                : nil
            var results = SearchResults(hits: [], totalMatches: ranked.count, isComplete: true, facets: counts)
            if !allCopies { results.distinctMatches = shown.count }
            return results
        }
    }

    /// Each passage's article and words (``foldingCopies(_:_:chunk:)``), read `chunk` ids a statement.
    ///
    /// The words' stored hash (`passage.words_hash`), not the words: every match's text would not fit in memory for a
    /// frequent word. A short passage (`Q Thank you.`) has none and is its own: `-id`.
    static func passageWords(_ db: Database, ids: [Int64], chunk: Int) throws -> [Int64: (article: Int64, key: Int64)] {
        var words: [Int64: (article: Int64, key: Int64)] = [:]
        for part in ids.chunks(of: max(chunk, 1)) {
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT id, article_id, coalesce(words_hash, -id) FROM passage WHERE id IN ("
                    + part.map(String.init).joined(separator: ",") + ")")
            for row in rows { words[row[0]] = (row[1], row[2]) }
        }
        return words
    }

    /// `ranked` without the passages whose words a better one of another article already has (the rule of
    /// ``hits(_:ranked:foldingTo:pattern:)``), and for each kept passage the articles of its copies, in rank order.
    static func foldingCopies(_ db: Database, _ ranked: [(id: Int64, score: Double)], chunk: Int) throws
        -> (kept: [(id: Int64, score: Double)], copies: [Int64: [Int64]])
    {
        let words = try passageWords(db, ids: ranked.map(\.id), chunk: chunk)
        var kept: [(id: Int64, score: Double)] = []
        var first: [Int64: (id: Int64, article: Int64)] = [:]
        var copies: [Int64: [Int64]] = [:]
        for match in ranked {
            guard let (article, key) = words[match.id] else { continue }
            guard let original = first[key] else {
                first[key] = (match.id, article)
                kept.append(match)
                continue
            }
            // The same words again in the same article add nothing; in another, they are a copy.
            if article != original.article, !(copies[original.id] ?? []).contains(article) {
                copies[original.id, default: []].append(article)
            }
        }
        return (kept, copies)
    }
}

extension Collection {
    /// Consecutive slices of at most `size` elements.
    func chunks(of size: Int) -> [SubSequence] {
        var parts: [SubSequence] = []
        var start = startIndex
        while start != endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            parts.append(self[start..<end])
            start = end
        }
        return parts
    }
}
