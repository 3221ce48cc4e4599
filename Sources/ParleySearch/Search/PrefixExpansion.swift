import Foundation
import GRDB
import ParleyText

/// A query's prefixes spelled as the words they stand for: `negotiat*` as `("␃negoti" OR "␃negotiatior" …)`, each
/// word the index term itself behind ``wordMarker``, which ``ParleyFTS5Tokenizer`` passes through untouched.
///
/// FTS5 merges a prefix's doclists whole in every statement that holds it: at ten times the briefings,
/// `negotiat* AND` a level token took 4.4 ms where its main word `negoti` took 0.2 ms, and a search runs twenty such
/// statements. Spelled as words, FTS5 walks their doclists as it goes, and each word has its impact levels, so a
/// prefix's best matches are proven as a word's are (`Searcher.provenBest`).
///
/// The words are those ``TermPassages`` counts (every word of `passage_fts`'s text and title) beginning with one of
/// the forms the tokenizer gives the prefix (`negotiat`, and its stem `negoti`): the passages that match are the
/// same. So is the score: the words after the first are ``RankArguments/Frequency/continued``, their hits added to
/// the first's, and the sum scored as the prefix's.
///
/// A prefix is spelled so when it is a term of its own (not in `NEAR` or a phrase), one token, and stands for at least
/// one word and at most ``mostWords``, while the query's phrases stay within ``mostPhrases``; never in a query with
/// `SENTENCE(…)`, whose condition numbers the query's own phrases.
struct PrefixExpansion {
    /// The byte before a word a prefix stands for, in a pattern Parley builds (user text never holds a control
    /// character: ``SearchQuery`` reads them as spaces).
    static let wordMarker: UInt8 = 0x03

    /// A prefix standing for more words than this is left to FTS5: each word is one more phrase to score.
    static let mostWords = 64

    /// At most this many phrases in a spelled pattern: `parley_rank` takes two weights and a frequency a phrase, and
    /// SQLite gives a function at most 127 arguments (`SQLITE_MAX_FUNCTION_ARG`; two prefixes of 63 words each made
    /// every search fail). A prefix that would pass it is left to FTS5.
    static let mostPhrases = 125

    /// One word a prefix stands for: its index term, and how many passages hold it (``TermPassages``).
    struct Word: Equatable {
        var term: String
        var passages: Int64
    }

    /// For each positive phrase of the query, in ``SearchQuery/terms`` order: the words it is spelled as (most
    /// passages first), or `nil`.
    let words: [[Word]?]
    /// The query's MATCH pattern, each expanded prefix spelled as its words.
    let pattern: String
    /// The column the query is restricted to, if any (``SearchQuery/inColumn(_:)``).
    private let column: String?
    private let spellings: [(term: SearchQuery.Term, pattern: String)]

    /// The expansion of `query`'s prefixes in the index `db`; `nil` when none expands.
    init?(_ db: Database, query: SearchQuery) throws {
        let terms = query.clauses.flatMap { $0 }
        guard terms.contains(where: { if case .prefix = $0 { true } else { false } }),
            query.sentenceCondition(table: "passage_fts") == nil,
            try db.tableExists("term_passages")
        else { return nil }
        let range = try db.cachedStatement(
            sql: "SELECT term, passages FROM term_passages WHERE term >= ? AND term < ? AND passages > 0 LIMIT ?")
        var spellings: [(term: SearchQuery.Term, pattern: String)] = []
        var words: [[Word]?] = []
        var phrases = query.terms.count
        for term in terms {
            guard case let .prefix(tokens) = term, tokens.count == 1,
                let expanded = try Self.words(of: tokens[0], range: range),
                phrases + expanded.count - 1 <= Self.mostPhrases
            else {
                words += term.phrases.map { _ in nil }
                continue
            }
            words.append(expanded)
            phrases += expanded.count - 1
            if !spellings.contains(where: { $0.term == term }) {
                spellings.append((term, Self.spelled(expanded)))
            }
        }
        guard !spellings.isEmpty else { return nil }
        self.words = words
        self.spellings = spellings
        column = query.column
        pattern = query.matchPattern { term in spellings.first { $0.term == term }?.pattern }
    }

    /// The words of `prefix` (as the user wrote it), by `range` (`term_passages` from … to, and a limit); `nil` when
    /// it is not one token, stands for no word, or for more than ``mostWords``.
    private static func words(of prefix: String, range: Statement) throws -> [Word]? {
        let forms = Tokenizer.tokens(in: prefix, mode: .prefix)
        // One position: the prefix and its stems, colocated.
        guard !forms.isEmpty, forms.dropFirst().allSatisfy(\.isColocated) else { return nil }
        var found: [Word] = []
        for form in forms {
            let low = Array(form.text.utf8)
            // 0xFF never occurs in UTF-8: every word beginning with `low` sorts before `low` + 0xFF.
            let rows = try Row.fetchAll(range, arguments: [Data(low), Data(low + [0xFF]), Self.mostWords + 1])
            for row in rows {
                let bytes: Data = row[0]
                let term = String(decoding: bytes, as: UTF8.self)
                // A word that is not UTF-8 cannot be spelled in a pattern: the prefix is left to FTS5.
                guard Data(term.utf8) == bytes else { return nil }
                if !found.contains(where: { $0.term == term }) { found.append(Word(term: term, passages: row[1])) }
            }
            guard found.count <= Self.mostWords else { return nil }
        }
        guard !found.isEmpty else { return nil }
        return found.sorted { ($0.passages, $1.term) > ($1.passages, $0.term) }
    }

    /// `arguments` (one frequency a phrase of the query) for ``pattern``: each expanded prefix's words after its
    /// first continue it.
    func arguments(_ arguments: RankArguments) -> RankArguments {
        var frequencies: [RankArguments.Frequency] = []
        for (phrase, frequency) in arguments.frequencies.enumerated() {
            frequencies.append(frequency)
            if phrase < words.count, let expanded = words[phrase] {
                frequencies += repeatElement(.continued, count: expanded.count - 1)
            }
        }
        return RankArguments(frequencies: frequencies)
    }

    /// How many passages hold phrase `phrase` (in ``SearchQuery/terms`` order) when it is an expanded prefix: its
    /// one word's count (``TermPassages``, text and title), or its words' matches counted (FTS5 walks their doclists,
    /// where a prefix's are merged whole first), in the query's column when it has one; `nil` for another phrase.
    func documentFrequency(_ db: Database, phrase: Int) throws -> Int64? {
        guard phrase < words.count, let expanded = words[phrase] else { return nil }
        if expanded.count == 1, column == nil { return expanded[0].passages }
        let spelled = Self.spelled(expanded)
        return try Int64.fetchOne(
            db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?",
            arguments: [column.map { "\($0) : \(spelled)" } ?? spelled]) ?? 0
    }

    /// The FTS5 string of the index term `word`, behind ``wordMarker``.
    static func quoted(_ word: String) -> String {
        SearchQuery.quoted(String(decoding: [wordMarker], as: UTF8.self) + word)
    }

    /// `words` ORed, in parentheses when more than one.
    private static func spelled(_ words: [Word]) -> String {
        let quoted = words.map { Self.quoted($0.term) }
        return quoted.count == 1 ? quoted[0] : "(" + quoted.joined(separator: " OR ") + ")"
    }

    /// `term` as ``pattern`` spells it.
    func pattern(_ term: SearchQuery.Term) -> String {
        spellings.first { $0.term == term }?.pattern ?? SearchQuery.pattern(term)
    }

    /// How the impact levels bound an expanded prefix (`Searcher.provenBest`).
    struct Plan {
        /// The prefix's most frequent words, whose levels bound it.
        var drivers: [String]
        /// The prefix's other words ORed, whose passages are scored first (`nil`: none); every passage left holds
        /// drivers only, and weighs no more than their hits together
        /// (``ImpactLevels/bound(below:averageLength:words:)``).
        var rest: String?
        /// Pairs of drivers, each ANDed, ORed (`nil` for one driver): once their passages are scored, every passage
        /// left holds one driver, and weighs no more than it.
        var pairs: String?
    }

    /// The ``Plan`` of phrase `phrase` when it is an expanded prefix: at most ``mostDrivers`` drivers, as few as leave
    /// ``mostScoredFirst`` passages or fewer to the rest, and no more than an eighth of the prefix's (scoring most of
    /// them first would be scoring every match); at least one.
    func plan(phrase: Int) -> Plan? {
        guard phrase < words.count, let expanded = words[phrase] else { return nil }
        var count = 0
        var rest = expanded.reduce(0) { $0 + $1.passages }
        let most = min(Self.mostScoredFirst, rest / 8)
        while count < min(Self.mostDrivers, expanded.count), rest > most {
            rest -= expanded[count].passages
            count += 1
        }
        let quoted = expanded.map { Self.quoted($0.term) }
        let others = quoted.dropFirst(count)
        var pairs: [String] = []
        for i in 0..<count {
            for j in (i + 1)..<count { pairs.append("(" + quoted[i] + " AND " + quoted[j] + ")") }
        }
        return Plan(
            drivers: expanded.prefix(count).map(\.term),
            rest: others.isEmpty ? nil : "(" + others.joined(separator: " OR ") + ")",
            pairs: pairs.isEmpty ? nil : "(" + pairs.joined(separator: " OR ") + ")")
    }

    /// An expanded prefix is driven by at most this many of its words (``plan(phrase:)``).
    static let mostDrivers = 3

    /// The words of an expanded prefix that are not its drivers hold at most about this many passages, when three
    /// drivers leave no more (``plan(phrase:)``).
    static let mostScoredFirst: Int64 = 2_500
}
