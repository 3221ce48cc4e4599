import Foundation
import GRDB
import ParleyText

/// The period a timeline counts by.
public enum TimelinePeriod: String, Sendable, CaseIterable {
    case day, week, month, year
}

/// One period of a timeline: its label (`2025-10`, `2025-10-13` for the week starting that Monday), what matched
/// in it and everything in it, by the same filters of date and source.
public struct TimelineBucket: Sendable, Equatable {
    public var period: String
    public var matches: Int
    public var total: Int

    /// `matches` as a share of `total` (0 when the period holds nothing).
    public var share: Double { total == 0 ? 0 : Double(matches) / Double(total) }
}

extension ParleyIndex {
    /// Matching passages per period, every match counted, with all passages of each period beside them (for
    /// `--normalize`); with `quotations`, the statements among the `full` and `partial` quotations whose own words
    /// match (the same quotation carried by several articles once, as `speakers` counts them: exact copies,
    /// ``QuoteStatement/group(_:speaker:article:)``; `quotes` also folds near copies, which takes a listing: 3 s for
    /// `said` at 10×), each in the period of its first date among the matching copies, against all quotations of the
    /// period (copies included: folding every quotation of the index would cost more than the timeline). A
    /// transcript's turns are passages: the passage timeline with a speaker counts them. Undated articles are left out.
    /// Periods between the first and the last that hold no match are listed with 0, so a chart keeps its time axis.
    ///
    /// `filter` narrows as for ``search(_:limit:filter:facets:window:order:countBudget:)``; the totals follow only
    /// its dates and sources (the share of everything published then, not of one speaker's words).
    public func timeline(
        _ query: SearchQuery, by period: TimelinePeriod, filter: SearchFilter = SearchFilter(), quotations: Bool = false
    ) throws(StoreError) -> [TimelineBucket] {
        let label: String
        switch period {
        case .day: label = "substr(article.published, 1, 10)"
        case .week: label = "date(substr(article.published, 1, 10), 'weekday 0', '-6 days')"
        case .month: label = "substr(article.published, 1, 7)"
        case .year: label = "substr(article.published, 1, 4)"
        }
        let (dates, scopeArguments) = Self.articleConditions(filter)
        let scope = ["article.published IS NOT NULL"] + dates
        let scoped = scope.joined(separator: " AND ")
        return try read { db in
            let matches: [String: Int]
            let totals: [String: Int]
            if quotations {
                // Statements: the quotations grouped as `speakers` groups them
                // (``QuoteStatement/group(_:speaker:article:)``, exact copies), each dated by its first copy.
                var conditions = ["quote_fts MATCH ?", scoped, "quote.kind IN ('full', 'partial')"]
                if let sentence = query.sentenceCondition(table: "quote_fts") { conditions.append(sentence) }
                if let speakers = filter.speakers {
                    conditions.append("quote.speaker_id IN (\(speakers.map(String.init).joined(separator: ",")))")
                }
                if let minConfidence = filter.minConfidence {
                    conditions.append("quote.confidence >= \(minConfidence)")
                }
                if let entities = filter.entities {
                    conditions.append(
                        """
                        EXISTS (SELECT 1 FROM mention WHERE mention.passage_id = quote.passage_id
                            AND mention.entity_id IN (\(entities.map(String.init).joined(separator: ","))))
                        """)
                }
                var statements: [String: Int] = [:]
                let firsts = try String.fetchAll(
                    db,
                    sql: "SELECT min(substr(article.published, 1, 10)) FROM quote_fts "
                        + "JOIN quote ON quote.id = quote_fts.rowid JOIN article ON article.id = quote.article_id "
                        + "LEFT JOIN entity ON entity.id = quote.speaker_id WHERE "
                        + conditions.joined(separator: " AND ")
                        + " GROUP BY parley_statement(quote.text, entity.name, quote.article_id)",
                    arguments: StatementArguments([query.matchPattern] + scopeArguments))
                for first in firsts {
                    if let label = Self.periodLabel(of: first, by: period) { statements[label, default: 0] += 1 }
                }
                matches = statements
                totals = try Self.counts(
                    db,
                    sql: "SELECT \(label), count(*) FROM quote JOIN article ON article.id = quote.article_id "
                        + "WHERE quote.kind IN ('full', 'partial') AND \(scoped) GROUP BY 1",
                    arguments: StatementArguments(scopeArguments))
            } else {
                // Whether a minimum confidence is looked up passage by passage or checked on each match depends
                // on how many matches there are: estimated as a search estimates them (the other filters are index
                // terms).
                var scanned = Int64.max
                if filter.minConfidence != nil {
                    let (first, last) = try Self.passageIDBounds(db)
                    scanned = Self.scannedMatches(
                        query,
                        frequencies: try Self.rankFrequencies(db, query, first: first, last: last, exact: false))
                }
                let candidates = Self.candidateSQL(
                    query.matchPattern, clause: try FilterClause(filter, db: db, scanned: scanned), query: query,
                    joinArticle: true)
                matches = try Self.counts(
                    db,
                    sql: "SELECT \(label), count(*) " + candidates.sql
                        + " AND article.published IS NOT NULL GROUP BY 1",
                    arguments: candidates.arguments)
                // Each article's passages counted in the `(article_id, ordinal)` index: joining every passage to its
                // article took 1.9 s at 10× (3.2 million passages), this 0.27 s, less with dates.
                totals = try Self.counts(
                    db,
                    sql: "SELECT \(label), sum((SELECT count(*) FROM passage WHERE passage.article_id = article.id)) "
                        + "FROM article WHERE \(scoped) GROUP BY 1",
                    arguments: StatementArguments(scopeArguments))
            }
            let labels = matches.keys.sorted()
            guard let first = labels.first, let last = labels.last else { return [] }
            return Self.periods(from: first, to: last, by: period).map {
                TimelineBucket(period: $0, matches: matches[$0] ?? 0, total: totals[$0] ?? 0)
            }
        }
    }

    /// The label of the period holding `published` (an ISO date, `2025-10-14…`), as the SQL labels give it; `nil`
    /// for a value that is no date.
    static func periodLabel(of published: String, by period: TimelinePeriod) -> String? {
        let bytes = Array(published.utf8.prefix(10))
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard bytes.count == 10, digits.allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }),
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return nil }
        let day = String(decoding: bytes, as: UTF8.self)
        switch period {
        case .year: return String(day.prefix(4))
        case .month: return String(day.prefix(7))
        case .day: return day
        case .week:
            // The Monday on or before the day, as SQLite's `date(day, 'weekday 0', '-6 days')` (proleptic Gregorian
            // calendar: days counted from 1970-01-01, a Thursday).
            let fields = day.split(separator: "-").compactMap { Int($0) }
            let days = DateNormalizer.daysFromCivil(fields[0], fields[1], fields[2])
            let monday = days - ((days + 3) % 7 + 7) % 7
            let (year, month, dayOfMonth) = DateNormalizer.civilFromDays(monday)
            return String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
        }
    }

    private static func counts(_ db: Database, sql: String, arguments: StatementArguments) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            if let label = row[0] as String? { counts[label] = row[1] }
        }
        return counts
    }

    /// Every period label from `first` to `last`, both included.
    static func periods(from first: String, to last: String, by period: TimelinePeriod) -> [String] {
        switch period {
        case .year:
            guard let start = Int(first), let end = Int(last), start <= end else { return [first] }
            return (start...end).map { String(format: "%04d", $0) }
        case .month:
            func parts(_ label: String) -> (Int, Int)? {
                let fields = label.split(separator: "-").compactMap { Int($0) }
                return fields.count == 2 ? (fields[0], fields[1]) : nil
            }
            guard var (year, month) = parts(first), let end = parts(last) else { return [first] }
            var labels: [String] = []
            while (year, month) <= end {
                labels.append(String(format: "%04d-%02d", year, month))
                month += 1
                if month > 12 { (year, month) = (year + 1, 1) }
            }
            return labels
        case .day, .week:
            let formatter = DateFormatter()
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd"
            guard var day = formatter.date(from: first), let end = formatter.date(from: last) else { return [first] }
            var labels: [String] = []
            let step: TimeInterval = period == .day ? 86_400 : 7 * 86_400
            while day <= end {
                labels.append(formatter.string(from: day))
                day += step
            }
            return labels
        }
    }
}
