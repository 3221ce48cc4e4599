import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyText

@Suite("ArticleReader: formats, files, directories, damaged input")
struct ArticleReaderTests {
    static func line(_ title: String, text: String = "Body of the article.") -> String {
        #"{"title": "\#(title)", "text": "\#(text)"}"#
    }

    static func lines(_ titles: [String]) -> String {
        titles.map { line($0) }.joined(separator: "\n") + "\n"
    }

    // MARK: Format detection

    @Test(
        "format by file name, case-insensitive, .gz stripped",
        arguments: [
            ("a.jsonl", ArticleReader.Format.jsonLines),
            ("feeds/A.NDJSON", .jsonLines),
            ("a.json", .json),
            ("a.txt", .plainText),
            ("a.jsonl.gz", .jsonLines),
            ("dir/a.JSON.GZ", .json),
            ("a.Txt.Gz", .plainText),
            ("a.csv", nil),
            ("a.gz", nil),
            ("jsonl", nil),
            ("a.jsonl.bak", nil),
            ("a.xml", nil),
        ] as [(String, ArticleReader.Format?)])
    func format(path: String, expected: ArticleReader.Format?) {
        #expect(ArticleReader.format(of: path) == expected)
    }

    // MARK: JSON Lines

    @Test(
        "JSON Lines: records in order with 1-based line locations",
        arguments: ["feed.jsonl", "feed.ndjson", "feed.JSONL"])
    func jsonLines(name: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(name, Self.lines(["One", "Two", "Three"]))
        let events = readEvents([path])
        #expect(events.startedFiles == [path])
        guard case .fileStarted = events.first else {
            Issue.record("the first event must be fileStarted")
            return
        }
        #expect(events.issues.isEmpty)
        #expect(events.articles.map(\.title) == ["One", "Two", "Three"])
        #expect(events.articles.map(\.location) == (1...3).map { InputLocation(path: path, line: $0) })
        #expect(events.totalBytesRead == Self.lines(["One", "Two", "Three"]).utf8.count)
    }

    @Test("JSON Lines: CRLF line ends, no final newline, blank lines")
    func jsonLinesLayout() throws {
        let folder = try TemporaryFolder()
        let text = "\r\n" + Self.line("One") + "\r\n   \r\n\t\n" + Self.line("Two") + "\n\n" + Self.line("Three")
        let path = try folder.write("feed.jsonl", text)
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        #expect(events.articles.map(\.title) == ["One", "Two", "Three"])
        #expect(events.articles.map { $0.location.line } == [2, 5, 7])
    }

    @Test("JSON Lines: a byte-order mark at the start is ignored")
    func jsonLinesBOM() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.lines(["One", "Two"]).utf8))
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        #expect(events.articles.map(\.title) == ["One", "Two"])
    }

    @Test("malformed JSON line: issue 'not valid JSON' at path:LINE; neighbours still read")
    func malformedLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "feed.jsonl",
            Self.line("One") + "\n" + #"{"title": "Broken", "text": "#
                + "\n" + #"{"title": "Bad" "text": "x"}"# + "\n" + Self.line("Two") + "\n")
        let events = readEvents([path])
        #expect(events.trace == ["article:One", "issue:\(path):2", "issue:\(path):3", "article:Two"])
        let issues = events.issues
        try #require(issues.count == 2)
        #expect(issues.allSatisfy { $0.message.hasPrefix("not valid JSON (") && $0.effect == .skipped })
        #expect(issues[0].message == "not valid JSON (unexpected end of input)")
        #expect(issues[0].description.hasPrefix("\(path):2: not valid JSON"))
        #expect(issues[0].description.hasSuffix("; skipped"))
    }

    @Test("non-UTF-8 bytes in a line: issue 'not valid UTF-8' with the byte position")
    func invalidUTF8Line() throws {
        let folder = try TemporaryFolder()
        let bad = Array(#"{"title": "Caf"#.utf8) + [0xE9] + Array(#"", "text": "x"}"#.utf8)  // Latin-1 é
        let path = try folder.write(
            "feed.jsonl", bytes: Array((Self.line("One") + "\n").utf8) + bad + Array(("\n" + Self.line("Two")).utf8))
        let events = readEvents([path])
        #expect(events.trace == ["article:One", "issue:\(path):2", "article:Two"])
        // `{"title": "Caf` is 14 bytes: the Latin-1 é is byte 15.
        #expect(events.issues.first?.message == "not valid UTF-8 (byte 15 of the line)")
    }

    @Test(
        "a line holding valid JSON that is not an object",
        arguments: ["[1, 2]", "42", "\"text\"", "null", "true", "[{\"text\": \"x\"}]"])
    func notAnObject(line: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", Self.line("One") + "\n" + line + "\n" + Self.line("Two") + "\n")
        let events = readEvents([path])
        #expect(events.trace == ["article:One", "issue:\(path):2", "article:Two"])
        #expect(events.issues.first?.message.hasPrefix("not a JSON object") == true)
    }

    @Test("good records around every kind of bad line all come, in order")
    func mixedGoodAndBad() throws {
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = []
        func add(_ text: String) { bytes += Array((text + "\n").utf8) }
        add(Self.line("A"))  // 1
        add("{not json")  // 2
        add(Self.line("B"))  // 3
        add("")  // 4 blank: nothing
        add("[1]")  // 5
        add(Self.line("C"))  // 6
        add(#"{"title": "no text"}"#)  // 7
        add(#"{"title": "D", "text": "Body.", "date": "someday"}"#)  // 8: kept + issue
        bytes += [0xFF, 0x0A]  // 9
        add(Self.line("E"))  // 10
        let path = try folder.write("feed.jsonl", bytes: bytes)
        let events = readEvents([path])
        #expect(events.articles.map(\.title) == ["A", "B", "C", "D", "E"])
        #expect(events.issues.map { $0.location.line } == [2, 5, 7, 8, 9])
        #expect(events.issues.map(\.effect) == [.skipped, .skipped, .skipped, .kept, .skipped])
        #expect(
            events.trace == [
                "article:A", "issue:\(path):2", "article:B", "issue:\(path):5", "article:C", "issue:\(path):7",
                "issue:\(path):8", "article:D", "issue:\(path):9", "article:E",
            ])
    }

    // MARK: JSON

    @Test(".json: a single object, located by path alone")
    func jsonObject() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "one.json",
            """
            {
              "title": "Harbour reopens",
              "text": "Ships returned to Port Solenne.",
              "date": "2025-12-03"
            }
            """)
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        let record = try #require(events.articles.first)
        #expect(events.articles.count == 1)
        #expect(record.title == "Harbour reopens")
        #expect(record.location == InputLocation(path: path))
        #expect(record.location.description == path)
    }

    @Test(".json: an array of objects, each located by its item index")
    func jsonArray() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "many.json",
            """
            [
              {"title": "First", "text": "One."},
              "not an object",
              {"title": "No text"},
              {"title": "Fourth", "text": "Four.", "date": "whenever"},
              {"title": "Fifth", "text": "Five."}
            ]
            """)
        let events = readEvents([path])
        #expect(events.articles.map(\.title) == ["First", "Fourth", "Fifth"])
        #expect(events.articles.map { $0.location.item } == [0, 3, 4])
        #expect(events.articles.allSatisfy { $0.location.line == nil })
        #expect(events.issues.map { $0.location.description } == ["\(path)[1]", "\(path)[2]", "\(path)[3]"])
        #expect(events.issues.first?.message == "not an article object")
        #expect(events.issues.map(\.effect) == [.skipped, .skipped, .kept])
    }

    @Test(".json that is really JSON Lines")
    func jsonThatIsJSONLines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("export.json", Self.lines(["One", "Two", "Three"]))
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        #expect(events.articles.map(\.title) == ["One", "Two", "Three"])
        #expect(events.articles.map { $0.location.line } == [1, 2, 3])
    }

    @Test(".json with a byte-order mark")
    func jsonBOM() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("one.json", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.line("One").utf8))
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        #expect(events.articles.map(\.title) == ["One"])
    }

    @Test(
        ".json problems",
        arguments: [
            ("{\"title\": \"x\", \"text\": ", "not valid JSON (unexpected end of input)"),
            ("", "not valid JSON ("),
            ("{\"title\": \"x\"}", "no article text"),
        ])
    func jsonProblems(content: String, message: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.json", content)
        let events = readEvents([path])
        #expect(events.articles.isEmpty)
        let issue = try #require(events.issues.first)
        #expect(events.issues.count == 1)
        #expect(issue.message.hasPrefix(message))
        #expect(issue.location == InputLocation(path: path))
    }

    @Test(
        ".json holding valid JSON that is not an object or array",
        arguments: ["42", "\"just a string\"", "null", "true"])
    func jsonScalar(content: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("scalar.json", content)
        let events = readEvents([path])
        #expect(events.articles.isEmpty)
        let issue = try #require(events.issues.first)
        #expect(events.issues.count == 1)
        #expect(issue.location == InputLocation(path: path))
        #expect(issue.message == "not an article object or an array of them")
    }

    @Test(".json with bad UTF-8 names the line, or the array's element")
    func jsonInvalidUTF8() throws {
        let folder = try TemporaryFolder()
        let object = try folder.write(
            "bad.json", bytes: Array("{\"title\": \"a\",\n\"text\": \"".utf8) + [0xC0, 0x80] + Array("\"}\n".utf8))
        #expect(readEvents([object]).issues.map(\.description) == ["\(object):2: not valid UTF-8; skipped"])
        let array = try folder.write(
            "bad-array.json",
            bytes: Array("[\n{\"title\": \"a\",\n\"text\": \"".utf8) + [0xC0, 0x80]
                + Array("\"},\n\(Self.line("Two"))]".utf8))
        let events = readEvents([array])
        #expect(events.articles.map(\.title) == ["Two"])
        #expect(events.issues.map(\.description) == ["\(array)[0]: not valid UTF-8 (byte 25 of the element); skipped"])
    }

    /// A `.json` array is streamed an element at a time: a broken element is skipped with its item number and the
    /// others are read, and a file cut short keeps its whole elements.
    @Test(
        ".json array problems are the element's, not the file's",
        arguments: [
            (
                "[\(ArticleReaderTests.line("One")), {\"title\": tru}, \(ArticleReaderTests.line("Three"))]",
                ["One", "Three"], ["[1]: not valid JSON ("]
            ),
            (
                "[\(ArticleReaderTests.line("One")),, \(ArticleReaderTests.line("Three"))]", ["One", "Three"],
                ["[1]: not valid JSON (a missing element)"]
            ),
            (
                "[\(ArticleReaderTests.line("One")), 2", ["One"],
                ["[1]: not an article object", ": the file ends before the array's closing bracket, after 2 elements"]
            ),
            (
                "[\(ArticleReaderTests.line("One")), \(ArticleReaderTests.line("Two"))", ["One", "Two"],
                [": the file ends before the array's closing bracket, after 2 elements"]
            ),
            (
                "[\(ArticleReaderTests.line("One")), {\"title\": \"Tw", ["One"],
                ["[1]: not valid JSON (unexpected end of input: the array is not closed)"]
            ),
            (
                "[\(ArticleReaderTests.line("One"))] and more", ["One"],
                [": not valid JSON (text after the array's closing bracket)"]
            ),
            ("[\(ArticleReaderTests.line("One")), ]", ["One"], ["[1]: not valid JSON (a missing element)"]),
            ("[]", [], []),
        ])
    func jsonArrayProblems(content: String, titles: [String], issues: [String]) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.json", content)
        let events = readEvents([path])
        #expect(events.articles.map(\.title) == titles)
        #expect(events.issues.count == issues.count, "\(events.issues)")
        for (issue, expected) in zip(events.issues, issues) {
            #expect(issue.description.hasPrefix(path + expected), "\(issue)")
        }
    }

    /// Elements cut across the reader's chunks, with brackets, commas, quotes and backslashes inside strings, read
    /// the same as the same records in JSON Lines.
    @Test(".json array streamed across chunks reads as JSON Lines does")
    func jsonArrayAcrossChunks() throws {
        let folder = try TemporaryFolder()
        let texts = (0..<3000).map { i in
            #"Round \#(i): \"[brackets], {braces}\" and a backslash \\ then ] , } { ["#
                + String(repeating: "é", count: i % 97)
        }
        let lines = texts.enumerated().map { i, text in #"{"id": "a\#(i)", "title": "T\#(i)", "text": "\#(text)"}"# }
        let array = try folder.write("feed.json", "[\n  " + lines.joined(separator: ",\n  ") + "\n]\n")
        let jsonLines = try folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let fromArray = readEvents([array])
        let fromLines = readEvents([jsonLines])
        #expect(fromArray.issues.isEmpty)
        #expect(fromArray.articles.count == 3000)
        #expect(fromArray.articles.map(\.text) == fromLines.articles.map(\.text))
        #expect(fromArray.articles.map(\.location.item) == Array(0..<3000))
    }

    @Test("a pretty-printed .json object with one syntax error gives one issue")
    func prettyPrintedBrokenJSON() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "broken.json",
            """
            {
              "title": "Harbour reopens",
              "text": "Ships returned."
              "date": "2025-12-03"
            }
            """)
        let events = readEvents([path])
        #expect(events.articles.isEmpty)
        // Not re-read as JSON Lines: the first line is not a whole object by itself.
        #expect(events.issues.count == 1)
        #expect(events.issues.first?.location == InputLocation(path: path))
    }

    // MARK: Plain text

    @Test(".txt: title, headers, body")
    func plainText() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "story.txt",
            """
            Harbour reopens in Port Solenne
            Date: 2025-12-03T10:15:00+01:00
            Source: Valdoran Times
            URL: https://valdorantimes.example/harbour
            Author: Mira Oduya

            Ships returned to the harbour on Wednesday.
            “It is a good day,” said the harbour master, Tomas Leventis.

            """)
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        let record = try #require(events.articles.first)
        #expect(
            record
                == ArticleRecord(
                    title: "Harbour reopens in Port Solenne",
                    text:
                        "Ships returned to the harbour on Wednesday.\n“It is a good day,” said the harbour master, Tomas Leventis.",
                    published: "2025-12-03T09:15:00Z", source: "Valdoran Times",
                    url: "https://valdorantimes.example/harbour",
                    byline: "Mira Oduya", location: InputLocation(path: path)))
    }

    @Test(".txt: no headers, and an empty file")
    func plainTextEdges() throws {
        let folder = try TemporaryFolder()
        let noHeaders = try folder.write("a.txt", "Ceasefire holds\n\nThe guns fell silent.\nEnvoys met.\n")
        let empty = try folder.write("b.txt", "")
        let blank = try folder.write("c.txt", "  \n\n\t\n")
        let events = readEvents([noHeaders, empty, blank])
        #expect(events.articles.map(\.title) == ["Ceasefire holds"])
        #expect(events.articles.first?.text == "The guns fell silent.\nEnvoys met.")
        #expect(events.articles.first?.published == nil)
        #expect(events.issues.map(\.description) == ["\(empty): empty file; skipped", "\(blank): empty file; skipped"])
    }

    // MARK: gzip

    @Test("gzip-compressed files", arguments: ["feed.jsonl", "feed.ndjson", "feed.json", "story.txt"])
    func gzip(name: String) throws {
        let folder = try TemporaryFolder()
        let content: String
        let expected: [String]
        switch ArticleReader.format(of: name) {
        case .plainText:
            content = "Harbour reopens\nDate: 2025-12-03\n\nShips returned."
            expected = ["Harbour reopens"]
        case .json:
            content = "[" + Self.line("One") + ",\n" + Self.line("Two") + "]"
            expected = ["One", "Two"]
        default:
            content = Self.lines(["One", "Two", "Three"])
            expected = ["One", "Two", "Three"]
        }
        let path = try folder.gzipped(name, content)
        #expect(path.hasSuffix(".gz"))
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        #expect(events.articles.map(\.title) == expected)
        #expect(events.totalBytesRead == content.utf8.count)
    }

    @Test("a large gzip JSON Lines file streams through, reporting progress")
    func largeGzip() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "Negotiators from Valdora and Drevania met again. ", count: 40)
        let content = (1...1_500).map { Self.line("N\($0)", text: text) }.joined(separator: "\n") + "\n"
        let path = try folder.gzipped("big.jsonl", content)
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        #expect(events.articles.count == 1_500)
        #expect(events.articles.last?.location.line == 1_500)
        #expect(events.totalBytesRead == content.utf8.count)
        let progress = events.filter { if case .bytesRead = $0 { true } else { false } }
        #expect(progress.count > 1)
    }

    @Test("a truncated gzip file gives an issue, not a crash; what came before is kept")
    func truncatedGzip() throws {
        let folder = try TemporaryFolder()
        let content =
            (1...200).map { Self.line("N\($0)", text: "Envoys met in round \($0).") }.joined(separator: "\n") + "\n"
        let path = try folder.gzipped("cut.jsonl", content)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.removeLast(bytes.count / 3)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let events = readEvents([path])
        let issue = try #require(events.issues.last)
        #expect(events.issues.count == 1)
        #expect(issue.message.hasPrefix("damaged or truncated data ("))
        #expect(issue.message.hasSuffix("from here on"))
        #expect(!issue.message.contains("<fd:"))
        let titles = events.articles.map(\.title)
        #expect(titles.count < 200)
        #expect(titles == (0..<titles.count).map { "N\($0 + 1)" })
        #expect(issue.location.line == titles.count + 1 || issue.location.line == titles.count + 2)
    }

    @Test(
        "a gzip file missing only its trailer, and whole-file formats cut short",
        arguments: ["cut.jsonl", "cut.json", "cut.txt"])
    func truncatedTrailer(name: String) throws {
        let folder = try TemporaryFolder()
        let content = name.hasSuffix(".txt") ? "Title\n\nBody text." : Self.lines(["One", "Two"])
        let path = try folder.gzipped(name, content)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.removeLast(8)  // CRC-32 and length
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let events = readEvents([path])
        #expect(events.issues.count == 1)
        #expect(events.issues.first?.message.hasPrefix("damaged or truncated data (") == true)
    }

    @Test("a file named .gz that is not compressed is read as is")
    func notReallyGzip() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("plain.jsonl.gz", Self.lines(["One"]))
        #expect(readEvents([path]).articles.map(\.title) == ["One"])
    }

    // MARK: Paths and directories

    @Test("directories are walked recursively in name order; hidden and unknown files skipped")
    func directoryWalk() throws {
        let folder = try TemporaryFolder()
        try folder.write("root/b.jsonl", Self.lines(["B"]))
        try folder.write("root/a.json", Self.line("A"))
        try folder.write("root/sub/c.txt", "C\n\nBody.")
        try folder.write("root/sub/deeper/d.ndjson", Self.lines(["D"]))
        try folder.gzipped("root/z.jsonl", Self.lines(["Z"]))
        try folder.write("root/.hidden.jsonl", Self.lines(["Hidden"]))
        try folder.write("root/.git/e.jsonl", Self.lines(["Hidden dir"]))
        try folder.write("root/notes.md", Self.lines(["Notes"]))
        try folder.write("root/data.csv", "title,text\nx,y\n")
        try folder.write("root/sub/README", "read me")
        let root = folder.path("root")
        for path in [root, root + "/"] {
            let events = readEvents([path])
            #expect(events.issues.isEmpty)
            #expect(events.articles.map(\.title) == ["A", "B", "C", "D", "Z"])
            #expect(
                events.startedFiles
                    == ["a.json", "b.jsonl", "sub/c.txt", "sub/deeper/d.ndjson", "z.jsonl.gz"].map { root + "/" + $0 })
        }
        var visited = Set<String>()
        var problems: [ReadIssue] = []
        #expect(ArticleReader.files(under: root, visited: &visited, problems: &problems).count == 8)
        #expect(problems.isEmpty)
    }

    @Test("symbolic link loops are followed once and never hang")
    func symlinkLoops() throws {
        let folder = try TemporaryFolder()
        try folder.write("root/a.jsonl", #"{"id":"a","title":"A","text":"Alpha."}"# + "\n")
        let root = folder.path("root")
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/self", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root + "/link.jsonl", withDestinationPath: root + "/a.jsonl")
        let events = readEvents([root])
        #expect(events.articles.map(\.title) == ["A"])
        #expect(events.issues.isEmpty)
    }

    @Test("a path that does not exist gives an issue and reading goes on")
    func missingPath() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("nowhere.jsonl")
        let present = try folder.write("here.jsonl", Self.lines(["Here"]))
        let events = readEvents([missing, present])
        #expect(events.issues.map(\.description) == ["\(missing): no such file or directory; skipped"])
        #expect(events.articles.map(\.title) == ["Here"])
        #expect(events.startedFiles == [present])
    }

    @Test("a file named directly with an unknown extension is read as JSON Lines")
    func unknownExtensionNamedDirectly() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("export.data", Self.lines(["One", "Two"]))
        #expect(readEvents([path]).articles.map(\.title) == ["One", "Two"])
    }

    @Test("an unreadable file gives a 'cannot read' issue", .enabled(if: getuid() != 0, "root reads everything"))
    func unreadable() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("locked.jsonl", Self.lines(["One"]))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let events = readEvents([path])
        #expect(events.issues.first?.message.hasPrefix("cannot read (") == true)
    }

    @Test("paths are read in the order given")
    func pathOrder() throws {
        let folder = try TemporaryFolder()
        let b = try folder.write("b.jsonl", Self.lines(["B1", "B2"]))
        let a = try folder.write("a.txt", "A\n\nBody.")
        let events = readEvents([b, a, b])
        #expect(events.articles.map(\.title) == ["B1", "B2", "A", "B1", "B2"])
        #expect(events.startedFiles == [b, a, b])
    }

    @Test("an error thrown by the handler stops reading and is rethrown")
    func handlerStops() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", Self.lines(["One", "Two", "Three"]))
        var titles: [String] = []
        #expect(throws: Stop.self) {
            try ArticleReader().read(paths: [path, path]) { (event: ReadEvent) throws(Stop) in
                if case let .article(record) = event {
                    titles.append(record.title)
                    if record.title == "Two" { throw Stop() }
                }
            }
        }
        #expect(titles == ["One", "Two"])
    }

    // MARK: Fixtures

    @Test("the fixture folder: news-please, trafilatura and plain-text exports")
    func fixtures() throws {
        let root = try fixturesURL.path
        let events = readEvents([root])
        #expect(events.issues.isEmpty, "\(events.issues)")
        let records = events.articles
        #expect(
            records.map(\.title) == [
                "Harbour reopens in Port Solenne", "Ceasefire holds along the Veyra",
                "Envoys agree on prisoner exchange",
                "Drevanian parliament debates the accord",
            ])
        #expect(
            records.map(\.source) == ["Valdoran Times", "valdorantimes.example", "Meridian Wire", "Drevania Daily"])
        #expect(
            records.map(\.published) == [
                "2025-12-03", "2025-12-03T09:15:00Z", "2025-12-04T15:00:00Z", "2025-12-05T10:00:00Z",
            ])
        #expect(records[1].byline == "Ana Teodor, Ilya Marevsky")
        #expect(records[2].url == "https://meridianwire.example/2025/12/04/exchange")
        #expect(records.allSatisfy { !$0.text.contains("\r") })
        for record in records {
            let passages = Segmenter.passages(in: record.text)
            #expect(!passages.isEmpty)
            SegmenterTests.checkInvariants(passages, of: record.text)
        }
    }
}

@Suite("Read problems are named precisely")
struct ReadMessageTests {
    @Test func trailingGarbageIsNotCalledATruncation() {
        let events = ArticleReader.events(
            forJSONLine: Array(#"{"id":"q1","text":"ok"} trailing"#.utf8), at: InputLocation(path: "f.jsonl", line: 3))
        let message = events.issues.first?.message ?? ""
        #expect(message.hasPrefix("not valid JSON ("))
        #expect(!message.contains("unexpected end of input"))
        let cut = ArticleReader.events(
            forJSONLine: Array(#"{"id":"q1","text":"o"#.utf8), at: InputLocation(path: "f.jsonl", line: 4))
        #expect(cut.issues.first?.message == "not valid JSON (unexpected end of input)")
    }

    @Test func zlibDescriptorPrefixIsDropped() {
        #expect(InputError.withoutDescriptor("<fd:6>: unexpected end of file") == "unexpected end of file")
        #expect(InputError.withoutDescriptor("plain reason") == "plain reason")
    }
}
