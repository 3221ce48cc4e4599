import Foundation
import GRDB
import ParleyTestSupport
import Testing

@testable import ParleySearch
@testable import ParleyText

@Suite struct IndexerTests {
    @Test func indexesArticlesPassagesAndFTS() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let path = try folder.jsonl("a.jsonl", [Sample.article("a1"), Sample.article("a2")])
        let (progress, issues) = try ingest(index, [path])
        #expect(issues.isEmpty)
        #expect(progress.indexed == 2 && progress.articles == 2 && progress.files == 1 && progress.skipped == 0)
        #expect(try index.count("article") == 2)
        #expect(try index.count("passage") == 4)
        try index.checkIntegrity()
    }

    @Test func passageOffsetsSliceTheStoredText() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let text = "Première phrase — “Šelvik’s” plan 🇺🇦.\n\nSecond paragraph with Režek.\nThird, after one newline."
        let path = try folder.jsonl("a.jsonl", [Sample.article("u1", text: text)])
        try ingest(index, [path])
        let rows = try index.dbQueue.read { db in
            try Row.fetchAll(
                db, sql: #"SELECT start, "end", text FROM passage JOIN passage_text USING (id) ORDER BY ordinal"#)
        }
        let scalars = Array(text.unicodeScalars)
        #expect(rows.count == 3)
        for row in rows {
            let start: Int = row[0], end: Int = row[1], stored: String = row[2]
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == stored)
        }
    }

    /// A key corrected then reverted in one run ends with its last version, although the pre-check that skips
    /// unchanged records reads a connection that cannot see the batches still being written.
    @Test func lastVersionOfAKeyWinsAcrossBatches() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let original = Sample.article("k1", text: "The original text about sanctions.")
        try ingest(index, [try folder.jsonl("v1.jsonl", [original])])
        var filler: [[String: String]] = []
        for n in 0..<5 { filler.append(Sample.article("f\(n)", text: "Filler number \(n) about grain.")) }
        let run = try folder.jsonl(
            "run.jsonl",
            [Sample.article("k1", text: "A corrected text about a ceasefire.")]
                + filler + [original])
        for strict in [false, true] {
            var options = Indexer.Options(strict: strict)
            options.batchArticles = 1
            _ = try Indexer(index: index, options: options).run(paths: [run])
            #expect(try index.search(SearchQuery("original sanctions")).hits.count == 1, "strict: \(strict)")
            #expect(try index.search(SearchQuery("corrected")).hits.isEmpty, "strict: \(strict)")
        }
        try index.checkIntegrity()
    }

    @Test func secondRunIsUnchanged() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let path = try folder.jsonl("a.jsonl", [Sample.article("a1"), Sample.article("a2")])
        try ingest(index, [path])
        let (again, _) = try ingest(index, [path])
        #expect(again.unchanged == 2 && again.indexed == 0 && again.replaced == 0)
        #expect(try index.count("article") == 2)
    }

    @Test func changedTextReplacesOldVersionAndItsPassages() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(
            index, [try folder.jsonl("v1.jsonl", [Sample.article("a1", text: "Old text about sanctions.\n\nMore.")])])
        let (progress, _) = try ingest(
            index, [try folder.jsonl("v2.jsonl", [Sample.article("a1", text: "New text about a ceasefire.")])])
        #expect(progress.replaced == 1)
        #expect(try index.count("article") == 1)
        #expect(try index.count("passage") == 1)
        try index.checkIntegrity()
        #expect(try index.search(SearchQuery("sanctions")).hits.isEmpty)
        #expect(try index.search(SearchQuery("ceasefire")).hits.count == 1)
    }

    @Test func changedTitleAloneReplaces() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(index, [try folder.jsonl("v1.jsonl", [Sample.article("a1", title: "First headline")])])
        let (progress, _) = try ingest(
            index, [try folder.jsonl("v2.jsonl", [Sample.article("a1", title: "Corrected headline")])])
        #expect(progress.replaced == 1)
        #expect(try index.search(SearchQuery("corrected")).hits.first?.title == "Corrected headline")
        #expect(try index.search(SearchQuery("first headline")).hits.isEmpty)
        try index.checkIntegrity()
    }

    @Test func wireCopyIsStoredOnceWithBothSources() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let text = "SERIN (Meridian Wire) – The palace rejected the proposal.\n\n“No,” Marevsky said."
        let path = try folder.jsonl(
            "a.jsonl",
            [
                Sample.article("mw-1", text: text, source: "Meridian Wire"),
                Sample.article("nr-9", title: "Palace says no", text: text, source: "The Northgate Review"),
            ])
        let (progress, _) = try ingest(index, [path])
        #expect(progress.indexed == 1 && progress.duplicates == 1)
        let stats = try index.statistics()
        #expect(stats.articles == 1 && stats.copies == 1 && stats.sources == 2)
        #expect(try index.search(SearchQuery("palace")).hits.count == 1)
        let (again, _) = try ingest(index, [path])
        #expect(again.unchanged == 2)
    }

    @Test func wireCopyWithChangedTextBecomesItsOwnArticle() throws {
        let text = "The palace rejected the proposal on Monday."
        let (folder, index) = try indexOf([
            Sample.article("mw-1", text: text), Sample.article("nr-9", text: text, source: "The Northgate Review"),
        ])
        let (progress, _) = try ingest(
            index, [try folder.jsonl("b.jsonl", [Sample.article("nr-9", text: text + " Updated with reaction.")])])
        #expect(progress.replaced == 1)
        #expect(try index.statistics().articles == 2)
        #expect(try index.statistics().copies == 0)
        try index.checkIntegrity()
    }

    @Test func replacingTheOriginalKeepsTheCopy() throws {
        let text = "The palace rejected the proposal on Monday."
        let (folder, index) = try indexOf([
            Sample.article("mw-1", text: text, source: "Meridian Wire"),
            Sample.article("nr-9", text: text, source: "The Northgate Review"),
        ])
        try ingest(index, [try folder.jsonl("b.jsonl", [Sample.article("mw-1", text: "A corrected story.")])])
        let sources = try index.dbQueue.read { db in
            try String.fetchAll(db, sql: "SELECT source FROM article ORDER BY source")
        }
        #expect(sources == ["Meridian Wire", "The Northgate Review"])
        #expect(try index.search(SearchQuery("palace")).hits.first?.source == "The Northgate Review")
        try index.checkIntegrity()
    }

    @Test func identityFallsBackToURLThenTextHash() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let path = try folder.write(
            "a.jsonl",
            """
            {"title":"One","text":"By URL.","url":"HTTPS://Example.ORG/story/#top"}
            {"title":"One","text":"By URL.","url":"https://example.org/story"}
            {"title":"Two","text":"By hash only."}
            {"title":"Two","text":"By hash only."}

            """)
        let (progress, _) = try ingest(index, [path])
        #expect(progress.indexed == 2 && progress.unchanged == 2)
        let keys = try index.dbQueue.read { try String.fetchAll($0, sql: "SELECT key FROM article_key ORDER BY key") }
        #expect(keys == ["hash:" + ContentHash.hex(of: "Two\u{0}By hash only."), "url:https://example.org/story"])
    }

    @Test func badLinesAreSkippedAndTheRestIndexed() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let path = try folder.write(
            "feed.jsonl",
            """
            {"id":"1","title":"A","text":"First good article."}
            {"id":"2","title":"B",
            {"id":"3","title":"C"}
            {"id":"4","title":"D","text":"Second good article.","date":"the day after"}
            {"id":"5","title":"E","text":"Third good article."}

            """)
        let (progress, issues) = try ingest(index, [path])
        #expect(progress.indexed == 3)
        #expect(progress.skipped == 2)
        #expect(
            issues.map(\.description) == [
                "\(path):2: not valid JSON (unexpected end of input); skipped",
                "\(path):3: no article text (expected one of text, maintext, body, content); skipped",
                "\(path):4: date 'the day after' not understood; kept empty",
            ])
        try index.checkIntegrity()
    }

    @Test func strictWritesNothingOnAProblem() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let good = try folder.jsonl("good.jsonl", (1...700).map { Sample.article("g\($0)") })
        let bad = try folder.write("bad.jsonl", "{\"id\":\"x\"\n")
        #expect(throws: StoreError.self) { try ingest(index, [good, bad], strict: true) }
        #expect(try index.count("article") == 0)
        #expect(try index.count("passage_fts") == 0)
        let (progress, _) = try ingest(index, [good], strict: true)
        #expect(progress.indexed == 700)
    }

    @Test func stopRequestCommitsWholeArticlesOnly() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let path = try folder.jsonl("many.jsonl", (1...1200).map { Sample.article("m\($0)") })
        var polls = 0
        let progress = try Indexer(index: index).run(
            paths: [path],
            shouldStop: {
                polls += 1
                return polls > 800
            })
        #expect(progress.interrupted)
        let stored = try index.count("article")
        #expect(stored == progress.indexed)
        #expect(try index.count("passage") == stored * 2)
        try index.checkIntegrity()
        let (rest, _) = try ingest(index, [path])
        #expect(rest.unchanged == stored && rest.indexed == 1200 - stored)
    }

    @Test func statisticsReportDatesAndSources() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(
            index,
            [
                try folder.jsonl(
                    "a.jsonl",
                    [
                        Sample.article("a", source: "Meridian Wire", date: "2025-09-14"),
                        Sample.article("b", source: "Casmira Press Agency", date: "Wed, 03 Dec 2025 10:15:00 GMT"),
                        Sample.article("c", source: "Meridian Wire", date: "2025-10-20T17:40:00+02:00"),
                    ])
            ])
        let stats = try index.statistics()
        #expect(stats.articles == 3 && stats.passages == 6 && stats.sources == 2)
        #expect(stats.firstDate == "2025-09-14" && stats.lastDate == "2025-12-03T10:15:00Z")
        #expect(stats.articlesBySource.first?.source == "Meridian Wire")
        #expect(stats.fileBytes > 0)
    }

    @Test func controlCharactersNeverReachTheIndex() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let path = try folder.write(
            "nul.jsonl",
            #"{"id":"n","title":"T\u0002x","text":"first\u0000 para\nsecond \u0002paragraph\u0003 zebra"}"# + "\n")
        try ingest(index, [path])
        let hit = try #require(try index.search(SearchQuery("zebra")).hits.first)
        #expect(hit.text == "second  paragraph  zebra")
        #expect(hit.title == "T x")
        try ingest(index, [try folder.jsonl("n2.jsonl", [Sample.article("n", text: "Replaced.")])])
        #expect(try index.search(SearchQuery("zebra")).hits.isEmpty)
        try index.checkIntegrity()
    }

    @Test func headlineCorrectionOnAWireCopyIsKept() throws {
        let text = "The palace rejected the proposal on Monday."
        let (folder, index) = try indexOf([
            Sample.article("k1", title: "Old title", text: text, source: "Alpha"),
            Sample.article("k2", title: "Other title", text: text, source: "Beta"),
        ])
        let (progress, _) = try ingest(
            index,
            [try folder.jsonl("b.jsonl", [Sample.article("k1", title: "Corrected title", text: text, source: "Alpha")])]
        )
        #expect(progress.replaced == 1)
        #expect(try index.search(SearchQuery("corrected")).hits.first?.title == "Corrected title")
        #expect(try index.search(SearchQuery("old title")).hits.isEmpty)
        #expect(try index.statistics().copies == 1)
        let (again, _) = try ingest(
            index,
            [try folder.jsonl("b.jsonl", [Sample.article("k1", title: "Corrected title", text: text, source: "Alpha")])]
        )
        #expect(again.unchanged == 1)
        try index.checkIntegrity()
    }

    @Test func sameTextUnderTwoHeadlinesSettles() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let a = try folder.write(
            "a.jsonl", #"{"title":"Alpha headline","text":"Shared wire text.","source":"Alpha"}"# + "\n")
        let b = try folder.write(
            "b.jsonl", #"{"title":"Beta headline","text":"Shared wire text.","source":"Beta"}"# + "\n")
        let (first, _) = try ingest(index, [a, b])
        #expect(first.indexed == 1 && first.duplicates == 1)
        let (second, _) = try ingest(index, [a, b])
        #expect(second.unchanged == 2)
        #expect(try index.statistics().sources == 2)
    }

    @Test func textGivenAsAListOfParagraphsKeepsThem() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        try ingest(
            index, [try folder.write("p.jsonl", #"{"id":"p","title":"T","text":["Para one.","Para two."]}"# + "\n")])
        #expect(try index.count("passage") == 2)
    }
}

@Suite struct SpeakerIdentityTests {
    @Test func surnameOnlyArticleJoinsTheFullNameFromAnother() throws {
        // The surname-only article comes first; the full name arrives later and takes it over.
        let (_, index) = try indexOf([
            Sample.article("s1", text: "“We will wait,” Ushkarov said on Monday."),
            Sample.article(
                "s2", text: "Senior aide Yuri Ushkarov met the envoy.\n\n“Nothing is agreed,” Ushkarov said."),
            Sample.article("s3", text: "“Talks resume soon,” Ushkarov told reporters."),
        ])
        let speakers = try index.speakers()
        #expect(speakers.map(\.name) == ["Yuri Ushkarov"])
        #expect(speakers.first?.quotations == 3)
    }

    @Test func ambiguousSurnameListsTheCandidates() throws {
        let (_, index) = try indexOf([
            Sample.article("a1", text: "Foreign Minister Anna Veller arrived.\n\n“We are ready,” Veller said."),
            Sample.article("a2", text: "Defence Minister Piotr Veller arrived.\n\n“We are not,” Veller said."),
        ])
        #expect(throws: QueryError.ambiguousSpeaker(name: "veller", candidates: ["Anna Veller", "Piotr Veller"])) {
            try index.speakerIDs(for: ["veller"])
        }
        #expect(try index.speakerIDs(for: ["anna veller"]).count == 1)
        #expect(try index.speakerIDs(for: ["Anna Veller", "Piotr Veller"]).count == 2)
        #expect(throws: QueryError.unknownSpeaker(name: "Vellr", suggestion: "Anna Veller")) {
            try index.speakerIDs(for: ["Vellr"])
        }
    }

    /// A name resolves by the words that end a person's, several too (`Maren Montval`), and a `%` or `_` in it is no
    /// wildcard.
    @Test func theLastWordsOfANameFindItsSpeaker() throws {
        let (_, index) = try indexOf([
            Sample.article(
                "m1", text: "Foreign Minister Carla Maren Montval arrived.\n\n“We are ready,” Montval said."),
            Sample.article("m2", text: "Envoy Tomas Brell arrived.\n\n“We are not,” Brell said."),
        ])
        let speakers = try index.speakers().map(\.name).sorted()
        #expect(speakers == ["Carla Maren Montval", "Tomas Brell"])
        #expect(try index.speakerIDs(for: ["Maren Montval"]) == index.speakerIDs(for: ["carla maren montval"]))
        #expect(try index.speakerIDs(for: ["Montval"]) == index.speakerIDs(for: ["carla maren montval"]))
        #expect(throws: QueryError.self) { try index.speakerIDs(for: ["Maren_Montval"]) }
        #expect(throws: QueryError.self) { try index.speakerIDs(for: ["%Montval"]) }
    }
}
