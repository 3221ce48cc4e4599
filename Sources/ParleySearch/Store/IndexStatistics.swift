import Foundation
import GRDB
import ParleyText

/// What an index holds, for `parley stats`.
public struct IndexStatistics: Sendable, Equatable {
    /// Distinct article texts.
    public var articles: Int
    /// Identities beyond the first of each article: wire copies republished under another id or URL.
    public var copies: Int
    public var passages: Int
    /// Distinct sources over all copies.
    public var sources: Int
    /// Earliest and latest publication dates (ISO-8601), `nil` when no article has one.
    public var firstDate: String?
    public var lastDate: String?
    /// Direct quotations (kinds `full` and `partial`).
    public var quotations = 0
    /// Transcript turns (kind `turn`), the questioners' among them, and the transcripts they come from.
    public var turns = 0
    public var questionTurns = 0
    public var transcripts = 0
    /// The index file plus its write-ahead log.
    public var fileBytes: Int64
    /// Articles per source, most first (`nil`: the articles without a source), then by name.
    public var articlesBySource: [(source: String?, articles: Int)]

    public static func == (lhs: IndexStatistics, rhs: IndexStatistics) -> Bool {
        lhs.articles == rhs.articles && lhs.copies == rhs.copies && lhs.passages == rhs.passages
            && lhs.sources == rhs.sources && lhs.quotations == rhs.quotations && lhs.turns == rhs.turns
            && lhs.questionTurns == rhs.questionTurns && lhs.transcripts == rhs.transcripts
            && lhs.firstDate == rhs.firstDate && lhs.lastDate == rhs.lastDate
            && lhs.articlesBySource.map(\.source) == rhs.articlesBySource.map(\.source)
            && lhs.articlesBySource.map(\.articles) == rhs.articlesBySource.map(\.articles)
    }
}

extension ParleyIndex {
    public func statistics() throws(StoreError) -> IndexStatistics {
        let path = self.path
        return try read { db in
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            let keys = try Int.fetchOne(db, sql: "SELECT count(*) FROM article_key") ?? 0
            let passages = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0
            let dates = try Row.fetchOne(
                db, sql: "SELECT min(published), max(published) FROM article_key WHERE published <> ''")
            let bySource = try Row.fetchAll(
                db,
                sql: """
                    SELECT source AS name, count(DISTINCT article_id) AS n
                    FROM article_key GROUP BY name ORDER BY n DESC, name IS NULL, name
                    """)
            let quotes = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) FILTER (WHERE kind IN ('full', 'partial')),
                           count(*) FILTER (WHERE kind = 'turn'),
                           count(*) FILTER (WHERE kind = 'turn'
                               AND speaker_id IN (SELECT id FROM entity WHERE kind = \(EntityKind.questioner.sqlLiteral))),
                           count(DISTINCT CASE WHEN kind = 'turn' THEN article_id END)
                    FROM quote
                    """)
            let sizes = [path, path + "-wal"].map { file in
                ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.int64Value ?? 0
            }
            var statistics = IndexStatistics(
                articles: articles, copies: keys - articles, passages: passages,
                sources: bySource.filter { $0["name"] != nil }.count,
                firstDate: dates?[0], lastDate: dates?[1], fileBytes: sizes.reduce(0, +),
                articlesBySource: bySource.map { ($0["name"], $0["n"]) })
            statistics.quotations = quotes?[0] ?? 0
            statistics.turns = quotes?[1] ?? 0
            statistics.questionTurns = quotes?[2] ?? 0
            statistics.transcripts = quotes?[3] ?? 0
            return statistics
        }
    }
}
