import Foundation
import ParleyTestSupport
import Testing

/// The loadable SQLite extension (`libParleySQLite.so`, built beside `parley`) in the hosts people use: Python's
/// `sqlite3` module and Datasette. A full-text query there finds what `parley search` finds, and `parley_rank`
/// gives the same scores. Skipped, with the reason printed, where no Python can load extensions (pyenv's builds
/// cannot; Debian's `/usr/bin/python3` can) or, for Datasette alone, where it is not installed (`.ci/run` installs
/// it in `.build/venv`).
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct SQLiteExtensionTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.indexingSamples()
    }

    /// The extension beside the binary.
    static var library: String? {
        guard let binary = BinaryRunner.binaryPath else { return nil }
        let path = URL(fileURLWithPath: binary).deletingLastPathComponent().appendingPathComponent("libParleySQLite.so")
            .path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Runs `program` (a path, or a name looked up on `PATH`) in `folder`.
    static func runner(_ program: String, in folder: URL) -> BinaryRunner {
        var runner = BinaryRunner(workingDirectory: folder)
        runner.launcher = ["/usr/bin/env"]
        runner.binary = program
        return runner
    }

    /// A Python whose `sqlite3` can load extensions.
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "python3"].first { candidate in
        let result = try? runner(candidate, in: URL(fileURLWithPath: "/")).run([
            "-c", "import sqlite3; sqlite3.connect(':memory:').enable_load_extension(True)",
        ])
        return result?.status == 0
    }

    /// Runs `script` with the extension's path and the index's as `sys.argv[1]` and `sys.argv[2]`.
    func python(_ script: String) throws -> BinaryRunner.Result? {
        guard let python = Self.python, let library = Self.library else {
            print(
                "SQLiteExtensionTests: skipped (\(Self.library == nil ? "libParleySQLite.so is not built" : "no Python whose sqlite3 loads extensions"))"
            )
            return nil
        }
        return try Self.runner(python, in: folder.url).run(["-c", script, library, folder.path("Index/parley.sqlite")])
    }

    @Test func pythonQueriesTheIndexAsParleyDoes() throws {
        let script = """
            import sqlite3, sys, json
            conn = sqlite3.connect(sys.argv[2])
            conn.enable_load_extension(True)
            conn.load_extension(sys.argv[1])
            count = conn.execute("SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'territory'").fetchone()[0]
            best = conn.execute(
                "SELECT passage_fts.rowid, parley_rank(passage_fts, 1.0, 0.5, -1) AS score FROM passage_fts "
                "WHERE passage_fts MATCH 'territory' ORDER BY score, passage_fts.rowid LIMIT 3").fetchall()
            starts = [conn.execute("SELECT start FROM passage WHERE id = ?", (row[0],)).fetchone()[0] for row in best]
            explained = conn.execute(
                "SELECT parley_explain(passage_fts, 1.0, 0.5, -1) FROM passage_fts WHERE passage_fts MATCH 'territory' "
                "LIMIT 1").fetchone()[0]
            print(json.dumps({"count": count, "scores": [row[1] for row in best], "starts": starts, "explained": explained}))
            """
        guard let result = try python(script) else { return }
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let count = try parley.run(["search", "--count", "--all-copies", "territory"])
        #expect(count.stdout == "\(object["count"] as? Int ?? -1) matching passages\n", "\(count.stdout)")
        let listed = try parley.run(["search", "--all-copies", "--format", "jsonl", "--limit", "3", "territory"])
        let hits = listed.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.filter { $0["score"] != nil }
        #expect(hits.map { $0["score"] as? Double } == (object["scores"] as? [Double] ?? []).map { $0 })
        #expect(hits.map { $0["start"] as? Int } == (object["starts"] as? [Int] ?? []).map { $0 })
        #expect((object["explained"] as? String)?.contains("length\t") == true)
    }

    /// Without the extension a full-text query fails: the test above cannot pass by accident.
    @Test func withoutTheExtensionTheQueryFails() throws {
        guard let python = Self.python else { return }
        let result = try Self.runner(python, in: folder.url).run([
            "-c",
            "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute(\"SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'territory'\")",
            folder.path("Index/parley.sqlite"),
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("parley_v1"), "\(result.stderr)")
    }

    @Test func datasetteAnswersAFullTextQuery() throws {
        let datasette =
            ProcessInfo.processInfo.environment["PARLEY_DATASETTE"]
            ?? BinaryRunner.packageRoot.appendingPathComponent(".build/venv/bin/datasette").path
        guard FileManager.default.isExecutableFile(atPath: datasette), let library = Self.library else {
            print("SQLiteExtensionTests: Datasette skipped (\(datasette) is not installed: .ci/run installs it)")
            return
        }
        let result = try Self.runner(datasette, in: folder.url).run([
            folder.path("Index/parley.sqlite"), "--load-extension=\(library)",
            "--get",
            "/parley.json?sql=select+count(*)+as+n+from+passage_fts+where+passage_fts+match+'territory'&_shape=array",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let count = try parley.run(["search", "--count", "--all-copies", "territory"])
        let n = count.stdout.split(separator: " ").first.map(String.init) ?? ""
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[{\"n\": \(n)}]", "\(result.stdout)")
    }
}
