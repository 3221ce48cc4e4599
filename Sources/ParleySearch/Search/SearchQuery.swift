import Foundation
import ParleyText

/// A user's query, parsed into terms that are searched together (AND).
///
/// Syntax (this version): plain words, `"a phrase"` (straight or curly double quotes), and `word*` for a
/// prefix. Everything else is text: FTS5 operators (`AND`, `NEAR`, `-`, `^`, `:`, parentheses) are searched
/// as words, and an unclosed quote quotes to the end.
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

    public var terms: [Term]

    public init(_ text: String) throws(QueryError) {
        var terms: [Term] = []
        func addWords(_ text: Substring) {
            for word in text.split(whereSeparator: { $0.isWhitespace }) {
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
        let count = terms.reduce(0) { total, term in
            switch term {
            case .word: total + 1
            case let .phrase(tokens), let .prefix(tokens): total + tokens.count
            }
        }
        guard count <= Self.maxTerms else { throw .tooManyTerms(count: count, limit: Self.maxTerms) }
        self.terms = terms
    }

    /// The FTS5 MATCH expression: every term quoted as an FTS5 string, ANDed.
    public var matchPattern: String {
        terms.map { term in
            switch term {
            case let .word(token): Self.quoted(token)
            case let .phrase(tokens): Self.quoted(tokens.joined(separator: " "))
            case let .prefix(tokens): Self.quoted(tokens.joined(separator: " ")) + " *"
            }
        }.joined(separator: " AND ")
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
