import Foundation
import GRDB
import ParleyText
import Testing

@testable import ParleySearch

/// A statement's period (`timeline --quotes`) is labelled as SQLite labels a passage's: the same week Monday, month
/// and year, for dates the date parser accepts (years 1000–9999, before and after the Gregorian reform).
@Suite struct TimelineLabelTests {
    @Test func weeksAreSQLitesWeeks() throws {
        let db = try DatabaseQueue()
        var days = [
            "1000-01-01", "1582-10-04", "1582-10-15", "1600-02-29", "1899-12-31", "1969-12-29", "1970-01-01",
            "2000-02-29", "2015-07-01", "2025-12-22", "2025-12-28", "9999-12-31",
        ]
        // Every day of 2015 and 2016, one of each weekday at a year's turn.
        let start = DateNormalizer.daysFromCivil(2015, 1, 1)
        for offset in 0..<731 {
            let (year, month, day) = DateNormalizer.civilFromDays(start + offset)
            days.append(String(format: "%04d-%02d-%02d", year, month, day))
        }
        for day in days {
            let sqlite = try db.read {
                try String.fetchOne($0, sql: "SELECT date(?, 'weekday 0', '-6 days')", arguments: [day])
            }
            #expect(ParleyIndex.periodLabel(of: day + "T10:00:00Z", by: .week) == sqlite, "\(day)")
            #expect(ParleyIndex.periodLabel(of: day, by: .month) == String(day.prefix(7)))
            #expect(ParleyIndex.periodLabel(of: day, by: .year) == String(day.prefix(4)))
        }
        #expect(ParleyIndex.periodLabel(of: "Tuesday", by: .week) == nil)
        #expect(ParleyIndex.periodLabel(of: "2015-7-1", by: .day) == nil)
    }
}

/// A timeline's totals are every passage of the period's articles, within the filter's dates and sources: counted by
/// article in the `(article_id, ordinal)` index, as joining every passage to its article counts them.
@Suite struct TimelineTotalsTests {
    @Test func totalsCountEveryPassageOfThePeriod() throws {
        let index = try ExactRankingTests.shared.get().index
        let query = try SearchQuery(ExactRankingTests.vocabulary[3])
        for filter in [SearchFilter(), SearchFilter(since: "2016-02-01", sources: ["Casmira Post"])] {
            let buckets = try index.timeline(query, by: .month, filter: filter)
            #expect(buckets.count > 5)
            let joined = try index.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(article.published, 1, 7), count(*) FROM passage
                        JOIN article ON article.id = passage.article_id
                        WHERE article.published >= ? AND (? IS NULL OR article.source = ?) GROUP BY 1
                        """,
                    arguments: [filter.since ?? "", filter.sources?.first, filter.sources?.first]
                ).map { ($0[0] as String, $0[1] as Int) }
            }
            let totals = Dictionary(uniqueKeysWithValues: joined)
            for bucket in buckets { #expect(bucket.total == totals[bucket.period] ?? 0, "\(bucket.period)") }
        }
    }
}
