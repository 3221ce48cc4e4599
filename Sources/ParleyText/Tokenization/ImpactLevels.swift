/// How much a word weighs in a passage's BM25 score, kept coarsely in the index so that a search can find the
/// passages where a word weighs most without scoring every passage that holds it.
///
/// A word's weight in a passage is BM25's term part without the IDF, as a search ranks it:
/// `f·(k1+1) / (f + k1·(1 − b + b·max(D/avgdl, 1)))` (``lengthFloor``), `f` its hits (1 in the text, 0.5 in the title),
/// `D` the passage's length with its title, in tokens. Weights lie between 0 and `k1 + 1` = 2.2; a word met once in a
/// passage no longer than the average weighs 1. When a word weighs at least ``thresholds``[0] in a passage, the
/// passage's hidden `impact` column holds a level token for it (``token(term:level:)``): level `j` when the weight is
/// at least `thresholds[j − 1]` and below `thresholds[j]`.
///
/// A level is computed once, when the passage is indexed, against ``referenceLength`` rather than the index's
/// average length, which changes with every article. ``bound(below:averageLength:)`` turns "below level j" into a
/// bound on the weight at the real average length, so that a search can prove its top N (see `Searcher`).
///
/// The levels are part of the index format (`Schema.fullTextLayout`): changing a threshold, the reference length or
/// the token spelling needs `parley reindex`.
public enum ImpactLevels {
    /// BM25's parameters, as FTS5's `bm25()` and `parley_rank` use them.
    public static let k1 = 1.2
    public static let b = 0.75
    /// The largest weight a word can have in a passage (its hits growing without end).
    public static let maximumWeight = k1 + 1
    /// The weights of the text and the title columns, as every search ranks them.
    public static let textWeight = 1.0
    public static let titleWeight = 0.5

    /// The average passage length, in tokens with the title, levels are computed against: about the bundled
    /// corpora's (54 on the White House briefings, 48 on Reuters).
    public static let referenceLength = 50.0

    /// A level's lowest weight. 1.2 is a word met in the text and the title of a passage (1.22), or twice in the text
    /// (1.375), of no more than the average length; 1.3 is twice. The levels are of the ranked weight, the length floor
    /// included (``weight(frequency:length:averageLength:)``): a word met once in a short passage weighs 1, as in a
    /// passage of average length, and has no level. The steps are finer at the top, where the best passages of a
    /// frequent word lie: `the` weighs 1.9 or more in 2,377 of 3.2 million passages of the 10× bench corpus, and its
    /// tenth best weighs 1.944, so a step of 0.1 there scored the 2,377 (12,265 at 50×), one of 0.02 a few dozen.
    /// Until `parley_v1+impact2` the levels began at 1.4 and were of the weight without the floor, which overstates a
    /// short passage's: below level 1 a word could still weigh 1.4, more than the tenth best of most phrases, two
    /// words and `OR` queries (their best passages hold a word twice, 1.375), which then scored every match. Until
    /// `parley_v1+impact3` the steps above 1.9 were 2.0 alone.
    public static let thresholds: [Double] = [
        1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.92, 1.94, 1.96, 1.98, 2.0, 2.05, 2.1,
    ]

    /// The highest level.
    public static var top: Int { thresholds.count }

    /// The levels of the fine steps at the top (from 1.92): few words reach them but the most frequent, whose best
    /// passages they sort. A search whose words hold few passages there scores them in one query rather than a query
    /// a level (`Searcher.provenBest`).
    public static let fine: ClosedRange<Int> = (thresholds.firstIndex { $0 > 1.9 }! + 1)...thresholds.count

    /// The shortest length a passage is scored at, as a share of the average length: a passage shorter than the
    /// average is scored as if it were of average length, so that among passages with the same hits a one-line
    /// reporter's question or a `Thank you, Josh.` does not win by its shortness alone. BM25's length normalisation
    /// assumes a long text is long because it is verbose; a short paragraph is short because it says little, not
    /// because it says one thing more densely. Above the average the usual normalisation holds. Chosen on the White
    /// House briefings and Reuters against 0 (plain BM25), 0.5 and 0.75: see `docs/ranking.md`.
    public static let lengthFloor = 1.0

    /// The weight of a word with `frequency` weighted hits in a passage of `length` tokens, at `averageLength`, as a
    /// search ranks it (``lengthFloor`` applied). The same expression, in the same order, as `parley_rank`'s, so that
    /// both give the same double.
    @inline(__always)
    public static func weight(frequency: Double, length: Int, averageLength: Double) -> Double {
        let norm = k1 * (1 - b + b * max(Double(length) / averageLength, lengthFloor))
        return frequency * (k1 + 1) / (frequency + norm)
    }

    /// The level of a word with `frequency` weighted hits in a passage of `length` tokens: 0 (no token) to ``top``.
    public static func level(frequency: Double, length: Int) -> Int {
        let weight = Self.weight(frequency: frequency, length: length, averageLength: referenceLength)
        var level = 0
        while level < thresholds.count, weight >= thresholds[level] { level += 1 }
        return level
    }

    /// More than any weight a word can have, at `averageLength`, in a passage where its level is below `level`
    /// (1…``top``; above ``top``: ``maximumWeight``); with `words`, more than the weight of the hits of that many
    /// words together, each below `level` (a prefix's words, whose hits add up: `Searcher.provenBest`).
    ///
    /// Below level `j` a word's weight at ``referenceLength`` is under `L = thresholds[j − 1]`: its hits are under
    /// `L·n/(2.2 − L)`, `n` the length term at the reference, and `k` words' hits under `k` times that. At an average
    /// `A` the length term is at least `c·n`, `c = min(1, referenceLength/A)` (`max(D/A, 1)` is at least
    /// `referenceLength/A` times `max(D/referenceLength, 1)`), so the weight is under `2.2·k·L / (k·L + (2.2 − L)·c)`,
    /// whatever the passage's length: for one word, `L` at or below the reference. A margin of a millionth covers
    /// rounding.
    public static func bound(below level: Int, averageLength: Double, words: Int = 1) -> Double {
        guard level >= 1, words >= 1 else { return 0 }
        guard level <= top else { return maximumWeight * (1 + 1e-6) }
        let limit = thresholds[level - 1]
        let ratio = min(1, referenceLength / averageLength)
        let hits = Double(words) * limit
        let bound = words == 1 && ratio == 1 ? limit : maximumWeight * hits / (hits + (maximumWeight - limit) * ratio)
        return min(bound, maximumWeight) * (1 + 1e-6)
    }

    /// The token that records `term` (a token as the tokenizer gives it) at `level`, in the `impact` column: a byte
    /// 0x01 (a control character, which no stored text and no query holds), the term, 0x01, the
    /// level as one byte, `0` + level (`1`…`9`, then `:`, `;`…).
    public static func token(term: some Collection<UInt8>, level: Int) -> [UInt8] {
        var token: [UInt8] = []
        spell(term: term, level: level, into: &token)
        return token
    }

    /// Replaces `token`'s bytes with ``token(term:level:)``'s, keeping its storage (the writer spells one a word).
    public static func spell(term: some Collection<UInt8>, level: Int, into token: inout [UInt8]) {
        token.removeAll(keepingCapacity: true)
        token.append(marker)
        token.append(contentsOf: term)
        token.append(marker)
        token.append(UInt8(ascii: "0") + UInt8(level))
    }

    /// The first byte of an `impact` column's value (then the passage text, the marker again, the title) and of a
    /// level token.
    public static let marker: UInt8 = 0x01
}
