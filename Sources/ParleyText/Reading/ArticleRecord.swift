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
///
/// The readers state the fact (``Problem``); its words are written here alone, in ``Problem/message``.
public struct ReadIssue: Sendable, Equatable, CustomStringConvertible, Error {
    public enum Effect: Sendable, Equatable {
        /// The record (or the rest of the file) was not indexed.
        case skipped
        /// The record was indexed, minus the faulty field.
        case kept
    }

    /// Where in a file invalid UTF-8 was found.
    public enum Unit: String, Sendable, Equatable {
        case line, element
    }

    /// What a date field held that is no date.
    public enum NotADate: String, Sendable, Equatable {
        case list = "a list"
        case object = "an object"
        case boolean = "true or false"
    }

    /// What is wrong.
    public enum Problem: Sendable, Equatable {
        // A path or a whole file.
        case noSuchFile
        case cannotListFolder(reason: String)
        /// The file could not be opened or read, was damaged (gzip), or holds an article over the size limit; with
        /// `fromHereOn`, after some of it was read.
        case unreadable(InputError, fromHereOn: Bool = false)
        case emptyFile
        /// A `.json` file that is neither an article object nor an array of them.
        case notArticles
        /// A `.json` file whose first character opens no array where one is read as an array.
        case notAnArray
        /// The array ends (the file ends) before its `]`, after `elements` whole elements: they are kept.
        case arrayNotClosed(elements: Int)

        // Bytes and JSON syntax.
        /// Invalid UTF-8: at 1-based `byte` of the `unit` when known.
        case notUTF8(byte: Int? = nil, unit: Unit? = nil)
        /// `reason`: the JSON parser's, in words (`unexpected end of input`).
        case notValidJSON(reason: String)
        /// A `.json` file of nothing but spaces.
        case emptyJSONFile
        /// Something after the array's `]`.
        case textAfterArray
        /// The file ends inside an element, before the array's `]`.
        case arrayEndsInElement
        /// Two commas, or a comma before `]`, with no element between.
        case missingElement
        /// A `]` or `}` closing nothing in an array: the rest of the file is not read.
        case unmatchedClosingBracket
        case lineTooLong(megabytes: Int)
        case elementTooLong(megabytes: Int)
        /// Valid JSON that is not an object: a JSON Lines line (`line`) or an array's element.
        case notAnObject(line: Bool)

        // One article's fields.
        case noArticleText
        /// A `.txt` article with a title and nothing after it.
        case noTextAfterTitle
        /// A date field holding a list, an object or a boolean (`holding`: `a list`, …): kept without a date.
        case dateNotADate(field: String, holding: NotADate)
        /// A date written in a way the normaliser does not read (`text` as written, when it is text; else a number
        /// in `field` that is no date): kept without a date.
        case dateNotUnderstood(text: String?, field: String)

        /// What a reader is told, after the location.
        public var message: String {
            switch self {
            case .noSuchFile: "no such file or directory"
            case let .cannotListFolder(reason): "cannot list folder (\(reason))"
            case let .unreadable(error, fromHereOn): error.message + (fromHereOn ? " from here on" : "")
            case .emptyFile: "empty file"
            case .notArticles: "not an article object or an array of them"
            case .notAnArray: "not an array"
            case let .arrayNotClosed(elements):
                "the file ends before the array's closing bracket, after \(elements) elements (cut short?)"
            case let .notUTF8(byte?, unit?): "not valid UTF-8 (byte \(byte) of the \(unit.rawValue))"
            case .notUTF8: "not valid UTF-8"
            case let .notValidJSON(reason): "not valid JSON (\(reason))"
            case .emptyJSONFile: "not valid JSON (empty file)"
            case .textAfterArray: "not valid JSON (text after the array's closing bracket)"
            case .arrayEndsInElement: "not valid JSON (unexpected end of input: the array is not closed)"
            case .missingElement: "not valid JSON (a missing element)"
            case .unmatchedClosingBracket:
                "not valid JSON (a closing bracket without its opening one); the rest of the file was not read"
            case let .lineTooLong(megabytes): "line of \(megabytes) MB is longer than the limit"
            case let .elementTooLong(megabytes): "element of \(megabytes) MB is longer than the limit"
            case .notAnObject(line: true): "not a JSON object (each line must hold one article object)"
            case .notAnObject(line: false): "not an article object"
            case .noArticleText: "no article text (expected one of text, maintext, body, content)"
            case .noTextAfterTitle: "no article text after the title"
            case let .dateNotADate(field, holding): "date in '\(field)' is \(holding.rawValue), not a date; kept empty"
            case let .dateNotUnderstood(text?, _): "date '\(text.prefix(40))' not understood; kept empty"
            case let .dateNotUnderstood(nil, field): "date in '\(field)' not understood; kept empty"
            }
        }

        /// Whether the record is still indexed: a bad date leaves it without one, an unclosed array keeps the
        /// elements read; anything else is skipped.
        public var effect: Effect {
            switch self {
            case .dateNotADate, .dateNotUnderstood, .arrayNotClosed: .kept
            default: .skipped
            }
        }
    }

    public var location: InputLocation
    public var problem: Problem

    public init(_ location: InputLocation, _ problem: Problem) {
        self.location = location
        self.problem = problem
    }

    public var message: String { problem.message }
    public var effect: Effect { problem.effect }

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
        guard unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return self
        }
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
