import GRDB

/// One passage that matched, with where it comes from.
public struct SearchHit: Sendable, Equatable {
    public var passageID: Int64
    public var articleID: Int64
    /// The article's own id when it had one, else its key (`url:…`, `hash:…`).
    public var articleKey: String
    public var title: String
    public var source: String?
    public var published: String?
    public var url: String?
    /// Unicode-scalar offsets of the passage in the article text.
    public var start: Int
    public var end: Int
    /// The passage text with each matched token wrapped in ``SearchHit/highlightStart`` and
    /// ``SearchHit/highlightEnd``.
    public var highlighted: String
    /// BM25 score as FTS5 reports it: more negative is better.
    public var score: Double

    /// Markers around matched words in ``highlighted``: control characters that never occur in stored text.
    public static let highlightStart = "\u{2}"
    public static let highlightEnd = "\u{3}"

    /// The passage without highlight markers.
    public var text: String {
        highlighted.replacingOccurrences(of: Self.highlightStart, with: "").replacingOccurrences(
            of: Self.highlightEnd, with: "")
    }
}

/// The results of one search: the best hits and how many passages matched in all.
public struct SearchResults: Sendable, Equatable {
    public var hits: [SearchHit]
    public var totalMatches: Int
}

extension ParleyIndex {
    /// Passages matching every term of `query`, best BM25 score first.
    ///
    /// Ranking: BM25 over passage text (weight 1) and article title (weight 0.5).
    /// - Parameter speakers: keep passages that hold a quotation (`full` or `partial`) by one of these entities.
    public func search(_ query: SearchQuery, limit: Int = 10, speakers: [Int64]? = nil) throws(StoreError)
        -> SearchResults
    {
        let pattern = query.matchPattern
        let speakerFilter = speakers.map {
            "AND rowid IN (SELECT passage_id FROM quote WHERE kind <> 'other' AND speaker_id IN ("
                + $0.map(String.init).joined(separator: ",") + "))"
        } ?? ""
        return try read { db in
            // Rank first, then highlight only the page shown: highlight() on every match would cost
            // as much as the matches are many.
            let hits = try Row.fetchAll(
                db,
                sql: """
                    WITH best AS (
                        SELECT rowid AS id, rank AS score FROM passage_fts
                        WHERE passage_fts MATCH ?1 \(speakerFilter) ORDER BY rank LIMIT ?2
                    )
                    SELECT passage.id, passage.article_id, passage.start, passage."end",
                           article.title, article.source, article.published, article.url,
                           (SELECT key FROM article_key WHERE article_id = article.id
                            ORDER BY ingested_at, key LIMIT 1) AS key,
                           highlight(passage_fts, 0, char(2), char(3)) AS highlighted,
                           best.score
                    FROM best
                    JOIN passage_fts ON passage_fts.rowid = best.id AND passage_fts MATCH ?1
                    JOIN passage ON passage.id = best.id
                    JOIN article ON article.id = passage.article_id
                    ORDER BY best.score, passage.id
                    """, arguments: [pattern, limit]
            ).map { row in
                let key: String = row["key"] ?? ""
                return SearchHit(
                    passageID: row[0], articleID: row[1], articleKey: Self.displayKey(key), title: row["title"],
                    source: row["source"], published: row["published"], url: row["url"], start: row["start"],
                    end: row["end"], highlighted: row["highlighted"], score: row["score"])
            }
            let total = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ? \(speakerFilter)",
                arguments: [pattern]) ?? 0
            return SearchResults(hits: hits, totalMatches: total)
        }
    }

    /// `id:abc` → `abc`; URL and hash keys are shown whole.
    static func displayKey(_ key: String) -> String {
        key.hasPrefix("id:") ? String(key.dropFirst(3)) : key
    }
}
