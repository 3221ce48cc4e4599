import Foundation
import ParleyTestSupport
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A running `parley serve` on loopback (`--port 0`: the port it prints), stopped when the test ends.
final class RunningServer: @unchecked Sendable {
    let process: Process
    let base: String

    init(_ parley: BinaryRunner, _ arguments: [String] = []) throws {
        process = try parley.start(["serve", "--port", "0"] + arguments)
        // The first line says where it listens; read it with a bound, so a server that never starts fails the test.
        let out = try #require(process.standardOutput as? Pipe).fileHandleForReading
        let line = Mutex<String?>(nil)
        let ready = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var bytes = Data()
            while !bytes.contains(UInt8(ascii: "\n")) {
                let chunk = out.availableData
                if chunk.isEmpty { break }
                bytes += chunk
            }
            line.withLock { $0 = String(decoding: bytes, as: UTF8.self) }
            ready.signal()
        }
        _ = ready.wait(timeout: .now() + 60)
        let announced = line.withLock { $0 } ?? ""
        guard let range = announced.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) else {
            process.terminate()
            let errors = (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
            throw ServeTestError.notStarted(announced + String(decoding: errors, as: UTF8.self))
        }
        base = String(announced[range].dropLast())
    }

    deinit {
        process.terminate()
        // Bounded: a server that ignored SIGTERM is killed, not waited for forever.
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    struct Response {
        var status: Int
        var body: Data
        var headers: [String: String]
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
    }

    /// A request, answered synchronously: the tests run on Swift Testing's few threads, which a blocked `await`
    /// of URLSession's async API could leave with none to resume on; a data task answers on a queue of its own.
    func get(_ path: String, method: String = "GET") throws -> Response {
        var request = URLRequest(url: try #require(URL(string: base + path)))
        request.httpMethod = method
        request.timeoutInterval = 60
        let result = Mutex<(Data?, URLResponse?, (any Error)?)>((nil, nil, nil))
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            result.withLock { $0 = (data, response, error) }
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = result.withLock { $0 }
        if let error { throw error }
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return Response(status: http.statusCode, body: data ?? Data(), headers: headers)
    }
}

enum ServeTestError: Error {
    case notStarted(String)
}

/// `parley serve` through a running server on loopback, as a browser or a script uses it.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct ServeTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.indexingSamples()
    }

    /// Each endpoint answers byte for byte what its command prints with `--format json` (the same schemas).
    @Test func endpointsAnswerWhatTheCommandsPrint() throws {
        let server = try RunningServer(parley)
        let cases: [(String, [String])] = [
            ("/api/search?q=territory&limit=3", ["search", "--format", "json", "--limit", "3", "territory"]),
            (
                "/api/search?q=-territory+Valdora&limit=5&sort=date",
                ["search", "--format", "json", "--limit", "5", "--sort", "date", "-territory Valdora"]
            ),
            (
                "/api/search?q=compromise&speaker=Tobolin&speaker=Aubrel&offset=1",
                [
                    "search", "--format", "json", "--limit", "20", "--offset", "1", "--speaker", "Tobolin", "--speaker",
                    "Aubrel", "compromise",
                ]
            ),
            (
                "/api/search?q=%22security%20guarantees%22&facets=true",
                ["search", "--format", "json", "--limit", "20", "--facets", "\"security guarantees\""]
            ),
            (
                "/api/facets?q=territory&since=2025-10",
                ["search", "--facets", "--count", "--format", "json", "--since", "2025-10", "territory"]
            ),
            (
                "/api/quotes?speaker=Marevsky&limit=5",
                ["quotes", "--format", "json", "--limit", "5", "--speaker", "Marevsky"]
            ),
            ("/api/quotes?q=territory&count=1", ["quotes", "--format", "json", "--count", "territory"]),
            (
                "/api/quotes?q=queues&kind=turn&explain=true",
                ["quotes", "--format", "json", "--limit", "20", "--kind", "turn", "--explain", "queues"]
            ),
            ("/api/speakers?limit=5", ["speakers", "--format", "json", "--limit", "5"]),
            ("/api/entities?kind=person", ["entities", "--format", "json", "--limit", "50", "--kind", "person"]),
            ("/api/timeline?q=ceasefire&by=week", ["timeline", "--format", "json", "--by", "week", "ceasefire"]),
            ("/api/timeline?q=territory&quotes=1", ["timeline", "--format", "json", "--quotes", "territory"]),
            ("/api/article?id=meridian-wire-0006", ["article", "--format", "json", "meridian-wire-0006"]),
            ("/api/stats", ["stats", "--format", "json"]),
            // Nothing matches: the empty answer, 200.
            ("/api/search?q=zzzunfound", ["search", "--format", "json", "--limit", "20", "zzzunfound"]),
        ]
        for (path, arguments) in cases {
            let answer = try server.get(path)
            let printed = try parley.run(arguments)
            #expect(answer.status == 200, "\(path): \(answer.text)")
            #expect(answer.text == printed.stdout, "\(path)")
            #expect(answer.headers["content-type"] == "application/json; charset=utf-8")
        }
    }

    /// Bad parameters get 400 and a JSON error naming the problem; never a 500.
    @Test func badRequestsAnswer400WithTheReason() throws {
        let server = try RunningServer(parley)
        let cases: [(String, Int, String)] = [
            ("/api/search", 400, "give a query"),
            ("/api/search?q=x&qq=1", 400, "unknown parameter 'qq'"),
            ("/api/search?q=x&index=/etc/passwd", 400, "unknown parameter 'index'"),
            ("/api/search?q=x&format=csv", 400, "unknown parameter 'format'"),
            ("/api/search?q=x&limit=abc", 400, "limit"),
            ("/api/search?q=x&limit=0", 400, "'limit' must be at least 1"),
            ("/api/search?q=x&limit=100000", 400, "'limit' is at most 200"),
            ("/api/search?q=x&offset=-3", 400, "offset"),
            ("/api/search?q=x&since=2015-13", 400, "'since' wants a date"),
            ("/api/search?q=x&sort=sideways", 400, "sort"),
            ("/api/search?q=x&facets=maybe", 400, "'facets' is true or false"),
            ("/api/search?q=%E9t%E9", 400, "not percent-encoded"),
            ("/api/search?q=NEAR(a", 400, "parenthesis"),
            ("/api/search?q=x&q=y", 400, "give 'q' once"),
            ("/api/search?q=territory&speaker=Nobody+Atall", 400, "No quoted speaker matches"),
            ("/api/search?q=%2C%2C%2C", 400, "no words"),
            ("/api/timeline?q=x&by=fortnight", 400, "by"),
            ("/api/article", 400, "give 'id'"),
            ("/api/article?id=no-such-article", 404, "no article has the id 'no-such-article'"),
            ("/api/nothing", 404, "no page or endpoint"),
            ("/etc/passwd", 404, "no page or endpoint"),
            ("/api/stats?x=1", 400, "it takes none"),
            // 60,000 `(` overflowed the parser's stack and killed the server.
            ("/api/search?q=" + String(repeating: "%28", count: 5000) + "x", 400, "groups nest at most 32 deep"),
            ("/api/search?q=x&source=A%00--source%3DB", 200, ""),
        ]
        for (path, status, message) in cases {
            let answer = try server.get(path)
            #expect(answer.status == status, "\(path): \(answer.text)")
            if status == 200 { continue }
            let error = answer.json?["error"] as? [String: Any]
            #expect(error?["status"] as? Int == status, "\(path): \(answer.text)")
            #expect((error?["message"] as? String ?? "").contains(message), "\(path): \(answer.text)")
        }
        let posted = try server.get("/api/search?q=x", method: "POST")
        #expect(posted.status == 405)
        #expect(posted.text.contains("only reads"))
    }

    /// Random query strings, markup and percent signs included, through three endpoints: every answer is 200 or
    /// 400 with JSON, never a 500 or a dropped connection.
    @Test func hostileQueriesNeverAnswer500() throws {
        let server = try RunningServer(parley)
        var random = SplitMix64(seed: testSeed("hostileQueriesNeverAnswer500"))
        let pieces = [
            "territory", "Valdora", "\"", "(", ")", "*", "-", "OR", "AND", "NOT", "NEAR(", ",", "5", "SENTENCE(",
            "speaker:", "source:", "since:", "2025-13", "<script>", "&", "%", "+", "=", "é", "\u{0}", "\u{1F600}",
            "\\", "'", "kind:turn", "about:", "   ", "entity:Marevsky", "#", "?", "/",
        ]
        // A time budget (`PARLEY_FUZZ_SECONDS` runs it longer), at least 20 queries.
        let deadline = Date().addingTimeInterval(fuzzSeconds(default: 8))
        var tried = 0
        while tried < 20 || Date() < deadline {
            tried += 1
            let query = (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            for endpoint in ["/api/search", "/api/quotes", "/api/timeline"] {
                let answer = try server.get(
                    "\(endpoint)?q=\(encoded)&limit=3".replacingOccurrences(
                        of: "&limit=3", with: endpoint == "/api/timeline" ? "" : "&limit=3"))
                #expect([200, 400].contains(answer.status), "\(endpoint) q=\(query.debugDescription): \(answer.text)")
                #expect(answer.json != nil, "\(endpoint) q=\(query.debugDescription): \(answer.text)")
            }
        }
    }

    /// A query past the server's `--timeout` is cut off: 503 and the reason.
    @Test func slowQueriesAreCutOff() throws {
        let server = try RunningServer(parley, ["--timeout", "0.000001"])
        let answer = try server.get("/api/search?q=territory")
        #expect(answer.status == 503, "\(answer.text)")
        #expect(answer.text.contains("took longer than this server's limit"), "\(answer.text)")
    }

    /// The page, its script and style, and the OpenAPI document, which lists every endpoint and parameter.
    @Test func pageAndOpenAPIAreServed() throws {
        let server = try RunningServer(parley)
        let page = try server.get("/")
        #expect(page.status == 200)
        #expect(page.text.contains(#"<script src="/app.js" defer></script>"#))
        #expect(page.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        let script = try server.get("/app.js")
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(!script.text.contains("innerHTML"), "text from the index must never be parsed as HTML")
        let document = try #require(try server.get("/openapi.json").json)
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(
            Set(paths.keys) == [
                "/api/search", "/api/facets", "/api/quotes", "/api/speakers", "/api/entities", "/api/timeline",
                "/api/article", "/api/stats",
            ])
        let search = try #require((paths["/api/search"] as? [String: Any])?["get"] as? [String: Any])
        let names = (search["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("q") && names.contains("speaker") && names.contains("limit"))
    }

    /// Four clients query while `parley index` writes to the same file: every answer is 200 and consistent (the
    /// samples' passages are always found, the count of a word the writer adds never goes back), and the server
    /// sees the new articles once they are committed.
    @Test func answersWhileAnIndexRunWrites() throws {
        let server = try RunningServer(parley)
        let before = try Self.matches(server, "progress")
        let writer = try parley.start([
            "index", "-q", try folder.write("more.jsonl", syntheticArticles(3000, prefix: "late")),
        ])
        let deadline = Date().addingTimeInterval(4)
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: 4) { client in
            var last = before
            while Date() < deadline {
                do {
                    let seen = try Self.matches(server, "progress")
                    if seen < last { tally.fail("client \(client): \(seen) after \(last)") }
                    last = seen
                    let samples = try server.get("/api/search?q=territory&limit=3")
                    if samples.status != 200 || (samples.json?["passages"] as? [Any])?.count != 3 {
                        tally.fail("client \(client): \(samples.status) \(samples.text)")
                    }
                    tally.answered.withLock { $0 += 2 }
                } catch {
                    tally.fail("client \(client): \(error)")
                }
            }
        }
        let written = try parley.finish(writer)
        #expect(written.status == 0, "\(written.stderr)")
        let failures = tally.failures.withLock { $0 }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(tally.answered.withLock { $0 } > 8)
        #expect(try Self.matches(server, "progress") == before + 3000)
    }

    /// A request naming another host is another site's name rebound to loopback (DNS rebinding): 403, nothing read.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs /usr/bin/python3"))
    func otherHostsAreRefused() throws {
        let server = try RunningServer(parley)
        let port = try #require(server.base.split(separator: ":").last)
        let answer = try Self.python(
            """
            import http.client, sys
            for host in sys.argv[2:]:
                connection = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
                connection.request("GET", "/api/stats", headers={"Host": host})
                print(host, connection.getresponse().status)
            """, String(port), "evil.example:\(port)", "localhost:\(port)", "127.0.0.1:\(port)")
        #expect(answer == "evil.example:\(port) 403\nlocalhost:\(port) 200\n127.0.0.1:\(port) 200\n")
    }

    /// An answer the server kept is given again only while the index is unchanged: once `parley index` adds a
    /// speaker, the same request lists them.
    @Test func keptAnswersFollowTheIndex() throws {
        let server = try RunningServer(parley)
        let first = try server.get("/api/speakers?limit=100")
        #expect(try server.get("/api/speakers?limit=100").text == first.text)
        #expect(!first.text.contains("Orla Brennick"))
        try parley.index(
            [
                [
                    "id": "late-1", "title": "Harbour talks", "date": "2025-12-20", "source": "Harbour Post",
                    "text": "“We will sign nothing before spring,” said Orla Brennick, the harbour commissioner.",
                ]
            ], in: folder)
        let second = try server.get("/api/speakers?limit=100")
        #expect(second.status == 200)
        #expect(second.text.contains("Orla Brennick"), "\(second.text)")
        #expect(second.text == (try parley.run(["speakers", "--format", "json", "--limit", "100"])).stdout)
    }

    /// The server's readers keep the shared lock SQLite holds on the index for as long as a connection is open:
    /// a writer in another process that finds none takes itself for the last connection and resets the write-ahead
    /// log under them ("database disk image is malformed", 21 answers in 1,500 of `Scripts/load-serve`). Opening
    /// the second reader used to read the file's header through a descriptor of its own, whose close dropped the
    /// lock. Probed from another process, as the writer would find it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs /usr/bin/python3"))
    func readersKeepTheirSharedLock() throws {
        let server = try RunningServer(parley, ["--readers", "4"])
        #expect(try server.get("/api/stats").status == 200)
        // SQLite's shared-lock bytes: PENDING_BYTE + 2 (0x40000002), 510 of them.
        let answer = try Self.python(
            """
            import fcntl, os, sys
            fd = os.open(sys.argv[1], os.O_RDWR)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002)
                print("free")
            except OSError:
                print("held")
            """, folder.path("Index/parley.sqlite"))
        #expect(answer == "held\n")
    }

    /// What Debian's `python3` prints running `script` with `arguments`: a client that is not this process.
    static func python(_ script: String, _ arguments: String...) throws -> String {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        probe.arguments = ["-c", script] + arguments
        let out = Pipe()
        probe.standardOutput = out
        try probe.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        probe.waitUntilExit()
        return printed
    }

    static let schemathesis = BinaryRunner.packageRoot.appendingPathComponent(".build/venv/bin/schemathesis").path

    /// Schemathesis (from PyPI; `.ci/run` installs it in `.build/venv`) generates requests from `/openapi.json` and
    /// checks every answer: never a 5xx, a documented status and content type, a body that fits its schema.
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: schemathesis),
            "schemathesis is not installed (.ci/run installs it in .build/venv)"))
    func answersFollowTheOpenAPIDocument() throws {
        let server = try RunningServer(parley)
        let run = Process()
        run.executableURL = URL(fileURLWithPath: Self.schemathesis)
        run.arguments = [
            "run", server.base + "/openapi.json", "--max-examples", "10", "--seed", "20261130", "--checks",
            "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
        ]
        let out = Pipe()
        run.standardOutput = out
        run.standardError = out
        try run.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 0, "\(report.suffix(3000))")
        #expect(report.contains("passed"), "\(report.suffix(3000))")
    }

    /// What the clients of ``answersWhileAnIndexRunWrites()`` saw.
    final class Tally: Sendable {
        let failures = Mutex<[String]>([])
        let answered = Mutex(0)

        func fail(_ text: String) { failures.withLock { $0.append(text) } }
    }

    static func matches(_ server: RunningServer, _ word: String) throws -> Int {
        let answer = try server.get("/api/search?q=\(word)&count=1&exact=1")
        let summary = try #require(answer.json?["summary"] as? [String: Any], "\(answer.status) \(answer.text)")
        return try #require(summary["matches"] as? Int)
    }
}

/// The web page in a real browser (headless Chromium from Debian's packages; `.ci/run` installs it): each view
/// renders from the API, and an article full of markup shows it as text, running none of it.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.indexingSamples()
        let hostile: [[String: String]] = [
            [
                "id": "hostile-1", "date": "2025-11-02", "source": "<i>Harbour Post</i>",
                "title": #"<script>document.title="pwned"</script>Valdora <b>talks</b> resume"#,
                "url": "javascript:document.title='pwned'",
                "text": #"""
                KALIV – Valdora and Drevania resumed talks on Sunday. <img src=x onerror="document.title='pwned'">

                “<script>document.title='pwned'</script> is not a compromise,” said Ilya Marevsky, the palace spokesman.

                Envoys said the <b>draft</b> & the <a href="javascript:alert(1)">annex</a> were still open.
                """#,
            ]
        ]
        try parley.index(hostile, in: folder)
    }

    /// The page after its script ran, as Chromium serializes it.
    func dom(_ server: RunningServer, _ path: String) throws -> String {
        let chromium = try #require(Self.chromium)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path("chromium"))",
            "--virtual-time-budget=8000", "--dump-dom", server.base + path,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (Debian's chromium package; .ci/run installs it)"))
    func viewsRenderAndMarkupStaysText() throws {
        let server = try RunningServer(parley)
        let views: [(String, String)] = [
            ("/?q=Valdora+talks", "matching passage"),
            ("/?q=compromise&speaker=Ilya+Marevsky", "matching passage"),
            ("/?view=quotes&speaker=Ilya+Marevsky", "statements"),
            ("/?view=timeline&q=Valdora", "<svg"),
            ("/?view=article&id=hostile-1", #"<article class="full">"#),
        ]
        for (path, rendered) in views {
            let dom = try dom(server, path)
            // The title is the page's own (`<title>` text is serialized unescaped): checked apart.
            let title =
                dom.range(of: #"<title>[^<]*(<(?!/title>)[^<]*)*</title>"#, options: .regularExpression)
                .map { String(dom[$0]) } ?? ""
            #expect(!title.hasPrefix("<title>pwned"), "\(path): \(title)")
            let page = dom.replacingOccurrences(of: title, with: "")
            #expect(page.contains(rendered), "\(path) did not render: \(page.suffix(2000))")
            #expect(!page.contains("class=\"error\""), "\(path): \(page.suffix(2000))")
            // The markup of the article is shown as text: escaped in the serialized DOM, never an element.
            #expect(!page.contains("<img"), "\(path)")
            #expect(!page.contains("<b>"), "\(path)")
            #expect(page.range(of: #"<a[^>]*href="javascript:"#, options: .regularExpression) == nil, "\(path)")
        }
        let article = try dom(server, "/?view=article&id=hostile-1")
        #expect(
            article.contains("&lt;script&gt;document.title=\"pwned\"&lt;/script&gt;Valdora &lt;b&gt;talks&lt;/b&gt;"))
        #expect(article.contains("&lt;img src=x onerror="))
        #expect(article.contains("Ilya Marevsky</span>"), "the quotation's speaker is shown beside it")
        let search = try dom(server, "/?q=Valdora+talks")
        #expect(search.contains("&lt;i&gt;Harbour Post&lt;/i&gt;"))
        #expect(search.contains("<mark>Valdora</mark>"))
    }
}
