/// Why a query cannot run. `description` is one sentence for a user.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    /// Nothing searchable: only punctuation, operators or empty quotes.
    case noSearchableWords(query: String)
    /// A query longer than ``SearchQuery/maxTerms`` words.
    case tooManyTerms(count: Int, limit: Int)

    public var description: String {
        switch self {
        case let .noSearchableWords(query):
            "The query '\(query.prefix(60))' has no words to search for: use letters or digits."
        case let .tooManyTerms(count, limit):
            "The query has \(count) words; at most \(limit) are searched. Shorten it."
        }
    }
}
