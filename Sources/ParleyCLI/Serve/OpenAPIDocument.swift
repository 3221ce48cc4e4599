/// The OpenAPI 3.1 document `parley serve` answers at `/openapi.json`: the endpoints and their parameters from
/// ``APIEndpoint/all`` (so the document cannot drift from what the server takes), the records of docs/output.md.
enum OpenAPIDocument {
    static let json = JSONOutput.line(document) + "\n"

    static var document: [String: Any] {
        var paths: [String: Any] = [:]
        for endpoint in APIEndpoint.all {
            var parameters: [[String: Any]] = []
            if endpoint.query != .none {
                parameters.append([
                    "name": "q", "in": "query", "required": endpoint.query == .required,
                    "description": "The query: words, \"phrases\", prefix*, OR, -excluded, (groups), NEAR(a b, 10), "
                        + "SENTENCE(a b) and fields (speaker:name, source:…, since:2015-09), as on the command line.",
                    "schema": ["type": "string"],
                ])
            }
            for parameter in endpoint.parameters {
                var schema = valueSchema(parameter.type)
                if parameter.name == "limit" {
                    schema["minimum"] = 1
                    schema["maximum"] = APIEndpoint.maxLimit
                }
                if parameter.name == "offset" { schema["minimum"] = 0 }
                if parameter.form == .repeated { schema = ["type": "array", "items": schema] }
                var entry: [String: Any] = [
                    "name": parameter.name, "in": "query", "description": parameter.help, "schema": schema,
                    "required": parameter.form == .positional,
                ]
                if parameter.form == .repeated {
                    entry["style"] = "form"
                    entry["explode"] = true
                }
                parameters.append(entry)
            }
            var responses: [String: Any] = [
                "200": [
                    "description": "What `parley \(endpoint.commandName) --format json` prints (docs/output.md).",
                    "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(endpoint.schema)"]]],
                ],
                "400": errorResponse("A parameter or the query is not valid: the message says which and why."),
                "503": errorResponse("The query took longer than the server's time limit, or the server is busy."),
            ]
            if endpoint.path == "/api/article" { responses["404"] = errorResponse("No article has that id.") }
            paths[endpoint.path] = [
                "get": [
                    "summary": endpoint.summary, "operationId": String(endpoint.path.dropFirst(5)),
                    "parameters": parameters, "responses": responses,
                ] as [String: Any]
            ]
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Parley", "version": Parley.version,
                "description": "Search diplomatic news coverage: passages, quotations with their speakers, "
                    + "entities and timelines, read-only, from one Parley index. Every endpoint answers what the "
                    + "command of the same name prints with --format json.",
            ] as [String: Any],
            "paths": paths,
            "components": ["schemas": schemas],
        ]
    }

    private static func valueSchema(_ type: APIEndpoint.ValueType) -> [String: Any] {
        switch type {
        case .string: ["type": "string"]
        case .integer: ["type": "integer"]
        case .number: ["type": "number"]
        case .boolean: ["type": "boolean"]
        case let .oneOf(values): ["type": "string", "enum": values]
        }
    }

    private static func errorResponse(_ description: String) -> [String: Any] {
        [
            "description": description,
            "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
        ]
    }

    private static func object(_ properties: [String: Any], required: [String]? = nil) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required ?? properties.keys.sorted()]
    }

    private static var text: [String: Any] { ["type": "string"] }
    private static var optionalText: [String: Any] { ["type": ["string", "null"]] }
    private static var integer: [String: Any] { ["type": "integer"] }
    private static var numberValue: [String: Any] { ["type": "number"] }
    private static var boolean: [String: Any] { ["type": "boolean"] }

    private static func list(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }
    private static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static var schemas: [String: Any] {
        let facet = object(["value": text, "passages": integer])
        let summary = object(
            [
                "matches": integer, "distinct": ["type": ["integer", "null"]], "count_exact": boolean,
                "counted": integer, "count_margin": integer, "ranked_by": text, "facets_of_all": boolean,
                "facets": object(
                    Dictionary(
                        uniqueKeysWithValues: [
                            "speakers", "people", "places", "organizations", "sources", "years",
                        ].map { ($0, list(facet)) })),
            ],
            required: ["matches", "distinct", "count_exact", "counted", "count_margin", "ranked_by", "facets_of_all"])
        let passage = object(
            [
                "rank": integer, "article_id": text, "title": text, "source": optionalText, "date": optionalText,
                "url": optionalText, "start": integer, "end": integer, "text": text, "highlighted": text,
                "marks": list(list(integer)), "speakers": list(text), "score": numberValue,
                "starts_mid_sentence": boolean, "ends_mid_sentence": boolean,
                "turn": [
                    "oneOf": [["type": "null"], object(["label": text, "speaker": optionalText, "question": boolean])]
                ],
                "copies": list(text), "explanation": list(text),
            ],
            required: [
                "rank", "article_id", "title", "source", "date", "url", "start", "end", "text", "highlighted", "marks",
                "speakers", "score", "starts_mid_sentence", "ends_mid_sentence", "turn", "copies",
            ])
        let copy = object(["article_id": text, "source": optionalText, "date": optionalText])
        let quote = object(
            [
                "rank": integer, "quote": text, "kind": text, "speaker": optionalText, "speaker_kind": optionalText,
                "speaker_mention": optionalText, "cue": optionalText, "attribution": optionalText,
                "method": optionalText, "confidence": numberValue, "article_id": text, "title": text,
                "source": optionalText, "date": optionalText, "url": optionalText, "start": integer, "end": integer,
                "copies": list(copy), "explanation": list(text),
            ],
            required: [
                "rank", "quote", "kind", "speaker", "speaker_kind", "speaker_mention", "cue", "attribution", "method",
                "confidence", "article_id", "title", "source", "date", "url", "start", "end", "copies",
            ])
        return [
            "Error": object(["error": object(["status": integer, "message": text])]),
            // `passages` is left out with `count=true`.
            "SearchAnswer": object(["passages": list(passage), "summary": summary], required: ["summary"]),
            "CountAnswer": object(["summary": summary]),
            "QuotesAnswer": ["oneOf": [object(["quotes": list(quote)]), object(["count": integer, "unit": text])]],
            "SpeakersAnswer": object([
                "speakers": list(
                    object([
                        "rank": integer, "speaker": text, "kind": text, "statements": integer, "articles": integer,
                    ]))
            ]),
            "EntitiesAnswer": object([
                "entities": list(
                    object([
                        "rank": integer, "entity": text, "kind": text, "passages": integer, "articles": integer,
                    ]))
            ]),
            "TimelineAnswer": object([
                "by": text, "unit": text,
                "periods": list(object(["period": text, "matches": integer, "total": integer, "share": numberValue])),
            ]),
            "Article": object([
                "article_id": text, "title": text, "source": optionalText, "date": optionalText, "url": optionalText,
                "byline": optionalText, "text": text, "copies": list(copy),
                "quotations": list(
                    object([
                        "start": integer, "end": integer, "kind": text, "speaker": optionalText,
                        "speaker_kind": optionalText, "speaker_mention": optionalText, "cue": optionalText,
                        "method": optionalText, "confidence": numberValue,
                    ])),
                "entities": list(object(["name": text, "kind": text, "mentions": list(list(integer))])),
            ]),
            "Stats": ["type": "object", "description": "docs/output.md's stats object."],
        ]
    }
}
