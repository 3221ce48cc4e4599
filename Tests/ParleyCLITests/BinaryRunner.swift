import Foundation
import ParleyTestSupport
import Testing

/// Runs the built `parley` binary, as a user would.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `$PARLEY_BIN`, else `parley` next to the test bundle (`swift build` puts both in one folder).
    static var binaryPath: String? {
        if let path = ProcessInfo.processInfo.environment["PARLEY_BIN"] { return path }
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("parley").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static var isAvailable: Bool { binaryPath != nil }

    /// The package root, for the bundled samples.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled samples (`Index/samples`).
    static let samples = packageRoot.appendingPathComponent("Index/samples").path

    let workingDirectory: URL
    var environment: [String: String] = [:]
    /// A command the binary runs under (`setpriv --reuid=…` to run it as another user); empty: run it directly.
    var launcher: [String] = []
    /// Another copy of the binary to run (one that the `launcher`'s user can execute).
    var binary: String?

    init(workingDirectory: URL) { self.workingDirectory = workingDirectory }

    /// Indexes the samples into the default index of the working folder, as the README's first command does.
    func indexSamples() throws {
        let indexed = try run(["index", "-q", Self.samples])
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    /// Writes `articles` as JSON Lines into `folder` and indexes them into the default index of the working folder.
    func index(_ articles: [[String: String]], in folder: TemporaryFolder) throws {
        let path = try folder.jsonl("fixture.jsonl", articles)
        let indexed = try run(["index", "-q", path])
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = try start(arguments, stdin: stdin)
        return try finish(process)
    }

    /// Starts the binary and returns the running process (stdout and stderr go to pipes).
    func start(_ arguments: [String], stdin: Data? = nil) throws -> Process {
        let process = Process()
        let binary = try #require(self.binary ?? Self.binaryPath)
        if let command = launcher.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = launcher.dropFirst() + [binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = workingDirectory
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "PARLEY_INDEX")
        environment.merge(self.environment) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        return process
    }

    ///
    /// Both pipes are drained at once: reading one to its end first would stall a process that fills the other.
    func finish(_ process: Process) throws -> Result {
        let errors = PipeDrain((process.standardError as? Pipe)?.fileHandleForReading)
        let out = (process.standardOutput as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        let err = errors.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}

extension BinaryRunner {
    /// A runner whose working folder is a new temporary folder. Keep the folder for as long as the runner is used:
    /// releasing it removes the working folder.
    static func inTemporaryFolder() throws -> (TemporaryFolder, BinaryRunner) {
        let folder = try TemporaryFolder()
        return (folder, BinaryRunner(workingDirectory: folder.url))
    }

    /// ``inTemporaryFolder()`` with the bundled samples indexed into the folder's default index.
    static func indexingSamples() throws -> (TemporaryFolder, BinaryRunner) {
        let (folder, parley) = try inTemporaryFolder()
        try parley.indexSamples()
        return (folder, parley)
    }

    /// ``inTemporaryFolder()`` with `articles` indexed into the folder's default index (``index(_:in:)``).
    static func indexing(_ articles: [[String: String]]) throws -> (TemporaryFolder, BinaryRunner) {
        let (folder, parley) = try inTemporaryFolder()
        try parley.index(articles, in: folder)
        return (folder, parley)
    }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle?) {
        guard let handle else {
            done.signal()
            return
        }
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// `n` made-up JSON Lines articles about fictional states.
func syntheticArticles(_ n: Int, prefix: String = "syn") -> String {
    (1...n).map { i in
        #"{"id":"\#(prefix)-\#(i)","title":"Talks in Port Solenne, day \#(i)","date":"2025-10-\#(String(format: "%02d", i % 28 + 1))","source":"Meridian Wire","text":"Envoys from Valdora and Drevania met for the \#(i)th time in round \#(prefix).\n\n“We have made progress on territory,” said Ilya Marevsky, the palace spokesman.\n\nThe next round is set for the week after, officials said."}"#
    }.joined(separator: "\n") + "\n"
}
