import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyText

/// Field mapping, exercised the way it runs: JSON Lines files read by `ArticleReader`.
@Suite("RecordMapper (field mapping through ArticleReader)")
struct RecordMapperTests {
    static let body =
        "Envoys from Valdora and Drevania met again in Port Solenne.\n“We are closer,” said Ilya Marevsky."

    /// Reads one JSON Lines file holding `objects`; returns the events and the file path.
    func read(_ objects: [[String: Any]]) throws -> (events: [ReadEvent], path: String, folder: TemporaryFolder) {
        let folder = try TemporaryFolder()
        let path = try folder.jsonl("feed.jsonl", objects)
        return (readEvents([path]), path, folder)
    }

    /// The single article read from one object.
    func article(_ object: [String: Any], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> ArticleRecord
    {
        let (events, _, _) = try read([object])
        #expect(events.issues.isEmpty, "unexpected issues: \(events.issues)", sourceLocation: sourceLocation)
        return try #require(events.articles.first, sourceLocation: sourceLocation)
    }

    @Test("generic exporter fields")
    func genericFields() throws {
        let (events, path, _) = try read([
            [
                "id": "vt-2025-1203-01", "title": "  Talks resume in Port Solenne \n", "text": Self.body,
                "date": "2025-12-03", "source": "Meridian Wire", "url": "https://valdorantimes.example/talks",
                "author": "Ana Teodor",
            ]
        ])
        #expect(events.issues.isEmpty)
        let record = try #require(events.articles.first)
        #expect(
            record
                == ArticleRecord(
                    externalID: "vt-2025-1203-01", title: "Talks resume in Port Solenne", text: Self.body,
                    published: "2025-12-03", source: "Meridian Wire", url: "https://valdorantimes.example/talks",
                    byline: "Ana Teodor", location: InputLocation(path: path, line: 1)))
        #expect(record.key == "id:vt-2025-1203-01")
    }

    @Test("text field names", arguments: ["text", "body", "content", "maintext", "raw_text"])
    func textAliases(key: String) throws {
        #expect(try article([key: Self.body, "title": "T"]).text == Self.body)
    }

    @Test("text precedence: maintext, text, raw_text, body, content; blank values passed over")
    func textPrecedence() throws {
        #expect(
            try article(["maintext": "From maintext.", "text": "From text.", "body": "From body."]).text
                == "From maintext.")
        #expect(
            try article(["text": "From text.", "raw_text": "From raw_text.", "content": "From content."]).text
                == "From text.")
        #expect(try article(["text": "  \n ", "body": "From body."]).text == "From body.")
        #expect(try article(["maintext": "", "content": "From content."]).text == "From content.")
    }

    @Test("date field names", arguments: ["date", "published", "published_at", "pubdate", "date_publish"])
    func dateAliases(key: String) throws {
        #expect(try article(["text": "Body.", key: "2025-12-03T10:15:00+02:00"]).published == "2025-12-03T08:15:00Z")
    }

    @Test("a date given as Unix seconds")
    func epochDate() throws {
        #expect(try article(["text": "Body.", "date": 1_764_756_900]).published == "2025-12-03T10:15:00Z")
        #expect(try article(["text": "Body.", "date_publish": 1_764_756_900.5]).published == "2025-12-03T10:15:00Z")
    }

    @Test("date precedence: date_publish before date, whatever their JSON types")
    func datePrecedence() throws {
        #expect(
            try article(["text": "Body.", "date_publish": "2025-12-03", "date": "2024-01-01"]).published == "2025-12-03"
        )
        #expect(
            try article(["text": "Body.", "published_at": "2025-12-03", "pubdate": "2024-01-01"]).published
                == "2025-12-03")
        // Documented order is date_publish, published_at, published, date, pubdate: first non-empty wins,
        // whether it is a string or a number.
        let mixed = try article(["text": "Body.", "date_publish": "2025-12-03", "date": 1_700_000_000])
        #expect(mixed.published == "2025-12-03")
    }

    @Test(
        "source and byline field names",
        arguments: [
            (#""outlet": "Meridian Wire""#, "Meridian Wire", nil),
            (#""source": "Meridian Wire""#, "Meridian Wire", nil),
            (#""sitename": "Valdoran Times""#, "Valdoran Times", nil),
            (#""source_domain": "valdorantimes.example""#, "valdorantimes.example", nil),
            (#""hostname": "valdorantimes.example""#, "valdorantimes.example", nil),
            (#""author": "Ana Teodor""#, nil, "Ana Teodor"),
            (#""byline": "By Ana Teodor""#, nil, "By Ana Teodor"),
            (#""authors": ["Ana Teodor", "Ilya Marevsky"]"#, nil, "Ana Teodor, Ilya Marevsky"),
            (#""authors": [], "author": "Mira Oduya""#, nil, "Mira Oduya"),
        ] as [(String, String?, String?)])
    func sourceAndByline(fields: String, source: String?, byline: String?) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", #"{"text": "Body.", "# + fields + "}\n")
        let events = readEvents([path])
        #expect(events.issues.isEmpty)
        let record = try #require(events.articles.first)
        #expect(record.source == source)
        #expect(record.byline == byline)
    }

    @Test("source precedence: source_domain, sitename, outlet, source, hostname, URL host")
    func sourcePrecedence() throws {
        let all: [String: Any] = [
            "text": "Body.", "source_domain": "a.example", "sitename": "B", "outlet": "C", "source": "D",
            "hostname": "e.example", "url": "https://f.example/x",
        ]
        #expect(try article(all).source == "a.example")
        var rest = all
        rest["source_domain"] = nil
        #expect(try article(rest).source == "B")
        rest["sitename"] = nil
        #expect(try article(rest).source == "C")
        rest["outlet"] = nil
        #expect(try article(rest).source == "D")
        rest["source"] = nil
        #expect(try article(rest).source == "e.example")
        rest["hostname"] = nil
        #expect(try article(rest).source == "f.example")
    }

    @Test(
        "with no source field, the URL's host stands in (without www.)",
        arguments: [
            ("https://www.ValdoranTimes.example/politics/talks", "valdorantimes.example"),
            ("http://meridianwire.example?id=7", "meridianwire.example"),
        ])
    func sourceFromURL(url: String, expected: String) throws {
        let record = try article(["text": "Body.", "url": url])
        #expect(record.source == expected)
        #expect(record.url == url)
    }

    @Test("url field names: url, then link")
    func urlAliases() throws {
        #expect(try article(["text": "Body.", "link": "https://a.example/1"]).url == "https://a.example/1")
        #expect(
            try article(["text": "Body.", "url": "https://a.example/2", "link": "https://a.example/1"]).url
                == "https://a.example/2")
        #expect(try article(["text": "Body.", "url": "  https://a.example/3 "]).url == "https://a.example/3")
    }

    @Test("title: title, then headline; missing title is empty")
    func titles() throws {
        #expect(try article(["text": "Body.", "headline": "Ceasefire holds"]).title == "Ceasefire holds")
        #expect(try article(["text": "Body.", "title": "Title wins", "headline": "H"]).title == "Title wins")
        #expect(try article(["text": "Body."]).title == "")
    }

    @Test("news-please records")
    func newsPlease() throws {
        let record = try article([
            "title": "Ceasefire holds along the Veyra", "maintext": Self.body, "date_publish": "2025-12-03 10:15:00",
            "date_modify": "2025-12-04 08:00:00", "date_download": "2025-12-05 00:00:00",
            "source_domain": "valdorantimes.example", "authors": ["Ana Teodor", "", "Ilya Marevsky"],
            "url": "https://valdorantimes.example/2025/12/03/ceasefire", "description": "A summary.",
            "language": "en", "image_url": "https://valdorantimes.example/img.jpg", "filename": "x.json",
            "localpath": NSNull(), "title_page": NSNull(), "title_rss": NSNull(),
        ])
        #expect(record.title == "Ceasefire holds along the Veyra")
        #expect(record.text == Self.body)
        #expect(record.published == "2025-12-03T10:15:00Z")
        #expect(record.source == "valdorantimes.example")
        #expect(record.byline == "Ana Teodor, Ilya Marevsky")
        #expect(record.url == "https://valdorantimes.example/2025/12/03/ceasefire")
        #expect(record.externalID == nil)
        #expect(record.key == "url:https://valdorantimes.example/2025/12/03/ceasefire")
    }

    @Test("trafilatura records: source is the URL, sitename or hostname the outlet")
    func trafilatura() throws {
        let full = try article([
            "title": "Harbour reopens", "raw_text": Self.body, "sitename": "Valdoran Times",
            "hostname": "valdorantimes.example", "source": "https://valdorantimes.example/harbour",
            "source-hostname": "Valdoran Times", "date": "2025-12-03", "author": "Mira Oduya",
            "fingerprint": "abc123", "categories": "", "tags": "", "comments": NSNull(), "excerpt": "Short.",
        ])
        #expect(full.text == Self.body)
        #expect(full.url == "https://valdorantimes.example/harbour")
        #expect(full.source == "Valdoran Times")
        #expect(full.published == "2025-12-03")
        #expect(full.byline == "Mira Oduya")

        let hostnameOnly = try article([
            "text": "Main text wins over raw.", "raw_text": "Raw.", "hostname": "valdorantimes.example",
            "source": "http://valdorantimes.example/harbour",
        ])
        #expect(hostnameOnly.text == "Main text wins over raw.")
        #expect(hostnameOnly.source == "valdorantimes.example")
        #expect(hostnameOnly.url == "http://valdorantimes.example/harbour")

        let urlOnly = try article(["text": "Body.", "source": "https://www.meridianwire.example/a/b"])
        #expect(urlOnly.url == "https://www.meridianwire.example/a/b")
        #expect(urlOnly.source == "meridianwire.example")
    }

    @Test("unknown fields are ignored")
    func unknownFields() throws {
        let plain = try article(["title": "T", "text": "Body.", "date": "2025-12-03"])
        let noisy = try article([
            "title": "T", "text": "Body.", "date": "2025-12-03", "sentiment": 0.4, "entities": ["Valdora"],
            "meta": ["nested": ["deep": true]], "flag": false, "nothing": NSNull(),
        ])
        var relocated = noisy
        relocated.location = plain.location
        #expect(relocated == plain)
    }

    @Test("numbers become strings")
    func numbers() throws {
        let record = try article(["id": 42, "title": 2025, "text": "Body."])
        #expect(record.externalID == "42")
        #expect(record.title == "2025")
        #expect(record.key == "id:42")
    }

    @Test("ids 0 and 1 are numbers, not booleans")
    func smallNumericIDs() throws {
        // JSONSerialization on Linux gives NSNumber for 0 and 1, and `NSNumber is Bool` holds for them:
        // booleans must be told apart by their type, not by `is Bool`.
        let one = try article(["id": 1, "text": "Body."])
        let zero = try article(["id": 0, "text": "Body."])
        #expect(one.externalID == "1")
        #expect(zero.externalID == "0")
        // A real boolean is not an id.
        #expect(try article(["id": true, "text": "Body."]).externalID == nil)
    }

    @Test(
        "missing or blank text: the record is skipped with an issue naming file:line",
        arguments: [
            #"{"title": "No text at all"}"#,
            #"{"title": "Blank text", "text": "  \n\t "}"#,
            #"{"title": "Text is an object", "text": {"a": 1}}"#,
            #"{"title": "Text is null", "text": null, "body": ""}"#,
            #"{"title": "Text is a boolean", "text": true}"#,
        ])
    func missingText(line: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "feed.jsonl",
            #"{"title": "Before", "text": "One."}"# + "\n" + line + "\n" + #"{"title": "After", "text": "Two."}"#)
        let events = readEvents([path])
        #expect(events.articles.map(\.title) == ["Before", "After"])
        let issue = try #require(events.issues.first)
        #expect(events.issues.count == 1)
        #expect(issue.effect == .skipped)
        #expect(issue.location == InputLocation(path: path, line: 2))
        #expect(issue.message.contains("no article text"))
        #expect(issue.description.hasPrefix("\(path):2: "))
        #expect(issue.description.hasSuffix("; skipped"))
    }

    @Test("an unparseable date: issue with effect .kept, and the article still comes")
    func badDate() throws {
        let (events, path, _) = try read([
            ["title": "T", "text": "Body.", "date": "next Tuesday", "url": "https://a.example/x"]
        ])
        #expect(events.trace == ["issue:\(path):1", "article:T"])
        let issue = try #require(events.issues.first)
        #expect(issue.effect == .kept)
        #expect(issue.message == "date 'next Tuesday' not understood; kept empty")
        #expect(!issue.description.contains("skipped"))
        let record = try #require(events.articles.first)
        #expect(record.published == nil)
        #expect(record.url == "https://a.example/x")
    }

    @Test("a very long bad date is quoted only in part")
    func longBadDate() throws {
        let (events, _, _) = try read([["text": "Body.", "date": String(repeating: "x", count: 100)]])
        let issue = try #require(events.issues.first)
        #expect(issue.message == "date '\(String(repeating: "x", count: 40))' not understood; kept empty")
        #expect(events.articles.count == 1)
    }

    @Test("\\r\\n and lone \\r in the text are folded to \\n")
    func lineEnds() throws {
        let record = try article(["title": "T", "text": "Para one.\r\nPara two.\rPara three.\r\n\r\nPara four."])
        #expect(record.text == "Para one.\nPara two.\nPara three.\n\nPara four.")
    }

    @Test("the mapper can be called directly")
    func direct() throws {
        let location = InputLocation(path: "direct.jsonl", line: 7)
        let (record, issues) = try RecordMapper.record(from: ["text": "Body.", "date": "soon"], at: location)
        #expect(record.location == location)
        #expect(issues == [ReadIssue(location, .dateNotUnderstood(text: "soon", field: "date"))])
        #expect(throws: ReadIssue.self) { try RecordMapper.record(from: ["title": "x"], at: location) }
    }
}
