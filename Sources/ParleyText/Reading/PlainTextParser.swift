/// Reads a `.txt` article: the first non-blank line is the title; then optional `Key: value` header lines
/// (`Date`, `Published`, `Source`, `Outlet`, `URL`, `Author`, `By`, `Byline`, `ID`) up to the first blank
/// line; the rest is the body.
///
/// A line after the title that is not a known header starts the body, so a file with no header reads as
/// title + body.
enum PlainTextParser {
    private struct Header {
        var date: String?, source: String?, url: String?, author: String?, id: String?

        /// Stores `value` under `key`; `false` when `key` is not a header name.
        mutating func set(_ key: String, _ value: String) -> Bool {
            switch key {
            case "date", "published": date = value
            case "source", "outlet": source = value
            case "url", "link": url = value
            case "author", "by", "byline": author = value
            case "id": id = value
            default: return false
            }
            return true
        }
    }

    static func events(forFile bytes: [UInt8], path: String) -> [ReadEvent] {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Validator.firstInvalidByte(in: bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return [.issue(ReadIssue(InputLocation(path: path, line: line), .notUTF8()))]
        }
        let text = String(decoding: bytes, as: UTF8.self).cleanedText()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count, lines[index].trimmingWhitespace().isEmpty { index += 1 }
        guard index < lines.count else {
            return [.issue(ReadIssue(InputLocation(path: path), .emptyFile))]
        }
        let title = lines[index].trimmingWhitespace()
        index += 1
        var header = Header()
        while index < lines.count, let (key, value) = headerLine(lines[index]), header.set(key, value) {
            index += 1
        }
        let body = lines[index...].joined(separator: "\n").trimmingWhitespace()
        let location = InputLocation(path: path)
        guard !body.isEmpty else {
            return [.issue(ReadIssue(location, .noTextAfterTitle))]
        }
        var events: [ReadEvent] = []
        var published: String?
        if let date = header.date {
            published = DateNormalizer.normalize(date)
            if published == nil {
                events.append(.issue(ReadIssue(location, .dateNotUnderstood(text: date, field: "Date"))))
            }
        }
        let record = ArticleRecord(
            externalID: header.id, title: title, text: body, published: published, source: header.source,
            url: header.url, byline: header.author, location: location)
        events.append(.article(record))
        return events
    }

    /// `Key: value` → (`key`, `value`); `nil` when the line has no colon or an empty value.
    private static func headerLine(_ line: Substring) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingWhitespace().lowercased()
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        return key.isEmpty || value.isEmpty ? nil : (key, value)
    }
}
