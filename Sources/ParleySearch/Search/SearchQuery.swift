import Foundation
import ParleyText

/// A user's query, parsed into clauses that must all match (AND), each one term or several joined by `OR`, terms
/// that must not match, and the filters written as fields.
///
/// Syntax:
/// - plain words; `"a phrase"` (straight or curly double quotes); `word*` for a prefix;
/// - `OR` (upper case, between two terms) for either: `sanctions OR embargo Iran` is (sanctions OR embargo) AND Iran;
///   `AND` (upper case) is what a space means;
/// - `-word`, `-"a phrase"`, `NOT word` (upper case) for a term that must not occur; `-(a OR b)` for several;
/// - parentheses group terms joined by `OR`: `(sanctions OR embargo) -(Iran OR Syria)`;
/// - `NEAR(ceasefire withdrawal, 10)`: the terms within that many words of one another (10 when not given);
/// - `SENTENCE(territory compromise)`: the terms in one sentence;
/// - fields, equal to the command's options: `speaker:ushakov`, `entity:donbas`, `source:reuters`,
///   `since:2025-09`, `until:2025-12-01`, `kind:partial`, `about:zelensky` (quote a value with spaces:
///   `speaker:"Ilya Marevsky"`); they apply to the whole query.
///
/// Everything else is text: other punctuation and an operator with no term on one side are searched as words, and
/// the text after an unclosed quote is read as if the quote were not there. A real mistake (an unbalanced
/// parenthesis, a group that OR cannot join, a query of excluded terms only) is a ``QueryError`` naming its column.
///
/// Each word is cut by Parley's own tokenizer (query mode), so the pattern sees exactly the tokens the index
/// holds: a word giving several tokens (`four-year`, `U.S.-Russia`) becomes a phrase of them, and every token
/// is quoted as an FTS5 string, so no input can break the MATCH syntax.
public struct SearchQuery: Sendable, Equatable {
    /// Above this the query is refused: FTS5 cost grows with each term and nobody types that many.
    public static let maxTerms = 64

    public enum Term: Sendable, Equatable {
        /// One token, as the user wrote it (`Putin’s`, `U.S.`).
        case word(String)
        /// Tokens in a row; each as the user wrote it.
        case phrase([String])
        /// Tokens in a row, the last one a prefix.
        case prefix([String])
        /// Terms (words, phrases, prefixes) within `distance` tokens of one another.
        indirect case near([Term], distance: Int)
        /// Terms in one sentence (`SENTENCE(a b)`): FTS5 finds them within ``sentenceReach`` tokens, and
        /// `parley_sentence` keeps the passages where one sentence holds them all (``SentenceFunction``).
        indirect case sentence([Term])

        /// The FTS5 phrases this term is made of, in order (a `NEAR` or `SENTENCE` group holds several).
        var phrases: [Term] {
            switch self {
            case let .near(terms, _), let .sentence(terms): terms
            default: [self]
            }
        }
    }

    /// A filter written in the query (`speaker:ushakov`): the field's name, lower case, and its value.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// The field names a query may hold; anything else before a colon is text.
    public static let fieldNames: Set<String> = ["speaker", "entity", "source", "since", "until", "kind", "about"]

    /// Clauses ANDed together; the terms of one clause are ORed.
    public var clauses: [[Term]]
    /// Terms none of which may occur (`-word`, `NOT word`).
    public var excluded: [Term] = []
    /// The filters written as fields, in the order written.
    public var fields: [Field] = []

    /// Every phrase, in the order of the query: FTS5 numbers the phrases of ``matchPattern`` in this order (the
    /// excluded ones last).
    public var terms: [Term] { (clauses.flatMap { $0 } + excluded).flatMap(\.phrases) }

    /// How many of ``terms`` must or may occur (the rest are excluded).
    public var positivePhraseCount: Int { clauses.flatMap { $0 }.flatMap(\.phrases).count }

    /// The positive phrases (indexes into ``terms``) of a term that an earlier clause already holds: `(a b) OR c` is
    /// `(a OR c) AND (b OR c)`, and `c` weighs once, in its first clause (a repeat's frequency is
    /// ``RankArguments/Frequency/repeated``, which `parley_rank` gives no weight).
    var repeatedPhrases: Set<Int> {
        var seen: [Term] = []
        var repeated = Set<Int>()
        var phrase = 0
        for term in clauses.flatMap({ $0 }) {
            let count = term.phrases.count
            if seen.contains(term) { repeated.formUnion(phrase..<(phrase + count)) } else { seen.append(term) }
            phrase += count
        }
        return repeated
    }

    /// A prefix needs this many characters (`ab*`): `a*` matches too much of the vocabulary to rank it cheaply.
    public static let minimumPrefixLength = 2
    /// At most this many prefixes a query: each is merged from the index whole (64 one-letter prefixes ORed took 10 s
    /// and 270 MB).
    public static let maxPrefixes = 8

    /// - Parameter fieldsOnly: accept a query of fields and no words (`speaker:ushakov`: `quotes` lists their
    ///   quotations); otherwise it is ``QueryError/noSearchableWords(query:)``.
    public init(_ text: String, fieldsOnly: Bool = false) throws(QueryError) {
        // Control characters (NUL ends a C string inside FTS5's parser) are separators.
        let cleaned = Array(
            String(
                String.UnicodeScalarView(
                    text.unicodeScalars.map {
                        $0.properties.generalCategory == .control ? " " : $0
                    })))
        var parser = QueryParser(characters: cleaned, query: text)
        let parsed = try parser.parse()
        if parsed.clauses.isEmpty, !parsed.excluded.isEmpty { throw .onlyExcluded(query: text) }
        guard !parsed.clauses.isEmpty || (fieldsOnly && !parsed.fields.isEmpty) else {
            throw .noSearchableWords(query: text)
        }
        let all = (parsed.clauses.flatMap { $0 } + parsed.excluded).flatMap(\.phrases)
        let count = all.reduce(0) { total, term in
            switch term {
            case .word: total + 1
            case let .phrase(tokens), let .prefix(tokens): total + tokens.count
            case .near, .sentence: total
            }
        }
        guard count <= Self.maxTerms else { throw .tooManyTerms(count: count, limit: Self.maxTerms) }
        // A prefix costs as many terms as it expands to: `a*` is a good part of the vocabulary.
        let prefixes = all.compactMap { term -> String? in
            if case let .prefix(tokens) = term { return tokens.last } else { return nil }
        }
        if let short = prefixes.first(where: { $0.count < Self.minimumPrefixLength }) {
            throw .prefixTooShort(prefix: short + "*", minimum: Self.minimumPrefixLength)
        }
        guard prefixes.count <= Self.maxPrefixes else {
            throw .tooManyPrefixes(count: prefixes.count, limit: Self.maxPrefixes)
        }
        clauses = parsed.clauses
        excluded = parsed.excluded
        fields = parsed.fields
    }

    /// Whether the query has words to match, beside its fields (`speaker:ushakov` alone has none).
    public var hasWords: Bool { !clauses.isEmpty }

    /// The FTS5 MATCH expression: every term quoted as an FTS5 string, ORed within a clause, clauses ANDed, the
    /// excluded terms after `NOT`.
    public var matchPattern: String { matchPattern { _ in nil } }

    /// ``matchPattern`` with some positive terms spelled otherwise: `spelling(term)`, or the term's own pattern when
    /// `nil` (``PrefixExpansion``).
    func matchPattern(spelling: (Term) -> String?) -> String {
        let positive = clauses.map { clause in
            let terms = clause.map { spelling($0) ?? Self.pattern($0) }
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        guard !excluded.isEmpty else { return restricted(positive) }
        let clause = positive.contains(" ") && clauses.count > 1 ? "(" + positive + ")" : positive
        return restricted(clause + " NOT (" + excluded.map(Self.pattern).joined(separator: " OR ") + ")")
    }

    /// The one column the query matches, when it is restricted (``inColumn(_:)``).
    private(set) var column: String?

    /// This query matched in `column` alone (`text : (…)`): a transcript turn's words are its passages' text, not
    /// the article's title. The phrases keep their numbers; their frequencies are counted in that column.
    func inColumn(_ column: String) -> SearchQuery {
        var query = self
        query.column = column
        return query
    }

    private func restricted(_ pattern: String) -> String {
        column.map { "\($0) : (\(pattern))" } ?? pattern
    }

    /// For each positive phrase, in ``terms`` order, the index terms of its words, any of whose impact levels bound
    /// the phrase's weight in a passage (the phrase's hits are no more than each word's): distinct, longest first; empty
    /// for a group and a prefix, which stands for many terms (``PrefixExpansion`` gives a prefix alone its own), even
    /// ending a phrase (`rat-rac*`): FTS5 reads each of its words as a prefix, `rat` matching `rate` too.
    /// `Searcher.provenBest` chooses one of a phrase's words as its driver.
    var driverCandidates: [[String]] {
        terms.prefix(positivePhraseCount).map { term in
            // Stable: of equal lengths, the first met.
            Self.indexWords(of: term).enumerated()
                .sorted { ($1.element.utf8.count, $0.offset) < ($0.element.utf8.count, $1.offset) }
                .map(\.element)
        }
    }

    /// The index terms of a word's or a phrase's words, distinct, in order; none for a prefix or a group.
    static func indexWords(of term: Term) -> [String] {
        let surfaces: [String]
        switch term {
        case let .word(surface): surfaces = [surface]
        case let .phrase(tokens): surfaces = tokens
        case .prefix, .near, .sentence: return []
        }
        var words: [String] = []
        for token in surfaces.flatMap({ Tokenizer.tokens(in: $0, mode: .query) }) where !words.contains(token.text) {
            words.append(token.text)
        }
        return words
    }

    /// Each phrase's own MATCH expression, in ``terms`` order: FTS5's phrases of ``matchPattern``.
    public var phrasePatterns: [String] { terms.map { restricted(Self.pattern($0)) } }

    static func pattern(_ term: Term) -> String {
        switch term {
        case let .word(token): quoted(token)
        case let .phrase(tokens): quoted(tokens.joined(separator: " "))
        case let .prefix(tokens): quoted(tokens.joined(separator: " ")) + " *"
        case let .near(terms, distance): "NEAR(" + terms.map(pattern).joined(separator: " ") + ", \(distance))"
        case let .sentence(terms): "NEAR(" + terms.map(pattern).joined(separator: " ") + ", \(sentenceReach))"
        }
    }

    /// `SENTENCE(…)`'s terms lie within this many tokens of one another: longer sentences are rare in news prose
    /// (FTS5's NEAR narrows the candidates; `parley_sentence` decides).
    public static let sentenceReach = 100

    /// The SQL condition that keeps, among the rows of `table` matching ``matchPattern``, those whose `SENTENCE(…)`
    /// terms share a sentence: `parley_sentence(table, 'P;clause,first,count,isSentence,…')` with a quadruple for each
    /// term of every clause holding one (a clause holds when one of its terms does); `nil` without `SENTENCE`.
    public func sentenceCondition(table: String) -> String? {
        var arguments: [Int] = []
        var phrase = 0
        for (number, clause) in clauses.enumerated() {
            let holdsSentence = clause.contains { if case .sentence = $0 { true } else { false } }
            for term in clause {
                let count = term.phrases.count
                if holdsSentence {
                    let isSentence = if case .sentence = term { 1 } else { 0 }
                    arguments += [number, phrase, count, isSentence]
                }
                phrase += count
            }
        }
        guard !arguments.isEmpty else { return nil }
        // One text argument (SQLite takes at most 127): the quadruples' numbers, and a leading 1 for `passage_fts`,
        // whose text the function reads from the article itself.
        let spec = (table == "passage_fts" ? "1;" : "0;") + arguments.map(String.init).joined(separator: ",")
        return "\(SentenceFunction.name)(\(table), '\(spec)')"
    }

    /// The text of each token of `text` as written (`U.S.-Russia` → `U.S.`, `Russia`).
    static func tokenSurfaces(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokens(in: text, mode: .query).map { token in
            String(decoding: bytes[token.byteRange], as: UTF8.self)
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func isDoubleQuote(_ character: Character) -> Bool {
        character == "\"" || character == "“" || character == "”" || character == "„" || character == "«"
            || character == "»"
    }
}
