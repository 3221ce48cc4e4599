import ArgumentParser
import FlyingFox
import Foundation
import ParleySearch
import Synchronization

/// `parley serve`: the web page and the JSON API on one index, read-only.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a web page and a JSON API on the index (read-only; Ctrl-C stops).",
        discussion: """
            The page is at http://127.0.0.1:8080/ unless --host or --port say otherwise; the API's endpoints are \
            /api/search, /api/facets, /api/quotes, /api/speakers, /api/entities, /api/timeline, /api/article and \
            /api/stats, each taking the options of the command of the same name as parameters and answering what \
            that command prints with --format json; /openapi.json describes them. The index may be written by \
            'parley index' while it serves: each answer reads one consistent state of it.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The address to listen on (127.0.0.1: this machine only).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port, printed when listening).", valueName: "port"))
    var port = 8080

    @Option(
        help: ArgumentHelp("How many queries run at once (each on its own connection to the index).", valueName: "n"))
    var readers = 4

    @Option(help: ArgumentHelp("Stop a query after this many seconds and answer 503 saying so.", valueName: "seconds"))
    var timeout: Double = 10

    @Option(
        name: .customLong("max-memory"),
        help: ArgumentHelp(
            "Stop a query when SQLite needs more than this many MB of memory (all queries together).", valueName: "MB"))
    var maxMemory = 1_024

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("'--port' must be from 0 to 65535; got \(port).") }
        if !(1...64).contains(readers) { throw ValidationError("'--readers' must be from 1 to 64; got \(readers).") }
        if !(timeout > 0 && timeout <= 3_600) {
            throw ValidationError("'--timeout' must be more than 0 and at most 3600 seconds; got \(timeout).")
        }
        if !(16...1_048_576).contains(maxMemory) {
            throw ValidationError("'--max-memory' must be from 16 to 1048576 MB; got \(maxMemory).")
        }
        if (try? sockaddr_in.inet(ip4: host, port: 0)) == nil {
            throw ValidationError("'--host' must be an IPv4 address such as 127.0.0.1; got '\(host)'.")
        }
    }

    func run() throws {
        // Ctrl-C and SIGTERM stop the server at once (it writes nothing). A parent may hand them down blocked
        // (Foundation's `Process` spawns children with the spawning thread's mask): unblocked before any thread starts.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        var indexes: [ParleyIndex] = []
        for reader in 0..<readers {
            // The first opening reports an older extraction once; the others say nothing more.
            let index = try common.openIndex(mode: .read, noteAnalysis: reader == 0)
            indexes.append(index)
        }
        let service = APIService(
            readers: ReaderPool(indexes), timeout: timeout, maxMemory: Int64(maxMemory) << 20, path: indexes[0].path,
            hosts: [host, "127.0.0.1", "localhost", "[::1]"])
        let address = try sockaddr_in.inet(ip4: host, port: UInt16(port))
        // FlyingFox answers an empty 500 to a request that outlasts its timeout: longer than a query may run, with
        // room for the queue of requests waiting for a reader.
        let server = HTTPServer(
            address: address, timeout: timeout * 4 + 60, logger: .disabled, handler: WebHandler(service: service))
        let path = indexes[0].path
        let host = self.host
        let finished = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        Task {
            let announce = Task {
                try await server.waitUntilListening()
                let listening = await server.listeningAddress
                var port = self.port
                if case let .ip4(_, bound)? = listening { port = Int(bound) }
                // Unbuffered: a script waiting for this line reads it at once.
                FileHandle.standardOutput.write(
                    Data(
                        "Parley serves '\(path)' at http://\(host):\(port)/ (the API: /openapi.json; Ctrl-C stops)\n"
                            .utf8))
            }
            do {
                try await server.run()
            } catch {
                failure.withLock { $0 = error }
            }
            announce.cancel()
            finished.signal()
        }
        finished.wait()
        if let error = failure.withLock({ $0 }) {
            StandardError.write("error: cannot serve on \(host):\(port): \(error)\n")
            throw ExitCode.unusable
        }
    }
}
