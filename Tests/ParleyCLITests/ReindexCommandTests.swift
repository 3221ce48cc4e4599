import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch
@testable import ParleyText

/// The extraction version note, `offices.tsv` and `parley reindex` re-extraction through the binary.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct ReindexCommandTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.inTemporaryFolder()
    }

    var samples: String { BinaryRunner.samples }
    var indexPath: String { folder.path("Index/parley.sqlite") }

    static let note =
        "note: 'Index/parley.sqlite' was analysed by Parley's extraction v1; this Parley extracts "
        + "v\(ArticleExtraction.version). Run 'parley reindex' (with the same --index) to re-extract quotations, "
        + "speakers and entities from the stored text.\n"

    /// Runs `sql` on the index as a writer does: the passages whose filter tokens it changes are rewritten.
    func edit(_ sql: String) throws {
        let index = try ParleyIndex.open(at: indexPath, mode: .rebuild)
        try index.dbQueue.write { db in
            try PassageFullText.watch(db)
            try db.execute(sql: sql)
            try PassageFullText.rewriteChanged(db)
        }
        try index.dbQueue.close()
    }

    func count(_ sql: String) throws -> Int {
        try ParleyIndex.open(at: indexPath, mode: .rebuild).dbQueue.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    static let markAsVersionOne = "UPDATE parley_meta SET value = '1' WHERE key = 'analysis'"

    @Test func olderAnalysisIsNotedOnceByEachCommandAndReindexReextracts() throws {
        #expect(try parley.run(["index", "-q", samples]).status == 0)
        let listings = [
            ["quotes", "--all-kinds", "--limit", "1000", "--format", "jsonl"], ["speakers", "--limit", "1000"],
            ["entities", "--limit", "1000"],
        ]
        let before = try listings.map { try parley.run($0).stdout }
        let quotations = try count("SELECT count(*) FROM quote")
        let mentions = try count("SELECT count(*) FROM mention")
        try edit(
            """
            INSERT INTO quote_fts (quote_fts, rowid, text) SELECT 'delete', id, text FROM quote WHERE id = 1;
            DELETE FROM quote WHERE id = 1;
            UPDATE quote SET speaker_id = (SELECT id FROM entity WHERE name = 'Yuri Tobolin')
                WHERE id = (SELECT max(id) FROM quote);
            \(Self.markAsVersionOne);
            """)
        for command in [
            ["stats"], ["search", "territory"], ["quotes", "--limit", "1"], ["speakers"], ["entities"], ["aliases"],
        ] {
            let result = try parley.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr == Self.note, "\(command)")
            #expect(!result.stdout.isEmpty, "\(command)")
        }
        #expect(try parley.run(listings[0]).stdout != before[0])
        let reindex = try parley.run(["reindex"])
        #expect(reindex.status == 0, "\(reindex.stderr)")
        let expected =
            "re-extracted \(quotations.formatted(.number.grouping(.automatic))) quotations and "
            + "\(mentions.formatted(.number.grouping(.automatic))) mentions from 28 articles with extraction "
            + "v\(ArticleExtraction.version) in "
        #expect(reindex.stderr.hasPrefix(expected), "\(reindex.stderr)")
        #expect(reindex.stderr.hasSuffix(" s\n"))
        #expect(!reindex.stderr.contains("note:"))
        #expect(!reindex.stderr.contains("reindexed"))  // the tokenizer is current: passages kept
        let stats = try parley.run(["stats"])
        #expect(stats.status == 0)
        #expect(stats.stderr.isEmpty)
        #expect(try listings.map { try parley.run($0).stdout } == before)
        // Already up to date: reindex re-extracts anyway (the user asked), and changes nothing.
        #expect(try parley.run(["reindex"]).stderr.hasPrefix(expected))
        #expect(try listings.map { try parley.run($0).stdout } == before)
    }

    @Test func indexingIntoAnOlderIndexNotesOnceAndSaysNothingMore() throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(2))]).status == 0)
        try edit(Self.markAsVersionOne)
        let more = try parley.run(["index", try folder.write("b.jsonl", syntheticArticles(2, prefix: "more"))])
        #expect(more.status == 0)
        #expect(more.stderr.hasPrefix(Self.note))
        #expect(more.stderr.dropFirst(Self.note.count).hasPrefix("2 indexed, 0 replaced"))
        #expect(try count("SELECT count(*) FROM quote") == 4)
        #expect(try parley.run(["stats"]).stderr == Self.note)
    }

    @Test func textOnlyRebuildsTheFullTextIndexAndKeepsTheNote() throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(3))]).status == 0)
        try edit(Self.markAsVersionOne)
        let result = try parley.run(["reindex", "--text-only"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix(Self.note))
        #expect(result.stderr.dropFirst(Self.note.count).hasPrefix("reindexed 9 passages with parley_v1 in "))
        #expect(!result.stderr.contains("re-extracted"))
        #expect(try parley.run(["stats"]).stderr == Self.note)
        let help = try parley.run(["reindex", "--help"])
        #expect(help.stdout.contains("--text-only"))
        #expect(help.stdout.contains("Re-extract quotations, speakers and entities"))
    }

    @Test func aliasesAddedBeforeReindexStillHold() throws {
        let variant =
            #"{"id":"v1","title":"Palace says talks continue","date":"2025-10-03","source":"Meridian Wire","text":"The palace spoke on Monday.\n\n“We are not leaving the table,” said Ilya Marevski, the palace spokesman."}"#
        let input = try folder.write("a.jsonl", syntheticArticles(2) + variant + "\n")
        #expect(try parley.run(["index", "-q", input]).status == 0)
        let added = try parley.run(["aliases", "add", "Ilya Marevsky", "Ilya Marevski"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("merged 1 stored entity"))
        let reindex = try parley.run(["reindex"])
        #expect(reindex.status == 0, "\(reindex.stderr)")
        let speakers = try parley.run(["speakers", "--format", "jsonl"])
        #expect(speakers.stdout.split(separator: "\n").count == 1)
        // Three quotations in three articles, two of them the same words (the synthetic articles'): two statements.
        #expect(
            speakers.stdout.contains(#""articles":3"#) && speakers.stdout.contains(#""statements":2"#),
            "\(speakers.stdout)")
        #expect(speakers.stdout.contains(#""speaker":"Ilya Marevsky""#))
        let quotes = try parley.run(["quotes", "--speaker", "Marevsky", "not leaving"])
        #expect(quotes.status == 0, "\(quotes.stderr)")
        #expect(quotes.stdout.contains("1. Ilya Marevsky: “We are not leaving the table,”"))
    }

    @Test func badOfficeRowsWarnWithFileAndLineOncePerCommandThatReadsThem() throws {
        try folder.write(
            "Index/offices.tsv", "Valdora\tforeign minister\tKatarina Šelvik\t2020-01-01\t\nValdora, foreign minister\n"
        )
        let warning =
            "warning: Index/offices.tsv:2: not an office row (expected country, office, person, from[, to] separated "
            + "by tabs); skipped\n"
        let index = try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(2))])
        #expect(index.status == 0)
        #expect(index.stderr == warning)
        let reindex = try parley.run(["reindex"])
        #expect(reindex.status == 0)
        #expect(reindex.stderr.hasPrefix(warning + "re-extracted "))
        let search = try parley.run(["search", "territory"])
        #expect(search.status == 0)
        #expect(search.stderr.isEmpty)
    }

    // A role the article never names resolves through offices.tsv beside the index, by the article's date.
    @Test
    func anOfficeRowNamesTheSpeakerOfARole() throws {
        try folder.write("Index/offices.tsv", "Valdora|Valdoran\tforeign minister\tKatarina Šelvik\t2020-01-01\t\n")
        let article =
            #"{"id":"o1","title":"Treaty stalls","date":"2025-10-01","source":"Meridian Wire","text":"Talks on the treaty stalled in Port Solenne on Wednesday.\n\n“We will not sign,” the Valdoran foreign minister said."}"#
        let index = try parley.run(["index", try folder.write("a.jsonl", article + "\n")])
        #expect(index.status == 0, "\(index.stderr)")
        let quotes = try parley.run(["quotes", "--format", "jsonl"])
        #expect(quotes.stdout.contains(#""speaker":"Katarina Šelvik""#), "\(quotes.stdout)")
        #expect(quotes.stdout.contains(#""method":"office""#))
        // Rows added later reach the stored articles through reindex.
        try folder.write("Index/offices.tsv", "")
        #expect(try parley.run(["reindex"]).status == 0)
        #expect(try parley.run(["quotes", "--speaker", "Šelvik"]).status == 2)
    }

    /// Interrupted part-way (Ctrl-C), reindex rolls back: the old quotations, mentions and version stay whole.
    @Test(arguments: [SIGINT, SIGTERM])
    func interruptedReindexLeavesTheOldStateWhole(signal: Int32) throws {
        #expect(try parley.run(["index", "-q", try folder.write("a.jsonl", syntheticArticles(3000))]).status == 0)
        try edit(
            """
            INSERT INTO quote_fts (quote_fts, rowid, text) SELECT 'delete', id, text FROM quote WHERE id = 1;
            DELETE FROM quote WHERE id = 1;
            \(Self.markAsVersionOne);
            """)
        let quotations = try count("SELECT count(*) FROM quote")
        let process = try parley.start(["reindex"])
        // Once the index is open the reindex is under way (a loaded machine may take more than a second to get
        // there: a fixed pause let the signal come before the handler).
        let descriptors = "/proc/\(process.processIdentifier)/fd"
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, process.isRunning {
            let links = (try? FileManager.default.contentsOfDirectory(atPath: descriptors)) ?? []
            if links.contains(where: {
                (try? FileManager.default.destinationOfSymbolicLink(atPath: descriptors + "/" + $0))?.hasSuffix(
                    "parley.sqlite") == true
            }) {
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Thread.sleep(forTimeInterval: 0.2)
        kill(process.processIdentifier, signal)
        let result = try parley.finish(process)
        // Status 130 says the signal arrived before the work ended (0 would mean it came too late to prove anything).
        #expect(result.status == 130, "reindex ended first (\(result.stderr)): use more articles")
        #expect(result.stderr == "interrupted: nothing was changed\n")
        #expect(try count("SELECT count(*) FROM quote") == quotations)
        #expect(try count("SELECT value FROM parley_meta WHERE key = 'analysis'") == 1)
        let index = try ParleyIndex.open(at: indexPath, mode: .existing)
        try index.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 1)")
            try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)")
        }
        #expect(try parley.run(["stats"]).stderr == Self.note)
    }
}
