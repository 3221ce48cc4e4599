import Foundation

/// What the reader hands downstream, in input order.
public enum ReadEvent: Sendable {
    /// A file (or standard input) is about to be read.
    case fileStarted(path: String)
    case article(ArticleRecord)
    /// Something wrong in the input; reading goes on.
    case issue(ReadIssue)
    /// More bytes of input consumed (decompressed), for progress reports.
    case bytesRead(Int)
}

/// Reads articles from files, directories and standard input, one record at a time.
///
/// Formats by file name (case-insensitive), each optionally gzip-compressed (`.gz`):
/// - `.jsonl`, `.ndjson`, `.json` whose first byte is not `[` or `{` followed by a newline-free object: JSON Lines,
///   one article object per line
/// - `.json`: one article object, or an array of them
/// - `.txt`: plain text, see ``PlainTextParser``
/// - `-`: JSON Lines on standard input
///
/// Directories are walked recursively in name order; files with other extensions and hidden files are
/// passed over. Nothing here throws: every problem becomes a ``ReadIssue`` event and reading goes on.
public struct ArticleReader: Sendable {
    /// The largest article read: a JSON Lines line, an array's element, a whole `.txt` or one-object `.json` file.
    /// Indexing holds about ten times an article's size while it segments and extracts it (184 MB peak for a 16 MB
    /// article, 601 MB for 61 MB), so this bound keeps any input under the 300 MB docs/performance.md promises.
    public static let maxArticleBytes = 16 << 20

    public enum Format: Sendable, Equatable {
        case jsonLines, json, plainText
    }

    public init() {}

    /// The format a path is read as, or `nil` when the reader passes it over.
    public static func format(of path: String) -> Format? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") { return .jsonLines }
        if name.hasSuffix(".json") { return .json }
        if name.hasSuffix(".txt") { return .plainText }
        return nil
    }

    /// Reads every path in order, calling `handle` for each event; stops early when `handle` throws
    /// (and rethrows that error).
    public func read<E: Error>(paths: [String], handle: (ReadEvent) throws(E) -> Void) throws(E) {
        for path in paths {
            if path == "-" {
                try readFile(path: nil, shownAs: "<stdin>", format: .jsonLines, handle: handle)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try handle(.issue(ReadIssue(InputLocation(path: path), .noSuchFile)))
                continue
            }
            if isDirectory.boolValue {
                try readDirectory(path, handle: handle)
            } else {
                // A file named on the command line is read even with an unknown extension, as JSON Lines.
                try readFile(path: path, shownAs: path, format: Self.format(of: path) ?? .jsonLines, handle: handle)
            }
        }
    }

    private func readDirectory<E: Error>(_ root: String, handle: (ReadEvent) throws(E) -> Void) throws(E) {
        var problems: [ReadIssue] = []
        var visited = Set<String>()
        let files = Self.files(under: root, visited: &visited, problems: &problems)
        for problem in problems { try handle(.issue(problem)) }
        for file in files {
            guard let format = Self.format(of: file) else { continue }
            try readFile(path: file, shownAs: file, format: format, handle: handle)
        }
    }

    /// Regular files under `root`, depth first, sorted by name; hidden entries skipped. A folder reached twice
    /// (through a symbolic link) is read once; a folder that cannot be listed is reported.
    static func files(under root: String, visited: inout Set<String>, problems: inout [ReadIssue]) -> [String] {
        let manager = FileManager.default
        let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        guard let real = realPath(base), visited.insert(real).inserted else { return [] }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: base).sorted()
        } catch {
            problems.append(
                ReadIssue(InputLocation(path: base), .cannotListFolder(reason: (error as NSError).localizedDescription))
            )
            return []
        }
        var result: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = base + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result += files(under: path, visited: &visited, problems: &problems)
            } else {
                if let realFile = realPath(path), visited.insert(realFile).inserted { result.append(path) }
            }
        }
        return result
    }

    private func readFile<E: Error>(
        path: String?, shownAs shown: String, format: Format, handle: (ReadEvent) throws(E) -> Void
    ) throws(E) {
        try handle(.fileStarted(path: shown))
        let stream: InputStream
        do {
            stream = try InputStream(path: path)
        } catch {
            try handle(.issue(ReadIssue(InputLocation(path: shown), .unreadable(error))))
            return
        }
        switch format {
        case .jsonLines: try readJSONLines(stream, shown: shown, handle: handle)
        case .json: try readJSONFile(stream, shown: shown, handle: handle)
        case .plainText: try readWholeFile(stream, shown: shown, format: format, handle: handle)
        }
    }

    /// Reads JSON Lines from `stream`, whose first `from` lines were read already.
    private func readJSONLines<E: Error>(
        _ stream: InputStream, shown: String, from: Int = 0, handle: (ReadEvent) throws(E) -> Void
    ) throws(E) {
        var lineNumber = from
        var reported = 0
        while true {
            let line: InputStream.Line?
            do {
                line = try stream.nextLine()
            } catch {
                try handle(
                    .issue(
                        ReadIssue(
                            InputLocation(path: shown, line: lineNumber + 1), .unreadable(error, fromHereOn: true))))
                return
            }
            guard let line else { break }
            lineNumber += 1
            let location = InputLocation(path: shown, line: lineNumber)
            switch line {
            case let .tooLong(byteCount):
                try handle(.issue(ReadIssue(location, .lineTooLong(megabytes: byteCount >> 20))))
            case let .bytes(bytes):
                for event in Self.events(forJSONLine: bytes, at: location) { try handle(event) }
            }
            if stream.bytesRead - reported >= 1 << 20 {
                try handle(.bytesRead(stream.bytesRead - reported))
                reported = stream.bytesRead
            }
        }
        try handle(.bytesRead(stream.bytesRead - reported))
    }

    /// Parses one JSON Lines line; blank lines give nothing.
    static func events(forJSONLine bytes: [UInt8], at location: InputLocation) -> [ReadEvent] {
        var bytes = bytes
        if location.line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return [] }
        return events(
            forObject: bytes, at: location, unit: .line,
            notAnObject: .notAnObject(line: true))
    }

    /// One article object's bytes (a JSON Lines line, an array's element) as its events; `unit` names it in the
    /// UTF-8 issue, `notAnObject` is the issue for valid JSON that is not an object.
    private static func events(
        forObject bytes: [UInt8], at location: InputLocation, unit: ReadIssue.Unit, notAnObject: ReadIssue.Problem
    )
        -> [ReadEvent]
    {
        if let bad = UTF8Validator.firstInvalidByte(in: bytes) {
            return [.issue(ReadIssue(location, .notUTF8(byte: bad + 1, unit: unit)))]
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return [.issue(ReadIssue(location, .notValidJSON(reason: JSONDiagnosis.reason(for: error, in: bytes))))]
        }
        guard let dictionary = object as? [String: Any] else { return [.issue(ReadIssue(location, notAnObject))] }
        return mapped(dictionary, at: location)
    }

    private static func mapped(_ object: [String: Any], at location: InputLocation) -> [ReadEvent] {
        do {
            let (record, issues) = try RecordMapper.record(from: object, at: location)
            return issues.map(ReadEvent.issue) + [.article(record)]
        } catch {
            return [.issue(error)]
        }
    }

    private func readWholeFile<E: Error>(
        _ stream: InputStream, shown: String, format: Format, handle: (ReadEvent) throws(E) -> Void
    ) throws(E) {
        let bytes: [UInt8]
        do {
            bytes = try stream.readAll(limit: Self.maxArticleBytes)
        } catch {
            try handle(.issue(ReadIssue(InputLocation(path: shown), .unreadable(error))))
            return
        }
        try handle(.bytesRead(bytes.count))
        let events =
            format == .json
            ? Self.events(forJSONFile: bytes, path: shown)
            : PlainTextParser.events(forFile: bytes, path: shown)
        for event in events { try handle(event) }
    }

    /// A `.json` file. An array is streamed (``JSONArrayScanner``): one chunk and one element in memory at a time,
    /// whatever the file's size; a broken element is reported by its item number and the next one is read. Anything
    /// else is JSON Lines named `.json` (its first line is a whole object: streamed as JSON Lines) or one object
    /// (read whole, within ``maxArticleBytes``).
    private func readJSONFile<E: Error>(_ stream: InputStream, shown: String, handle: (ReadEvent) throws(E) -> Void)
        throws(E)
    {
        let opensArray: Bool
        do {
            opensArray = try stream.firstSignificantByte().map(JSONArrayScanner.opensArray) ?? false
        } catch {
            try handle(.issue(ReadIssue(InputLocation(path: shown), .unreadable(error))))
            return
        }
        guard opensArray else { return try readJSONObjectFile(stream, shown: shown, handle: handle) }
        var scanner = JSONArrayScanner(maxElementBytes: Self.maxArticleBytes)
        var reported = 0
        while true {
            let chunk: ArraySlice<UInt8>?
            do {
                chunk = try stream.nextChunk()
            } catch {
                try handle(.issue(ReadIssue(InputLocation(path: shown), .unreadable(error, fromHereOn: true))))
                return
            }
            let pieces = chunk.map { scanner.feed($0) } ?? scanner.finish()
            for piece in pieces {
                for event in Self.events(for: piece, path: shown) { try handle(event) }
            }
            if stream.bytesRead - reported >= 1 << 20 || chunk == nil {
                try handle(.bytesRead(stream.bytesRead - reported))
                reported = stream.bytesRead
            }
            if chunk == nil { return }
        }
    }

    /// A `.json` file that is not an array: JSON Lines when its first line is a whole object by itself (streamed,
    /// line numbers kept), else one object read whole.
    private func readJSONObjectFile<E: Error>(
        _ stream: InputStream, shown: String, handle: (ReadEvent) throws(E) -> Void
    ) throws(E) {
        let first: InputStream.Line?
        do {
            first = try stream.nextLine()
        } catch {
            try handle(.issue(ReadIssue(InputLocation(path: shown), .unreadable(error))))
            return
        }
        guard case let .bytes(line)? = first else {
            if case .tooLong? = first {
                try handle(
                    .issue(ReadIssue(InputLocation(path: shown), .unreadable(.tooLarge(limit: Self.maxArticleBytes)))))
            } else {
                try handle(.issue(ReadIssue(InputLocation(path: shown), .emptyJSONFile)))
            }
            return
        }
        var trimmed = line
        if trimmed.starts(with: [0xEF, 0xBB, 0xBF]) { trimmed.removeFirst(3) }
        if trimmed.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{"),
            (try? JSONSerialization.jsonObject(with: Data(trimmed))) is [String: Any]
        {
            // A whole object on the first line: JSON Lines, unless it is the file's only line.
            let second: InputStream.Line?
            do {
                second = try stream.nextLine()
            } catch {
                try handle(.issue(ReadIssue(InputLocation(path: shown, line: 2), .unreadable(error, fromHereOn: true))))
                return
            }
            guard let second else {
                for event in Self.events(forJSONFile: line, path: shown) { try handle(event) }
                return
            }
            for event in Self.events(forJSONLine: line, at: InputLocation(path: shown, line: 1)) { try handle(event) }
            switch second {
            case let .bytes(bytes):
                for event in Self.events(forJSONLine: bytes, at: InputLocation(path: shown, line: 2)) {
                    try handle(event)
                }
            case let .tooLong(count):
                try handle(
                    .issue(
                        ReadIssue(
                            InputLocation(path: shown, line: 2), .lineTooLong(megabytes: count >> 20))))
            }
            return try readJSONLines(stream, shown: shown, from: 2, handle: handle)
        }
        let rest: [UInt8]
        do throws(InputError) {
            rest = try stream.readAll(limit: Self.maxArticleBytes)
            if line.count + rest.count > Self.maxArticleBytes { throw .tooLarge(limit: Self.maxArticleBytes) }
        } catch {
            try handle(.issue(ReadIssue(InputLocation(path: shown), .unreadable(error))))
            return
        }
        try handle(.bytesRead(line.count + 1 + rest.count))
        for event in Self.events(forJSONFile: line + [0x0A] + rest, path: shown) { try handle(event) }
    }

    /// The events of one element of a streamed array.
    static func events(for piece: JSONArrayScanner.Piece, path: String) -> [ReadEvent] {
        switch piece {
        case let .problem(problem, item):
            return [.issue(ReadIssue(InputLocation(path: path, item: item), problem))]
        case let .unclosed(items):
            return [.issue(ReadIssue(InputLocation(path: path), .arrayNotClosed(elements: items)))]
        case let .element(bytes, item):
            return events(
                forObject: bytes, at: InputLocation(path: path, item: item), unit: .element,
                notAnObject: .notAnObject(line: false))
        }
    }

    /// A `.json` file read whole that is not an array (those are streamed): one object, or (as exporters often
    /// name them) JSON Lines.
    static func events(forJSONFile bytes: [UInt8], path: String) -> [ReadEvent] {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Validator.firstInvalidByte(in: bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return [.issue(ReadIssue(InputLocation(path: path, line: line), .notUTF8()))]
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            if let lines = jsonLinesFallback(bytes, path: path) { return lines }
            return [
                .issue(
                    ReadIssue(
                        InputLocation(path: path), .notValidJSON(reason: JSONDiagnosis.reason(for: error, in: bytes))))
            ]
        }
        if let dictionary = object as? [String: Any] {
            return mapped(dictionary, at: InputLocation(path: path))
        }
        return [.issue(ReadIssue(InputLocation(path: path), .notArticles))]
    }

    /// A `.json` file holding several objects, one a line, is read as JSON Lines.
    private static func jsonLinesFallback(_ bytes: [UInt8], path: String) -> [ReadEvent]? {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        // Only when the first line is a whole object by itself: a broken pretty-printed object is one error.
        guard lines.count > 1, let first = lines.first, first.first == UInt8(ascii: "{"),
            (try? JSONSerialization.jsonObject(with: Data(first))) is [String: Any]
        else { return nil }
        return lines.enumerated().flatMap { index, line in
            events(forJSONLine: Array(line), at: InputLocation(path: path, line: index + 1))
        }
    }
}

/// Short, lower-case reasons for JSON errors (`unexpected end of input`), instead of Foundation's sentences.
enum JSONDiagnosis {
    static func reason(for error: Error, in bytes: [UInt8]) -> String {
        if endsInsideValue(bytes) { return "unexpected end of input" }
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
            let sentence = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
            return sentence.lowercasedFirst()
        }
        return "syntax error"
    }

    /// An object, array or string still open at the end: the line was cut short.
    static func endsInsideValue(_ bytes: [UInt8]) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                }
            } else if byte == 0x22 {
                inString = true
            } else if byte == 0x7B || byte == 0x5B {
                depth += 1
            } else if byte == 0x7D || byte == 0x5D {
                depth -= 1
            }
        }
        return inString || depth > 0
    }
}

/// The canonical path (symbolic links resolved by the C library), or `nil` when it does not resolve.
private func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}
