import Foundation
import Testing

/// Snapshot files: what a command printed, kept in `Snapshots/` beside this file and compared byte for byte.
///
/// `PARLEY_UPDATE_SNAPSHOTS=1 swift test --skip-build --filter SnapshotTests` rewrites them from the output; without
/// it a difference fails with the first differing line, and a missing file fails (it is never created silently).
enum Snapshot {
    /// `Snapshots/` beside this source file: found through `#filePath`, not the bundle (they are no resources), so the
    /// tests run from any working directory.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let updateCommand = "PARLEY_UPDATE_SNAPSHOTS=1 swift test --skip-build --filter SnapshotTests"

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["PARLEY_UPDATE_SNAPSHOTS"] == "1" }

    /// The file `name`, as a path from the package root when it lies under it (for messages).
    static func displayPath(_ name: String) -> String {
        let path = folder.appendingPathComponent(name).path
        let root = BinaryRunner.packageRoot.path + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    /// Checks that `actual` is the snapshot `name`; when `updating` (`PARLEY_UPDATE_SNAPSHOTS=1`), writes `actual` as
    /// the snapshot instead.
    static func expect(
        _ actual: String, matches name: String, updating: Bool = isUpdating,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        let stored = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
        if updating {
            guard stored != actual else { return }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            print("Snapshot \(displayPath(name)) \(stored == nil ? "created" : "updated").")
            return
        }
        guard let stored else {
            Issue.record(
                Comment(
                    rawValue: "No snapshot \(displayPath(name)). Create it with `\(updateCommand)`, read it, "
                        + "and commit it."),
                sourceLocation: sourceLocation)
            return
        }
        if let difference = difference(expected: stored, actual: actual) {
            Issue.record(
                Comment(
                    rawValue: "The output differs from the snapshot \(displayPath(name)) \(difference)\n"
                        + "If the change is meant, update the file with `\(updateCommand)` and read its diff before "
                        + "committing."),
                sourceLocation: sourceLocation)
        }
    }

    /// Where `actual` first departs from `expected`, readably: the line number, then each side's line (around the
    /// first differing character when the line is long); `nil` when they are the same.
    static func difference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let (wanted, got) = (lines(expected), lines(actual))
        let line = zip(wanted, got).prefix { $0 == $1 }.count
        if line == wanted.count, line == got.count {
            let (ends, endsToo) = (expected.hasSuffix("\n"), actual.hasSuffix("\n"))
            return "only in its final newline: the snapshot has \(ends ? "one" : "none"), "
                + "the output \(endsToo ? "one" : "none")."
        }
        let a = line < wanted.count ? wanted[line] : nil, b = line < got.count ? got[line] : nil
        let column = zip(a ?? "", b ?? "").prefix { $0 == $1 }.count
        func shown(_ text: Substring?) -> String { text.map { excerpt($0, around: column) } ?? "(no more lines)" }
        return "at line \(line + 1)" + (a != nil && b != nil ? ", column \(column + 1)" : "")
            + " (the snapshot has \(wanted.count) lines, the output \(got.count)):\n"
            + "  expected: \(shown(a))\n  actual:   \(shown(b))"
    }

    /// The lines of `text`; a final newline ends the last line, it does not start another.
    static func lines(_ text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return text.hasSuffix("\n") || text.isEmpty ? Array(lines.dropLast()) : lines
    }

    /// `line`, or a window of it around `column` when it is long (JSON lines run to kilobytes), quoted so that
    /// trailing spaces show.
    static func excerpt(_ line: Substring, around column: Int) -> String {
        let reach = 70
        guard line.count > 2 * reach else { return "\"\(line)\"" }
        let start = max(0, column - reach), end = min(line.count, column + reach)
        let characters = Array(line)
        return (start > 0 ? "…" : "") + "\"\(String(characters[start..<end]))\"" + (end < line.count ? "…" : "")
    }

    /// `output` with what varies from run to run replaced by a placeholder, so that a snapshot compares only what a
    /// run decides:
    /// - the index file's size (`"file_bytes":795168`, `index,file_bytes,795168`, `(776.5 KB)` in text): the
    ///   write-ahead log's size when the command reads it differs from run to run → `<bytes>`, `<size>`;
    /// - the test's temporary folder, a new one each run → `<folder>` (relative paths are printed today; an absolute
    ///   one would show here);
    /// - timings (`in 0.09 s`) → `<seconds> s`.
    static func scrub(_ output: String, folder: String) -> String {
        output
            .replacingOccurrences(of: folder, with: "<folder>")
            .replacing(/"file_bytes":\d+/, with: #""file_bytes":<bytes>"#)
            .replacing(/(?m)^index,file_bytes,\d+$/, with: "index,file_bytes,<bytes>")
            .replacing(/(?m)^(index: .*) \(\d+(\.\d+)? [KMGT]?B\)$/) { "\($0.output.1) (<size>)" }
            .replacing(/\b\d+\.\d+ s\b/, with: "<seconds> s")
    }
}
