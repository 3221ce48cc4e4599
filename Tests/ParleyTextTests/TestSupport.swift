import Foundation
import Testing

@testable import ParleyText


/// A unique folder under the temporary directory, removed when the value is released (end of the test).
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-text-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes raw bytes to `name` (sub-folders created), returning the full path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = self.path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// JSON Lines from objects, one a line, with a final newline.
    @discardableResult
    func jsonl(_ name: String, _ objects: [[String: Any]]) throws -> String {
        let lines = try objects.map(jsonLine)
        return try write(name, lines.joined(separator: "\n") + "\n")
    }

    /// Writes `text` to `name` then compresses it with `/bin/gzip`; returns the `name.gz` path.
    @discardableResult
    func gzipped(_ name: String, _ text: String) throws -> String {
        try gzipped(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func gzipped(_ name: String, bytes: [UInt8]) throws -> String {
        let plain = try write(name, bytes: bytes)
        try runGzip(["-f", "-n", plain])
        let compressed = plain + ".gz"
        #expect(FileManager.default.fileExists(atPath: compressed))
        return compressed
    }
}

func runGzip(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "gzip \(arguments) failed")
}

/// One JSON object as a compact line, keys sorted.
func jsonLine(_ object: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}

/// Every event `ArticleReader` hands out for `paths`, in order.
func readEvents(_ paths: [String]) -> [ReadEvent] {
    var events: [ReadEvent] = []
    ArticleReader().read(paths: paths) { events.append($0) }
    return events
}

extension Array where Element == ReadEvent {
    var articles: [ArticleRecord] {
        compactMap { if case let .article(record) = $0 { record } else { nil } }
    }

    var issues: [ReadIssue] {
        compactMap { if case let .issue(issue) = $0 { issue } else { nil } }
    }

    var startedFiles: [String] {
        compactMap { if case let .fileStarted(path) = $0 { path } else { nil } }
    }

    var totalBytesRead: Int {
        reduce(0) { if case let .bytesRead(count) = $1 { $0 + count } else { $0 } }
    }

    /// A compact trace for order checks: `article:<title>` / `issue:<location>`.
    var trace: [String] {
        compactMap {
            switch $0 {
            case let .article(record): "article:\(record.title)"
            case let .issue(issue): "issue:\(issue.location)"
            case .fileStarted, .bytesRead: nil
            }
        }
    }
}

/// The text of a UTF-8 byte span of `text`.
func substring(_ text: String, _ span: ByteSpan) -> String {
    String(decoding: Array(text.utf8)[span.lowerBound..<span.upperBound], as: UTF8.self)
}

/// The sentences `Segmenter` finds, as strings.
func sentenceTexts(_ text: String) -> [String] {
    Segmenter.sentences(in: text).map { substring(text, $0) }
}

/// The fixture folder copied into the test bundle.
var fixturesURL: URL {
    get throws {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures", isDirectory: true)
        return url
    }
}
