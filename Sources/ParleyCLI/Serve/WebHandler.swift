import FlyingFox
import Foundation

/// Every request of `parley serve`: the page and its files, the OpenAPI document, and the API's endpoints.
struct WebHandler: HTTPHandler {
    let service: APIService

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path(percentEncoded: false)
        if let host = request.headers[.host], !service.hosts.contains(Self.hostName(host)) {
            return Self.json(
                APIError(
                    .forbidden,
                    "this server answers requests for \(service.hosts.sorted().joined(separator: ", ")), not '\(host.visibleControlCharacters)'"
                ))
        }
        guard request.method == .GET || request.method == .HEAD else {
            return Self.json(
                APIError(
                    .methodNotAllowed, "\(request.method.rawValue) is not answered here: the server only reads (GET)"))
        }
        if let asset = WebAssets.files[path] {
            return HTTPResponse(
                statusCode: .ok, headers: Self.headers(contentType: asset.type, cache: "no-cache"),
                body: Data(asset.body.utf8))
        }
        if path == "/openapi.json" {
            return HTTPResponse(
                statusCode: .ok,
                headers: Self.headers(contentType: "application/json; charset=utf-8", cache: "no-cache"),
                body: Data(OpenAPIDocument.json.utf8))
        }
        guard let endpoint = APIEndpoint.all.first(where: { $0.path == path }) else {
            return Self.json(
                APIError(
                    .notFound, "no page or endpoint at '\(path.visibleControlCharacters)' (the API: /openapi.json)"))
        }
        let items: [(name: String, value: String)]
        do {
            items = try Self.queryItems(request.target.query(percentEncoded: true))
        } catch {
            return Self.json(error)
        }
        let answer = await service.answer(endpoint, items: items)
        var headers = Self.headers(contentType: "application/json; charset=utf-8", cache: "no-store")
        if !answer.notes.isEmpty {
            // One line: a header holds no line break.
            headers[HTTPHeader("Parley-Notes")] = answer.notes.joined(separator: " | ").visibleControlCharacters
        }
        return HTTPResponse(statusCode: Self.status(answer.status), headers: headers, body: Data(answer.json))
    }

    /// `a=1&b=x+y&b=%C3%A9` as name–value pairs in order (`+` is a space, as forms send it), or a 400 for text
    /// that is not percent-encoded UTF-8.
    static func queryItems(_ query: String) throws(APIError) -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) throws(APIError) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                guard let decoded = spaced.removingPercentEncoding else {
                    throw APIError(.badRequest, "the query string is not percent-encoded UTF-8: '\(part.prefix(80))'")
                }
                return decoded
            }
            let name = try decode(pair[0])
            guard !name.isEmpty else { continue }
            items.append((name, pair.count > 1 ? try decode(pair[1]) : ""))
        }
        return items
    }

    /// `Host`'s name without its port: `localhost:8080` is `localhost`, `[::1]:8080` is `[::1]`.
    static func hostName(_ host: String) -> String {
        let trimmed = host.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") { return String(trimmed[...close]) }
        return String(trimmed.split(separator: ":", maxSplits: 1).first ?? "")
    }

    static func headers(contentType: String, cache: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = contentType
        headers[HTTPHeader("Cache-Control")] = cache
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        // The page runs only its own script and style: text from the index can never run as code.
        headers[HTTPHeader("Content-Security-Policy")] =
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        return headers
    }

    static func json(_ error: APIError) -> HTTPResponse {
        HTTPResponse(
            statusCode: status(error.status),
            headers: headers(contentType: "application/json; charset=utf-8", cache: "no-store"),
            body: Data(error.json.utf8))
    }

    static func status(_ code: Int) -> HTTPStatusCode {
        switch code {
        case 200: .ok
        case 400: .badRequest
        case 403: .forbidden
        case 404: .notFound
        case 405: .methodNotAllowed
        case 503: .serviceUnavailable
        default: .internalServerError
        }
    }
}
