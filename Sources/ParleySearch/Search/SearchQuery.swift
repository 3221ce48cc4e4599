import Foundation
import ParleyText

/// A user's query, parsed into clauses that must all match (AND), each one term or several joined by `OR`.
///
/// Syntax: plain words, `"a phrase"` (straight or curly double quotes), `word*` for a prefix, and `OR`
/// (upper case, between two terms) for either: `sanctions OR embargo Iran` is (sanctions OR embargo) AND Iran.
/// Everything else is text: other FTS5 operators (`AND`, `NOT`, `NEAR`, `-`, `^`, `:`, parentheses), and an
/// `OR` with no term on one side, are searched as words; the text after an unclosed quote is read as if the quote were not there.
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
    }

    /// Clauses ANDed together; the terms of one clause are ORed.
    public var clauses: [[Term]]

    /// Every term, in the order of the query: FTS5 numbers the phrases of ``matchPattern`` in this order.
    public var terms: [Term] { clauses.flatMap { $0 } }

    /// A prefix needs this many characters (`ab*`): `a*` matches too much of the vocabulary to rank it cheaply.
    public static let minimumPrefixLength = 2
    /// At most this many prefixes a query: each is merged from the index whole (64 one-letter prefixes ORed took 10 s
    /// and 270 MB).
    public static let maxPrefixes = 8

    public init(_ text: String) throws(QueryError) {
        var terms: [Term] = []
        /// Indexes in `terms` of the `OR` words written between two terms, outside quotes.
        var operators: [Int] = []
        func addWords(_ text: Substring) {
            for word in text.split(whereSeparator: { $0.isWhitespace }) {
                if word == "OR" { operators.append(terms.count) }
                let isPrefix = word.count > 1 && word.hasSuffix("*")
                let tokens = Self.tokenSurfaces(isPrefix ? String(word.dropLast()) : String(word))
                if isPrefix, !tokens.isEmpty {
                    terms.append(.prefix(tokens))
                } else if tokens.count == 1 {
                    terms.append(.word(tokens[0]))
                } else if tokens.count > 1 {
                    terms.append(.phrase(tokens))
                }
            }
        }
        // Control characters (NUL ends a C string inside FTS5's parser) are separators.
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
        var rest = Substring(cleaned)
        while let open = rest.firstIndex(where: Self.isDoubleQuote) {
            addWords(rest[..<open])
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: Self.isDoubleQuote) else {
                // Unbalanced quote: its text is searched as words.
                rest = rest[afterOpen...]
                break
            }
            let tokens = Self.tokenSurfaces(String(rest[afterOpen..<close]))
            if tokens.count == 1 {
                terms.append(.word(tokens[0]))
            } else if tokens.count > 1 {
                terms.append(.phrase(tokens))
            }
            rest = rest[rest.index(after: close)...]
        }
        addWords(rest)
        guard !terms.isEmpty else { throw .noSearchableWords(query: text) }
        let clauses = Self.clauses(terms, operators: Set(operators))
        let count = clauses.joined().reduce(0) { total, term in
            switch term {
            case .word: total + 1
            case let .phrase(tokens), let .prefix(tokens): total + tokens.count
            }
        }
        guard count <= Self.maxTerms else { throw .tooManyTerms(count: count, limit: Self.maxTerms) }
        // A prefix costs as many terms as it expands to: `a*` is a good part of the vocabulary.
        let prefixes = terms.compactMap { term -> String? in
            if case let .prefix(tokens) = term { return tokens.last } else { return nil }
        }
        if let short = prefixes.first(where: { $0.count < Self.minimumPrefixLength }) {
            throw .prefixTooShort(prefix: short + "*", minimum: Self.minimumPrefixLength)
        }
        guard prefixes.count <= Self.maxPrefixes else {
            throw .tooManyPrefixes(count: prefixes.count, limit: Self.maxPrefixes)
        }
        self.clauses = clauses
    }

    /// Groups `terms` into ORed clauses; `operators` holds the index of each `OR` word among `terms`. An `OR`
    /// with a term on both sides joins them and is dropped; any other `OR` stays a word.
    private static func clauses(_ terms: [Term], operators: Set<Int>) -> [[Term]] {
        var clauses: [[Term]] = []
        var joinNext = false
        for (index, term) in terms.enumerated() {
            let isOperator = operators.contains(index) && index > 0 && index < terms.count - 1 && !joinNext
            if isOperator {
                joinNext = true
            } else if joinNext {
                clauses[clauses.count - 1].append(term)
                joinNext = false
            } else {
                clauses.append([term])
            }
        }
        return clauses
    }

    /// The FTS5 MATCH expression: every term quoted as an FTS5 string, ORed within a clause, clauses ANDed.
    public var matchPattern: String {
        clauses.map { clause in
            let terms = clause.map(Self.pattern)
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// Each term's own MATCH expression, in ``terms`` order: FTS5's phrases of ``matchPattern``.
    public var phrasePatterns: [String] { terms.map(Self.pattern) }

    static func pattern(_ term: Term) -> String {
        switch term {
        case let .word(token): quoted(token)
        case let .phrase(tokens): quoted(tokens.joined(separator: " "))
        case let .prefix(tokens): quoted(tokens.joined(separator: " ")) + " *"
        }
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
