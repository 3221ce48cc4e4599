import ParleyText

/// Why a query cannot run. `description` is one sentence for a user.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    /// Nothing searchable: only punctuation, operators or empty quotes.
    case noSearchableWords(query: String)
    /// A query longer than ``SearchQuery/maxTerms`` words.
    case tooManyTerms(count: Int, limit: Int)
    /// A prefix shorter than ``SearchQuery/minimumPrefixLength`` (`a*`).
    case prefixTooShort(prefix: String, minimum: Int)
    /// More than ``SearchQuery/maxPrefixes`` prefixes in one query.
    case tooManyPrefixes(count: Int, limit: Int)
    /// Only excluded terms (`-iran`): nothing to look for.
    case onlyExcluded(query: String)
    /// A `(` without its `)`, or a `)` without its `(`, at a column of the query (1-based characters).
    case unbalancedParenthesis(column: Int)
    /// A grouping the query language cannot express, at a column.
    case unsupportedGrouping(column: Int, reason: String)
    /// A malformed `NEAR(…)`, at a column.
    case badNear(column: Int, reason: String)
    /// A malformed `SENTENCE(…)`, at a column.
    case badSentence(column: Int, reason: String)
    /// A field written in the query that the command does not take, or whose value is wrong.
    case badField(name: String, reason: String)
    /// `--speaker` matches several speakers: the user must choose.
    case ambiguousSpeaker(name: String, candidates: [String])
    /// `--speaker` matches nobody who is quoted in the index.
    case unknownSpeaker(name: String, suggestion: String?)
    /// `--entity` matches several people, places or organisations: the user must choose.
    case ambiguousEntity(name: String, candidates: [String])
    /// `--entity` matches nothing that is mentioned in the index.
    case unknownEntity(name: String, suggestion: String?)

    public var description: String {
        switch self {
        case let .noSearchableWords(query):
            "The query '\(Self.shown(query))' has no words to search for: use letters or digits "
                + "(words over \(Tokenizer.maxTokenBytes) bytes are not indexed)."
        case let .onlyExcluded(query):
            "The query '\(Self.shown(query))' only excludes words: give at least one word to look for."
        case let .unbalancedParenthesis(column):
            "Unbalanced parenthesis at column \(column) of the query."
        case let .unsupportedGrouping(column, reason):
            "Cannot group the query at column \(column): \(reason)."
        case let .badNear(column, reason):
            "NEAR at column \(column) of the query: \(reason)."
        case let .badSentence(column, reason):
            "SENTENCE at column \(column) of the query: \(reason)."
        case let .badField(name, reason):
            "The field '\(name):' in the query: \(reason)."
        case let .tooManyTerms(count, limit):
            "The query has \(count) words; at most \(limit) are searched. Shorten it."
        case let .prefixTooShort(prefix, minimum):
            "The prefix '\(Self.shown(prefix))' is too short: a prefix needs at least \(minimum) letters or digits "
                + "(shorter ones match too many words to search)."
        case let .tooManyPrefixes(count, limit):
            "The query has \(count) prefixes (word*); at most \(limit) are searched. Use fewer or whole words."
        case let .ambiguousSpeaker(name, candidates), let .ambiguousEntity(name, candidates):
            "'\(Self.shown(name))' could be \(candidates.prefix(8).map { "'\($0)'" }.joined(separator: ", "))"
                + (candidates.count > 8 ? " and \(candidates.count - 8) more" : "") + ". Give the full name."
        case let .unknownSpeaker(name, suggestion):
            "No quoted speaker matches '\(Self.shown(name))'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + " 'parley speakers' lists them."
        case let .unknownEntity(name, suggestion):
            "No mentioned person, place or organization matches '\(Self.shown(name))'."
                + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " 'parley entities' lists them."
        }
    }

    /// User text in a one-line message: control characters as spaces, at most 60 characters.
    static func shown(_ text: String) -> String {
        let flat = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map {
                    $0.properties.generalCategory == .control ? " " : $0
                }))
        return flat.count > 60 ? flat.prefix(60) + "…" : flat
    }
}
