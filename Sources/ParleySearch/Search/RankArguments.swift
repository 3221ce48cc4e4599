/// What a search scores with: the arguments of `parley_rank` and `parley_explain` after the full-text table, the
/// two column weights, then one document frequency per phrase of the query, in the order FTS5 numbers the phrases
/// of ``SearchQuery/matchPattern`` (``SearchQuery/terms``), or of the pattern that spells its prefixes as their words
/// (``PrefixExpansion/arguments(_:)`` adds their ``Frequency/continued`` words).
///
/// One type builds them (``Searcher``), spells them in SQL (``rank``, ``explain``) and reads them back in the rank
/// function (``RankFunction``), so the three cannot fall out of step.
struct RankArguments: Sendable, Equatable {
    /// The weight of a hit in the passage's text, and in its article's title: FTS5's `bm25(passage_fts, 1.0, 0.5)`.
    static let textWeight = 1.0
    static let titleWeight = 0.5

    /// Where each argument is in the SQL function's list after the table (what ``RankFunction`` reads).
    enum Position {
        static let textWeight = 0
        static let titleWeight = 1
        /// The first phrase's frequency; phrase `n`'s is at `firstFrequency + n`.
        static let firstFrequency = 2
    }

    /// One phrase's document frequency, as the rank function takes it.
    enum Frequency: Sendable, Equatable {
        /// In this many passages, counted or estimated: the phrase's IDF follows.
        case counted(Int64)
        /// The query's only phrase: its IDF is the same for every passage, cannot change the order, and is not
        /// measured (a probe costs as much as the search for a prefix). IDF 1.
        case notMeasured
        /// A phrase an earlier clause holds too (`(a b) OR c`: `c` twice, ``SearchQuery/repeatedPhrases``): it weighs
        /// once, in its first clause, and nothing here.
        case repeated
        /// A word a prefix stands for, after the prefix's first (``PrefixExpansion``): its hits add to the phrase
        /// before it, which they are part of, and the sum is scored as that phrase's.
        case continued

        /// An excluded phrase (`-word`) never occurs in a match: its frequency is not measured, and weighs nothing.
        static let excluded = Frequency.counted(0)

        /// The SQL integer: the count, `-1` for ``notMeasured``, `-2` for ``repeated``, `-3` for ``continued``.
        var argument: Int64 {
            switch self {
            case let .counted(count): count
            case .notMeasured: -1
            case .repeated: -2
            case .continued: -3
            }
        }

        /// The frequency an SQL integer stands for (any other negative number: ``notMeasured``).
        init(argument: Int64) {
            switch argument {
            case -2: self = .repeated
            case -3: self = .continued
            case ..<0: self = .notMeasured
            default: self = .counted(argument)
            }
        }

        /// The phrase's IDF in `rows` passages, as `parley_rank` computes it; `nil` for a repeat, which weighs nothing,
        /// and for a continuation, which weighs as part of the phrase before it.
        func idf(rows: Double) -> Double? {
            switch self {
            case let .counted(count): RankFunction.idf(documentFrequency: Double(count), rows: rows)
            case .notMeasured: 1
            case .repeated, .continued: nil
            }
        }
    }

    /// One a phrase, in ``SearchQuery/terms`` order.
    var frequencies: [Frequency]

    /// `1.0, 0.5, df0, df1, …`.
    var sql: String {
        "\(Self.textWeight), \(Self.titleWeight)" + frequencies.map { ", \($0.argument)" }.joined()
    }

    /// `parley_rank(passage_fts, 1.0, 0.5, df0, …)`.
    var rank: String { "\(RankFunction.name)(passage_fts, \(sql))" }

    /// `parley_explain(passage_fts, 1.0, 0.5, df0, …)`.
    var explain: String { "\(RankFunction.explainName)(passage_fts, \(sql))" }

    /// Whether every frequency is a count: none ``Frequency/notMeasured``, ``Frequency/repeated`` or
    /// ``Frequency/continued``, whose numbers are no number of matches.
    var allCounted: Bool {
        frequencies.allSatisfy {
            if case .counted = $0 { true } else { false }
        }
    }
}
