import ArgumentParser
import Foundation
import ParleySearch
import ParleyText

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add articles to the index from files, folders or standard input.",
        discussion: """
            Formats, each optionally gzip-compressed (.gz): JSON Lines (.jsonl, .ndjson), JSON (.json: one \
            article object or an array), plain text (.txt: title line, optional 'Key: value' headers, blank \
            line, body). Folders are read recursively. '-' reads JSON Lines from standard input.

            A bad record is reported on stderr with its file and line, skipped, and the rest is indexed. \
            Exit status: 0 all indexed, 1 something skipped, 2 usage error or unusable index.
            """)

    @OptionGroup var common: CommonOptions

    @Flag(help: "Fail on the first input problem and write nothing.")
    var strict = false

    @Flag(name: [.short, .long], help: "No progress line and no summary; warnings are still printed.")
    var quiet = false

    @OptionGroup var writing: WritingOptions

    @Argument(help: ArgumentHelp("Files or folders to read; '-' for JSON Lines on standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file or folder to index (or '-' for stdin).") }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) can be named once.") }
    }

    func run() throws {
        try writing.lock(common)
        let index = try common.openIndex(mode: .create)
        let (offices, notices) = index.officeHolders()
        for notice in notices { StandardError.report(notice) }
        let progressLine = ProgressLine(enabled: !quiet && StandardError.isTerminal)
        Interruption.install()
        let summary = try Indexer(index: index, options: .init(strict: strict), offices: offices).run(
            paths: paths,
            onIssue: { issue in
                progressLine.clear()
                StandardError.write("warning: \(issue)\n")
            },
            onProgress: { progressLine.show($0) },
            shouldStop: { Interruption.requested }
        )
        progressLine.clear()
        if let failure = summary.merge.failure {
            StandardError.write(
                "warning: the articles are stored, but merging the full-text index failed: \(failure) "
                    + "Searches are right, only slower; the next run tries again.\n")
        }
        if let failure = summary.merge.freePagesFailure {
            StandardError.freePagesFailed(failure)
        }
        if !quiet {
            StandardError.write(Self.summaryLine(summary) + "\n")
        }
        if summary.interrupted { throw ExitCode.interrupted }
        if summary.skipped > 0 { throw ExitCode.partial }
    }

    static func summaryLine(_ p: Indexer.Progress) -> String {
        // The rate of reading and storing, without the merge and the free pages' return after them.
        let reading = p.seconds - (p.merge.seconds ?? 0) - (p.merge.freePagesSeconds ?? 0)
        let rate = reading > 0 ? Double(p.articles) / reading : 0
        return (p.interrupted ? "interrupted: " : "")
            + "\(p.indexed) indexed, \(p.replaced) replaced, \(p.unchanged) unchanged, \(p.duplicates) duplicates, "
            + "\(p.skipped) skipped in \(Format.seconds(p.seconds)) s (\(Int(rate.rounded())) articles/s)"
            + (p.merge.seconds.map { ", full-text index merged in \(Format.seconds($0)) s" } ?? "")
    }
}

/// The one-line progress report on a terminal, rewritten in place.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ p: Indexer.Progress) {
        guard enabled, p.seconds > 0 else { return }
        if p.merging {
            StandardError.write(
                "\r\u{1B}[K\(p.articles) articles stored; merging the full-text index (Ctrl-C twice skips it)")
            shown = true
            return
        }
        let articlesPerSecond = Int((Double(p.articles) / p.seconds).rounded())
        let megabytesPerSecond = Double(p.bytes) / 1_048_576 / p.seconds
        StandardError.write(
            "\r\u{1B}[K\(p.files) files, \(p.articles) articles, \(articlesPerSecond) articles/s, "
                + "\(Format.decimal(megabytesPerSecond, digits: 1)) MB/s")
        shown = true
    }

    func clear() {
        guard shown else { return }
        StandardError.write("\r\u{1B}[K")
        shown = false
    }
}

/// Ctrl-C during indexing: the first asks the indexer to commit what it has and stop; a second kills.
enum Interruption {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var requested: Bool { flag != 0 }

    static func install() {
        // A parent may hand its blocked signals down (Foundation's `Process` spawns children with the mask of the
        // spawning thread, which test runners and thread pools block): unblocked here, or they never arrive.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGINT) { _ in
            if Interruption.flag != 0 { _exit(130) }
            Interruption.flag = 1
        }
        signal(SIGTERM) { _ in
            if Interruption.flag != 0 { _exit(143) }
            Interruption.flag = 1
        }
    }
}

enum Format {
    static func decimal(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func seconds(_ value: Double) -> String { decimal(value, digits: value < 10 ? 2 : 1) }

    /// `9880` → `9,880`.
    static func count(_ value: Int) -> String { value.formatted(.number.grouping(.automatic)) }

    static func bytes(_ count: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(count)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(count) B" : "\(decimal(value, digits: 1)) \(units[unit])"
    }
}
