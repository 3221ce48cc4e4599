import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// The `parley` binary end to end: exit statuses, stdout, stderr.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct BinaryTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.inTemporaryFolder()
    }

    var samples: String { BinaryRunner.samples }

    @Test func versionAndHelp() throws {
        let version = try parley.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try parley.run(["--help"])
        #expect(help.status == 0)
        for command in ["index", "search", "stats"] { #expect(help.stdout.contains(command)) }
        for command in ["index", "search", "stats"] {
            let sub = try parley.run([command, "--help"])
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("USAGE: parley \(command)"))
            #expect(sub.stdout.contains("--index"))
        }
    }

    @Test func indexesTheSamplesIntoTheDefaultLocationThenUnchanged() throws {
        let first = try parley.run(["index", samples])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("28 indexed, 0 replaced, 0 unchanged, 1 duplicates, 0 skipped"))
        #expect(!first.stderr.contains("warning"))
        #expect(FileManager.default.fileExists(atPath: folder.path("Index/parley.sqlite")))
        let second = try parley.run(["index", samples])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 indexed, 0 replaced, 29 unchanged, 0 duplicates, 0 skipped"))
        let stats = try parley.run(["stats"])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("articles:  28 (+1 wire copies)"))
        #expect(stats.stdout.contains("dates:     2025-09-03 … 2025-12-19"))
    }

    @Test func indexLocationFromEnvironmentAndOption() throws {
        let input = try folder.write("a.jsonl", syntheticArticles(2))
        var withEnvironment = parley
        withEnvironment.environment["PARLEY_INDEX"] = folder.path("env/idx.sqlite")
        #expect(try withEnvironment.run(["index", "-q", input]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("env/idx.sqlite")))
        #expect(try withEnvironment.run(["index", "-q", "--index", folder.path("opt.sqlite"), input]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("opt.sqlite")))
    }

    @Test func searchPrintsRankedHighlightedPassages() throws {
        #expect(try parley.run(["index", "-q", samples]).status == 0)
        let result = try parley.run(["search", "--limit", "2", "compromise", "territory"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("1. ") == true)
        #expect(lines.first?.contains(" — ") == true)
        #expect(result.stdout.contains("[compromise]") || result.stdout.contains("[compromised]"))
        #expect(result.stdout.contains("2 of "))
        #expect(!result.stdout.contains("3. "))
    }

    @Test func phraseSearch() throws {
        #expect(try parley.run(["index", "-q", samples]).status == 0)
        let result = try parley.run(["search", "\"security guarantees\""])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[security guarantees]"))
    }

    @Test func noMatchExitsOne() throws {
        #expect(try parley.run(["index", "-q", samples]).status == 0)
        let result = try parley.run(["search", "zeppelin"])
        #expect(result.status == 1)
        #expect(result.stdout == "No passage matches.\n")
    }

    @Test(arguments: ["NEAR(", "\"", "(((", "AND OR NOT", "title:x", "'); DROP TABLE article; --", "*", "^", "“"])
    func hostileQueriesGiveOneLineOrResults(_ query: String) throws {
        #expect(try parley.run(["index", "-q", samples]).status == 0)
        let result = try parley.run(["search", query])
        #expect([0, 1, 2].contains(result.status))
        #expect(!result.stderr.contains("SQLite error"))
        #expect(!result.stderr.contains("fts5"))
        #expect(result.stderr.split(separator: "\n").count <= 1)
        if result.status == 2 { #expect(result.stderr.hasPrefix("error: ")) }
    }

    @Test func searchWithoutIndexFails() throws {
        let result = try parley.run(["search", "talks"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: No index at 'Index/parley.sqlite'"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("Index/parley.sqlite")))
    }

    @Test func foreignFileIsRefusedAndUntouched() throws {
        let path = try folder.write("notes.txt", "These are my notes, not an index.\n")
        let result = try parley.run(["index", "--index", path, samples])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a Parley index (not an SQLite database)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "These are my notes, not an index.\n")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try parley.run(["index"]).status == 2)
        #expect(try parley.run(["search"]).status == 2)
        #expect(try parley.run(["search", "--limit", "0", "x"]).status == 2)
        #expect(try parley.run(["frobnicate"]).status == 2)
    }

    @Test func badLinesAreWarnedSkippedAndTheRestIndexed() throws {
        var feed = syntheticArticles(3, prefix: "good")
        feed += "{\"id\":\"broken\",\"title\":\"Cut\n"
        feed += "{\"id\":\"empty\",\"title\":\"No body\"}\n"
        feed += syntheticArticles(2, prefix: "after")
        let path = try folder.write("feeds/a.jsonl", feed)
        let result = try parley.run(["index", "feeds/a.jsonl"])
        #expect(result.status == 1)
        let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        #expect(
            warnings == [
                "warning: feeds/a.jsonl:4: not valid JSON (unexpected end of input); skipped",
                "warning: feeds/a.jsonl:5: no article text (expected one of text, maintext, body, content); skipped",
            ])
        #expect(result.stderr.contains("5 indexed, 0 replaced, 0 unchanged, 0 duplicates, 2 skipped"))
        _ = path
    }

    @Test func strictFailsAndWritesNothing() throws {
        let good = try folder.write("good.jsonl", syntheticArticles(5))
        let bad = try folder.write("bad.jsonl", "not json\n")
        let result = try parley.run(["index", "--strict", good, bad])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: \(bad):1: not valid JSON"))
        #expect(result.stderr.contains("--strict: nothing was written"))
        let index = try ParleyIndex.open(at: folder.path("Index/parley.sqlite"), mode: .existing)
        #expect(try index.statistics().articles == 0)
    }

    @Test func readsStandardInputAndGzip() throws {
        let stdinResult = try parley.run(["index", "-"], stdin: Data(syntheticArticles(4, prefix: "in").utf8))
        #expect(stdinResult.status == 0, "\(stdinResult.stderr)")
        #expect(stdinResult.stderr.contains("4 indexed"))
        try folder.write("plain.jsonl", syntheticArticles(3, prefix: "gz"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-n", folder.path("plain.jsonl")]
        try gzip.run()
        gzip.waitUntilExit()
        let gzResult = try parley.run(["index", "plain.jsonl.gz"])
        #expect(gzResult.status == 0, "\(gzResult.stderr)")
        #expect(gzResult.stderr.contains("3 indexed"))
        #expect(try parley.run(["stats"]).stdout.contains("articles:  7"))
    }

    @Test func nonUTF8LineIsReported() throws {
        var data = Data(syntheticArticles(1, prefix: "ok").utf8)
        data.append(Data("{\"id\":\"latin1\",\"title\":\"Caf".utf8))
        data.append(0xE9)
        data.append(Data("\",\"text\":\"x\"}\n".utf8))
        try folder.write("mixed.jsonl", data)
        let result = try parley.run(["index", "mixed.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("warning: mixed.jsonl:2: not valid UTF-8"))
        #expect(result.stderr.contains("1 indexed"))
    }

    @Test func killDuringIndexingLeavesAConsistentIndexAndARerunFinishes() throws {
        let count = 12_000
        try folder.write("big.jsonl", syntheticArticles(count, prefix: "k"))
        let process = try parley.start(["index", "big.jsonl"])
        // Let it commit a few batches, then kill it without warning.
        let deadline = Date().addingTimeInterval(30)
        let indexPath = folder.path("Index/parley.sqlite")
        while Date() < deadline {
            if let size = try? FileManager.default.attributesOfItem(atPath: indexPath + "-wal")[.size] as? Int,
                size > 2_000_000
            {
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        _ = try parley.finish(process)
        do {
            let index = try ParleyIndex.open(at: indexPath, mode: .existing)
            let stats = try index.statistics()
            #expect(stats.passages == stats.articles * 3)
            try index.checkIntegrity()
        }
        let rerun = try parley.run(["index", "big.jsonl"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let index = try ParleyIndex.open(at: indexPath, mode: .existing)
        #expect(try index.statistics().articles == count)
        try index.checkIntegrity()
    }

    @Test func interruptCommitsAndExits130() throws {
        try folder.write("big.jsonl", syntheticArticles(60_000, prefix: "i"))
        let process = try parley.start(["index", "big.jsonl"])
        // Interrupted once its first batch is committed, well before the end: the signal is then sure to come
        // while it indexes (a fixed pause let a fast machine finish first, and the test accepted that).
        var configuration = Configuration()
        configuration.readonly = true
        let deadline = Date().addingTimeInterval(60)
        var committed = 0
        while committed == 0, process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            committed =
                (try? DatabaseQueue(path: folder.path("Index/parley.sqlite"), configuration: configuration)
                    .read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }) ?? 0
        }
        kill(process.processIdentifier, SIGINT)
        let result = try parley.finish(process)
        #expect(result.status == 130, "indexing ended before the signal (\(committed) articles seen): use more")
        #expect(result.stderr.contains("interrupted: "))
        let index = try ParleyIndex.open(at: folder.path("Index/parley.sqlite"), mode: .existing)
        let stats = try index.statistics()
        #expect(stats.passages == stats.articles * 3)
        try index.checkIntegrity()
    }
}

extension ParleyIndex {
    func checkIntegrity() throws {
        try dbQueue.write { db in
            try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)")
        }
    }
}

/// `parley tokens` and `parley reindex` through the binary.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct TokenizerCommandTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.inTemporaryFolder()
    }

    @Test func tokensShowsTermsAndCharacterOffsets() throws {
        let result = try parley.run(["tokens", "Šelvik’s U.S.-Russia four-year talks"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { $0[0] } == ["selvik", "US", "russia", "four", "year", "talk"])
        #expect(rows.map { $0[1] } == ["0–8", "9–13", "14–20", "21–25", "26–30", "31–36"])
        #expect(rows.map { $0[2] } == ["Šelvik’s", "U.S.", "Russia", "four", "year", "talks"])
    }

    @Test func tokensQueryAndPrefixModes() throws {
        #expect(try parley.run(["tokens", "--query", "US"]).stdout.hasPrefix("US "))
        #expect(try parley.run(["tokens", "US"]).stdout.hasPrefix("us "))
        let prefix = try parley.run(["tokens", "--prefix", "negotiat"])
        #expect(prefix.stdout.contains("| negoti"))
        #expect(try parley.run(["tokens", "—"]).stdout == "(no tokens)\n")
        #expect(try parley.run(["tokens", "--query", "--prefix", "x"]).status == 2)
    }

    /// An index from before the words hashes (schema v6) is upgraded as a command opens it, once, and says so.
    @Test func anOlderSchemaIsUpgradedOnceWithANote() throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(3))]).status == 0)
        let path = folder.path("Index/parley.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "ALTER TABLE passage DROP COLUMN words_hash")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-passage-words-hash'")
            }
            try queue.close()
        }
        let first = try parley.run(["stats"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stderr.hasPrefix(
                "note: upgrading 'Index/parley.sqlite' to this Parley's schema, once: about 9 passages"),
            "\(first.stderr)")
        let second = try parley.run(["stats"])
        #expect(second.status == 0 && !second.stderr.contains("upgrading"), "\(second.stderr)")
        let hashed = try DatabaseQueue(path: path).read {
            try Int.fetchOne($0, sql: "SELECT count(words_hash) FROM passage")
        }
        #expect(hashed == 9)
    }

    @Test func outdatedIndexNamesReindexAndReindexRebuilds() throws {
        let input = try folder.write("a.jsonl", syntheticArticles(3))
        #expect(try parley.run(["index", "-q", input]).status == 0)
        let path = folder.path("Index/parley.sqlite")
        do {
            let index = try ParleyIndex.open(at: path, mode: .existing)
            try index.dbQueue.write { db in
                try db.execute(sql: "UPDATE parley_meta SET value = 'parley_v0' WHERE key = 'tokenizer'")
            }
        }
        let refused = try parley.run(["search", "territory"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("built with the tokenizer 'parley_v0'"))
        #expect(refused.stderr.contains("Run 'parley reindex'"))
        let reindex = try parley.run(["reindex"])
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(reindex.stderr.hasPrefix("reindexed 9 passages with parley_v1"))
        let search = try parley.run(["search", "territory"])
        #expect(search.status == 0)
        #expect(
            search.stdout.contains("1 of 1 matching passage (3 with copies: --all-copies lists them)."),
            "\(search.stdout)")
        #expect(try parley.run(["search", "--all-copies", "territory"]).stdout.contains("3 of 3 matching passages"))
    }

    /// An index in the layout before the filters' index terms (`parley_v1+impact1`, no `facets` column, no
    /// `passage_facets` view) with an alias line it does not follow yet: the alias is merged as it opens, and
    /// `parley reindex` rebuilds it (the merge used to need the view, and refused to open it at all).
    @Test func anIndexInTheOlderLayoutWithANewAliasLineIsReindexed() throws {
        try indexThreeArticles(
            thenRun: """
                DROP TABLE passage_fts;
                DROP VIEW passage_text;
                DROP VIEW passage_facets;
                CREATE VIEW passage_text AS
                    SELECT passage.id AS id,
                           substr(article.text, passage.start + 1, passage."end" - passage.start) AS text,
                           article.title AS title,
                           char(1) || substr(article.text, passage.start + 1, passage."end" - passage.start)
                               || char(1) || article.title AS impact
                    FROM passage JOIN article ON article.id = passage.article_id;
                CREATE VIRTUAL TABLE passage_fts USING fts5(
                    text, title, impact, content = 'passage_text', content_rowid = 'id', tokenize = 'parley_v1');
                INSERT INTO passage_fts(passage_fts) VALUES ('rebuild');
                UPDATE parley_meta SET value = 'parley_v1+impact1' WHERE key = 'tokenizer';
                """)
        try folder.write("Index/aliases.tsv", "Katarina Šelvik\tK. Šelvik\n")
        let refused = try parley.run(["search", "territory"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("Run 'parley reindex'"), "\(refused.stderr)")
        let reindex = try parley.run(["reindex"])
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(try parley.run(["search", "territory"]).status == 0)
        let check = try parley.run(["check"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// An index built with former levels (`parley_v1+impact1`: from 1.4, of the weight without the length floor;
    /// `parley_v1+impact2`: no step between 1.9 and 2.0) is refused until `parley reindex` writes the new level tokens;
    /// then `parley check` passes.
    @Test(arguments: ["parley_v1+impact1+facets1", "parley_v1+impact2+facets1"])
    func anIndexWithTheFormerLevelsIsReindexed(former: String) throws {
        try indexThreeArticles(thenRun: "UPDATE parley_meta SET value = '\(former)' WHERE key = 'tokenizer'")
        let refused = try parley.run(["search", "territory"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(former), "\(refused.stderr)")
        #expect(refused.stderr.contains("Run 'parley reindex'"), "\(refused.stderr)")
        #expect(try parley.run(["reindex"]).status == 0)
        #expect(try parley.run(["check"]).stdout.contains("tokenizer:  parley_v1+impact3+facets1 (current)"))
        #expect(try parley.run(["search", "territory"]).status == 0)
    }

    /// Indexes three generated articles into the folder's index, then runs `sql` on it (to make it look older).
    func indexThreeArticles(thenRun sql: String) throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(3))]).status == 0)
        let index = try ParleyIndex.open(at: folder.path("Index/parley.sqlite"), mode: .existing)
        try index.dbQueue.write { try $0.execute(sql: sql) }
    }
}
