import Testing

@testable import ParleyText

@Suite("PlainTextParser")
struct PlainTextParserTests {
    static let path = "stories/a.txt"

    func parse(_ text: String) -> [ReadEvent] {
        PlainTextParser.events(forFile: Array(text.utf8), path: Self.path)
    }

    func record(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ArticleRecord {
        let events = parse(text)
        #expect(events.issues.isEmpty, "\(events.issues)", sourceLocation: sourceLocation)
        #expect(events.articles.count == 1, sourceLocation: sourceLocation)
        return try #require(events.articles.first, sourceLocation: sourceLocation)
    }

    @Test("title, every header, then the body")
    func allHeaders() throws {
        let record = try record(
            """

              Talks resume in Port Solenne  
            Date: 2025-12-03
            Source: Meridian Wire
            URL: https://meridianwire.example/talks
            Author: Ana Teodor
            ID: mw-77

            Envoys from Valdora and Drevania met again.

            “We are closer than we were,” said Ilya Marevsky.
            """)
        #expect(
            record
                == ArticleRecord(
                    externalID: "mw-77", title: "Talks resume in Port Solenne",
                    text:
                        "Envoys from Valdora and Drevania met again.\n\n“We are closer than we were,” said Ilya Marevsky.",
                    published: "2025-12-03", source: "Meridian Wire", url: "https://meridianwire.example/talks",
                    byline: "Ana Teodor", location: InputLocation(path: Self.path)))
        #expect(record.key == "id:mw-77")
    }

    @Test(
        "header names are case-insensitive and have aliases",
        arguments: [
            ("published: Wed, 03 Dec 2025 10:15:00 GMT", \ArticleRecord.published, "2025-12-03T10:15:00Z"),
            ("DATE: December 3, 2025", \ArticleRecord.published, "2025-12-03"),
            ("Outlet: Valdoran Times", \ArticleRecord.source, "Valdoran Times"),
            ("Link: https://a.example/x", \ArticleRecord.url, "https://a.example/x"),
            ("By: Mira Oduya", \ArticleRecord.byline, "Mira Oduya"),
            ("Byline: Mira Oduya", \ArticleRecord.byline, "Mira Oduya"),
            ("id:   vt-9  ", \ArticleRecord.externalID, "vt-9"),
            ("URL: https://a.example/x?y=1:2", \ArticleRecord.url, "https://a.example/x?y=1:2"),
        ] as [(String, KeyPath<ArticleRecord, String?> & Sendable, String)])
    func headerAliases(header: String, field: KeyPath<ArticleRecord, String?> & Sendable, expected: String) throws {
        let record = try record("Title\n\(header)\n\nBody.")
        #expect(record[keyPath: field] == expected)
        #expect(record.text == "Body.")
    }

    @Test("no headers: the line after the title starts the body")
    func noHeaders() throws {
        let record = try record("Ceasefire holds\nThe guns fell silent overnight.\nEnvoys met at dawn.")
        #expect(record.title == "Ceasefire holds")
        #expect(record.text == "The guns fell silent overnight.\nEnvoys met at dawn.")
        #expect(record.published == nil && record.source == nil && record.url == nil && record.byline == nil)
    }

    @Test("a colon line that is not a known header starts the body")
    func colonInBody() throws {
        let record = try record(
            "Title\nDate: 2025-12-03\nUpdate: talks resumed at noon.\nSource: a later line is body.")
        #expect(record.published == "2025-12-03")
        #expect(record.source == nil)
        #expect(record.text == "Update: talks resumed at noon.\nSource: a later line is body.")
    }

    @Test("headers stop at the first blank line")
    func headersStopAtBlankLine() throws {
        let record = try record("Title\nAuthor: Ana Teodor\n\nSource: quoted in the body\nMore body.")
        #expect(record.byline == "Ana Teodor")
        #expect(record.source == nil)
        #expect(record.text == "Source: quoted in the body\nMore body.")
    }

    @Test("a header with an empty value starts the body")
    func emptyHeaderValue() throws {
        let record = try record("Title\nSource:\nBody line.")
        #expect(record.source == nil)
        #expect(record.text == "Source:\nBody line.")
    }

    @Test("an unparseable Date header: issue .kept, article still emitted")
    func badDate() throws {
        let events = parse("Title\nDate: the other day\n\nBody.")
        #expect(events.trace == ["issue:\(Self.path)", "article:Title"])
        #expect(events.issues.first?.effect == .kept)
        #expect(events.issues.first?.message == "date 'the other day' not understood; kept empty")
        #expect(events.articles.first?.published == nil)
    }

    @Test("CRLF and lone CR line ends are folded")
    func lineEnds() throws {
        let record = try record("Title\r\nSource: Drevania Daily\r\n\r\nLine one.\r\nLine two.\rLine three.\r\n")
        #expect(record.source == "Drevania Daily")
        #expect(record.text == "Line one.\nLine two.\nLine three.")
    }

    @Test("a byte-order mark is ignored")
    func bom() throws {
        let events = PlainTextParser.events(
            forFile: [0xEF, 0xBB, 0xBF] + Array("Title\n\nBody.".utf8), path: Self.path)
        #expect(events.articles.first?.title == "Title")
    }

    @Test(
        "problems",
        arguments: [
            ("", "empty file"),
            ("\n  \n\t\n", "empty file"),
            ("Only a title\n", "no article text after the title"),
            ("Only a title\nDate: 2025-12-03\nSource: X\n\n  \n", "no article text after the title"),
        ])
    func problems(text: String, message: String) {
        let events = parse(text)
        #expect(events.articles.isEmpty)
        #expect(events.issues.map(\.description) == ["\(Self.path): \(message); skipped"])
    }

    @Test("invalid UTF-8 names the line")
    func invalidUTF8() {
        let bytes = Array("Title\n\nFirst line.\nSecond ".utf8) + [0xED, 0xA0, 0x80] + Array(" line.".utf8)
        let events = PlainTextParser.events(forFile: bytes, path: Self.path)
        #expect(events.articles.isEmpty)
        #expect(events.issues == [ReadIssue(InputLocation(path: Self.path, line: 4), .notUTF8())])
    }
}
