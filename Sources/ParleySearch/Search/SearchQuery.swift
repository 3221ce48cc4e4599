import Foundation

/// A user's query, parsed into terms that are searched together (AND).
///
/// Syntax (this version): plain words, `"a phrase"` (straight or curly double quotes), and `word*` for a
/// prefix. Everything else is text: FTS5 operators (`AND`, `NEAR`, `-`, `^`, `:`, parentheses) are searched
/// as words, and an unclosed quote quotes to the end. Each term becomes an FTS5 string, so no input can break
/// the MATCH syntax.
public struct SearchQuery: Sendable, Equatable {
    /// Above this the query is refused: FTS5 cost grows with each term and nobody types that many.
    public static let maxTerms = 64

    public enum Term: Sendable, Equatable {
        case word(String)
        case prefix(String)
        case phrase([String])
    }

    public var terms: [Term]

    public init(_ text: String) throws(QueryError) {
        var terms: [Term] = []
        func addWords(_ text: Substring) {
            for word in text.split(whereSeparator: { $0.isWhitespace }) {
                if word.count > 1, word.hasSuffix("*"), Self.isSearchable(String(word.dropLast())) {
                    terms.append(.prefix(String(word.drop(while: { $0 == "*" }).dropLast())))
                } else if Self.isSearchable(String(word)) {
                    terms.append(.word(String(word)))
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
            let phraseWords = rest[afterOpen..<close].split(whereSeparator: { $0.isWhitespace }).map(String.init)
                .filter(Self.isSearchable)
            if phraseWords.count == 1 {
                terms.append(.word(phraseWords[0]))
            } else if phraseWords.count > 1 {
                terms.append(.phrase(phraseWords))
            }
            rest = rest[rest.index(after: close)...]
        }
        addWords(rest)
        guard !terms.isEmpty else { throw .noSearchableWords(query: text) }
        let count = terms.reduce(0) { total, term in
            if case let .phrase(words) = term { return total + words.count }
            return total + 1
        }
        guard count <= Self.maxTerms else { throw .tooManyTerms(count: count, limit: Self.maxTerms) }
        self.terms = terms
    }

    /// The FTS5 MATCH expression: every term quoted as an FTS5 string, ANDed.
    public var matchPattern: String {
        terms.map { term in
            switch term {
            case let .word(word): Self.quoted(word)
            case let .prefix(word): Self.quoted(word) + " *"
            case let .phrase(words): Self.quoted(words.joined(separator: " "))
            }
        }.joined(separator: " AND ")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func isDoubleQuote(_ character: Character) -> Bool {
        character == "\"" || character == "“" || character == "”" || character == "„" || character == "«"
            || character == "»"
    }

    /// A word the tokenizer keeps at least one token of: it has a letter or a digit.
    static func isSearchable(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

