import Foundation
import ParleySearch

/// Where a command's output goes: standard output and standard error, or, while `parley serve` runs the command
/// for a request, that request's ``Capture``. Commands print through ``Console/print(_:terminator:)`` and
/// ``StandardError``, never `Swift.print`, so that the server answers with exactly what the command prints.
enum Console {
    /// What one command run printed, for the server.
    final class Capture: @unchecked Sendable {
        var output: [UInt8] = []
        var errors = ""
        /// The index the server lends this run (opened once, limits set by the server), instead of opening `--index`.
        let index: ParleyIndex?

        init(index: ParleyIndex?) { self.index = index }
    }

    /// Set for the length of one command run by the server (bound per thread: runs on other threads are not affected).
    @TaskLocal static var capture: Capture?

    /// `text` and `terminator` to standard output, or to the run's capture.
    static func print(_ text: String = "", terminator: String = "\n") {
        if let capture {
            capture.output += text.utf8
            capture.output += terminator.utf8
        } else {
            Swift.print(text, terminator: terminator)
        }
    }
}
