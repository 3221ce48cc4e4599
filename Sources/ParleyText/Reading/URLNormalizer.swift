/// Normalises article URLs so that one article read from two exports gets one key.
///
/// Rules: trim white space; scheme and host lower-case; no fragment; no trailing slash on the path.
/// Everything else (path case, query order) is kept: servers may treat it as significant.
public enum URLNormalizer {
    /// - Returns: the normalised URL, or `nil` when `url` is empty or has no `scheme://host`.
    public static func normalize(_ url: String) -> String? {
        var text = Substring(url.trimmingWhitespace())
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        let rest = text[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let host = rest[..<hostEnd]
        guard !host.isEmpty else { return nil }
        var tail = String(rest[hostEnd...])
        let queryStart = tail.firstIndex(of: "?") ?? tail.endIndex
        var path = String(tail[..<queryStart])
        let query = String(tail[queryStart...])
        while path.hasSuffix("/") { path.removeLast() }
        tail = path + query
        return scheme.lowercased() + "://" + host.lowercased() + tail
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space and newlines.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!  // exists: `first` does
        return String(self[first...last])
    }
}
