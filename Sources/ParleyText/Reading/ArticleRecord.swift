/// One article as read from an input file, before segmentation.
///
/// Every field but `title` and `text` is optional: exporters disagree on what they carry.
/// `published` is already normalised to ISO-8601 (see ``DateNormalizer``) or `nil`.
public struct ArticleRecord: Sendable, Equatable {
    /// The article's own id, when the input gives one (`id`).
    public var externalID: String?
    public var title: String
    /// The body: paragraphs separated by newlines; `\r\n` already folded to `\n`.
    public var text: String
    /// ISO-8601: `2025-12-03` for a date, `2025-12-03T10:15:00Z` (UTC) for a time.
    public var published: String?
    /// Outlet or agency name (`Reuters`, `valdorantimes.example`).
    public var source: String?
    public var url: String?
    public var byline: String?
    /// Where the record came from, for messages.
    public var location: InputLocation

    public init(
        externalID: String? = nil, title: String, text: String, published: String? = nil, source: String? = nil,
        url: String? = nil, byline: String? = nil, location: InputLocation
    ) {
        self.externalID = externalID
        self.title = title
        self.text = text
        self.published = published
        self.source = source
        self.url = url
        self.byline = byline
        self.location = location
    }

    /// The article's identity: its id if given, else its normalised URL, else the hash of its title and text
    /// (so that one text republished under two headlines is a wire copy, not a flip-flopping replacement).
    public var key: String {
        if let externalID, !externalID.isEmpty { return "id:" + externalID }
        if let url, let normalized = URLNormalizer.normalize(url) { return "url:" + normalized }
        return "hash:" + ContentHash.hex(of: title + "\u{0}" + text)
    }
}

/// A file and, when known, a line (JSON Lines, text files) or an item (JSON arrays) inside it.
public struct InputLocation: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// 1-based line number.
    public var line: Int?
    /// 0-based index in a JSON array file.
    public var item: Int?

    public init(path: String, line: Int? = nil, item: Int? = nil) {
        self.path = path
        self.line = line
        self.item = item
    }

    public var description: String {
        if let line { return "\(path):\(line)" }
        if let item { return "\(path)[\(item)]" }
        return path
    }
}

/// Something wrong with the input: reported, counted, never fatal.
public struct ReadIssue: Sendable, Equatable, CustomStringConvertible, Error {
    public enum Effect: Sendable, Equatable {
        /// The record (or the rest of the file) was not indexed.
        case skipped
        /// The record was indexed, minus the faulty field.
        case kept
    }

    public var location: InputLocation
    public var message: String
    public var effect: Effect

    public init(_ location: InputLocation, _ message: String, effect: Effect = .skipped) {
        self.location = location
        self.message = message
        self.effect = effect
    }

    /// `feeds/a.jsonl:123: not valid JSON (unexpected end of input); skipped`, one line: control characters
    /// from the input (a newline, NUL) are shown escaped (`\n`, `\u{0}`), never written raw.
    public var description: String {
        ("\(location): \(message)" + (effect == .skipped ? "; skipped" : "")).visibleControlCharacters
    }
}

extension String {
    /// The string with control characters written as escapes (`\n`, `\t`, `\r`, `\u{7}`): a message that quotes
    /// input stays one printable line.
    public var visibleControlCharacters: String {
        guard unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x09: result += "\\t"
            case 0x0D: result += "\\r"
            case 0..<0x20, 0x7F...0x9F: result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
