import ArgumentParser
import Foundation

/// `--format` of the commands that list results: `text` for people; `json`, `jsonl` and `csv` for programs, one
/// schema per command (docs/output.md).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, csv

    static let help = "text, json (one document), jsonl (one object a line) or csv (a header, then one row a line)"

    /// Every result: the formats for programs list them all unless `--limit` is given.
    static let everyResult = 1 << 40

    /// How many results to list: `given`, else text's default or every result; never more than ``everyResult``.
    func limit(_ given: Int?, text: Int) -> Int {
        min(given ?? (self == .text ? text : Self.everyResult), Self.everyResult)
    }
}

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `--color` of the commands whose text output marks matched words (`search`, `quotes`).
struct ColorOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Mark matched words in bold: auto (on a terminal, unless NO_COLOR is set), always, or never (then [word]).",
            valueName: "when"))
    var color: ColorChoice = .auto

    var style: HighlightStyle {
        switch color {
        case .always: HighlightStyle(terminal: true)
        case .never: HighlightStyle(terminal: false)
        case .auto:
            HighlightStyle(
                terminal: StandardOutput.isTerminal
                    && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty)
        }
    }
}

/// How matched words are marked: bold on a terminal, `[…]` otherwise.
struct HighlightStyle {
    var open: String
    var close: String

    init(terminal: Bool) {
        (open, close) = terminal ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
    }
}

/// JSON text, written by hand over UTF-8 bytes: `JSONSerialization` took 45% of listing every match of a
/// frequent word (`search --format jsonl`), sorting keys through `NSString`. Keys sorted, non-ASCII and `/` kept as
/// they are, a non-finite number as `null`.
enum JSONOutput {
    /// `object` on one line.
    static func line(_ object: [String: Any]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        append(object, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as a JSON string, quoted and escaped.
    static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func append(_ value: Any?, to bytes: inout [UInt8]) {
        // The common types first: `is NSNull` bridges a Swift dictionary to test it.
        switch value {
        case nil: bytes += Array("null".utf8)
        case let text as String: append(text, to: &bytes)
        case let flag as Bool: bytes += Array((flag ? "true" : "false").utf8)
        case let number as Int: bytes += Array(String(number).utf8)
        case let number as Int64: bytes += Array(String(number).utf8)
        case let number as Double: bytes += Array((number.isFinite ? String(number) : "null").utf8)
        case let list as [Any]:
            bytes.append(UInt8(ascii: "["))
            for (at, item) in list.enumerated() {
                if at > 0 { bytes.append(UInt8(ascii: ",")) }
                append(item, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case let object as [String: Any]:
            bytes.append(UInt8(ascii: "{"))
            for (at, key) in object.keys.sorted().enumerated() {
                if at > 0 { bytes.append(UInt8(ascii: ",")) }
                append(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                append(object[key]!, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        case is NSNull: bytes += Array("null".utf8)
        default: append(String(describing: value!), to: &bytes)
        }
    }

    static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// Prints records in one of the formats for programs as they come, so that a long list streams:
/// - `jsonl`: one object a line, then, when there is one, `{"summary": {…}}`;
/// - `json`: one document, `{"<name>": [records], "summary": {…}}`, a record a line;
/// - `csv`: a header of `columns`, then one row a record (RFC 4180; lists joined with `; `, null empty).
///
/// Every list is valid when empty: `[]`, or the header alone.
final class RecordWriter {
    let format: OutputFormat
    let name: String
    let columns: [String]
    private(set) var written = 0

    init(format: OutputFormat, name: String, columns: [String]) {
        self.format = format
        self.name = name
        self.columns = columns
        switch format {
        case .csv: Console.print(columns.map(CSV.field).joined(separator: ","))
        case .json: Console.print("{\(JSONOutput.string(name)):[", terminator: "")
        case .jsonl, .text: break
        }
    }

    /// One record: its JSON object, and (for CSV) the flat values of `columns` when they differ from the object's.
    func write(_ object: [String: Any], csv: [String: Any]? = nil) {
        switch format {
        case .jsonl: Console.print(JSONOutput.line(object))
        case .json: Console.print((written == 0 ? "\n" : ",\n") + JSONOutput.line(object), terminator: "")
        case .csv:
            let values = csv ?? object
            Console.print(columns.map { CSV.field(CSV.text(values[$0])) }.joined(separator: ","))
        case .text: break
        }
        written += 1
    }

    /// Ends the list; `summary` (the count, the facets) becomes the last line of JSON Lines, a key of the JSON
    /// document, and is not printed in CSV.
    func finish(summary: [String: Any]? = nil) {
        switch format {
        case .jsonl: if let summary { Console.print(JSONOutput.line(["summary": summary])) }
        case .json:
            let tail = summary.map { ",\"summary\":" + JSONOutput.line($0) } ?? ""
            Console.print((written == 0 ? "]" : "\n]") + tail + "}")
        case .csv, .text: break
        }
    }
}

enum CSV {
    /// A value as CSV text: numbers as JSON writes them, lists joined with `; `, null empty.
    static func text(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: ""
        case let text as String: text
        case let flag as Bool: flag ? "true" : "false"
        case let number as Int: String(number)
        case let number as Int64: String(number)
        case let number as Double: number.isFinite ? String(number) : ""
        case let list as [Any]: list.map { text($0) }.joined(separator: "; ")
        default: String(describing: value!)
        }
    }

    /// `text` quoted when it holds a comma, a double quote or a line break (doubling its quotes).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
