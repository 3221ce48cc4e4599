import Foundation

/// Maps one JSON object from any of the exporters Parley accepts to an ``ArticleRecord``.
///
/// Field names, first non-empty wins:
/// - id: `id`
/// - title: `title`, `headline`
/// - text: `maintext` (news-please), `text`, `raw_text` (trafilatura), `body`, `content`
/// - date: `date_publish` (news-please), `published_at`, `published`, `date`, `pubdate`
/// - source: `source_domain` (news-please), `sitename` (trafilatura), `outlet`, `source` when it is not a URL,
///   `hostname`, else the URL's host
/// - url: `url`, `link`, else trafilatura's `source` when it is a URL
/// - byline: `authors` (news-please, an array), `author`, `byline`
///
/// Unknown fields are ignored.
enum RecordMapper {
    /// - Returns: the record, plus issues that did not stop it (an unparseable date);
    ///   or throws the reason the record must be skipped.
    static func record(from object: [String: Any], at location: InputLocation) throws(ReadIssue)
        -> (ArticleRecord, [ReadIssue])
    {
        var issues: [ReadIssue] = []
        guard
            let text = string(object, ["maintext", "text", "raw_text", "body", "content"], joiner: "\n\n")?
                .cleanedText(),
            text.contains(where: { !$0.isWhitespace })
        else {
            throw ReadIssue(location, .noArticleText)
        }
        let rawSource = string(object, ["source"])
        let sourceIsURL = rawSource.map(looksLikeURL) ?? false
        let url = string(object, ["url", "link"]) ?? (sourceIsURL ? rawSource : nil)
        var source =
            string(object, ["source_domain", "sitename", "outlet"])
            ?? (sourceIsURL ? nil : rawSource) ?? string(object, ["hostname"])
        if source == nil, let url, let normalized = URLNormalizer.normalize(url) {
            source = host(of: normalized)
        }
        var published: String?
        let dateKeys = ["date_publish", "published_at", "published", "date", "pubdate"]
        // `[2015]`, `{"y": 2015}`, `true`: a date field that holds no date is said so, not dropped in silence.
        if firstValue(object, dateKeys) == nil,
            let key = dateKeys.first(where: { object[$0] != nil && !(object[$0] is NSNull) && !(object[$0] is String) })
        {
            let holding: ReadIssue.NotADate =
                object[key] is [Any] ? .list : object[key] is [String: Any] ? .object : .boolean
            issues.append(ReadIssue(location, .dateNotADate(field: key, holding: holding)))
        }
        if let (key, value) = firstValue(object, dateKeys) {
            if let number = value as? NSNumber, !isBoolean(number) {
                published = DateNormalizer.normalize(epochSeconds: number.doubleValue)
            } else if let date = value as? String {
                published = DateNormalizer.normalize(date)
            }
            if published == nil {
                issues.append(ReadIssue(location, .dateNotUnderstood(text: value as? String, field: key)))
            }
        }
        let title = (string(object, ["title", "headline"]) ?? "").cleanedText()
        let record = ArticleRecord(
            externalID: string(object, ["id"]),
            title: title.trimmingWhitespace(),
            text: text,
            published: published,
            source: source?.trimmingWhitespace(),
            url: url?.trimmingWhitespace(),
            byline: string(object, ["authors", "author", "byline"]),
            location: location
        )
        return (record, issues)
    }

    /// The first key holding a non-blank string or a number, with its key.
    private static func firstValue(_ object: [String: Any], _ keys: [String]) -> (String, Any)? {
        for key in keys {
            switch object[key] {
            case let value as String where value.contains(where: { !$0.isWhitespace }): return (key, value)
            case let value as NSNumber: return (key, value)
            default: continue
            }
        }
        return nil
    }

    /// JSON `true`/`false`: Foundation's booleans are `char`-typed numbers (`0` and `1` are `Int`s).
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    /// The first key holding a non-blank string; numbers become strings, arrays of strings are joined (by
    /// `joiner`: a list of paragraphs is text, a list of authors a byline).
    private static func string(_ object: [String: Any], _ keys: [String], joiner: String = ", ") -> String? {
        for key in keys {
            switch object[key] {
            case let value as String where value.contains(where: { !$0.isWhitespace }):
                return value
            case let value as NSNumber where !isBoolean(value):
                return value.stringValue
            case let values as [Any]:
                let parts = values.compactMap { $0 as? String }.filter { !$0.isEmpty }
                if !parts.isEmpty { return parts.joined(separator: joiner) }
            default:
                continue
            }
        }
        return nil
    }

    private static func looksLikeURL(_ value: String) -> Bool {
        value.hasPrefix("http://") || value.hasPrefix("https://")
    }

    private static func host(of normalizedURL: String) -> String? {
        guard let start = normalizedURL.range(of: "://")?.upperBound else { return nil }
        let rest = normalizedURL[start...]
        let host = rest.prefix { $0 != "/" && $0 != "?" }
        return host.isEmpty ? nil : String(host.hasPrefix("www.") ? host.dropFirst(4) : host)
    }
}

extension String {
    /// `\r\n` and lone `\r` become `\n`, so offsets mean the same on every platform.
    func foldingLineEnds() -> String {
        guard utf8.contains(0x0D) else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The text as Parley stores it: line ends folded, and every other C0 control character (NUL ends strings
    /// inside SQLite; others would clash with highlight markers) replaced by a space, which keeps offsets simple.
    func cleanedText() -> String {
        let folded = foldingLineEnds()
        guard folded.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F }) else {
            return folded
        }
        return String(
            decoding: folded.utf8.map { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F ? 0x20 : $0 },
            as: UTF8.self)
    }
}
