import Testing

@testable import ParleyText

@Suite("ArticleRecord, InputLocation, ReadIssue")
struct ArticleRecordTests {
    let location = InputLocation(path: "feeds/a.jsonl", line: 1)

    @Test("key: the id comes first")
    func keyPrefersID() {
        let record = ArticleRecord(
            externalID: "vt-2025-001", title: "T", text: "Body", url: "https://example.com/a", location: location)
        #expect(record.key == "id:vt-2025-001")
    }

    @Test("key: then the normalised URL")
    func keyFallsBackToURL() {
        let record = ArticleRecord(title: "T", text: "Body", url: "HTTPS://Example.com/News/A/#x", location: location)
        #expect(record.key == "url:https://example.com/News/A")
        var emptyID = record
        emptyID.externalID = ""
        #expect(emptyID.key == "url:https://example.com/News/A")
    }

    @Test("key: then the hash of the title and text")
    func keyFallsBackToHash() {
        let text = "Envoys from Valdora and Drevania met in Port Solenne."
        let noURL = ArticleRecord(title: "T", text: text, location: location)
        #expect(noURL.key == "hash:" + ContentHash.hex(of: "T\u{0}" + text))
        let badURL = ArticleRecord(title: "T", text: text, url: "not a url", location: location)
        #expect(badURL.key == "hash:" + ContentHash.hex(of: "T\u{0}" + text))
        #expect(ArticleRecord(title: "Other", text: text, location: location).key != noURL.key)
    }

    @Test("key: one URL written two ways gives one key")
    func keyIgnoresURLSpelling() {
        let a = ArticleRecord(title: "A", text: "One", url: "https://example.com/a/", location: location)
        let b = ArticleRecord(title: "B", text: "Two", url: "HTTPS://EXAMPLE.COM/a#top", location: location)
        #expect(a.key == b.key)
    }

    @Test(
        "locations describe themselves as path:line, path[item] or path",
        arguments: [
            (InputLocation(path: "a.jsonl", line: 12), "a.jsonl:12"),
            (InputLocation(path: "a.json", item: 3), "a.json[3]"),
            (InputLocation(path: "a.txt"), "a.txt"),
        ])
    func locationDescription(location: InputLocation, expected: String) {
        #expect(location.description == expected)
    }

    @Test("issues say when the record was skipped")
    func issueDescription() {
        let skipped = ReadIssue(InputLocation(path: "a.jsonl", line: 4), .notValidJSON(reason: "syntax error"))
        #expect(skipped.effect == .skipped)
        #expect(skipped.description == "a.jsonl:4: not valid JSON (syntax error); skipped")
        let kept = ReadIssue(InputLocation(path: "a.jsonl", line: 5), .dateNotUnderstood(text: "soon", field: "date"))
        #expect(kept.effect == .kept)
        #expect(kept.description == "a.jsonl:5: date 'soon' not understood; kept empty")
    }
}
