import ArgumentParser
import Foundation
import ParleySearch
import Synchronization

/// The open indexes the server's queries run on: one query at a time on each (its own SQLite connection, its own
/// time limit), as many at once as there are.
actor ReaderPool {
    private var idle: [ParleyIndex]
    private var waiting: [CheckedContinuation<ParleyIndex, Never>] = []
    /// More requests than this waiting for a reader are answered 503 at once, not queued.
    static let maxWaiting = 256

    init(_ indexes: [ParleyIndex]) { idle = indexes }

    /// A reader, when one is free; `nil` when too many requests already wait.
    func take() async -> ParleyIndex? {
        if let index = idle.popLast() { return index }
        guard waiting.count < Self.maxWaiting else { return nil }
        return await withCheckedContinuation { waiting.append($0) }
    }

    func give(_ index: ParleyIndex) {
        if waiting.isEmpty {
            idle.append(index)
        } else {
            waiting.removeFirst().resume(returning: index)
        }
    }
}

/// Answers already given, kept while the index is unchanged: counting every speaker's statements takes seconds in a
/// large index, and a page asks for the same answer each time it is opened. An answer is reused only when the index
/// file and its write-ahead log have the same size and modification time as when it was computed, before and after
/// (any commit, any checkpoint changes one of them), and kept only for an index still for over a second
/// (``Version/isSettled``): it is never older than the index.
final class AnswerCache: Sendable {
    /// The index's state as the file system sees it.
    struct Version: Equatable, Sendable {
        var file: [Int64]

        init(path: String) {
            file = [path, path + "-wal"].flatMap { name -> [Int64] in
                var status = stat()
                guard stat(name, &status) == 0 else { return [-1, -1, -1] }
                return [Int64(status.st_size), Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec)]
            }
        }

        /// Whether the file and its log were last changed over a second ago. A commit within the same clock tick
        /// as the one before, over a log reset to the same size, would leave ``file`` as it was: answers are kept
        /// only for an index that has been still for longer than that.
        var isSettled: Bool {
            let now = Int64(Date().timeIntervalSince1970)
            return stride(from: 1, to: file.count, by: 3).allSatisfy { file[$0] < now - 1 }
        }
    }

    /// At most this many answers are kept (the oldest go first), each under ``largest`` bytes.
    static let capacity = 128
    static let largest = 1 << 20

    private let answers = Mutex<(entries: [String: (Version, APIService.Answer)], order: [String])>(([:], []))

    func answer(_ key: String, at version: Version) -> APIService.Answer? {
        answers.withLock { state in
            guard let (kept, answer) = state.entries[key], kept == version else { return nil }
            return answer
        }
    }

    func keep(_ answer: APIService.Answer, for key: String, at version: Version) {
        guard answer.status == 200, answer.json.count < Self.largest, version.isSettled else { return }
        answers.withLock { state in
            if state.entries[key] == nil { state.order.append(key) }
            state.entries[key] = (version, answer)
            while state.order.count > Self.capacity { state.entries[state.order.removeFirst()] = nil }
        }
    }
}

/// Answers an API request by running its command (``APIEndpoint``) on a reader of the pool, capturing what the
/// command prints.
struct APIService: Sendable {
    let readers: ReaderPool
    let timeout: Double
    /// SQLite's memory for all queries together, set again with each query's time limit (which otherwise clears
    /// it, and a query past it would read as a failing index, not as a limit).
    let maxMemory: Int64
    /// The index file, whose state says whether a kept answer still holds.
    let path: String
    /// The names a request's `Host` may give (the port aside): the address listened on and loopback's. Any other
    /// is another site's name rebound to this address (DNS rebinding), answered 403.
    let hosts: Set<String>
    let cache = AnswerCache()

    /// The answer: a status, and the JSON the command printed or an ``APIError``'s. `notes` are the command's
    /// `note:` lines (a speaker no quotation names, say).
    struct Answer: Sendable {
        var status: Int
        var json: [UInt8]
        var notes: [String] = []
    }

    func answer(_ endpoint: APIEndpoint, items: [(name: String, value: String)]) async -> Answer {
        let command: any ParsableCommand
        let key: String
        do {
            let arguments = try endpoint.arguments(items)
            command = try Self.parse(endpoint, arguments)
            // Each argument as a JSON string: a value holding the separator cannot pass for two arguments.
            key = ([endpoint.path] + arguments).map(JSONOutput.string).joined(separator: ",")
        } catch {
            return Self.failure(error)
        }
        let before = AnswerCache.Version(path: path)
        if let kept = cache.answer(key, at: before) { return kept }
        guard let index = await readers.take() else {
            return Self.failure(APIError(.unavailable, "the server is busy: too many queries wait; try again"))
        }
        let timeout = self.timeout, maxMemory = self.maxMemory
        let parsed = Parsed(command: command)
        let answer = await withCheckedContinuation { (done: CheckedContinuation<Answer, Never>) in
            // Queries block on SQLite: a thread of their own, not one of the few that run every connection.
            Thread.detachNewThread {
                index.limitQueries(seconds: timeout, memoryBytes: maxMemory)
                done.resume(returning: Self.run(parsed.command, on: index, endpoint: endpoint))
            }
        }
        await readers.give(index)
        // Kept only when nothing was committed while it ran: it then holds for that state of the index.
        if AnswerCache.Version(path: path) == before { cache.keep(answer, for: key, at: before) }
        return answer
    }

    /// A parsed command, handed to the thread that runs it (and used by that thread alone).
    private final class Parsed: @unchecked Sendable {
        let command: any ParsableCommand
        init(command: any ParsableCommand) { self.command = command }
    }

    /// The command for `arguments`, validated by its own rules, or the 400 that says what is wrong.
    static func parse(_ endpoint: APIEndpoint, _ arguments: [String]) throws(APIError) -> any ParsableCommand {
        do {
            return try endpoint.command.parseAsRoot(arguments)
        } catch {
            // Options are the API's parameters: `'--limit' must be …` reads `'limit' must be …`.
            throw APIError(.badRequest, message(error, endpoint).replacingOccurrences(of: "'--", with: "'"))
        }
    }

    /// The first line of what the endpoint's command says of `error` (the argument parser's message for its own
    /// errors and for `ValidationError`s).
    private static func message(_ error: any Error, _ endpoint: APIEndpoint) -> String {
        (endpoint.command.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)")
            .lowercasedFirstLetter()
    }

    /// Runs `command` with its output captured; the status follows the command's outcome.
    static func run(_ command: any ParsableCommand, on index: ParleyIndex, endpoint: APIEndpoint) -> Answer {
        var command = command
        let capture = Console.Capture(index: index)
        let notes = { capture.errors.split(separator: "\n").map { String($0) } }
        do {
            try Console.$capture.withValue(capture) { try command.run() }
            return Answer(status: 200, json: capture.output, notes: notes())
        } catch let exit as ExitCode where exit == .partial && !capture.output.isEmpty {
            // Nothing matched: the (empty) answer is printed all the same.
            return Answer(status: 200, json: capture.output, notes: notes())
        } catch let exit as ExitCode {
            // An error the command already reported (`error: no article has the id …`).
            let line =
                notes().last(where: { $0.hasPrefix("error: ") }).map { String($0.dropFirst(7)) }
                ?? "the command ended with status \(exit.rawValue)"
            let status: APIError.Status = exit == .partial ? .notFound : .badRequest
            return failure(APIError(status, line), notes: notes())
        } catch let error as QueryError {
            return failure(APIError(.badRequest, String(describing: error)), notes: notes())
        } catch let error as StoreError {
            switch error {
            case let .queryTimeLimit(seconds):
                return failure(
                    APIError(
                        .unavailable,
                        "the query took longer than this server's limit of \(seconds.formatted()) s (parley serve --timeout)"
                    ),
                    notes: notes())
            case let .queryMemoryLimit(megabytes):
                return failure(
                    APIError(
                        .unavailable,
                        "the query needed more than this server's \(megabytes) MB of memory (parley serve --max-memory)"
                    ),
                    notes: notes())
            case .busyWriter:
                return failure(APIError(.unavailable, String(describing: error)), notes: notes())
            default:
                return failure(APIError(.internalError, String(describing: error)), notes: notes())
            }
        } catch {
            // A command's own validation past parsing (`ValidationError` from `run`).
            return failure(APIError(.badRequest, message(error, endpoint)), notes: notes())
        }
    }

    private static func failure(_ error: APIError, notes: [String] = []) -> Answer {
        Answer(status: error.status, json: Array(error.json.utf8), notes: notes)
    }
}
