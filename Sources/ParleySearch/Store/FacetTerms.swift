import GRDB
import ParleyText

/// Filters as index terms: each passage's speakers, entities, source and day are tokens of `passage_fts`'s hidden
/// `facets` column, so that FTS5 intersects a filter with the query's words in its own doclists, instead of Parley
/// scanning the word's matches or looking each of the filter's passages up.
///
/// The tokens (each begins with 0x02, which no text holds, so no word can match one):
/// - `s<id>`: the passage holds a quotation (`full` or `partial`) of speaker `<id>`, or lies in their transcript turn;
/// - `e<id>`: the passage mentions entity `<id>`;
/// - `o<HEX>`: the article's source, its UTF-8 bytes in hexadecimal (SQLite's `hex()`), exact;
/// - `y<YYYY>`, `m<YYYYMM>`, `d<YYYYMMDD>`: the article's year, month and day, so that a date range is a handful of
///   terms: whole years, whole months, and days at the ends.
///
/// The column's value is computed by SQL from the stored rows (``sql``), for the views `passage_text` (FTS5's
/// content: deletes, `rebuild`, `parley check`) and `passage_facets`; a new article's values come from
/// ``Collector``, by the same rules. ``PassageFullText`` keeps the rows right when quotations, mentions or an
/// article's source or date change (aliases, surname merges, re-extraction), deleting a row with the value it was
/// written with.
enum FacetTerms {
    /// The first byte of every facet token and of a `facets` value.
    static let marker: UInt8 = 0x02

    static func speaker(_ id: Int64) -> String { "\u{02}s\(id)" }
    static func entity(_ id: Int64) -> String { "\u{02}e\(id)" }
    /// The source token: its UTF-8 bytes in upper-case hexadecimal, as SQLite's `hex()` writes them in ``sql``.
    static func source(_ name: String) -> String {
        let digits = Array("0123456789ABCDEF")
        return "\u{02}o" + String(name.utf8.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// A value no passage holds: the pattern of a filter nothing can pass (`--since` after `--until`).
    static let nothing = "\u{02}-"

    /// The `facets` value of the passage `passage` of article `article` (the view's table names), in SQL: the source,
    /// the day, the speakers, the entities, each group in a fixed order, so that a row's tokens are the same each
    /// time they are computed.
    ///
    /// A turn reaches a passage when it starts there, or when it is the one ``earlierTurn(_:passage:article:)``
    /// finds.
    static let sql = """
        CASE WHEN article.source IS NOT NULL THEN char(2) || 'o' || hex(article.source) ELSE '' END
        || CASE WHEN article.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
            THEN char(2) || 'y' || substr(article.published, 1, 4)
                || char(2) || 'm' || substr(article.published, 1, 4) || substr(article.published, 6, 2)
                || char(2) || 'd' || substr(article.published, 1, 4) || substr(article.published, 6, 2)
                || substr(article.published, 9, 2)
            ELSE '' END
        || coalesce((SELECT group_concat(token, '') FROM (
            SELECT DISTINCT char(2) || 's' || speaker_id AS token FROM (
                SELECT speaker_id FROM quote
                WHERE quote.passage_id = passage.id AND quote.kind IN ('full', 'partial', 'turn')
                UNION ALL
                SELECT \(earlierTurn("speaker_id", passage: "passage.id", article: "passage.article_id")))
            WHERE speaker_id IS NOT NULL ORDER BY 1)), '')
        || coalesce((SELECT group_concat(token, '') FROM (
            SELECT DISTINCT char(2) || 'e' || entity_id AS token FROM mention
            WHERE mention.passage_id = passage.id ORDER BY 1)), '')
        """

    /// SQL: `column` of the last transcript turn starting before passage `passage` in its article `article` (SQL
    /// expressions), when that turn reaches the passage; `NULL` otherwise. Turns do not overlap, so with the turns
    /// starting at a passage it is every turn holding it: a lookup in `quote_passage` and a walk back over the
    /// article's quotations to the first turn, not a test of every turn of the article. ``sql``, the facets and the
    /// hits' turn owners (`ParleyIndex.hits`) all follow it.
    static func earlierTurn(_ column: String, passage: String, article: String) -> String {
        """
        (SELECT \(column) FROM (
            SELECT \(column), last_passage_id FROM quote
            WHERE quote.passage_id < \(passage) AND quote.kind = 'turn'
            AND quote.passage_id >= (SELECT first.id FROM passage AS first
                                     WHERE first.article_id = \(article) ORDER BY first.ordinal LIMIT 1)
            ORDER BY quote.passage_id DESC, quote.id DESC LIMIT 1)
         WHERE last_passage_id >= \(passage))
        """
    }

    /// A new article's `facets` values, built from what the writer stores for it, by ``sql``'s rules (the same
    /// tokens in the same order: FTS5 is later asked to delete what the view computes, and `parley check` compares
    /// the two): one value a passage, without a query each.
    struct Collector {
        private var speakers: [[Int64]]
        private var entities: [[Int64]]
        /// The article's turns in the order they are stored: first passage, last passage, speaker.
        private var turns: [(first: Int, last: Int, speaker: Int64?)] = []

        init(passages: Int) {
            speakers = Array(repeating: [], count: passages)
            entities = Array(repeating: [], count: passages)
        }

        /// A quotation stored with `speaker`, starting in passage `passage` (an index into the article's passages);
        /// a turn reaches to `last`.
        mutating func quotation(kind: Quotation.Kind, speaker: Int64?, passage: Int, last: Int?) {
            guard kind != .other, passage < speakers.count else { return }
            if let speaker { speakers[passage].append(speaker) }
            if kind == .turn { turns.append((passage, last ?? passage, speaker)) }
        }

        mutating func mention(entity: Int64, passage: Int) {
            if passage < entities.count { entities[passage].append(entity) }
        }

        /// Each passage's value, in order.
        func values(source: String?, published: String?) -> [String] {
            var head = source.map(FacetTerms.source) ?? ""
            if let published, isDay(published) {
                let bytes = Array(published.utf8)
                let year = String(decoding: bytes[0..<4], as: UTF8.self)
                let month = String(decoding: bytes[5..<7], as: UTF8.self)
                let day = String(decoding: bytes[8..<10], as: UTF8.self)
                head += "\u{02}y\(year)\u{02}m\(year)\(month)\u{02}d\(year)\(month)\(day)"
            }
            var turn = 0  // the turns starting before the passage
            return speakers.indices.map { passage in
                while turn < turns.count, turns[turn].first < passage { turn += 1 }
                var spoken = speakers[passage]
                // The last turn starting before the passage, when it reaches it.
                if turn > 0, turns[turn - 1].last >= passage, let speaker = turns[turn - 1].speaker {
                    spoken.append(speaker)
                }
                return head + Self.tokens(spoken, FacetTerms.speaker)
                    + Self.tokens(entities[passage], FacetTerms.entity)
            }
        }

        /// Distinct, in SQLite's text order (bytes), as `SELECT DISTINCT … ORDER BY 1`.
        private static func tokens(_ ids: [Int64], _ token: (Int64) -> String) -> String {
            guard !ids.isEmpty else { return "" }
            return Set(ids.map(token)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined()
        }

        /// `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`.
        private func isDay(_ text: String) -> Bool {
            let bytes = Array(text.utf8.prefix(10))
            guard bytes.count == 10 else { return false }
            return bytes.indices.allSatisfy { i in
                i == 4 || i == 7 ? bytes[i] == 0x2D : (0x30...0x39).contains(bytes[i])
            }
        }
    }

    /// What a passage must match to pass the filter's speakers, entities, sources and dates, as FTS5 expressions:
    /// `required` (each group an `OR` of its terms, the groups joined by `AND`) and `excluded` (an `OR` of terms no
    /// match may hold); both `nil` when the filter has none of them.
    ///
    /// A date range open at one end is closed by the index's first or last day. A range that keeps most of the index
    /// is written as the days outside it, excluded, when every article has a date: a year's term is in millions of
    /// passages at scale, and FTS5 walks every doclist it intersects (`Iran` from one source since 2013, at 15.7
    /// million passages: 312 ms to count with the two years' terms, 21 ms without them); a range that keeps every
    /// day adds no term at all.
    static func pattern(for filter: SearchFilter, db: Database) throws -> (required: String?, excluded: String?) {
        var groups: [[String]] = []
        var excluded: [String] = []
        if let speakers = filter.speakers { groups.append(speakers.map(speaker)) }
        if let entities = filter.entities { groups.append(entities.map(entity)) }
        if let sources = filter.sources { groups.append(sources.map(source)) }
        if filter.since != nil || filter.until != nil {
            let bounds = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT substr(published, 1, 10) FROM article WHERE published >= '0' ORDER BY published LIMIT 1),
                           (SELECT substr(published, 1, 10) FROM article WHERE published >= '0'
                            ORDER BY published DESC LIMIT 1),
                           EXISTS (SELECT 1 FROM article WHERE published IS NULL)
                           OR EXISTS (SELECT 1 FROM article WHERE published < '0')
                           OR EXISTS (SELECT 1 FROM article WHERE published >= ':')
                    """)
            let first: String? = bounds?[0]
            let last: String? = bounds?[1]
            let someUndated: Bool = bounds?[2] ?? true
            if let first, let last {
                let from = max(filter.since ?? first, first)
                let through = min(filter.until ?? last, last)
                let inside = dayTerms(from: from, through: through)
                if !someUndated, !inside.isEmpty, let outside = outsideTerms(from: from, through: through, first, last)
                {
                    excluded = outside
                } else {
                    groups.append(inside)
                }
            } else {
                groups.append([])
            }
        }
        func either(_ terms: [String]) -> String {
            "(" + (terms.isEmpty ? [nothing] : terms).map(SearchQuery.quoted).joined(separator: " OR ") + ")"
        }
        return (
            groups.isEmpty ? nil : groups.map(either).joined(separator: " AND "),
            excluded.isEmpty ? nil : either(excluded)
        )
    }

    /// The terms of the days before `from` and after `through` within the index's days `first`…`last`, when the
    /// range `from`…`through` (not empty) spans more than half of them: excluding these is then the cheaper way to
    /// keep the range. Empty when the range holds every day; `nil` when it spans half or less.
    static func outsideTerms(from: String, through: String, _ first: String, _ last: String) -> [String]? {
        guard let start = Day(first, roundingUp: true), let end = Day(last, roundingUp: false),
            let low = Day(from, roundingUp: true), let high = Day(through, roundingUp: false), low <= high
        else { return nil }
        guard 2 * (high.number - low.number + 1) > end.number - start.number + 1 else { return nil }
        var terms: [String] = []
        if start < low { terms += dayTerms(from: start.text, through: low.previous.text) }
        if high < end { terms += dayTerms(from: high.next.text, through: end.text) }
        return terms
    }

    /// The fewest year, month and day terms that cover the days `from`…`through` (`YYYY-MM-DD`, compared as text as
    /// the date filters are: a day past the month's end, `2015-02-31`, stands for its end); none when the range is
    /// empty.
    static func dayTerms(from: String, through: String) -> [String] {
        guard var day = Day(from, roundingUp: true), let end = Day(through, roundingUp: false), day <= end else {
            return []
        }
        var terms: [String] = []
        while day <= end {
            if day.month == 1, day.day == 1, Day(year: day.year, month: 12, day: 31) <= end {
                terms.append("\u{02}y" + day.yearText)
                day = Day(year: day.year + 1, month: 1, day: 1)
            } else if day.day == 1, Day(year: day.year, month: day.month, day: day.monthLength) <= end {
                terms.append("\u{02}m" + day.yearText + day.monthText)
                day =
                    day.month == 12
                    ? Day(year: day.year + 1, month: 1, day: 1) : Day(year: day.year, month: day.month + 1, day: 1)
            } else {
                terms.append("\u{02}d" + day.yearText + day.monthText + day.dayText)
                day = day.next
            }
        }
        return terms
    }

    /// A calendar day, ordered.
    struct Day: Comparable {
        var year: Int, month: Int, day: Int

        init(year: Int, month: Int, day: Int) {
            (self.year, self.month, self.day) = (year, month, day)
        }

        /// `YYYY-MM-DD`; a day past its month's end is the next month's first (`roundingUp`, a lower bound) or the
        /// month's last (an upper bound).
        init?(_ text: String, roundingUp: Bool) {
            let parts = text.prefix(10).split(separator: "-").map { Int($0) }
            guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
                (1...12).contains(month), day >= 1
            else { return nil }
            self.init(year: year, month: month, day: day)
            if day > monthLength {
                self =
                    roundingUp
                    ? (month == 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1))
                    : Day(year: year, month: month, day: monthLength)
            }
        }

        var monthLength: Int {
            switch month {
            case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        var next: Day {
            if day < monthLength { return Day(year: year, month: month, day: day + 1) }
            return month == 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1)
        }

        var previous: Day {
            if day > 1 { return Day(year: year, month: month, day: day - 1) }
            let before = month == 1 ? Day(year: year - 1, month: 12, day: 1) : Day(year: year, month: month - 1, day: 1)
            return Day(year: before.year, month: before.month, day: before.monthLength)
        }

        /// Days since 1970-01-01.
        var number: Int { DateNormalizer.daysFromCivil(year, month, day) }

        /// `YYYY-MM-DD`.
        var text: String { yearText + "-" + monthText + "-" + dayText }

        var yearText: String { String(year).leftPadded(4) }
        var monthText: String { String(month).leftPadded(2) }
        var dayText: String { String(day).leftPadded(2) }

        static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
