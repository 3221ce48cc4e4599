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
/// A prefix is spelled so when it is a term of its own (not in `NEAR`), one token, and stands for at least one word
/// and at most ``mostWords``; never in a query with `SENTENCE(…)`, whose condition numbers the query's own phrases.
struct PrefixExpansion {
    /// The byte before a word a prefix stands for, in a pattern Parley builds (user text never holds a control
    /// character: ``SearchQuery`` reads them as spaces).
    static let wordMarker: UInt8 = 0x03

    /// A prefix standing for more words than this is left to FTS5: each word is one more phrase to score.
    static let mostWords = 64

    /// The words a prefix stands for, most passages first.
    struct Words: Equatable {
        var terms: [String]
        var passages: [Int64]
    }

    /// For each positive phrase of the query, in ``SearchQuery/terms`` order: the words it is spelled as, or `nil`.
    let words: [Words?]
    /// The query's MATCH pattern, each expanded prefix spelled as its words.
    let pattern: String
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
        var words: [Words?] = []
        for term in terms {
            guard case let .prefix(tokens) = term, tokens.count == 1,
                let expanded = try Self.words(of: tokens[0], range: range)
            else {
                words += term.phrases.map { _ in nil }
                continue
            }
            words.append(expanded)
            let quoted = expanded.terms.map(Self.quoted)
            let spelled = quoted.count == 1 ? quoted[0] : "(" + quoted.joined(separator: " OR ") + ")"
            if !spellings.contains(where: { $0.term == term }) { spellings.append((term, spelled)) }
        }
        guard !spellings.isEmpty else { return nil }
        self.words = words
        self.spellings = spellings
        pattern = query.matchPattern { term in spellings.first { $0.term == term }?.pattern }
    }

    /// The words of `prefix` (as the user wrote it), by `range` (`term_passages` from … to, and a limit); `nil` when
    /// it is not one token, stands for no word, or for more than ``mostWords``.
    private static func words(of prefix: String, range: Statement) throws -> Words? {
        let forms = Tokenizer.tokens(in: prefix, mode: .prefix)
        // One position: the prefix and its stems, colocated.
        guard !forms.isEmpty, forms.dropFirst().allSatisfy(\.isColocated) else { return nil }
        var found: [(term: String, passages: Int64)] = []
        for form in forms {
            let low = Array(form.text.utf8)
            // 0xFF never occurs in UTF-8: every word beginning with `low` sorts before `low` + 0xFF.
            let rows = try Row.fetchAll(range, arguments: [Data(low), Data(low + [0xFF]), Self.mostWords + 1])
            for row in rows {
                let bytes: Data = row[0]
                let term = String(decoding: bytes, as: UTF8.self)
                // A word that is not UTF-8 cannot be spelled in a pattern: the prefix is left to FTS5.
                guard Data(term.utf8) == bytes else { return nil }
                if !found.contains(where: { $0.term == term }) { found.append((term, row[1])) }
            }
            guard found.count <= Self.mostWords else { return nil }
        }
        guard !found.isEmpty else { return nil }
        found.sort { ($0.passages, $1.term) > ($1.passages, $0.term) }
        return Words(terms: found.map(\.term), passages: found.map(\.passages))
    }

    /// `arguments` (one frequency a phrase of the query) for ``pattern``: each expanded prefix's words after its
    /// first continue it.
    func arguments(_ arguments: RankArguments) -> RankArguments {
        var frequencies: [RankArguments.Frequency] = []
        for (phrase, frequency) in arguments.frequencies.enumerated() {
            frequencies.append(frequency)
            if phrase < words.count, let expanded = words[phrase] {
                frequencies += repeatElement(.continued, count: expanded.terms.count - 1)
            }
        }
        return RankArguments(frequencies: frequencies)
    }

    /// How many passages hold phrase `phrase` (in ``SearchQuery/terms`` order) when it is an expanded prefix: its
    /// word's count (``TermPassages``), or its words' matches counted (FTS5 walks their doclists, where a prefix's
    /// are merged whole first); `nil` for another phrase.
    func documentFrequency(_ db: Database, phrase: Int) throws -> Int64? {
        guard phrase < words.count, let expanded = words[phrase] else { return nil }
        if expanded.terms.count == 1 { return expanded.passages[0] }
        return try Int64.fetchOne(
            db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?",
            arguments: [expanded.terms.map(Self.quoted).joined(separator: " OR ")]) ?? 0
    }

    /// The FTS5 string of the index term `word`, behind ``wordMarker``.
    static func quoted(_ word: String) -> String {
        SearchQuery.quoted(String(decoding: [wordMarker], as: UTF8.self) + word)
    }

    /// `term` as ``pattern`` spells it.
    func pattern(_ term: SearchQuery.Term) -> String {
        spellings.first { $0.term == term }?.pattern ?? SearchQuery.pattern(term)
    }

    /// How the impact levels bound an expanded prefix (`Searcher.provenBest`): its most frequent words drive it, at
    /// most ``mostDrivers``, as few as leave ``mostScoredFirst`` passages or fewer to the rest, and no more than an
    /// eighth of the prefix's (scoring most of them first would be scoring every match). The passages holding
    /// one of the rest are scored first (`rest`, `nil` when there are none): every passage left holds drivers only,
    /// and weighs no more than their hits together (``ImpactLevels/bound(below:averageLength:words:)``), or than one
    /// driver's once those holding two (`pairs`, `nil` for one driver) are scored too.
    func drivers(phrase: Int) -> (drivers: [String], rest: String?, pairs: String?)? {
        guard phrase < words.count, let expanded = words[phrase] else { return nil }
        var count = 0
        var rest = expanded.passages.reduce(0, +)
        let most = min(Self.mostScoredFirst, rest / 8)
        while count < min(Self.mostDrivers, expanded.terms.count), rest > most {
            rest -= expanded.passages[count]
            count += 1
        }
        let quoted = expanded.terms.map(Self.quoted)
        let others = quoted.dropFirst(count)
        var pairs: [String] = []
        for i in 0..<count {
            for j in (i + 1)..<count { pairs.append("(" + quoted[i] + " AND " + quoted[j] + ")") }
        }
        return (
            Array(expanded.terms.prefix(count)), others.isEmpty ? nil : "(" + others.joined(separator: " OR ") + ")",
            pairs.isEmpty ? nil : "(" + pairs.joined(separator: " OR ") + ")"
        )
    }

    /// An expanded prefix is driven by at most this many of its words (``drivers(phrase:)``).
    static let mostDrivers = 3

    /// The words of an expanded prefix that are not its drivers hold at most about this many passages, when three
    /// drivers leave no more (``drivers(phrase:)``).
    static let mostScoredFirst: Int64 = 2_500
}
