import Foundation
import GRDB
import ParleyText

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
    /// Whose turn the passage is, when it comes from a transcript.
    public var turn: TurnOwner?
    /// Other articles whose passage has the same words (a republished or lightly edited copy), among the best
    /// matches; listed here instead of as hits of their own unless `allCopies`.
    public var copies: [String] = []
    /// Who the quotations beginning in this passage are attributed to (full and partial ones; not its turn's
    /// speaker, which ``turn`` names), each once, most quoted first.
    public var speakers: [String] = []
    /// BM25 score as FTS5's `bm25()` gives it, but with a length floor (see ``RankFunction``), more negative is better;
    /// for a query of one word, phrase or prefix, divided by its IDF (the same for every row, so not measured).
    public var score: Double

    public init(
        passageID: Int64, articleID: Int64, articleKey: String, title: String, source: String?, published: String?,
        url: String?, start: Int, end: Int, highlighted: String, score: Double, turn: TurnOwner? = nil
    ) {
        self.passageID = passageID
        self.articleID = articleID
        self.articleKey = articleKey
        self.title = title
        self.source = source
        self.published = published
        self.url = url
        self.start = start
        self.end = end
        self.highlighted = highlighted
        self.score = score
        self.turn = turn
    }

    /// Markers around matched words in ``highlighted``: control characters that never occur in stored text.
    public static let highlightStart = "\u{2}"
    public static let highlightEnd = "\u{3}"

    /// The passage without highlight markers.
    public var text: String { Self.marking(highlighted, open: "", close: "") }

    /// Whether the passage begins inside a sentence, by a heuristic: only a sentence longer than a passage is cut
    /// (at a word), and the piece after the cut most often begins in lower case (a name after the cut is missed; a
    /// sentence that begins in lower case, `iPhone`, is taken for a cut).
    public var startsMidSentence: Bool {
        guard
            let first = highlighted.unicodeScalars.first(where: {
                !$0.properties.isWhitespace && $0 != "\u{2}" && $0 != "\u{3}"
            })
        else { return false }
        return first.properties.isLowercase
    }

    /// Whether the passage ends inside a sentence, by a heuristic: it is about a passage long (a cut piece fills its
    /// passage) and ends with neither a sentence's last mark nor a closing quotation mark or bracket.
    public var endsMidSentence: Bool {
        guard end - start >= Segmenter.maxPassageScalars * 3 / 4,
            let last = highlighted.unicodeScalars.last(where: {
                !$0.properties.isWhitespace && $0 != "\u{2}" && $0 != "\u{3}"
            })
        else { return false }
        return !".!?…\"”’')]»".unicodeScalars.contains(last)
    }

    /// `highlighted` with its markers replaced by `open` and `close` (`[`, `]`; escape codes for bold).
    public func marked(open: String, close: String) -> String { Self.marking(highlighted, open: open, close: close) }

    /// `text`'s highlight markers replaced, scanning its UTF-8 bytes (the markers are single bytes).
    public static func marking(_ text: String, open: String, close: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x02: bytes += open.utf8
            case 0x03: bytes += close.utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The speaker of the transcript turn a passage belongs to.
public struct TurnOwner: Sendable, Equatable {
    /// The label as written: `MR. EARNEST`, `Q`.
    public var label: String
    /// Who the label was resolved to (`Josh Earnest`); the label itself for a questioner; `nil` when unresolved.
    public var speaker: String?
    /// A reporter's or an outlet's question, not an official's words.
    public var isQuestioner: Bool
}

/// The order of `search` and `quotes` results.
public enum ResultOrder: String, Sendable, CaseIterable {
    /// Best BM25 score first (with a query); newest first without one.
    case relevance
    /// Newest article first (undated ones last); the same day by score.
    case date
}

/// What narrows a search besides its words. Every given part must hold.
public struct SearchFilter: Sendable, Equatable {
    /// Passages holding a quotation (`full` or `partial`) by one of these entities.
    public var speakers: [Int64]?
    /// Passages mentioning one of these people, places or organisations.
    public var entities: [Int64]?
    /// Articles published on or after this day (`YYYY-MM-DD`); undated articles are left out.
    public var since: String?
    /// Articles published on or before this day (`YYYY-MM-DD`, the whole day included).
    public var until: String?
    /// Articles from one of these sources (exact names, as `parley stats` lists them).
    public var sources: [String]?
    /// With `speakers`: only their quotations found with at least this confidence; alone: passages holding a
    /// quotation whose speaker was found with at least this confidence.
    public var minConfidence: Double?

    public init(
        speakers: [Int64]? = nil, entities: [Int64]? = nil, since: String? = nil, until: String? = nil,
        sources: [String]? = nil, minConfidence: Double? = nil
    ) {
        self.minConfidence = minConfidence
        self.speakers = speakers
        self.entities = entities
        self.since = since
        self.until = until
        self.sources = sources
    }
}

/// How a search found its best hits. Both give BM25's exact order over every match.
public enum RankingMethod: String, Sendable {
    /// Every match was scored.
    case everyMatch = "every match"
    /// The impact levels proved the best without scoring every match (``ImpactLevels``).
    case impactLevels = "impact levels"
    /// By date: the articles were searched newest first until the hits and their last day were complete.
    case newestArticles = "newest articles"
    /// Asked for (`newest`): only the most recently indexed matches were ranked. An approximation, not BM25's
    /// order over every match.
    case newestMatches = "newest matches"
}

/// How often a value occurs among the matching passages.
public struct FacetCount: Sendable, Equatable {
    public var value: String
    public var passages: Int
}

/// Counts of the matching passages by speaker, entity and source (each most frequent first) and by year (latest first).
public struct SearchFacets: Sendable, Equatable {
    public var speakers: [FacetCount] = []
    public var people: [FacetCount] = []
    public var places: [FacetCount] = []
    public var organizations: [FacetCount] = []
    public var sources: [FacetCount] = []
    public var years: [FacetCount] = []
}

/// The results of one search: the best hits and how many passages matched in all.
public struct SearchResults: Sendable, Equatable {
    public var hits: [SearchHit]
    /// Every match when ``countIsExact``; else an estimate: ``countedMatches`` counted among the lowest passage ids,
    /// the rest estimated from slices of the other ids, spread over them.
    public var totalMatches: Int
    /// False when more passages matched than ``ParleyIndex/rankWindow``: the hits are still BM25's best over every
    /// match (see ``rankedBy``), but the count may be an estimate and facets count the most recently indexed window.
    public var isComplete: Bool
    public var facets: SearchFacets?
    /// Whether ``totalMatches`` counts every match (always, when ``isComplete``).
    public var countIsExact: Bool
    /// The matches counted one by one: ``totalMatches`` when exact, else a lower bound of it.
    public var countedMatches: Int
    /// How far an estimated ``totalMatches`` may be off: the count of every match is within ± this, at about 99%
    /// confidence (three times the standard error of the sampled slices' mean density, over the span estimated); 0
    /// when exact.
    public var countMargin = 0
    /// How the hits were found; in BM25's exact order either way.
    public var rankedBy: RankingMethod = .everyMatch
    /// The matches once copies are folded: passages with the same words (`passage.words_hash`) count once, as the
    /// listing shows them unless `allCopies`; at most ``totalMatches``. `nil` when not counted: with `allCopies`,
    /// when the count is an estimate, or past ``ParleyIndex/distinctCountLimit`` matches (but with `window: Int.max`).
    public var distinctMatches: Int?
    /// How many matches were ranked for the hits (more than `hits` when copies were folded): when it is all that
    /// was asked for, more may be needed to fill a page once copies are folded.
    var ranked = 0

    public init(
        hits: [SearchHit], totalMatches: Int, isComplete: Bool, facets: SearchFacets? = nil, countIsExact: Bool? = nil,
        countedMatches: Int? = nil
    ) {
        self.hits = hits
        self.totalMatches = totalMatches
        self.isComplete = isComplete
        self.facets = facets
        self.countIsExact = countIsExact ?? isComplete
        self.countedMatches = countedMatches ?? totalMatches
    }
}

extension ParleyIndex {
    /// A query with at most this many matches has every match scored (and faceted). Past it, the impact levels
    /// prove the best without scoring every match (``ImpactLevels``), or, when they cannot, every match is
    /// scored after all: the order is BM25's exact order either way. Facets then count the window, the most
    /// recently indexed matches.
    ///
    /// Scoring every match costs as much as the matches are many: a million for `said` in a large index.
    public static let rankWindow = 1_500

    /// Document frequencies are counted exactly up to this many matches, then estimated from the density
    /// of the phrase's most recent matches.
    static let frequencyProbe = 1_000

    /// Beyond the ranked window, matches are counted one by one up to this many, then the rest is extrapolated
    /// and the count says so. FTS5 walks about 60 ns a match without a filter (a phrase costs more: positions),
    /// so 20,000 take about 1–3 ms. At 50,000 the bench's frequent words took 1.7 times as long and a frequent
    /// phrase 2.3 times (`parley-bench queries`, the briefings): counting must stay well below the search.
    public static let countBudget = 20_000

    /// Passages matching `query` and `filter`, best BM25 score first.
    ///
    /// Ranking: BM25 over passage text (weight 1) and article title (weight 0.5), as ``RankFunction``, with exact
    /// document frequencies: the hits are BM25's best over every match.
    /// - Parameter window: up to how many matches every match is scored; ``rankWindow`` by default. `Int.max`
    ///   scores, counts and facets every match (the reference): slow for frequent words.
    ///
    /// - Parameter countBudget: past the window, how many matches are counted before the rest is estimated.
    /// - Parameter order: ``ResultOrder/date`` lists the matches newest day first, the same day by BM25 score
    ///   (past the window, by walking the articles newest first when that is short).
    /// - Parameter offset: how many of the best to skip (paging): the hits are the best `offset + 1`…`offset + limit`.
    /// - Parameter newest: rank only this many of the most recently indexed matches, when there are more than the
    ///   window: fast at any size, and an approximation (``RankingMethod/newestMatches``); by score only.
    public func search(
        _ query: SearchQuery, limit: Int = 10, filter: SearchFilter = SearchFilter(), facets: Bool = false,
        window: Int = ParleyIndex.rankWindow, order: ResultOrder = .relevance,
        countBudget: Int = ParleyIndex.countBudget,
        allCopies: Bool = true, offset: Int = 0, newest: Int? = nil
    ) throws(StoreError) -> SearchResults {
        try search(
            query, limit: limit, filter: filter, facets: facets, window: window, order: order,
            countBudget: countBudget, allCopies: allCopies, offset: offset, newest: newest, highlighting: true)
    }

    /// ``search(_:limit:filter:facets:window:order:countBudget:allCopies:offset:newest:)``; without `highlighting`,
    /// the hits' `highlighted` is empty and their text is not read: one statement for every hit instead of an FTS5
    /// scan for each run of them (about 0.7 ms a hit at 15.7 million passages), for a caller that keeps a few of
    /// many hits (``rankedPassages(_:limit:filter:order:)`` by date).
    func search(
        _ query: SearchQuery, limit: Int, filter: SearchFilter, facets: Bool, window: Int, order: ResultOrder,
        countBudget: Int, allCopies: Bool, offset: Int, newest: Int?, highlighting: Bool
    ) throws(StoreError) -> SearchResults {
        let shown = min(max(offset, 0), 1 << 40) + min(max(limit, 0), 1 << 40)
        // A query of fields only (`SearchQuery(_:fieldsOnly:)`) has no words to match.
        guard query.hasWords else { return SearchResults(hits: [], totalMatches: 0, isComplete: true) }
        // Copies collapse: rank enough more than asked that `limit` distinct passages remain, more again while
        // copies fill the ranked ones (a paragraph many outlets carry) and more matches remain; the impact levels
        // stop as soon as their proven matches hold the page's passages, so that one pass mostly does. One read:
        // every pass sees the same index, and the later ones reuse the first's frequencies and count.
        return try read { db in
            var wanted = allCopies ? shown : min(shown, 1 << 20) * Self.copiesFirstFactor + Self.copiesFirstExtra
            var measured: Measurements?
            var (results, proven) = try rankedSearch(
                db, query, limit: wanted, filter: filter, facets: facets, window: window, order: order,
                countBudget: countBudget, newest: newest, countDistinct: !allCopies,
                foldingTo: allCopies ? nil : shown, highlighting: highlighting, measured: &measured)
            while !allCopies, results.hits.count < shown, results.ranked == wanted, wanted < Self.copiesMostRanked {
                wanted *= Self.copiesGrowth
                if proven.matches.count > results.ranked || proven.isEveryMatch {
                    // The last pass ranked more than it was asked for, in BM25's exact order: fold copies again over
                    // more of them instead of searching again. The impact levels stop once their proven matches hold
                    // the page's passages, so folding all of those fills the page, however few they are.
                    let ranked = Array(proven.matches.prefix(wanted))
                    results.hits = try Self.hits(
                        db, ranked: ranked, foldingTo: shown,
                        pattern: highlighting ? measured?.expansion?.pattern ?? query.matchPattern : nil)
                    results.ranked = ranked.count
                    // Fewer than `wanted`, not every match, and the page still short: search again for `wanted`.
                    if ranked.count == wanted || proven.isEveryMatch || results.hits.count >= shown { continue }
                }
                let facetCounts = results.facets
                (results, proven) = try rankedSearch(
                    db, query, limit: wanted, filter: filter, facets: false, window: window, order: order,
                    countBudget: countBudget, newest: newest, countDistinct: true, foldingTo: shown,
                    highlighting: highlighting, measured: &measured)
                results.facets = facetCounts
            }
            results.hits = Array(results.hits.dropFirst(max(offset, 0)))
            return results
        }
    }

    /// The best `limit` passages of `query` in the order ``search(_:limit:filter:facets:window:order:countBudget:allCopies:offset:newest:)``
    /// lists them with every copy, as ids and scores, without reading them: for a caller that keeps a few of many
    /// (``turnsBySearch(_:speakers:filter:order:limit:turnCondition:arguments:)``), which pages by asking
    /// for more. More than `limit` when more were proven or scored (every match, when no more than the window match):
    /// a longer prefix of the same order. `isEveryMatch`: no other passage matches.
    func rankedPassages(
        _ query: SearchQuery, limit: Int, filter: SearchFilter, order: ResultOrder
    ) throws(StoreError) -> (matches: [(id: Int64, score: Double)], isEveryMatch: Bool) {
        guard query.hasWords else { return ([], true) }
        guard order == .relevance else {
            // By date the newest articles are walked and their passages read (``searchByDate``).
            let hits = try search(
                query, limit: limit, filter: filter, facets: false, window: Self.rankWindow, order: order,
                countBudget: Self.countBudget, allCopies: true, offset: 0, newest: nil, highlighting: false
            ).hits
            return (hits.map { (id: $0.passageID, score: $0.score) }, hits.count < limit)
        }
        return try read { db in
            var measured: Measurements?
            // No count is shown: past the window, an estimate serves the strategy as well as an exact count.
            let ranked = try rankedSearch(
                db, query, limit: limit, filter: filter, facets: false, window: Self.rankWindow, order: order,
                countBudget: Self.rankWindow, newest: nil, countDistinct: false, foldingTo: nil, highlighting: false,
                readingHits: false, measured: &measured
            ).1
            return (ranked.matches, ranked.isEveryMatch || ranked.matches.count < limit)
        }
    }

    /// What a search measures before it ranks, kept for its later passes
    /// (``search(_:limit:filter:facets:window:order:countBudget:allCopies:offset:newest:)``).
    struct Measurements {
        var first: Int64
        var last: Int64
        var rankArguments: RankArguments
        var scanned: Int64
        var count: MatchCount
        var distinct: Int?
        /// The query's prefixes spelled as their words, when any is.
        var expansion: PrefixExpansion?
    }

    /// How many of the best matches a search folding copies keeps beyond those it was asked for: every match scored
    /// keeps them at no cost; the impact levels go on until their proven matches hold the page's passages or fill
    /// this many places (`provenBest`). A page whose best matches are copies of a few passages is then folded
    /// without a second search. 640 is the third pass's size for a page of ten.
    static let copiesReserve = 640

    /// Folding copies, a search first ranks three times the passages it shows and ten more, so that a page is found
    /// in one pass unless copies are most of the best matches; then four times as many each time copies filled the
    /// ranked ones, up to 16.8 million (`1 << 24`): a bound, not a size any page has needed.
    static let copiesFirstFactor = 3
    static let copiesFirstExtra = 10
    static let copiesGrowth = 4
    static let copiesMostRanked = 1 << 24

    /// The hits of `ranked`, best first; with `foldingTo`, the first `foldingTo` whose words differ
    /// (`passage.words_hash`, as ``distinctCount(_:candidates:)`` counts them), each with the articles of the later
    /// ones that repeat it. Copies are folded from the ids, so only the passages shown are read. `pattern`: as
    /// ``hits(_:best:pattern:)``.
    static func hits(
        _ db: Database, ranked: [(id: Int64, score: Double)], foldingTo: Int?, pattern: String?
    ) throws -> [SearchHit] {
        guard let foldingTo else { return try hits(db, best: ranked, pattern: pattern) }
        let folded = try foldingCopies(db, ranked, chunk: 500)
        var hits = try hits(db, best: Array(folded.kept.prefix(foldingTo)), pattern: pattern)
        // Each copy's article by its first key, all in one statement (a page at 15.7 million passages lists hundreds).
        let copies = hits.map { folded.copies[$0.passageID] ?? [] }
        let articles = Set(copies.joined())
        var keys: [Int64: String] = [:]
        if !articles.isEmpty {
            let list = articles.sorted().map(String.init).joined(separator: ",")
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT article_id, key FROM article_key WHERE article_id IN (\(list)) "
                    + "ORDER BY article_id, ingested_at, key")
            while let row = try rows.next() {
                let article: Int64 = row[0]
                if keys[article] == nil { keys[article] = row[1] }
            }
        }
        for at in hits.indices { hits[at].copies = copies[at].map { displayKey(keys[$0] ?? "") } }
        return hits
    }

    private func rankedSearch(
        _ db: Database, _ query: SearchQuery, limit: Int, filter: SearchFilter, facets: Bool, window: Int,
        order: ResultOrder, countBudget: Int, newest: Int?, countDistinct: Bool, foldingTo: Int?, highlighting: Bool,
        readingHits: Bool = true, measured: inout Measurements?
    ) throws -> (SearchResults, Ranked) {
        if order == .date {
            let results = try searchByDate(
                db, query, limit: limit, filter: filter, facets: facets, window: window, countBudget: countBudget,
                countDistinct: countDistinct, foldingTo: foldingTo, highlighting: highlighting)
            return (results, Ranked(matches: [], isEveryMatch: false))
        }
        let exact = window == Int.max
        let reserve = foldingTo == nil ? limit : max(limit, Self.copiesReserve)
        let (first, last) = try measured.map { ($0.first, $0.last) } ?? Self.passageIDBounds(db)
        // Exact document frequencies, so that the order is BM25's over every match, whichever way it is found.
        let (rankArguments, scanned) =
            try measured.map { ($0.rankArguments, $0.scanned) }
            ?? Self.scoringFrequencies(db, query, filter: filter, first: first, last: last)
        let expansion = try measured.map(\.expansion) ?? PrefixExpansion(db, query: query)
        let pattern = expansion?.pattern ?? query.matchPattern
        // The arguments of `pattern`'s phrases.
        let scoring = expansion?.arguments(rankArguments) ?? rankArguments
        let clause = try FilterClause(filter, db: db, scanned: scanned)
        let checked = Self.candidateSQL(pattern, clause: clause, query: query)
        let count =
            try measured?.count
            ?? Self.countMatches(
                db, candidates: checked, window: window, countBudget: countBudget, first: first, last: last,
                query: query,
                collectingIDs: (clause.terms != nil || !clause.conditions.isEmpty) && Self.lookups != .never
                    && Self.lookupCost(query) != nil)
        let (total, counted, countIsExact, isComplete, margin) = (
            count.total, count.counted, count.countIsExact, count.isComplete, count.margin
        )
        measured = Measurements(
            first: first, last: last, rankArguments: rankArguments, scanned: scanned, count: count,
            distinct: measured?.distinct, expansion: expansion)
        let candidates =
            Self.lookingUp(count, pattern: pattern, query: query)
            ?? Self.candidates(checked, passing: count.passing, query: query)
        // BM25's best in exact order: at least `limit` of them (all there are, when fewer), more when kept
        // (``copiesReserve``); folding copies, the levels may prove fewer, once they hold the page's passages.
        var proven: [(id: Int64, score: Double)]
        var provenIsEveryMatch = false
        var method = RankingMethod.everyMatch
        var distinct = measured?.distinct
        /// The best matches the levels scored before they gave up.
        var scored: [(id: Int64, score: Double)] = []
        if !isComplete, let newest, newest > 0 {
            // Asked for: the newest matches only.
            proven = try Self.rankEvery(
                db,
                candidates: (
                    candidates.sql + " ORDER BY passage_fts.rowid DESC LIMIT \(newest)", candidates.arguments
                ),
                rankArguments: scoring, limit: limit
            ).best.matches
            method = .newestMatches
        } else if !isComplete,
            let levels = try Self.provenBest(
                db, query: query, expansion: expansion, filter: filter, rankArguments: rankArguments, limit: limit,
                reserve: reserve, distinct: foldingTo,
                selectiveFilter: try Self.isSelective(db, query: query, clause: clause, matches: total),
                leftOver: { scored = $0 })
        {
            // More matches than the window: the impact levels prove the best ones, or every match is scored.
            proven = levels
            method = .impactLevels
        } else {
            // Every match scored: their ids give the count without copies at no second pass of the query.
            let keeping =
                distinct == nil && countDistinct && countIsExact && total <= Self.distinctCountLimit ? total : 0
            // Without hits read, every match scored is kept when they are few (``rankedPassages(_:limit:filter:order:)``).
            let kept = !readingHits && isComplete ? max(reserve, total + 1) : reserve
            let ranked = try Self.rankEvery(
                db, candidates: candidates, rankArguments: scoring, limit: kept, keepingIDs: keeping, seed: scored)
            proven = ranked.best.matches
            provenIsEveryMatch = proven.count < kept
            if keeping > 0, ranked.ids.count == total { distinct = try Self.distinctCount(db, ids: ranked.ids) }
        }
        let best = Array(proven.prefix(limit))
        let hits =
            readingHits
            ? try Self.hits(db, ranked: best, foldingTo: foldingTo, pattern: highlighting ? pattern : nil) : []
        var counts: SearchFacets?
        if facets {
            counts =
                exact
                ? try Self.facets(
                    db, hits: "SELECT passage_fts.rowid " + candidates.sql, arguments: candidates.arguments,
                    foldingCopies: countDistinct, few: total <= Self.rankWindow)
                : try Self.facets(
                    db,
                    hits: "SELECT passage_fts.rowid " + candidates.sql + " ORDER BY passage_fts.rowid DESC LIMIT ?",
                    arguments: candidates.arguments + [window], foldingCopies: countDistinct)
        }
        // (An estimate is no lower than the matches proven.)
        var results = SearchResults(
            hits: hits, totalMatches: countIsExact ? total : max(total, proven.count), isComplete: isComplete,
            facets: counts, countIsExact: countIsExact, countedMatches: counted)
        results.countMargin = margin
        results.rankedBy = method
        results.ranked = best.count
        // Not counted yet (the levels found the best): a second pass of the query, but for `SENTENCE(…)`, whose
        // every match would have its sentences checked again (0.1 ms each), unless `--exact` asks for it all or the
        // count kept the passages that passed.
        if distinct == nil, countDistinct, countIsExact,
            exact
                || (total <= Self.distinctCountLimit
                    && (query.sentenceCondition(table: "passage_fts") == nil || count.passing != nil))
        {
            distinct = try Self.distinctCount(db, candidates: candidates)
        }
        measured?.distinct = distinct
        results.distinctMatches = distinct
        return (results, Ranked(matches: proven, isEveryMatch: provenIsEveryMatch))
    }

    /// The candidates of a filtered query whose every match the count found by id (``MatchCount/ids``), as lookups of
    /// those ids with the query's words alone, when that costs less than walking them again: FTS5 walks the filter's
    /// long doclists at every step (`said --speaker "John Kerry" --entity Iran --since 2015-01-01 --until 2015-12-31`
    /// at 15.7 million passages: 31 matches, 20 ms a walk), and a lookup seeks only the words (about 15 µs for a word,
    /// 240 for `"the president said"`, measured there). The count's walk, timed, stands for the walk saved; a lookup
    /// is reckoned at ``lookupSeconds`` a word, four times that for a word of a phrase. `nil`: walk again.
    static func lookingUp(_ count: MatchCount, pattern: String, query: SearchQuery) -> (
        sql: String, arguments: StatementArguments
    )? {
        guard let ids = count.ids, !ids.isEmpty, lookups != .never, let perLookup = lookupCost(query),
            lookups == .always || Double(ids.count) * perLookup < count.walkSeconds
        else { return nil }
        return byID(ids, pattern: pattern)
    }

    /// `FROM … WHERE …` of the passages `ids` that match `pattern`, each looked up by FTS5.
    static func byID(_ ids: [Int64], pattern: String) -> (sql: String, arguments: StatementArguments) {
        (
            "FROM passage_fts WHERE passage_fts MATCH ? AND passage_fts.rowid IN ("
                + ids.map(String.init).joined(separator: ",") + ")", [pattern]
        )
    }

    /// What looking up one passage by id costs FTS5, a word of the query (``lookingUp(_:pattern:query:)``).
    static let lookupSeconds = 20e-6

    /// What looking up one passage by id costs for `query`: ``lookupSeconds`` a word, four times that for a word of a
    /// phrase (its positions); `nil` for a prefix, not reckoned (walked). A `NEAR` group counts as its phrases.
    static func lookupCost(_ query: SearchQuery) -> Double? {
        var seconds = 0.0
        for term in query.terms.prefix(query.positivePhraseCount) {
            let words = SearchQuery.indexWords(of: term).count
            guard words > 0 else { return nil }
            seconds += Double(words) * lookupSeconds * (words > 1 ? 4 : 1)
        }
        return seconds > 0 ? seconds : nil
    }

    /// Whether the filter of `clause` keeps at most one passage in ``selectiveShare`` of those of the query's rarest
    /// word (`term_passages`), `matches` the query's matches with the filter: then a level query's passages are
    /// found without the query's words and looked up (``provenBest(_:query:expansion:filter:rankArguments:limit:reserve:distinct:selectiveFilter:pairsScoredFirst:fineAtOnce:descentShare:)``). Walking a
    /// level query, FTS5 seeks the word's doclist for each passage of the level tokens, about 1.3 µs for `said` at
    /// 15.7 million passages, whatever the filter leaves of them; a lookup costs about 20 µs a word. So a filter
    /// that keeps a small share pays (`said --speaker "John Kerry"`, 0.08%), one that keeps more (a source, a few
    /// months: 10–25%) does not.
    static func isSelective(_ db: Database, query: SearchQuery, clause: FilterClause, matches: Int) throws -> Bool {
        guard clause.terms != nil, query.sentenceCondition(table: "passage_fts") == nil, lookupCost(query) != nil,
            lookups != .never
        else { return false }
        guard lookups != .always else { return true }
        guard let fewest = try fewestPassages(db, of: Array(query.terms.prefix(query.positivePhraseCount))) else {
            return false
        }
        return Int64(matches) * selectiveShare <= fewest
    }

    /// ``isSelective(_:query:clause:matches:)``: a filter that keeps one passage of the rarest word's in this many,
    /// or fewer.
    static let selectiveShare: Int64 = 100

    /// When a filtered query's passages are looked up by id rather than walked (``lookingUp(_:pattern:query:)``, and
    /// the level queries of a selective filter, ``isSelective(_:query:clause:matches:)``): when cheaper (the
    /// default), or, for tests that compare both ways, always or never.
    enum LookupPolicy { case whenCheaper, always, never }
    @TaskLocal static var lookups = LookupPolicy.whenCheaper

    /// A filtered query's count finds the ids of its first matches up to this many (``MatchCount/ids``): looking up
    /// more would rarely cost less than a walk (at 20 µs a lookup, 256 take 5 ms), and a query with more matches
    /// pays for a statement and for these ids read (``lookingUp(_:pattern:query:)``).
    static let lookupLimit = 256

    /// BM25's best matches of a pass in exact order: those it ranked for its hits, or more when it kept or proved
    /// more (``copiesReserve``), for folding copies again without searching again.
    struct Ranked {
        var matches: [(id: Int64, score: Double)]
        /// Whether ``matches`` holds every match.
        var isEveryMatch: Bool
    }

    /// Up to this many matches, a search counts them once copies are folded (``SearchResults/distinctMatches``);
    /// past it the count includes copies and says so (`--exact` counts them all). Reading each match's words hash
    /// costs about 2 µs a match (5,741 matches of `Iran` in the briefings: 12 ms more a search), more than counting
    /// the matches (about 60 ns each).
    public static let distinctCountLimit = 5_000

    /// How many of the passages `ids` differ in their words (``distinctCount(_:candidates:)``).
    static func distinctCount(_ db: Database, ids: [Int64]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try Int.fetchOne(
            db,
            sql: "SELECT count(DISTINCT coalesce(words_hash, -id)) FROM passage WHERE id IN ("
                + ids.map(String.init).joined(separator: ",") + ")") ?? 0
    }

    /// How many of the passages `candidates` selects differ in their words (`passage.words_hash`; a passage without
    /// one counts on its own): the count once copies are folded. About 1 µs a match (a lookup by id).
    static func distinctCount(_ db: Database, candidates: (sql: String, arguments: StatementArguments)) throws -> Int {
        // FTS5 drives: each match's row of `passage` by its id (`IN (…)` made SQLite build and sort the ids first).
        precondition(candidates.sql.hasPrefix("FROM passage_fts "))
        let joined =
            "FROM passage_fts JOIN passage AS words ON words.id = passage_fts.rowid "
            + candidates.sql.dropFirst("FROM passage_fts ".count)
        return try Int.fetchOne(
            db, sql: "SELECT count(DISTINCT coalesce(words.words_hash, -words.id)) " + joined,
            arguments: candidates.arguments) ?? 0
    }

    /// The best `limit` of every match `candidates` selects, by scoring each.
    /// With `keepingIDs`, also the ids of the first that many matches (every match's when they are no more).
    /// With `seed`, matches already scored (by the impact levels, which gave up): kept from the start, so that the
    /// worst score kept is high from the first row, and a row that cannot beat it is not scored with its length
    /// (``RankThreshold``: at 15.7 million passages a seek into `passage_fts_docsize` each). The result is the same.
    private static func rankEvery(
        _ db: Database, candidates: (sql: String, arguments: StatementArguments), rankArguments: RankArguments,
        limit: Int, keepingIDs kept: Int = 0, seed: [(id: Int64, score: Double)] = []
    ) throws -> (best: BestMatches, ids: [Int64]) {
        var best = BestMatches(limit: limit)
        for match in seed { best.offer(match) }
        // Only the seed's matches still kept could be offered twice: any other scored below the worst kept.
        let seeded = Set(best.matches.map(\.id))
        var ids: [Int64] = []
        try forEachScore(db, candidates: candidates, rankArguments: rankArguments, keeping: { best.worst }) {
            match in
            if !seeded.contains(match.id) { best.offer(match) }
            if ids.count < kept { ids.append(match.id) }
        }
        return (best, ids)
    }

    /// Calls `body` with each passage `candidates` selects and its `parley_rank` score, streaming.
    ///
    /// `keeping`, asked after each match, is the worst match `body` still keeps (``BestMatches/worst``): a later
    /// match that cannot beat it comes with score 0, its length not read (``RankThreshold``): in a large index that
    /// lookup, a read of `passage_fts_docsize` outside the page cache, was most of the cost of scoring a match.
    private static func forEachScore(
        _ db: Database, candidates: (sql: String, arguments: StatementArguments), rankArguments: RankArguments,
        keeping worst: () -> (score: Double, id: Int64)? = { nil }, _ body: ((id: Int64, score: Double)) -> Void
    ) throws {
        try RankThreshold.scoring(db) { threshold in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT passage_fts.rowid, \(rankArguments.rank) " + candidates.sql,
                arguments: candidates.arguments)
            while let row = try rows.next() {
                body((row[0], row[1] ?? 0))
                threshold.worst = worst()
            }
        }
    }

    /// At most this many pairs of a clause's terms are scored first (a clause of six terms has 15): each is one more
    /// `AND` group ORed into one FTS5 pattern, and past that the sum of the terms' bounds is used instead.
    static let mostPairsScoredFirst = 16

    /// The best `limit` matches of `query` and `filter` in BM25's exact order (the same as ranking every match),
    /// found through the impact levels without scoring every match; `nil` when the levels cannot prove them.
    ///
    /// Each positive phrase has *drivers*, index terms whose impact levels bound its weight in a passage: a word or
    /// phrase has one of its words (its hits are the word's hits, or fewer); a prefix spelled as its words
    /// (``PrefixExpansion``) has its most frequent words, once the passages holding any of its other words are scored
    /// (in the passages left, the prefix's hits are its drivers'). Level by level from the top, the matches where
    /// some driver is at its phrase's level are scored (`impact` holds the level tokens, see ``ImpactLevels``); each
    /// phrase goes down its own levels, the one that lowers the bound most for its passages first (``descentShare``).
    /// The matches not yet scored have every driver below its phrase's level, so their score is under the sum, phrase
    /// by phrase, of the IDF times ``ImpactLevels/bound(below:averageLength:words:)`` (a phrase with no driver: its
    /// largest weight). Once the `limit`-th best score so far beats that sum, no unscored match can enter the best:
    /// they are proven.
    ///
    /// A passage holding two of a prefix's drivers weighs up to their hits together, one holding two terms of a
    /// clause (`a OR b`) up to both terms' bounds; any other, up to one driver's, or the clause's largest term's.
    /// When the passages holding two are few (``coOccurrenceLimit``) they are scored first. When they are many
    /// (`Syria OR Iraq`: 30,548 of 329,202 matches at 15.7 million passages) they are *paired*: scored level by level
    /// on their own, whenever theirs is the larger bound, so that the other matches stop at the level their own,
    /// tighter bound needs (`Syria OR Iraq`'s best all hold both words, and no single word reaches their scores).
    ///
    /// - Parameter expansion: `query`'s prefixes spelled as their words: the pattern and phrases scored.
    /// - Parameter rankArguments: one frequency a phrase of `query` (`expansion` spells them for its pattern).
    /// - Parameter reserve: keep up to this many of the scored candidates (at least `limit`): the result is every
    ///   one of them the proof covers, best first, so more than `limit` when more beat the bound.
    /// - Parameter distinct: folding copies, done once the proven matches hold this many passages whose words differ
    ///   (`passage.words_hash`, as copies are folded), however few matches that is, or once they fill every place
    ///   kept (`max(limit, reserve)`), instead of once `limit` are proven: a page of copies folded is then proven
    ///   in one pass.
    /// - Parameter selectiveFilter: ``isSelective(_:query:clause:matches:)`` (no `SENTENCE`, a lookup cost reckoned):
    ///   each level query's passages are found without the query's words and, when few, looked up.
    /// - Parameter pairsScoredFirst: up to how many passages holding two terms of a clause, or two drivers of a
    ///   prefix, are scored first rather than paired (a test pairs them all with 0).
    /// - Parameter fineAtOnce: up to how many passages at the fine top levels are scored in one query rather than a
    ///   query a level (tests try 0 and `Int.max`).
    /// - Parameter descentShare: as ``ParleyIndex/descentShare``, 0…1 (tests try 0, every phrase down together, and
    ///   1, the best alone).
    /// - Parameter leftOver: when the levels prove no page (`nil`), given the best matches scored on the way, at their
    ///   exact scores, best first (up to `max(limit, reserve)`): scoring every match can start from them.
    static func provenBest(
        _ db: Database, query: SearchQuery, expansion: PrefixExpansion? = nil, filter: SearchFilter,
        rankArguments: RankArguments, limit: Int, reserve: Int = 0, distinct: Int? = nil, selectiveFilter: Bool = false,
        pairsScoredFirst: Int = coOccurrenceLimit, fineAtOnce: Int = fineLevelsAtOnce,
        descentShare: Double = descentShare, leftOver: ([(id: Int64, score: Double)]) -> Void = { _ in }
    ) throws -> [(id: Int64, score: Double)]? {
        let candidates = query.driverCandidates
        guard expansion != nil || candidates.contains(where: { !$0.isEmpty }) else { return nil }
        let matchPattern = expansion?.pattern ?? query.matchPattern
        let scoring = expansion?.arguments(rankArguments) ?? rankArguments
        guard
            let corpus = try String.fetchOne(
                db, sql: "SELECT parley_corpus(passage_fts) FROM passage_fts WHERE passage_fts MATCH ? LIMIT 1",
                arguments: [matchPattern])
        else { return nil }
        let parts = corpus.split(separator: "\t").compactMap { Double($0) }
        guard parts.count == 2 else { return nil }
        let (rows, average) = (parts[0], parts[1])
        // The filter once for every query below (each narrows the query: few matches, scanned).
        let clause = try FilterClause(filter, db: db, scanned: 0)
        var best = BestMatches(limit: max(limit, reserve))
        var seen = Set<Int64>()
        let sentence = query.sentenceCondition(table: "passage_fts")
        /// Scores the matches of `pattern`, the query's narrowed by `narrowing` (level tokens), when given.
        func score(_ pattern: String, narrowing: String? = nil) throws {
            // A selective filter: the passages of the level tokens and the filter's terms found without the query's
            // words, and when they are few, looked up by id with its words alone (``narrowedByID(_:)``).
            if selectiveFilter, let narrowing, let ids = try narrowedByID(narrowing) {
                guard !ids.isEmpty else { return }
                // (`pattern` is the query's `AND narrowing`: the ids hold `narrowing`, the lookups the query.)
                let candidates = byID(ids, pattern: matchPattern)
                try forEachScore(db, candidates: candidates, rankArguments: scoring, keeping: { best.worst }) {
                    match in
                    if seen.insert(match.id).inserted { best.offer(match) }
                }
                return
            }
            // `SENTENCE(…)`: once the best are as many as kept, only a candidate that could enter them has its
            // sentences checked (about 0.1 ms a candidate, reading its article): the check is asked for in the
            // result, under a CASE on the score, which SQLite evaluates only when the score is good enough. A
            // candidate that cannot beat the worst kept so far scores 0 unread (``RankThreshold``), and fails it.
            if let sentence, let worst = best.worst {
                let candidates = candidateSQL(pattern, clause: clause)
                try RankThreshold.scoring(db) { threshold in
                    threshold.worst = worst
                    let rows = try Row.fetchCursor(
                        db,
                        sql: "SELECT passage_fts.rowid, \(scoring.rank), CASE WHEN \(scoring.rank) <= ? THEN "
                            + "\(sentence) ELSE 0 END " + candidates.sql,
                        arguments: [worst.score] + candidates.arguments)
                    while let row = try rows.next() {
                        guard row[2] as Int? == 1 else { continue }
                        let match = (id: row[0] as Int64, score: row[1] as Double? ?? 0)
                        if seen.insert(match.id).inserted { best.offer(match) }
                        threshold.worst = best.worst
                    }
                }
                return
            }
            let candidates = candidateSQL(pattern, clause: clause, query: query)
            try forEachScore(db, candidates: candidates, rankArguments: scoring, keeping: { best.worst }) {
                match in
                if seen.insert(match.id).inserted { best.offer(match) }
            }
        }
        /// The ids of the passages holding the tokens of `narrowing` and the filter's terms, when they are at most
        /// ``lookupLimit``; `nil` when more. In a filtered query FTS5 walks the query's words at every step of the
        /// level tokens and the filter's terms, a seek into a long doclist each (`"said" AND` the level token of `said`
        /// at 4 `AND` the entity Iran at 15.7 million passages: 16 ms for 230 passages; without `"said"` 2 ms), and
        /// the few passages left are then looked up with the query's words alone (about 20 µs a word each).
        func narrowedByID(_ narrowing: String) throws -> [Int64]? {
            let tokens = candidateSQL(narrowing, clause: clause)
            let ids = try Int64.fetchAll(
                db, sql: "SELECT passage_fts.rowid " + tokens.sql + " LIMIT ?",
                arguments: tokens.arguments + [lookupLimit + 1])
            return ids.count <= lookupLimit ? ids : nil
        }
        /// Scores the matches of `pattern` within the query's when they are at most `most`; whether they were.
        func scoreIfFew(_ pattern: String, most: Int = coOccurrenceLimit) throws -> Bool {
            let together = candidateSQL("(" + matchPattern + ") AND " + pattern, clause: clause, query: query)
            let count =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM (SELECT passage_fts.rowid " + together.sql + " LIMIT ?)",
                    arguments: together.arguments + [most + 1]) ?? 0
            guard count <= most else { return false }
            try score("(" + matchPattern + ") AND " + pattern)
            return true
        }
        // A phrase alone: its candidates at a level are the passages where two of its words are both there or
        // higher (its hits are no more than either's), scored in their text when that costs less than FTS5 walking
        // the driver's level (``PhraseInText``). Words in most passages (`the`, `of`) narrow little at the lower
        // levels, and once a level was scored in the text, FTS5 must walk every level from there up to go on: they
        // are not among the two.
        var inText: PhraseInText?
        /// The two words (or the phrase's one word), fewest passages at the levels first: the driver, then the other.
        var narrowingWords: [String] = []
        /// What FTS5 spends on a passage of the driver's level tokens (``walkSeconds(_:driver:)``).
        var walkSeconds = 0.0
        if Self.phraseInTextLimit > 0, sentence == nil, expansion == nil, scoring.frequencies.count == 1,
            candidates.count == 1,
            let scorer = PhraseInText(query, frequency: scoring.frequencies[0], rows: rows, averageLength: average)
        {
            let shares = try Self.passageShares(db, candidates[0], rows: rows)
            let narrowing = candidates[0].filter { shares[$0] ?? 1 <= Self.narrowingShare }
            if !narrowing.isEmpty, narrowing.count >= min(2, candidates[0].count) {
                inText = scorer
                narrowingWords = try Self.fewestLevelled(narrowing, db, count: 2)
                walkSeconds = Self.walkSeconds(shares, driver: narrowingWords[0])
            }
        }
        // Each positive phrase's drivers: of a phrase's words, the one with the fewest passages at the levels.
        var drivers = try candidates.indices.map { phrase in
            let words = candidates[phrase]
            guard words.count > 1 else { return words }
            return phrase == 0 && !narrowingWords.isEmpty ? [narrowingWords[0]] : [try Self.leastLevelled(words, db)]
        }
        /// Whether a level was scored in the text: the level queries after it take every level from theirs up.
        var scoredInText = false
        /// Scores the matches with both `narrowingWords` at `next`'s lowest level or above in their text, when they
        /// are no more than ``phraseInTextLimit`` and that costs less than FTS5's walk of `next`, the driver's next
        /// levels; whether they were.
        func scoreInText(_ next: ClosedRange<Int>) throws -> Bool {
            guard inText != nil else { return false }
            let level = next.lowerBound
            // FTS5 walks the driver's passages at the next levels (every level from there up once some were scored
            // in the text): when they are few, it costs less than finding the candidates for the text.
            let walked = scoredInText ? level...ImpactLevels.top : next
            let fewWalked = Int(Self.cheapWalkSeconds / walkSeconds)
            let driverPassages = try Self.levelPassages(db, drivers[0], walked, upTo: fewWalked)
            guard scoredInText || Self.phraseInTextLimit == .max || driverPassages >= fewWalked else { return false }
            let pattern = narrowingWords.map { Self.levelTokens([$0], level...ImpactLevels.top) }
                .joined(separator: " AND ")
            let found = candidateSQL(pattern, clause: clause)
            let limit = Self.phraseInTextLimit
            let ids = try Int64.fetchAll(
                db, sql: "SELECT passage_fts.rowid " + found.sql + " LIMIT ?",
                arguments: found.arguments + [limit == .max ? -1 : limit + 1])
            guard ids.count <= limit else {
                inText = nil
                return false
            }
            let fresh = ids.filter { !seen.contains($0) }
            if limit != .max {
                // The driver's passages counted up to where the text costs less. (Tried again at the next level: at
                // the top levels FTS5 walks few passages and costs less, further down the text often does.)
                let enough = Int(Double(fresh.count) * Self.textSeconds / walkSeconds) + 1
                let walking =
                    enough <= driverPassages ? enough : try Self.levelPassages(db, drivers[0], walked, upTo: enough)
                guard walking >= enough else { return false }
            }
            // (A candidate the phrase is not in is no match: scored too, once.)
            seen.formUnion(fresh)
            for match in try inText!.scores(db, ids: fresh) { best.offer(match) }
            scoredInText = true
            return true
        }
        // Passages holding two drivers of a prefix, or two terms of a clause (`a OR b`), weigh up to the sum of
        // their bounds; the others up to the largest. When such passages are few they are scored first; else they
        // are *paired*: scored level by level on their own, apart from the others (below).
        var pairedPrefix = drivers.map { _ in false }
        var paired: [String] = []
        for phrase in drivers.indices where rankArguments.frequencies[phrase] != .repeated {
            // (A repeat weighs nothing: it needs no bound.)
            guard let plan = expansion?.plan(phrase: phrase) else { continue }
            if let rest = plan.rest { guard try scoreIfFew(rest) else { continue } }
            drivers[phrase] = plan.drivers
            if let pairs = plan.pairs, try !scoreIfFew(pairs, most: pairsScoredFirst) {
                pairedPrefix[phrase] = true
                paired.append(pairs)
            }
        }
        guard drivers.contains(where: { !$0.isEmpty }) else {
            leftOver(best.matches)
            return nil
        }
        // Each positive phrase's IDF, as `parley_rank` computes it.
        let idfs = rankArguments.frequencies.prefix(drivers.count).map { $0.idf(rows: rows) ?? 0 }
        func spelled(_ term: SearchQuery.Term) -> String { expansion?.pattern(term) ?? SearchQuery.pattern(term) }
        let pairs = query.clauses.filter { $0.count > 1 }.flatMap { clause in
            clause.indices.flatMap { i in
                clause.indices.filter { $0 > i }.map { "(" + spelled(clause[i]) + " AND " + spelled(clause[$0]) + ")" }
            }
        }
        // Whether the clauses' pairs were scored first (their terms bound apart), or are paired.
        var oneTermAClause = false
        var pairedClauses = false
        if !pairs.isEmpty, pairs.count <= Self.mostPairsScoredFirst {
            let pattern = "(" + pairs.joined(separator: " OR ") + ")"
            oneTermAClause = try scoreIfFew(pattern, most: pairsScoredFirst)
            if !oneTermAClause {
                pairedClauses = true
                paired.append(pattern)
            }
        }
        /// Each positive phrase's lowest level scored for every match with one of its drivers there (`top + 1`: none
        /// yet; a phrase with no driver stays there).
        var phraseLevels = [Int](repeating: ImpactLevels.top + 1, count: drivers.count)
        /// More than the score of a match not yet scored whose every driver is below its phrase's level (with
        /// `pairLevel`, below that one too); `inPairs`: of one holding two drivers of a paired prefix or two terms of
        /// a paired clause, else of one holding neither.
        func bound(pairLevel: Int? = nil, inPairs: Bool) -> Double {
            var bound = 0.0
            var phrase = 0
            for clause in query.clauses {
                // Each term's bound: its phrases' (a NEAR group has several), each its IDF times its drivers'.
                var terms: [Double] = []
                for term in clause {
                    var sum = 0.0
                    for _ in term.phrases {
                        let below =
                            drivers[phrase].isEmpty
                            ? ImpactLevels.top + 1 : min(phraseLevels[phrase], pairLevel ?? .max)
                        let words = inPairs && pairedPrefix[phrase] ? drivers[phrase].count : 1
                        sum += idfs[phrase] * ImpactLevels.bound(below: below, averageLength: average, words: words)
                        phrase += 1
                    }
                    terms.append(sum)
                }
                let apart = clause.count > 1 && (oneTermAClause || (pairedClauses && !inPairs))
                bound += apart ? terms.max() ?? 0 : terms.reduce(0, +)
            }
            return bound
        }
        // The fine top levels (``ImpactLevels/fine``) are a query each for a word that reaches them often (`the`),
        // one query for all when the drivers hold few passages there: in the others a query costs more than their
        // passages (the level tokens alone are looked up, the query's words left out: cheap, and it only counts more).
        let fineInOneQuery =
            try Self.levelPassages(
                db, Array(drivers.joined()), ImpactLevels.fine, upTo: fineAtOnce == .max ? .max : fineAtOnce + 1)
            <= fineAtOnce
        /// The levels to score next, below `level`.
        func nextLevels(below level: Int) -> ClosedRange<Int> {
            level > ImpactLevels.top && fineInOneQuery ? ImpactLevels.fine : (level - 1)...(level - 1)
        }
        /// The passages' words hashes read so far (``distinct``).
        var hashes: [Int64: (article: Int64, key: Int64)] = [:]
        /// How many of `matches` differ in their words.
        func words(of matches: ArraySlice<(id: Int64, score: Double)>) throws -> Int {
            let unread = matches.map(\.id).filter { hashes[$0] == nil }
            hashes.merge(try passageWords(db, ids: unread, chunk: 500)) { old, _ in old }
            return Set(matches.map { hashes[$0.id]?.key ?? -$0.id }).count
        }
        let pairedPattern = paired.isEmpty ? nil : "(" + paired.joined(separator: " OR ") + ")"
        /// The phrases with drivers: the others are bound by their largest weight.
        let movable = drivers.indices.filter { !drivers[$0].isEmpty }
        /// Passages with a driver of a phrase at some levels, counted once (`levelPassages`).
        var counted: [Int: Int] = [:]
        /// The phrases to take one level down next. With paired matches, every phrase: their levels stay one. Else
        /// the phrase whose next levels lower the bound most for their cost, their passages (each is a candidate the
        /// query seeks the other words for) and ``levelQueryCost``, and any whose ratio is at least `descentShare`
        /// of that; terms of an `OR` clause bound alike lower it only together, so they are weighed as one. A
        /// frequent word's IDF, hence its part of the bound, is small and its levels hold
        /// many passages: in `said sanctions` at 15.7 million passages the levels of `sanctions` go down first, and
        /// the 17,000 passages where `said` weighs 1.4 to 1.6 (60 ms of seeks) are not walked. A level is counted up to
        /// ``levelCountLimit`` passages: past that its ratio is small anyway.
        func descending() throws -> [Int] {
            let open = movable.filter { phraseLevels[$0] > 1 }
            guard pairedPattern == nil, open.count > 1 else { return open }
            let current = bound(inPairs: false)
            /// How much taking `phrases` one level down lowers the bound, for their passages there and a query.
            func ratio(_ phrases: [Int]) throws -> Double {
                let levels = phrases.map { phraseLevels[$0] }
                var passages = Self.levelQueryCost
                for phrase in phrases {
                    let next = nextLevels(below: phraseLevels[phrase])
                    let key = phrase * (ImpactLevels.top + 2) + next.lowerBound
                    let count =
                        try counted[key] ?? Self.levelPassages(db, drivers[phrase], next, upTo: Self.levelCountLimit)
                    counted[key] = count
                    passages += count
                    phraseLevels[phrase] = next.lowerBound
                }
                let lowered = current - bound(inPairs: false)
                for (phrase, level) in zip(phrases, levels) { phraseLevels[phrase] = level }
                return lowered / Double(passages)
            }
            var groups = try open.map { (phrases: [$0], ratio: try ratio([$0])) }
            // Phrases that lower it only together (an `OR` clause's terms bound alike), weighed as one.
            let together = groups.filter { $0.ratio == 0 }.flatMap(\.phrases)
            if together.count > 1 { groups.append((together, try ratio(together))) }
            let largest = groups.map(\.ratio).max() ?? 0
            guard largest > 0 else { return open }
            let share = descentShare.isNaN ? 1 : min(max(descentShare, 0), 1)
            let chosen = Set(groups.filter { $0.ratio >= largest * share }.flatMap(\.phrases))
            return open.filter { chosen.contains($0) }
        }
        /// The level tokens of `phrases`' drivers, each at its next levels.
        func tokens(_ phrases: [Int]) -> String {
            "("
                + phrases.map { Self.levelTokens(drivers[$0], nextLevels(below: phraseLevels[$0])) }
                .joined(separator: " OR ") + ")"
        }
        // Level by level from the top: every match with a driver at its phrase's level, and, apart, the paired
        // matches with one, while theirs is the larger bound. `phraseLevels`: the lowest level scored for every
        // match, phrase by phrase; `pairLevels`: for the paired ones (`top + 1`: none).
        var pairLevels = ImpactLevels.top + 1
        while true {
            // Every paired match with a driver at or above the highest phrase level was scored with the others (the
            // paired queries keep the phrases at one level, but the highest is right whatever they are).
            pairLevels = min(pairLevels, movable.map { phraseLevels[$0] }.max() ?? ImpactLevels.top + 1)
            let outside = bound(inPairs: false)
            let inside = pairedPattern == nil ? 0 : bound(pairLevel: pairLevels, inPairs: true)
            let proven = best.matches.prefix { -$0.score > max(outside, inside) }
            if limit > 0, !proven.isEmpty {
                if let distinct {
                    // Folding copies: done once the proven hold the page's passages, or every place kept (the
                    // caller then ranks more). `limit` proven matches may be copies of fewer passages than a page.
                    if try words(of: proven) >= distinct || proven.count >= best.limit { return Array(proven) }
                } else if proven.count >= limit {
                    return Array(proven)
                }
            }
            if let pairedPattern, inside > outside, pairLevels > 1 {
                let next = nextLevels(below: pairLevels)
                pairLevels = next.lowerBound
                try score(
                    "(" + matchPattern + ") AND " + pairedPattern + " AND "
                        + Self.levelTokens(Array(drivers.joined()), next))
            } else {
                let going = try descending()
                guard !going.isEmpty else {
                    leftOver(best.matches)
                    return nil
                }
                var narrowing = tokens(going)
                let next = nextLevels(below: phraseLevels[0])
                for phrase in going { phraseLevels[phrase] = nextLevels(below: phraseLevels[phrase]).lowerBound }
                if try scoreInText(next) { continue }
                if scoredInText {
                    // The levels above were scored in the text for the passages where both words reach them: those
                    // where the driver alone does are left.
                    narrowing = "(" + Self.levelTokens(drivers[0], phraseLevels[0]...ImpactLevels.top) + ")"
                }
                try score("(" + matchPattern + ") AND " + narrowing, narrowing: narrowing)
            }
        }
    }

    /// Every match of `query` and `filter`, newest article first, the same day by score (exact document
    /// frequencies), for ``search(_:limit:filter:facets:window:order:countBudget:allCopies:)`` with
    /// ``ResultOrder/date``.
    ///
    /// With at most ``rankWindow`` matches, every match is scored and sorted. With more, the articles are walked
    /// newest first (`article_published`), each article's passages searched by their id range, until `limit` hits
    /// are found and their last day is complete: a frequent word is found in the first few articles. When the walk
    /// would be long (matches few against the articles there are), every match is scored and sorted instead.
    private func searchByDate(
        _ db: Database, _ query: SearchQuery, limit: Int, filter: SearchFilter, facets: Bool, window: Int,
        countBudget: Int, countDistinct: Bool, foldingTo: Int?, highlighting: Bool
    ) throws -> SearchResults {
        let (first, last) = try Self.passageIDBounds(db)
        let (rankArguments, scanned) = try Self.scoringFrequencies(
            db, query, filter: filter, first: first, last: last)
        let expansion = try PrefixExpansion(db, query: query)
        let pattern = expansion?.pattern ?? query.matchPattern
        let rank = (expansion?.arguments(rankArguments) ?? rankArguments).rank
        let checked = Self.candidateSQL(
            pattern, clause: try FilterClause(filter, db: db, scanned: scanned), query: query, joinArticle: true)
        let count = try Self.countMatches(
            db, candidates: checked, window: window, countBudget: countBudget, first: first, last: last,
            query: query)
        let candidates = Self.candidates(checked, passing: count.passing, query: query)
        let (total, counted, countIsExact, isComplete, margin) = (
            count.total, count.counted, count.countIsExact, count.isComplete, count.margin
        )
        let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        // The walk visits about `limit` times the articles per match; past this many it costs more than sorting.
        let walked = Double(articles) * Double(limit) / Double(max(total, 1))
        let best =
            !isComplete && walked <= Double(Self.dateWalkLimit)
            ? try Self.newestByWalking(db, candidates: candidates, rank: rank, filter: filter, limit: limit)
            : nil
        let sorted =
            try best
            ?? Row.fetchAll(
                db,
                // The day, not the time: a wire's timestamps would otherwise decide before the score.
                sql: "SELECT passage_fts.rowid, \(rank) AS score " + candidates.sql
                    + " ORDER BY substr(article.published, 1, 10) IS NULL, substr(article.published, 1, 10) DESC, score, "
                    + "passage_fts.rowid LIMIT ?",
                arguments: candidates.arguments + [limit]
            ).map { (id: $0[0] as Int64, score: $0[1] as Double? ?? 0) }
        let counts =
            facets
            ? try Self.facets(
                db,
                hits: "SELECT passage_fts.rowid " + candidates.sql
                    + (isComplete ? "" : " ORDER BY passage_fts.rowid DESC LIMIT \(window)"),
                arguments: candidates.arguments, foldingCopies: countDistinct,
                few: !isComplete || total <= Self.rankWindow)
            : nil
        var results = SearchResults(
            hits: try Self.hits(db, ranked: sorted, foldingTo: foldingTo, pattern: highlighting ? pattern : nil),
            totalMatches: countIsExact ? total : max(total, sorted.count),
            isComplete: isComplete, facets: counts, countIsExact: countIsExact, countedMatches: counted)
        results.countMargin = margin
        results.rankedBy = best == nil ? .everyMatch : .newestArticles
        results.ranked = sorted.count
        if countDistinct, countIsExact, window == Int.max || total <= Self.distinctCountLimit,
            window == Int.max || query.sentenceCondition(table: "passage_fts") == nil || count.passing != nil
        {
            results.distinctMatches = try Self.distinctCount(db, candidates: candidates)
        }
        return results
    }

    /// A MATCH pattern for the level tokens of `terms` at `levels`, ORed.
    static func levelTokens(_ terms: [String], _ levels: ClosedRange<Int>) -> String {
        "("
            + terms.flatMap { term in
                levels.map {
                    SearchQuery.quoted(
                        String(decoding: ImpactLevels.token(term: Array(term.utf8), level: $0), as: UTF8.self))
                }
            }.joined(separator: " OR ") + ")"
    }

    /// Of a phrase's `words`, the one with the fewest passages at ``driverProbeLevel``: as the phrase's driver, about
    /// the fewest candidates at each level. In `"the president said"` at 3.2 million passages, `said` has 2,132
    /// passages at that level, `presid` 11,399 and `the` 127,242; the levels of `said` cost the search half of those
    /// of `presid`, the longest word, which drove it before (an `AND` of the phrase and a level token seeks the phrase
    /// at each passage of the token). Each word is counted up to the fewest so far: about 60 ns a passage.
    static func leastLevelled(_ words: [String], _ db: Database) throws -> String {
        try fewestLevelled(words, db, count: 1)[0]
    }

    /// Of `words`, the `count` with the fewest passages at ``driverProbeLevel`` (all when no more), fewest first; of
    /// equal counts, the first met. Each word is counted up to the `count`-th fewest so far, the first `count` up to
    /// ``levelCountLimit`` (for one, without a limit).
    static func fewestLevelled(_ words: [String], _ db: Database, count: Int) throws -> [String] {
        var fewest: [(word: String, passages: Int)] = []
        for word in words {
            let limit = fewest.count < count ? (count == 1 ? Int.max : levelCountLimit) : fewest[count - 1].passages
            let passages = try levelPassages(db, [word], driverProbeLevel...driverProbeLevel, upTo: limit)
            let place = fewest.firstIndex { passages < $0.passages } ?? fewest.endIndex
            guard place < count else { continue }
            fewest.insert((word, passages), at: place)
            if fewest.count > count { fewest.removeLast() }
        }
        return fewest.map(\.word)
    }

    /// How many passages hold a level token of `terms` at `levels`, counted up to `limit` (`Int.max`: all): the
    /// tokens alone, a few short doclists, about 60 ns a passage.
    static func levelPassages(_ db: Database, _ terms: [String], _ levels: ClosedRange<Int>, upTo limit: Int) throws
        -> Int
    {
        try Int.fetchOne(
            db, sql: "SELECT count(*) FROM (SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? LIMIT ?)",
            arguments: [levelTokens(terms, levels), limit == Int.max ? -1 : limit]) ?? 0
    }

    /// ``leastLevelled(_:_:)`` compares a phrase's words by their passages at this level (a weight of 1.4 to 1.5): a
    /// phrase's best passages hold it about twice (1.375), so its levels are walked down to about there.
    static let driverProbeLevel = 3

    /// ``provenBest(_:query:expansion:filter:rankArguments:limit:reserve:)`` takes the levels of several phrases down
    /// in one query when each lowers the bound, for its cost, by at least this share of what the best one does: words
    /// of about the same weight go down together, a query a level. (With paired matches every phrase goes down at
    /// once, whatever this share.)
    static let descentShare = 0.5

    /// What one more level query costs beside its candidates, in candidates: about a millisecond at 15 million
    /// passages, where a candidate costs a few microseconds (its seeks into the query's other words).
    static let levelQueryCost = 250

    /// ``provenBest(_:query:expansion:filter:rankArguments:limit:reserve:)`` counts a phrase's passages at its next
    /// levels up to this many: a few milliseconds of walking the level tokens' doclist (`the` holds 1.9 million
    /// passages at level 4 at 15.7 million passages: 0.9 s to count, measured).
    static let levelCountLimit = 50_000

    /// ``provenBest(_:query:expansion:filter:rankArguments:limit:reserve:)`` scores the passages holding two terms of
    /// one clause first when they are at most this many.
    static let coOccurrenceLimit = 5_000

    /// ``provenBest(_:query:expansion:filter:rankArguments:limit:reserve:)`` scores the fine top levels in one query
    /// when the query's drivers reach them in at most this many passages: about what a query costs at 15 million
    /// passages (a millisecond), in candidates scored.
    static let fineLevelsAtOnce = 64

    /// ``provenBest(_:query:expansion:filter:rankArguments:limit:reserve:distinct:selectiveFilter:pairsScoredFirst:fineAtOnce:descentShare:)``
    /// scores a phrase alone in its candidates' text (``PhraseInText``, about 50 µs a candidate at 15.7 million
    /// passages) while the candidates of its levels so far are at most this many; 0: never; `Int.max`: whatever the
    /// cost, for every phrase whose words narrow it (``narrowingShare``; tests try both).
    @TaskLocal static var phraseInTextLimit = 20_000

    /// What scoring a candidate in its text costs (``PhraseInText``): reading its text and title and tokenizing them,
    /// about 40–60 µs at 15.7 million passages.
    static let textSeconds = 50e-6

    /// Below this much of FTS5's walk (``walkSeconds(_:driver:)``), a level of a phrase alone is left to FTS5
    /// without looking for its candidates in the text: about what that look costs at 15.7 million passages.
    static let cheapWalkSeconds = 2e-3

    /// What FTS5 spends on a passage of a phrase's driver's level tokens to check the phrase there: about a microsecond,
    /// and a seek into each other word's doclist, dearer the longer the doclist (``lookupSeconds`` for a word in every
    /// passage). `"the president said"` driven by `said` at 15.7 million passages: 8.7 µs (57 ms for 6,416 passages
    /// at its level 4), `the` in most passages and `presid` in a fifth.
    static func walkSeconds(_ shares: [String: Double], driver: String) -> Double {
        1e-6 + shares.filter { $0.key != driver }.values.reduce(0) { $0 + lookupSeconds * 0.4 * $1 }
    }

    /// The share of the passages each of `words` is in (`term_passages`; 1 without the table).
    static func passageShares(_ db: Database, _ words: [String], rows: Double) throws -> [String: Double] {
        let counted = try db.tableExists("term_passages")
        var shares: [String: Double] = [:]
        for word in words {
            shares[word] = counted ? min(1, Double(try TermPassages.passages(db, term: word.utf8)) / max(rows, 1)) : 1
        }
        return shares
    }

    /// A phrase alone is scored in its text only when two of its words (or its one word) are each in at most this
    /// share of the passages; they narrow its candidates (`"the president said"`: `said` and `presid`, a fifth each).
    /// (Tests lift it with 1.)
    @TaskLocal static var narrowingShare = 0.3

    /// A date-ordered search walks at most about this many articles (one FTS5 query each, tens of microseconds).
    static let dateWalkLimit = 2_000

    /// The first `limit` matches newest day first, the same day by score, found by searching the articles newest
    /// first, each by its passages' id range; `nil` when the walk grows past ``dateWalkLimit`` articles before it
    /// ends (the caller sorts every match). Undated articles come last, as in the sorted order.
    private static func newestByWalking(
        _ db: Database, candidates: (sql: String, arguments: StatementArguments), rank: String, filter: SearchFilter,
        limit: Int
    ) throws -> [(id: Int64, score: Double)]? {
        guard limit > 0 else { return [] }
        // Only the articles the date and source filters keep: the others' passages cannot match.
        let (conditions, arguments) = articleConditions(filter)
        let articles = try Row.fetchCursor(
            db,
            sql: "SELECT id, substr(published, 1, 10) FROM article"
                + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
                + " ORDER BY published IS NULL, published DESC",
            arguments: StatementArguments(arguments))
        let passages = try db.cachedStatement(sql: "SELECT min(id), max(id) FROM passage WHERE article_id = ?")
        let search = try db.makeStatement(
            sql: "SELECT passage_fts.rowid, \(rank) " + candidates.sql + " AND passage_fts.rowid BETWEEN ? AND ?")
        var found: [(id: Int64, score: Double, day: String?)] = []
        var visited = 0
        while let article = try articles.next() {
            let day: String? = article[1]
            // Once `limit` are found, the walk ends with the day of the last one.
            if found.count >= limit, day != found[limit - 1].day { break }
            visited += 1
            if visited > dateWalkLimit { return nil }
            guard let range = try Row.fetchOne(passages, arguments: [article[0] as Int64]),
                let low = range[0] as Int64?, let high = range[1] as Int64?
            else { continue }
            let rows = try Row.fetchAll(search, arguments: candidates.arguments + [low, high])
            guard !rows.isEmpty else { continue }
            found += rows.map { (id: $0[0], score: $0[1] ?? 0, day: day) }
            // Newest day first (undated last), the same day by score, then id: the sorted query's order.
            found.sort { a, b in
                if a.day != b.day {
                    guard let x = a.day else { return false }
                    guard let y = b.day else { return true }
                    return x > y
                }
                return (a.score, a.id) < (b.score, b.id)
            }
        }
        return found.prefix(limit).map { (id: $0.id, score: $0.score) }
    }

    /// The smallest and largest passage ids (0, 0 for an empty index), for the density estimates.
    static func passageIDBounds(_ db: Database) throws -> (first: Int64, last: Int64) {
        // Two subqueries: SQLite reads min() or max() off the B-tree only when each stands alone.
        let bounds = try Row.fetchOne(db, sql: "SELECT (SELECT min(id) FROM passage), (SELECT max(id) FROM passage)")
        return (bounds?[0] ?? 0, bounds?[1] ?? 0)
    }

    /// The frequencies every search scores with (`parley_rank`'s, in ``SearchQuery/terms`` order), and the matches
    /// a scan of it may walk (for how a minimum confidence is applied,
    /// ``FilterClause``).
    ///
    /// Several phrases: each counted exactly, so that the order is BM25's. One phrase: not measured (`-1`: its IDF
    /// is the same for every row and cannot change the order, and a probe costs as much as the search for a prefix,
    /// whose doclists FTS5 merges whole); with a minimum confidence its matches are estimated for the strategy
    /// alone (counting them exactly walked 3 million matches of `said` at 15.7 million passages). Excluded phrases
    /// never occur in a match: 0, not measured.
    static func scoringFrequencies(
        _ db: Database, _ query: SearchQuery, filter: SearchFilter, first: Int64, last: Int64
    ) throws -> (arguments: RankArguments, scanned: Int64) {
        let phrases = query.phrasePatterns
        let positive = query.positivePhraseCount
        guard positive == 1 else {
            let arguments = try rankFrequencies(db, query, first: first, last: last, exact: true)
            return (arguments, scannedMatches(query, frequencies: arguments))
        }
        let arguments = RankArguments(
            frequencies: [.notMeasured]
                + [RankArguments.Frequency](repeating: .excluded, count: phrases.count - positive))
        guard filter.minConfidence != nil else { return (arguments, Int64.max) }
        return (arguments, try documentFrequency(db, phrase: phrases[0], first: first, last: last, exact: false))
    }

    /// Each positive phrase's document frequency (``documentFrequency(_:phrase:first:last:exact:)``), then 0 for
    /// each excluded one.
    static func rankFrequencies(
        _ db: Database, _ query: SearchQuery, first: Int64, last: Int64, exact: Bool
    ) throws -> RankArguments {
        let phrases = query.phrasePatterns
        let positive = query.positivePhraseCount
        let excluded = [RankArguments.Frequency](repeating: .excluded, count: phrases.count - positive)
        let repeated = query.repeatedPhrases
        // A prefix is counted by its words (``PrefixExpansion``).
        let expansion = exact ? try PrefixExpansion(db, query: query) : nil
        return RankArguments(
            frequencies: try phrases.prefix(positive).enumerated().map { number, phrase in
                repeated.contains(number)
                    ? .repeated
                    : .counted(
                        try expansion?.documentFrequency(db, phrase: number)
                            ?? documentFrequency(db, phrase: phrase, first: first, last: last, exact: exact))
            } + excluded)
    }

    /// Why each of `hits` scored what it did and passed `filter`, a line a reason: each phrase's hits in the text
    /// and the title, its IDF and share of the score; the passage's length against the average; the quotation,
    /// turn, mention, date or source each filter kept it for. The frequencies are those every search scores with
    /// (``scoringFrequencies(_:_:filter:first:last:)``), whichever way it found the hits.
    public func explanations(for hits: [SearchHit], query: SearchQuery, filter: SearchFilter) throws(StoreError)
        -> [[String]]
    {
        guard !hits.isEmpty, query.hasWords else { return hits.map { _ in [] } }
        return try read { db in
            let (first, last) = try Self.passageIDBounds(db)
            let (rankArguments, _) = try Self.scoringFrequencies(db, query, filter: filter, first: first, last: last)
            return try Self.explanations(db, for: hits, query: query, filter: filter, rankArguments: rankArguments)
        }
    }

    /// ``explanations(for:query:filter:)`` within a read transaction, with the frequencies the search scored with
    /// (``scoringFrequencies(_:_:filter:first:last:)``: counted once, not again for every chunk of a listing).
    static func explanations(
        _ db: Database, for hits: [SearchHit], query: SearchQuery, filter: SearchFilter, rankArguments: RankArguments
    ) throws -> [[String]] {
        guard !hits.isEmpty, query.hasWords else { return hits.map { _ in [] } }
        let explain = try db.makeStatement(
            sql: """
                SELECT \(rankArguments.explain)
                FROM passage_fts WHERE passage_fts MATCH ? AND rowid = ?
                """)
        let phrases = query.terms.map { term -> String in
            switch term {
            case let .word(token): "‘\(token)’"
            case let .phrase(tokens): "‘\(tokens.joined(separator: " "))’"
            case let .prefix(tokens): "‘\(tokens.joined(separator: " "))*’"
            case .near: "NEAR"
            case .sentence: "SENTENCE"
            }
        }
        return try hits.map { hit in
            var lines: [String] = []
            let text = try String.fetchOne(explain, arguments: [query.matchPattern, hit.passageID]) ?? ""
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: "\t").map(String.init)
                if fields.first == "length", fields.count == 3 {
                    let length = Double(fields[1]) ?? 0
                    let average = Double(fields[2]) ?? 0
                    let floor = ImpactLevels.lengthFloor * average
                    lines.append(
                        "length: \(fields[1]) words with the title (average \(String(format: "%.0f", average)))"
                            + (length < floor
                                ? "; scored as if \(String(format: "%.0f", floor)) long (no passage is scored as shorter)"
                                : ""))
                } else if fields.count == 5, let phrase = Int(fields[0]), phrase < phrases.count,
                    phrase < query.positivePhraseCount
                {
                    let frequency = rankArguments.frequencies[phrase]
                    guard frequency != .repeated else { continue }
                    let idf =
                        frequency == .notMeasured
                        ? "1 (one term: not measured)" : String(format: "%.2f", Double(fields[3]) ?? 0)
                    lines.append(
                        "\(phrases[phrase]): \(fields[1]) in the text, \(fields[2]) in the title (weight \(RankArguments.titleWeight)); "
                            + "IDF \(idf); score \(String(format: "%.3f", Double(fields[4]) ?? 0))")
                }
            }
            lines += try Self.filterReasons(db, passage: hit.passageID, filter: filter)
            return lines
        }
    }

    /// Why `passage` passes each part of `filter`, a line each.
    private static func filterReasons(_ db: Database, passage: Int64, filter: SearchFilter) throws -> [String] {
        var lines: [String] = []
        let article = try Row.fetchOne(
            db,
            sql:
                "SELECT article.published, article.source FROM passage JOIN article ON article.id = passage.article_id "
                + "WHERE passage.id = ?", arguments: [passage])
        let published: String? = article?[0]
        if filter.since != nil || filter.until != nil {
            lines.append(
                "date: published \(published.map { String($0.prefix(10)) } ?? "?")"
                    + (filter.since.map { ", on or after \($0)" } ?? "")
                    + (filter.until.map { ", on or before \($0)" } ?? ""))
        }
        if filter.sources != nil { lines.append("source: \(article?[1] as String? ?? "?")") }
        if let speakers = filter.speakers {
            let list = speakers.map(String.init).joined(separator: ",")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT entity.name, quote.kind, quote.start, quote."end", quote.speaker_mention FROM quote
                    JOIN entity ON entity.id = quote.speaker_id
                    WHERE quote.speaker_id IN (\(list)) AND ((quote.kind NOT IN ('other', 'turn') AND quote.passage_id = ?)
                        OR (quote.kind = 'turn' AND ? BETWEEN quote.passage_id AND quote.last_passage_id))
                    """, arguments: [passage, passage])
            for row in rows.prefix(3) {
                let name: String = row[0], kind: String = row[1]
                lines.append(
                    kind == "turn"
                        ? "speaker: the turn of \(row[4] as String? ?? name) (\(name))"
                        : "speaker: a quotation by \(name), chars \(row[2] as Int)–\(row[3] as Int)")
            }
        }
        if let entities = filter.entities {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT entity.name, mention.start, mention."end" FROM mention JOIN entity ON entity.id = mention.entity_id
                    WHERE mention.passage_id = ? AND mention.entity_id IN (\(entities.map(String.init).joined(separator: ",")))
                    ORDER BY mention.start LIMIT 3
                    """, arguments: [passage])
            for row in rows {
                lines.append("entity: \(row[0] as String) mentioned at chars \(row[1] as Int)–\(row[2] as Int)")
            }
        }
        return lines
    }

    /// The matches of the query's rarest clause (its terms' frequencies summed; a `NEAR` group's, its rarest
    /// phrase's): what a scan of the query's matches may walk. `frequencies` in ``SearchQuery/terms`` order; a
    /// negative one (not measured) counts as unknown.
    static func scannedMatches(_ query: SearchQuery, frequencies arguments: RankArguments) -> Int64 {
        guard arguments.allCounted else { return Int64.max }
        let frequencies = arguments.frequencies.map(\.argument)
        var scanned = Int64.max
        var offset = 0
        for clause in query.clauses {
            var sum: Int64 = 0
            for term in clause {
                let count = term.phrases.count
                sum += frequencies[offset..<(offset + count)].min() ?? 0
                offset += count
            }
            scanned = min(scanned, sum)
        }
        return scanned
    }

    /// What a filter adds to a search, worked out once for all its queries: the speakers, entities, sources and dates
    /// as index terms (``FacetTerms``), which FTS5 intersects with the words; a minimum confidence as a condition on
    /// the quotations.
    struct FilterClause {
        /// An FTS5 expression every match must also match; `nil`: none.
        var terms: String?
        /// An FTS5 expression no match may match; `nil`: none.
        var excluded: String?
        /// SQL conditions on `passage_fts.rowid`.
        var conditions: [String] = []

        /// A minimum confidence is applied one of two ways, whichever walks less: FTS5 looks up each of its passages
        /// (80–700 µs a lookup, measured: the MATCH is set up again each time), or it scans the query's matches
        /// (`scanned`, ~0.3 µs a row) and keeps its passages.
        init(_ filter: SearchFilter, db: Database, scanned: Int64) throws {
            (terms, excluded) = try FacetTerms.pattern(for: filter, db: db)
            guard let minConfidence = filter.minConfidence else { return }
            // With speakers: their quotations and turns found with this confidence; alone: any speaker's but a
            // questioner's.
            let speakerCondition =
                filter.speakers.map {
                    "speaker_id IN (\($0.map(String.init).joined(separator: ",")))"
                }
                ?? "speaker_id IS NOT NULL AND speaker_id NOT IN (SELECT id FROM entity WHERE kind = \(EntityKind.questioner.sqlLiteral))"
            let rows = """
                FROM (SELECT passage_id FROM quote
                      WHERE \(speakerCondition) AND kind NOT IN ('other', 'turn') AND confidence >= \(minConfidence)
                      UNION ALL
                      SELECT passage.id FROM quote
                      JOIN passage ON passage.id BETWEEN quote.passage_id AND quote.last_passage_id
                      WHERE \(speakerCondition) AND kind = 'turn' AND confidence >= \(minConfidence))
                """
            let size = try Int64.fetchOne(db, sql: "SELECT count(DISTINCT passage_id) " + rows) ?? 0
            // `+` hides the rowid from FTS5, which then scans its matches instead of looking each passage up.
            let lookUp = size * Self.lookupCostInScannedRows < scanned
            conditions.append((lookUp ? "" : "+") + "passage_fts.rowid IN (SELECT passage_id \(rows))")
        }

        /// `match` with the filter's terms: those required after it, those excluded last (`NOT` binds tightest in
        /// FTS5: `m AND r NOT x` is `m AND (r NOT x)`).
        func filtered(_ match: String) -> String {
            guard terms != nil || excluded != nil else { return match }
            return "(" + match + ")" + (terms.map { " AND " + $0 } ?? "") + (excluded.map { " NOT " + $0 } ?? "")
        }

        /// What FTS5 looking one passage up costs, in matches scanned: a lookup takes 80–700 µs (the MATCH is set
        /// up again each time), a scanned match ~0.3 µs, so a lookup is worth about 2,000 rows of a scan.
        static let lookupCostInScannedRows: Int64 = 2_000
    }

    /// `FROM … WHERE …` of the passages matching the FTS5 expression `match` (the query's, or one narrowing it) and
    /// `clause`, with its arguments. The filter's terms come last in the expression: `parley_rank` weighs the phrases
    /// it is given frequencies for, the query's, and these weigh nothing.
    static func candidateSQL(
        _ match: String, clause: FilterClause, query: SearchQuery? = nil, joinArticle: Bool = false
    ) -> (sql: String, arguments: StatementArguments) {
        let joins =
            joinArticle
            ? "JOIN passage ON passage.id = passage_fts.rowid JOIN article ON article.id = passage.article_id" : ""
        // `SENTENCE(…)`: its terms in one sentence (`match` is the query's pattern, or one that narrows it).
        let sentence = query?.sentenceCondition(table: "passage_fts")
        let conditions = ["passage_fts MATCH ?"] + clause.conditions + [sentence].compactMap { $0 }
        return (
            "FROM passage_fts \(joins) WHERE " + conditions.joined(separator: " AND "),
            [clause.filtered(match)]
        )
    }

    /// How many passages match `phrase`: counted when at most ``frequencyProbe``, else extrapolated from the
    /// rowid span of its most recent ``frequencyProbe`` matches (passage ids grow as articles are indexed).
    /// With `exact`, every match is counted.
    static func documentFrequency(_ db: Database, phrase: String, first: Int64, last: Int64, exact: Bool) throws
        -> Int64
    {
        if exact {
            // One word: its count kept by the writers (``TermPassages``), a lookup instead of a walk of its doclist.
            if try db.tableExists("term_passages"), let passages = try TermPassages.passages(db, phrase: phrase) {
                return passages
            }
            return try Int64.fetchOne(
                db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?", arguments: [phrase]) ?? 0
        }
        let newest = try Int64.fetchAll(
            db, sql: "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            arguments: [phrase, frequencyProbe + 1])
        guard newest.count > frequencyProbe, let oldest = newest.last else { return Int64(newest.count) }
        return extrapolate(newest.count, oldest: oldest, first: first, last: last)
    }

    /// How many passages `candidates` selects: counted in id order up to the budget (every one when `window` is
    /// `Int.max`), the rest estimated (``estimatedRest(_:candidates:counted:next:first:last:sample:)``); and whether
    /// there are no more than `window` (then every match is scored and faceted).
    ///
    /// In ascending id order, FTS5's own: walking a doclist backwards reads each page's entries into an array first,
    /// and a count by descending id took 1.3–2.2 times as long (`said AND sanctions`, a phrase, a word and a
    /// filter, at 15.7 million passages).
    static func countMatches(
        _ db: Database, candidates: (sql: String, arguments: StatementArguments), window: Int, countBudget: Int,
        first: Int64, last: Int64, query: SearchQuery? = nil, collectingIDs: Bool = false
    ) throws -> MatchCount {
        // `SENTENCE(…)` checks each candidate's sentences (about 0.1 ms a candidate): a tenth of the budget is checked
        // one by one; past that, the candidates are counted without the check and their share that passes it is
        // estimated from a sample (``sentenceShare(_:sentence:unchecked:total:first:last:sample:)``).
        let sentence = query?.sentenceCondition(table: "passage_fts")
        if window != Int.max, let sentence, let uncheckedSQL = withoutCheck(candidates.sql, sentence) {
            let unchecked = (sql: uncheckedSQL, arguments: candidates.arguments)
            let checks = max(countBudget / sentenceCountShare, window)
            let few =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM (SELECT passage_fts.rowid " + unchecked.sql + " LIMIT ?)",
                    arguments: unchecked.arguments + [checks + 1]) ?? 0
            if few <= checks {
                let passing = try Int64.fetchAll(
                    db, sql: "SELECT passage_fts.rowid " + candidates.sql, arguments: candidates.arguments)
                return MatchCount(
                    total: passing.count, counted: passing.count, countIsExact: true,
                    isComplete: passing.count <= window, margin: 0, passing: passing)
            }
            let words = try countMatches(
                db, candidates: unchecked, window: window, countBudget: countBudget, first: first, last: last)
            let share = try sentenceShare(
                db, sentence: sentence, unchecked: unchecked, total: words.total, first: first, last: last,
                sample: countSample / sentenceCountShare)
            // Both errors: the candidates' margin at the share, and the share's over the candidates. No fewer than
            // the matches the sample found.
            let margin = Double(words.margin) * share.share + share.margin * Double(words.total)
            return MatchCount(
                total: max(share.passed, Int((Double(words.total) * share.share).rounded())), counted: share.passed,
                countIsExact: false, isComplete: false, margin: Int(margin.rounded(.up)))
        }
        var budget = window == Int.max ? Int.max : max(countBudget, window)
        var sample = countSample
        /// The matches from id `from` on, up to `limit` (-1: all): how many, and the id of the last one.
        func probe(from: Int64, limit: Int) throws -> (found: Int, last: Int64?) {
            // From the first id, no condition on it (SQLite would plan and check it for nothing).
            let start = from > first ? " AND passage_fts.rowid >= \(from)" : ""
            let row = try Row.fetchOne(
                db,
                sql: "SELECT count(*), max(id) FROM (SELECT passage_fts.rowid AS id " + candidates.sql + start
                    + " ORDER BY passage_fts.rowid LIMIT ?)",
                arguments: candidates.arguments + [limit])
            return (row?[0] ?? 0, row?[1])
        }
        // Matches counted, and the id of the first not counted (of the last one when all are).
        var (found, next) = (0, first)
        if collectingIDs, budget != Int.max, sentence == nil {
            // The first matches by id, up to ``lookupLimit``: when they are all, a filtered query may rank them by
            // looking each up rather than walking the filter's doclists again (``lookingUp(_:pattern:query:)``).
            let most = max(0, min(window, lookupLimit))
            let clock = ContinuousClock()
            let start = clock.now
            let ids = try Int64.fetchAll(
                db, sql: "SELECT passage_fts.rowid " + candidates.sql + " ORDER BY passage_fts.rowid LIMIT ?",
                arguments: candidates.arguments + [most + 1])
            guard ids.count > most else {
                return MatchCount(
                    total: ids.count, counted: ids.count, countIsExact: true, isComplete: true, margin: 0, ids: ids,
                    walkSeconds: (clock.now - start).inSeconds)
            }
            (found, next) = (most, ids[most])
        }
        var staged = false
        if budget != Int.max, sentence == nil, let query, let walked = try walkedPassages(db, query) {
            // Words ANDed, a phrase of several words or a `NEAR` group: FTS5 walks the passages of the rarest word,
            // seeking the others in each (and checking a phrase's positions: `"the president said"` about 5 µs a
            // match, against 60 ns for a word, `"prime minister"` 0.2 µs). A tenth of the budget is counted first;
            // when the rarest word is more than ``walkRatio`` times denser than those matches, the budget and the
            // sample shrink by as much more (`"the president said"`: a tenth; `said sanctions` at 15.7 million
            // passages: about three fifths), not under a tenth.
            let stage = max(budget / walkedCountShare, window)
            let probed = try probe(from: next, limit: stage + 1 - found)
            let reached = found + probed.found
            guard reached > stage, let beyond = probed.last else {
                return MatchCount(
                    total: reached, counted: reached, countIsExact: true, isComplete: reached <= window, margin: 0)
            }
            let matchDensity = Double(stage) / Double(max(beyond - first, 1))
            let wordDensity = Double(walked) / Double(max(last - first + 1, 1))
            let share = min(1, Self.walkRatio * matchDensity / max(wordDensity, .leastNonzeroMagnitude))
            let full = budget
            if share < 1 {
                budget = max(stage, Int(Double(budget) * share))
                sample = max(countSample / walkedCountShare, Int(Double(countSample) * share))
            }
            // When the matches left, at the density found, are no more than the budget left and the sample, the
            // estimate would walk about as far as counting them all (`NEAR("prime minister" Iran, 10)` at 15.7
            // million passages: 2,000 counted, 2,299 in all): the sample is counted as budget instead, up to the
            // whole budget (the density found may be that of a sparse stretch).
            if matchDensity * Double(last - beyond) <= Double(budget - stage + sample) {
                budget = min(full, budget + sample)
            }
            (found, next, staged) = (stage, beyond, true)
        }
        if !staged || found < budget {
            let more = try probe(from: next, limit: budget == Int.max ? -1 : budget - found + 1)
            found += more.found
            next = more.last ?? last
        } else {
            found += 1  // the first not counted, found by the first stage
        }
        let counted = min(found, budget)
        guard found > budget else {
            return MatchCount(
                total: counted, counted: counted, countIsExact: true, isComplete: found <= window, margin: 0)
        }
        let (rest, margin) = try estimatedRest(
            db, candidates: candidates, counted: counted, next: next, first: first, last: last, sample: sample)
        return MatchCount(
            total: counted + Int(rest), counted: counted, countIsExact: false, isComplete: found <= window,
            margin: Int(margin))
    }

    /// `candidates` for the statements after the count: for a `SENTENCE(…)` query whose count checked each candidate's
    /// sentences (about 0.1 ms each), the passages that passed stand for the check instead of checking them again.
    static func candidates(
        _ candidates: (sql: String, arguments: StatementArguments), passing: [Int64]?, query: SearchQuery
    ) -> (sql: String, arguments: StatementArguments) {
        guard let passing, let sentence = query.sentenceCondition(table: "passage_fts"),
            let unchecked = withoutCheck(candidates.sql, sentence)
        else { return candidates }
        return (
            unchecked + " AND +passage_fts.rowid IN (SELECT value FROM json_each(?))",
            candidates.arguments + ["[" + passing.map(String.init).joined(separator: ",") + "]"]
        )
    }

    /// `sql` without its `SENTENCE(…)` check `sentence`, which ``candidateSQL(_:clause:query:joinArticle:)`` puts
    /// last; `nil` when it does not end with it.
    static func withoutCheck(_ sql: String, _ sentence: String) -> String? {
        sql.hasSuffix(" AND " + sentence) ? String(sql.dropLast(" AND ".count + sentence.count)) : nil
    }

    /// What ``countMatches(_:candidates:window:countBudget:first:last:query:collectingIDs:)`` found.
    struct MatchCount {
        /// The matches, counted or estimated.
        var total: Int
        /// Those counted (for an estimate, the rest was extrapolated).
        var counted: Int
        var countIsExact: Bool
        /// Whether there are at most the window's: every match is then scored and faceted.
        var isComplete: Bool
        /// An estimate's bound.
        var margin: Int
        /// A `SENTENCE(…)` count that checked each candidate's sentences: the passages that passed, in id order.
        var passing: [Int64]? = nil
        /// A filtered query's matches, when the count collected ids and they are at most ``lookupLimit`` (and the
        /// window): their ids, in id order, and how long FTS5 took to walk them (``lookingUp(_:pattern:query:)``).
        var ids: [Int64]? = nil
        var walkSeconds = 0.0
    }

    /// A `SENTENCE(…)` query checks the sentences of at most this share of the usual budget's candidates one by one
    /// (or of the window, if larger), and of this share of the usual sample to estimate the share that passes
    /// (``countMatches(_:candidates:window:countBudget:first:last:query:collectingIDs:)``).
    static let sentenceCountShare = 10

    /// Of the candidates `unchecked` selects (a `SENTENCE(…)` query's, its condition `sentence` left out), `total`
    /// of them (estimated) among the ids `first`…`last`, the share whose sentences hold: checked in 16 windows of
    /// equal width spread evenly over the ids, each sized to hold about `sample` / 16 candidates at their mean
    /// density (as ``estimatedRest(_:candidates:counted:next:first:last:sample:)``'s slices: a corpus indexed in date
    /// order changes with time, and a window of a dense stretch weighs as many candidates as it holds). A window
    /// holding more than four times its share has its first ones checked and its candidates counted (up to
    /// ``sentenceWindowCount``), its share standing for the rest. The share is the ratio of the windows' passing
    /// candidates to their candidates; its margin at about 99% confidence is three standard errors, from the windows'
    /// spread (a ratio estimator's) or, if larger, a binomial's with half a candidate more either way. Also how many
    /// candidates passed, each counted once: matches found, a lower bound of the count.
    static func sentenceShare(
        _ db: Database, sentence: String, unchecked: (sql: String, arguments: StatementArguments), total: Int,
        first: Int64, last: Int64, sample: Int
    ) throws -> (share: Double, margin: Double, passed: Int) {
        let windows: Int64 = 16
        let span = last - first + 1
        let each = max(1, Int64(sample) / windows)
        let width = max(1, min(span / windows, Int64(Double(each) * Double(span) / Double(max(total, 1)))))
        let most = 4 * each
        let check = try db.makeStatement(
            sql: "SELECT " + sentence + " " + unchecked.sql + " AND passage_fts.rowid BETWEEN ? AND ? "
                + "ORDER BY passage_fts.rowid LIMIT \(most)")
        let count = try db.makeStatement(
            sql: "SELECT count(*) FROM (SELECT passage_fts.rowid " + unchecked.sql
                + " AND passage_fts.rowid BETWEEN ? AND ? LIMIT \(sentenceWindowCount))")
        // Each window's candidates and its passing ones (estimated past its first `most`).
        var found: [(candidates: Double, passing: Double)] = []
        var (checked, passed) = (0, 0)
        for window in 0..<windows {
            let middle = first + span * (2 * window + 1) / (2 * windows)
            let low = max(first, middle - width / 2)
            let high = min(last, low + width - 1)
            guard high >= low else { continue }
            // (NULL, as the function gives on an error SQLite then reports, fails the check.)
            let checks = try Int?.fetchAll(check, arguments: unchecked.arguments + [low, high]).map { $0 ?? 0 }
            let passing = checks.reduce(0, +)
            (checked, passed) = (checked + checks.count, passed + passing)
            let candidates =
                checks.count < most
                ? checks.count : try Int.fetchOne(count, arguments: unchecked.arguments + [low, high]) ?? 0
            found.append(
                (Double(candidates), checks.isEmpty ? 0 : Double(passing) * Double(candidates) / Double(checks.count)))
        }
        let candidates = found.reduce(0) { $0 + $1.candidates }
        guard checked > 0, candidates > 0 else { return (0, 1, 0) }
        let share = found.reduce(0) { $0 + $1.passing } / candidates
        let smoothed = (Double(passed) + 0.5) / (Double(checked) + 1)
        var error = (smoothed * (1 - smoothed) / Double(checked)).squareRoot()
        if found.count > 1 {
            // A ratio estimator's variance over the windows: the spread of passing − share × candidates.
            let mean = candidates / Double(found.count)
            let spread = found.reduce(0) { $0 + pow($1.passing - share * $1.candidates, 2) }
            error = max(error, (spread / Double(found.count * (found.count - 1))).squareRoot() / mean)
        }
        return (share, min(1, 3 * error), passed)
    }

    /// ``sentenceShare(_:sentence:unchecked:total:first:last:sample:)`` counts a dense window's candidates up to this
    /// many.
    static let sentenceWindowCount = 20_000

    /// A query of words ANDed or a phrase of several words first counts this share of the budget, and in all at least
    /// that share of the budget and of the sample (``countMatches(_:candidates:window:countBudget:first:last:query:collectingIDs:)``).
    static let walkedCountShare = 10

    /// Counting a query of words ANDed or a phrase of several words walks the passages of its rarest word: up to this
    /// many for each match the budget allows (``countMatches(_:candidates:window:countBudget:first:last:query:collectingIDs:)``).
    /// Where the word is no more than this many times denser than the matches, a match costs little more than a
    /// word's.
    static let walkRatio = 4.0

    /// For a query of words (or phrases, or `NEAR` groups) ANDed, or one of whose clauses is a phrase of several words
    /// or a `NEAR` group: about how many passages FTS5 walks to find its matches, those of the rarest word of a clause
    /// of one word, phrase or `NEAR` group of words and phrases (from `term_passages`: FTS5 finds a group's passages
    /// as it ANDs its phrases, then checks their positions); `nil` for any other query (a word alone, `OR`s,
    /// prefixes and other groups), or an index without the table.
    static func walkedPassages(_ db: Database, _ query: SearchQuery) throws -> Int64? {
        func walked(_ term: SearchQuery.Term) -> Bool {
            switch term {
            case .word, .phrase: true
            case .prefix, .near, .sentence: false
            }
        }
        // (A group's terms count as terms ANDed.)
        var single: [SearchQuery.Term] = []
        for clause in query.clauses where clause.count == 1 {
            switch clause[0] {
            case let .near(terms, _):
                // (A prefix in the group may be rarer than its words: left out, as a prefix alone is.)
                if terms.allSatisfy(walked) { single += terms }
            case let term where walked(term): single.append(term)
            default: continue
            }
        }
        // (Only a phrase is tokenized here: a word alone, most queries, is not.)
        let phrases = single.filter { if case .phrase = $0 { true } else { false } }
        guard single.count > 1 || phrases.contains(where: { SearchQuery.indexWords(of: $0).count > 1 }) else {
            return nil
        }
        return try fewestPassages(db, of: single)
    }

    /// The passages of the rarest index word of `terms` (`term_passages`); `nil` without words, or an index without
    /// the table.
    static func fewestPassages(_ db: Database, of terms: [SearchQuery.Term]) throws -> Int64? {
        guard try db.tableExists("term_passages") else { return nil }
        var fewest = Int64.max
        for term in terms {
            for word in SearchQuery.indexWords(of: term) {
                fewest = min(fewest, try TermPassages.passages(db, term: word.utf8))
            }
        }
        return fewest == .max ? nil : fewest
    }

    /// Beyond the `counted` matches (the lowest ids, below `next`, the first match not counted), how many match
    /// among the ids `next`…`last`: counted in 16 slices spread evenly over them, each sized to hold about 1/16 of
    /// ``countSample`` matches at the counted density, and scaled to the whole span. Slices from every part of the
    /// index, not one end alone: a corpus indexed in date order has densities that change with time (`"White
    /// House"` in the briefings: 175,832 extrapolated from the newest 20,000 matches, 47,863 in fact).
    ///
    /// - Returns: the estimate, and its margin at about 99% confidence: three times the standard error of the slices'
    ///   mean density (from their spread; Student's t for 15 degrees of freedom is 2.95 at 99%), over the span; the
    ///   whole span when fewer than two slices were counted. Twice the error (95%) missed about one estimate in
    ///   twenty, and a listing shows many.
    static func estimatedRest(
        _ db: Database, candidates: (sql: String, arguments: StatementArguments), counted: Int, next: Int64,
        first: Int64, last: Int64, sample countSample: Int = countSample
    ) throws -> (rest: Int64, margin: Int64) {
        let span = last - next + 1
        guard span > 0 else { return (0, 0) }
        let slices: Int64 = 16
        let density = Double(counted) / Double(max(next - first, 1))
        let width =
            counted == 0
            ? max(1, span / slices) : max(1, min(span / slices, Int64(Double(countSample) / Double(slices) / density)))
        let sample = try db.makeStatement(
            sql: "SELECT count(*) FROM (SELECT passage_fts.rowid " + candidates.sql
                + " AND passage_fts.rowid BETWEEN ? AND ?)")
        var matches = 0
        var sampled: Int64 = 0
        var densities: [Double] = []
        for slice in 0..<slices {
            let middle = next + span * (2 * slice + 1) / (2 * slices)
            let low = max(next, middle - width / 2)
            let high = min(last, low + width - 1)
            guard high >= low else { continue }
            let found = try Int.fetchOne(sample, arguments: candidates.arguments + [low, high]) ?? 0
            matches += found
            sampled += high - low + 1
            densities.append(Double(found) / Double(high - low + 1))
        }
        guard sampled > 0 else { return (0, 0) }
        let rest = Int64((Double(matches) * Double(span) / Double(sampled)).rounded())
        guard densities.count > 1 else { return (rest, span) }
        let mean = densities.reduce(0, +) / Double(densities.count)
        let variance = densities.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(densities.count - 1)
        let margin = 3 * (variance / Double(densities.count)).squareRoot() * Double(span)
        return (rest, min(span, Int64(margin.rounded(.up))))
    }

    /// How many matches ``estimatedRest(_:candidates:counted:next:first:last:sample:)`` counts in its samples, about
    /// (a quarter of ``countBudget``; tests with a smaller budget take as small a share).
    @TaskLocal static var countSample = 5_000

    /// How many passages match in all, when `count` matches were found among the newest ids down to `oldest`
    /// (passage ids `first`…`last`): the density of that span, over every id.
    static func extrapolate(_ count: Int, oldest: Int64, first: Int64, last: Int64) -> Int64 {
        guard last >= oldest, oldest >= first else { return Int64(count) }
        return Int64((Double(count) * Double(last - first + 1) / Double(last - oldest + 1)).rounded())
    }

    /// The hits for `best` (passage ids and scores, best first), with metadata and highlighted text.
    ///
    /// One FTS5 scan over the hits' id range, not a lookup per hit (the `+` keeps the id list away from FTS5):
    /// each lookup sets the MATCH up again, which for a prefix means merging its doclists again. With no `pattern`,
    /// nothing is highlighted (`highlighted` is empty): one statement by id for every hit, no FTS5 scan.
    static func hits(_ db: Database, best: [(id: Int64, score: Double)], pattern: String?) throws -> [SearchHit] {
        guard !best.isEmpty else { return [] }
        let metadata = """
            SELECT passage.id, passage.article_id, passage.start, passage."end",
                   article.title, article.source, article.published, article.url,
                   (SELECT key FROM article_key WHERE article_id = article.id
                    ORDER BY ingested_at, key LIMIT 1) AS key,
            """
        guard let pattern else {
            let rows = try Row.fetchAll(
                db,
                sql: metadata + """
                     '' AS highlighted
                    FROM passage JOIN article ON article.id = passage.article_id
                    WHERE passage.id IN (\(best.map { String($0.id) }.joined(separator: ",")))
                    """)
            return try hits(db, best: best, rows: rows)
        }
        // The hits in runs of nearby ids, one FTS5 scan a run: the best of a large index lie anywhere in it, and
        // one scan from the lowest to the highest walked millions of matches (0.2–1.6 s at 15.7 million
        // passages). A prefix merges its doclists again at each scan: its hits are fetched in one run.
        let ids = best.map(\.id).sorted()
        var runs: [[Int64]] = []
        for id in ids {
            if let last = runs.last?.last, pattern.contains("*") || id - last <= hitRunGap {
                runs[runs.count - 1].append(id)
            } else {
                runs.append([id])
            }
        }
        let statement = try db.makeStatement(
            sql: metadata + """
                 \(HighlightFunction.name)(passage_fts, char(2), char(3)) AS highlighted
                FROM passage_fts
                JOIN passage ON passage.id = passage_fts.rowid
                JOIN article ON article.id = passage.article_id
                WHERE passage_fts MATCH ? AND passage_fts.rowid BETWEEN ? AND ?
                    AND +passage_fts.rowid IN (SELECT value FROM json_each(?))
                """)
        let rows = try runs.flatMap { run in
            try Row.fetchAll(
                statement,
                arguments: [pattern, run.first, run.last, "[" + run.map(String.init).joined(separator: ",") + "]"])
        }
        return try hits(db, best: best, rows: rows)
    }

    /// The hits for `best` from their `rows` (``hits(_:best:pattern:)``'s columns), with their turns and speakers.
    private static func hits(_ db: Database, best: [(id: Int64, score: Double)], rows: [Row]) throws -> [SearchHit] {
        let byID = Dictionary(rows.map { (row: Row) -> (Int64, Row) in (row[0], row) }) { first, _ in first }
        // Whose turn each passage is, when it comes from a transcript: one starting there, else the one before
        // (``FacetTerms/earlierTurn(_:passage:article:)``), not a test of every turn of the article.
        let turns = try Row.fetchAll(
            db,
            sql: """
                SELECT passage.id, quote.speaker_mention, entity.name, entity.kind
                FROM passage JOIN quote ON quote.id = coalesce(
                    (SELECT id FROM quote WHERE quote.passage_id = passage.id AND quote.kind = 'turn'
                     ORDER BY id LIMIT 1),
                    \(FacetTerms.earlierTurn("id", passage: "passage.id", article: "passage.article_id")))
                LEFT JOIN entity ON entity.id = quote.speaker_id
                WHERE passage.id IN (\(best.map { String($0.id) }.joined(separator: ",")))
                """)
        let turnByID = Dictionary(
            turns.map { (row: Row) -> (Int64, TurnOwner) in
                (
                    row[0],
                    TurnOwner(label: row[1] ?? "", speaker: row[2], isQuestioner: (row[3] as String?) == "questioner")
                )
            }
        ) { first, _ in first }
        let speakers = try quotationSpeakers(db, passages: best.map(\.id))
        return best.compactMap { candidate in
            guard let row = byID[candidate.id] else { return nil }  // cannot happen: one read transaction
            let key: String = row["key"] ?? ""
            var hit = SearchHit(
                passageID: row[0], articleID: row[1], articleKey: displayKey(key), title: row["title"],
                source: row["source"], published: row["published"], url: row["url"], start: row["start"],
                end: row["end"], highlighted: row["highlighted"], score: candidate.score, turn: turnByID[candidate.id])
            hit.speakers = speakers[candidate.id] ?? []
            return hit
        }
    }

    /// Hits whose ids are at most this far apart are fetched in one FTS5 scan (``hits(_:best:pattern:)``).
    static let hitRunGap: Int64 = 2_000

    /// Facet counts over the passages `hits` selects (ids: the ranked window, or every match).
    static func facets(
        _ db: Database, hits: String, arguments: StatementArguments, foldingCopies: Bool = false, few: Bool = true
    ) throws -> SearchFacets {
        // `words`: what a passage counts as. Unless every copy counts, passages with the same words
        // (`passage.words_hash`) count once in a facet, as the listing shows them once. One statement; `few` hits
        // (a window's, ``rankWindow``) are found once for every facet (four statements took 1.2 times as long, each
        // finding them again); every match of a frequent word is found again by each, as a table in memory it took
        // more than 4 times as long (`Iran --exact` at 15.7 million passages, 290,000 hits).
        let hit =
            "WITH matched(id) AS (\(hits)), hit(id, article, words) AS \(few ? "" : "NOT ")MATERIALIZED ("
            + "SELECT matched.id, passage.article_id, "
            + (foldingCopies ? "coalesce(passage.words_hash, -matched.id)" : "matched.id")
            + " FROM matched JOIN passage ON passage.id = matched.id)"
        // A passage counts for the speakers it quotes and for the official whose turn it is (not a questioner): a
        // turn starting there, or the earlier one that reaches it, as its filter terms have it. Testing every turn of
        // the hit's article took 35–55 ms for 1,500 hits, this 10–20.
        let earlierTurn = FacetTerms.earlierTurn("speaker_id", passage: "hit.id", article: "hit.article")
        let rows = try Row.fetchAll(
            db,
            sql: """
                \(hit)
                SELECT * FROM (
                    SELECT 'speaker', entity.name, count(DISTINCT spoken.words) AS n
                    FROM (SELECT hit.words AS words, quote.speaker_id FROM hit
                          JOIN quote ON quote.passage_id = hit.id AND quote.kind <> 'other'
                          UNION ALL
                          SELECT hit.words, \(earlierTurn) FROM hit) AS spoken
                    JOIN entity ON entity.id = spoken.speaker_id AND entity.kind <> \(EntityKind.questioner.sqlLiteral)
                    GROUP BY entity.id ORDER BY n DESC, entity.name LIMIT 5)
                UNION ALL
                SELECT * FROM (
                    SELECT entity.kind, entity.name, count(DISTINCT hit.words) AS n FROM hit
                    JOIN mention ON mention.passage_id = hit.id
                    JOIN entity ON entity.id = mention.entity_id AND entity.kind <> \(EntityKind.role.sqlLiteral)
                    GROUP BY entity.id ORDER BY n DESC, entity.name)
                UNION ALL
                SELECT * FROM (
                    SELECT 'source', coalesce(article.source, ''), count(DISTINCT hit.words) AS n FROM hit
                    JOIN article ON article.id = hit.article
                    GROUP BY 2 ORDER BY n DESC, 2)
                UNION ALL
                SELECT * FROM (
                    SELECT 'year', substr(article.published, 1, 4), count(DISTINCT hit.words) AS n FROM hit
                    JOIN article ON article.id = hit.article
                    WHERE article.published IS NOT NULL GROUP BY 2 ORDER BY 2 DESC)
                """, arguments: arguments
        ).map { (group: $0[0] as String? ?? "", value: $0[1] as String? ?? "", count: $0[2] as Int) }
        func top(_ group: String, limit: Int = 5) -> [FacetCount] {
            Array(
                rows.filter { $0.group == group && ($0.group != "source" || !$0.value.isEmpty) }.prefix(limit).map {
                    FacetCount(value: $0.value, passages: $0.count)
                })
        }
        var facets = SearchFacets()
        facets.speakers = top("speaker")
        facets.people = top(EntityKind.person.rawValue)
        facets.places = top(EntityKind.place.rawValue)
        facets.organizations = top(EntityKind.organization.rawValue)
        facets.sources = top("source")
        facets.years = top("year", limit: 10)
        return facets
    }

    /// `id:abc` → `abc`; URL and hash keys are shown whole.
    static func displayKey(_ key: String) -> String {
        key.hasPrefix("id:") ? String(key.dropFirst(3)) : key
    }
}

/// The best matches so far, best first (lowest score, then lowest id: the order of every ranking), at most `limit`.
struct BestMatches {
    let limit: Int
    /// Sorted once full; until then appended (a large limit, a page far down, would otherwise insert each match
    /// into a sorted array: quadratic).
    private var items: [(id: Int64, score: Double)] = []
    private var isSorted = true

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { items.count >= limit }

    /// The worst match kept, once as many as the limit are (a match scoring worse, or as well with a larger id,
    /// cannot enter); `nil` until then.
    var worst: (score: Double, id: Int64)? {
        guard limit > 0, isFull, let last = items.last else { return nil }
        return (last.score, last.id)
    }

    /// The matches so far, best first.
    var matches: [(id: Int64, score: Double)] {
        isSorted ? items : items.sorted { ($0.score, $0.id) < ($1.score, $1.id) }
    }

    mutating func offer(_ candidate: (id: Int64, score: Double)) {
        guard limit > 0 else { return }
        guard isFull else {
            items.append(candidate)
            isSorted = items.count == 1
            if isFull {
                items.sort { ($0.score, $0.id) < ($1.score, $1.id) }
                isSorted = true
            }
            return
        }
        guard (candidate.score, candidate.id) < (items[items.count - 1].score, items[items.count - 1].id) else {
            return
        }
        // Binary search for the place: the array stays sorted.
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if (items[middle].score, items[middle].id) < (candidate.score, candidate.id) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        items.insert(candidate, at: low)
        items.removeLast()
    }
}
