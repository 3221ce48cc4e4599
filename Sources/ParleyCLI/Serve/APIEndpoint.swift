import ArgumentParser
import Foundation

/// One JSON endpoint of `parley serve`: the command it runs and the parameters it takes. Each parameter is the
/// command's option of the same name, so an answer is exactly what `parley COMMAND --format json` prints (the same
/// schemas, docs/output.md), and the command's own validation answers a bad value.
struct APIEndpoint: Sendable {
    /// How a parameter becomes arguments.
    enum Form: Sendable {
        /// `--name=value`.
        case value
        /// `--name=value` for each time it is given (`speaker=a&speaker=b`).
        case repeated
        /// `--name` when `true`/`1`/empty, nothing when `false`/`0`.
        case flag
        /// The command's argument (after `--`, so that it may begin with `-`).
        case positional
    }

    /// The value's type, for the OpenAPI document.
    enum ValueType: Sendable {
        case string, integer, number, boolean
        case oneOf([String])
    }

    struct Parameter: Sendable {
        var name: String
        var form: Form
        var type: ValueType
        var help: String
    }

    /// Whether the endpoint takes the query language's `q`.
    enum QueryUse: Sendable { case none, optional, required }

    var path: String
    var summary: String
    var command: any ParsableCommand.Type
    var query: QueryUse
    var parameters: [Parameter]
    /// Arguments always given: `--format json`, and what makes the endpoint (`--facets --count`).
    var fixed: [String]
    /// `limit` when the request gives none (the formats for programs would otherwise list every result).
    var defaultLimit: Int?
    /// The largest `limit` a request may ask for.
    static let maxLimit = 200

    /// The command's name (`search`), as the OpenAPI document names it.
    var commandName: String { command.configuration.commandName ?? "" }

    /// The record the answer holds, named as in the OpenAPI document's schemas.
    var schema: String

    /// The command's arguments for a request's query items, or the 400 that says what is wrong with them.
    func arguments(_ items: [(name: String, value: String)]) throws(APIError) -> [String] {
        var arguments = ["--format=json"] + fixed
        var words: String?
        var positional: [String] = []
        var seen: Set<String> = []
        for (name, value) in items {
            if name == "q", query != .none {
                guard words == nil else { throw APIError(.badRequest, "give 'q' once") }
                words = value
                continue
            }
            guard let parameter = parameters.first(where: { $0.name == name }) else {
                let known = (query == .none ? [] : ["q"]) + parameters.map(\.name)
                throw APIError(
                    .badRequest,
                    "unknown parameter '\(name.visibleControlCharacters)' for \(path)"
                        + (known.isEmpty ? " (it takes none)" : " (it takes \(known.joined(separator: ", ")))"))
            }
            if parameter.form != .repeated {
                guard seen.insert(name).inserted else { throw APIError(.badRequest, "give '\(name)' once") }
            }
            switch parameter.form {
            case .value, .repeated:
                if name == "limit", let limit = Int(value), limit > Self.maxLimit {
                    throw APIError(
                        .badRequest, "'limit' is at most \(Self.maxLimit) here: ask for the next page with 'offset'")
                }
                arguments.append("--\(name)=\(value)")
            case .positional:
                positional.append(value)
            case .flag:
                switch value.lowercased() {
                case "", "1", "true", "yes", "on": arguments.append("--\(name)")
                case "0", "false", "no", "off": break
                default:
                    throw APIError(
                        .badRequest, "'\(name)' is true or false; got '\(value.visibleControlCharacters)'")
                }
            }
        }
        if let defaultLimit, !seen.contains("limit") { arguments.append("--limit=\(defaultLimit)") }
        switch (query, words) {
        case (.required, nil):
            throw APIError(.badRequest, "give a query: \(path)?q=WORDS")
        case (_, let words?):
            // A leading space when it begins with `-` (`-nuclear Iran`): the argument is the query's, not an option.
            arguments.append(words.hasPrefix("-") ? " " + words : words)
        default: break
        }
        for parameter in parameters where parameter.form == .positional && !seen.contains(parameter.name) {
            throw APIError(.badRequest, "give '\(parameter.name)': \(path)?\(parameter.name)=…")
        }
        return positional.isEmpty ? arguments : arguments + ["--"] + positional
    }
}

/// An answer other than 200, with the one line that says why (`{"error": {"status": 400, "message": "…"}}`).
struct APIError: Error, Sendable {
    var status: Int
    var message: String

    init(_ status: Status, _ message: String) {
        self.status = status.rawValue
        self.message = message
    }

    enum Status: Int {
        case badRequest = 400, forbidden = 403, notFound = 404, methodNotAllowed = 405, internalError = 500
        case unavailable = 503
    }

    var json: String {
        JSONOutput.line(["error": ["status": status, "message": message] as [String: Any]]) + "\n"
    }
}

extension APIEndpoint {
    private static let narrowing: [Parameter] = [
        Parameter(
            name: "speaker", form: .repeated, type: .string, help: "Only quotations by this speaker (any of them)."),
        Parameter(
            name: "entity", form: .repeated, type: .string,
            help: "Only passages that mention this person, place or organization (any of them)."),
        Parameter(
            name: "source", form: .repeated, type: .string, help: "Only articles from this source (any of them)."),
        Parameter(
            name: "since", form: .value, type: .string,
            help: "Only articles published on or after this day (2015-09-01, 2015-09 or 2015)."),
        Parameter(name: "until", form: .value, type: .string, help: "Only articles published on or before this day."),
    ]

    private static func paging(_ what: String) -> [Parameter] {
        [
            Parameter(name: "limit", form: .value, type: .integer, help: "How many \(what) (at most \(maxLimit))."),
            Parameter(name: "offset", form: .value, type: .integer, help: "Skip this many \(what) first (paging)."),
        ]
    }

    private static let sort = Parameter(
        name: "sort", form: .value, type: .oneOf(["relevance", "date"]),
        help: "relevance (best first) or date (newest first, the same day by score).")

    /// Every endpoint, in the order the OpenAPI document lists them.
    static let all: [APIEndpoint] = [
        APIEndpoint(
            path: "/api/search", summary: "The passages that match a query, best first (parley search).",
            command: SearchCommand.self, query: .required,
            parameters: narrowing + paging("passages") + [
                sort,
                Parameter(
                    name: "min-confidence", form: .value, type: .number,
                    help: "With speaker, only their quotations found with at least this confidence (0 to 1)."),
                Parameter(
                    name: "facets", form: .flag, type: .boolean,
                    help: "Also count the matches by speaker, person, place, organization, source and year."),
                Parameter(
                    name: "all-copies", form: .flag, type: .boolean,
                    help: "List a passage repeated by other articles once each."),
                Parameter(name: "exact", form: .flag, type: .boolean, help: "Score and count every match."),
                Parameter(name: "count", form: .flag, type: .boolean, help: "Only the summary: how many match."),
                Parameter(name: "explain", form: .flag, type: .boolean, help: "Each passage's score, part by part."),
            ],
            fixed: [], defaultLimit: 20, schema: "SearchAnswer"),
        APIEndpoint(
            path: "/api/facets",
            summary: "How many passages match, by speaker, person, place, organization, source and year "
                + "(parley search --facets --count).",
            command: SearchCommand.self, query: .required,
            parameters: narrowing + [
                Parameter(name: "exact", form: .flag, type: .boolean, help: "Count and facet every match.")
            ],
            fixed: ["--facets", "--count"], defaultLimit: nil, schema: "CountAnswer"),
        APIEndpoint(
            path: "/api/quotes", summary: "The quotations that match, each statement once (parley quotes).",
            command: QuotesCommand.self, query: .optional,
            parameters: narrowing + paging("quotations") + [
                sort,
                Parameter(
                    name: "about", form: .repeated, type: .string,
                    help: "Only quotations whose words mention this person, place or organization."),
                Parameter(
                    name: "kind", form: .repeated, type: .oneOf(["full", "partial", "turn", "other"]),
                    help: "Only this kind of quotation (any of them)."),
                Parameter(
                    name: "min-confidence", form: .value, type: .number,
                    help: "Only quotations attributed with at least this confidence (0 to 1)."),
                Parameter(name: "all-kinds", form: .flag, type: .boolean, help: "Include scare quotes and titles."),
                Parameter(
                    name: "all-copies", form: .flag, type: .boolean,
                    help: "Every article's copy of a statement, not each statement once."),
                Parameter(name: "count", form: .flag, type: .boolean, help: "Only how many match."),
                Parameter(name: "explain", form: .flag, type: .boolean, help: "Why each speaker won."),
            ],
            fixed: [], defaultLimit: 20, schema: "QuotesAnswer"),
        APIEndpoint(
            path: "/api/speakers", summary: "The speakers quoted in the index, most quoted first (parley speakers).",
            command: SpeakersCommand.self, query: .none,
            parameters: paging("speakers") + [
                Parameter(
                    name: "about", form: .repeated, type: .string,
                    help: "Count only the quotations whose words mention this person, place or organization.")
            ],
            fixed: [], defaultLimit: 50, schema: "SpeakersAnswer"),
        APIEndpoint(
            path: "/api/entities",
            summary: "The people, places and organizations mentioned, most first (parley entities).",
            command: EntitiesCommand.self, query: .none,
            parameters: paging("entities") + [
                Parameter(
                    name: "kind", form: .value, type: .oneOf(MentionKindArgument.allCases.map(\.rawValue)),
                    help: "Only this kind.")
            ],
            fixed: [], defaultLimit: 50, schema: "EntitiesAnswer"),
        APIEndpoint(
            path: "/api/timeline", summary: "How many passages (or statements) match in each period (parley timeline).",
            command: TimelineCommand.self, query: .required,
            parameters: narrowing + [
                Parameter(
                    name: "by", form: .value, type: .oneOf(["day", "week", "month", "year"]),
                    help: "The period (month unless given)."),
                Parameter(
                    name: "quotes", form: .flag, type: .boolean,
                    help: "Count statements (full and partial quotations, copies once), not passages."),
            ],
            fixed: [], defaultLimit: nil, schema: "TimelineAnswer"),
        APIEndpoint(
            path: "/api/article",
            summary: "One article with its quotations and the entities it mentions (parley article).",
            command: ArticleCommand.self, query: .none,
            parameters: [
                Parameter(
                    name: "id", form: .positional, type: .string,
                    help: "The article id search and quotes give (article_id).")
            ],
            fixed: [], defaultLimit: nil, schema: "Article"),
        APIEndpoint(
            path: "/api/stats", summary: "What the index holds (parley stats).",
            command: StatsCommand.self, query: .none, parameters: [],
            fixed: [], defaultLimit: nil, schema: "Stats"),
    ]
}
