import Foundation
import Synchronization

/// A unique folder under the temporary directory, removed when the value is released (the end of the test that
/// holds it). Every test target uses this one type: a test that needs files writes them here.
///
/// Keep the value for as long as the files are used: `let (_, x) = …` releases it, and removes the folder, at once.
public final class TemporaryFolder: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A folder for a fixture a suite builds once and keeps in a `static let`: such a value is never released, so
    /// the folder is also removed when the test process exits (each run left its shared indexes behind).
    public static func forSharedFixture() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        SharedFolders.paths.withLock { paths in
            if paths.isEmpty { atexit { SharedFolders.removeAll() } }
            paths.append(folder.path)
        }
        return folder
    }

    /// The folder's own path.
    public var path: String { url.path }

    /// The path of `name` (which may hold sub-folders) inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `data` to `name` (sub-folders created), returning the full path.
    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        let path = self.path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `text` as UTF-8 to `name`, returning the full path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes raw bytes (invalid UTF-8 too) to `name`, returning the full path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        try write(name, Data(bytes))
    }

    /// Writes JSON Lines: each object on a line of its own (``jsonLine(_:)``), with a final newline.
    @discardableResult
    public func jsonl(_ name: String, _ objects: [[String: Any]]) throws -> String {
        try write(name, try objects.map(jsonLine).joined(separator: "\n") + "\n")
    }
}

/// One JSON object as a compact line, keys sorted (so a fixture's bytes do not depend on dictionary order).
public func jsonLine(_ object: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}

/// The folders of shared fixtures (``TemporaryFolder/forSharedFixture()``), removed at exit.
private enum SharedFolders {
    static let paths = Mutex<[String]>([])

    static func removeAll() {
        for path in paths.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
