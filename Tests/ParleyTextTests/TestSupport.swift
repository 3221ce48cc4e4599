import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyText

/// Gzipped fixtures, for the reader's `.gz` input (this target only).
extension TemporaryFolder {
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
