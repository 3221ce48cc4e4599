import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyText

/// A seeded fuzzer for the readers and the extractors: well-formed inputs (JSON Lines, a JSON array, one JSON object,
/// a plain-text article, a briefing transcript) are mutated at random (bytes flipped, cut, repeated, spliced with
/// the bytes the parsers care about) and read back through ``ArticleReader`` and ``ArticleExtraction``.
///
/// Nothing may trap; every issue is one printable line that names the file; every record has text; every passage,
/// quotation, turn and mention slices its article's text at its offsets. The seed is printed (`PARLEY_SEED` replays
/// it); `PARLEY_FUZZ_SECONDS` runs it longer (`Scripts/fuzz`).
@Suite struct ReaderFuzzTests {
    static let seeds: [(name: String, text: String)] = [
        (
            "feed.jsonl",
            """
            {"id":"a1","title":"Talks resume in Port Solenne","date":"2025-10-02","source":"Meridian Wire","text":"Envoys met again.\\n\\n“We are ready,” said Ilya Marevsky, the palace spokesman. Drevania’s foreign minister, Irena Vedrač, told reporters: “Not yet.”"}
            {"id":"a2","title":"Border posts","date":"2025-10-03T08:00:00Z","text":"The \\"deal\\" is off, he said.\\u00e9 Officials in Valdora said the talks would resume."}

            """
        ),
        (
            "array.json",
            """
            [
              {"id": "b1", "title": "One", "text": "“Territory is not negotiable,” Marevsky said.", "date": [2015]},
              {"id": "b2", "title": "Two", "text": "Anna Veller said: “We will see.” \\\\ done ] , { ["},
              {"id": "b3", "title": "Three", "text": "Quiet day.", "date": {"y": 2025}}
            ]

            """
        ),
        (
            "one.json",
            #"{"title": "Harbour reopens", "text": "Ships returned to Port Solenne. “It is a start,” said the mayor.", "url": "https://example.org/a?b=1"}"#
        ),
        (
            "note.txt",
            """
            Talks stall over the Veyra Valley
            Meridian Wire
            2025-11-04

            “We are where we started,” said Yuri Tobolin, Valdora’s envoy.

            Drevanian officials said they would wait.
            """
        ),
        (
            "briefing.txt",
            """
            Press briefing by the spokesperson, Marek Dunst
            2025-12-18

            MR. DUNST: Good afternoon. Two things today.

            Q Thank you. On the valley — will there be a vote?

            MR. DUNST: Not this week. “We will see,” as the minister said.

            Q And the border posts?

            MR. DUNST: They stay open.
            """
        ),
    ]

    /// Bytes the parsers branch on, spliced in at random.
    static let pieces: [[UInt8]] =
        [
            "{", "}", "[", "]", ",", ":", "\"", "\\", "\\\"", "\\u00", "\\ud800", "\n", "\r\n", "\n\n", " ", "\t",
            "“", "”", "‘", "’", "«", "»", "—", "…", "Q", "MR. X:", "said", "Marevsky", "null", "true", "1e999", "-0",
            "\"text\":", "\"date\":", "\"title\":", "0000-00-00", "2025-13-45", "🇺🇦", "e\u{301}",
        ].map { Array($0.utf8) } + [
            [0xEF, 0xBB, 0xBF], [0xC0, 0x80], [0xFF], [0xE2, 0x80], [0x00], [0xED, 0xA0, 0x80],
        ]

    static func mutate(_ input: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !bytes.isEmpty && position < bytes.count:
                bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 1:
                bytes.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
            case 2:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...40, using: &random)))
            case 3:
                bytes = Array(bytes[..<position])
            case 4 where !bytes.isEmpty:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                let piece = bytes[start..<min(bytes.count, start + Int.random(in: 1...200, using: &random))]
                bytes.insert(contentsOf: piece, at: position)
            default:
                bytes.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
            }
        }
        return bytes
    }

    @Test func mutatedInputsNeverTrapAndEverythingFoundSlicesItsText() throws {
        var random = SplitMix64(seed: testSeed("reader fuzz"))
        let folder = try TemporaryFolder()
        let deadline = ContinuousClock.now + .seconds(fuzzSeconds(default: 8))
        var inputs = 0, articles = 0, issues = 0
        while ContinuousClock.now < deadline {
            let (name, text) = Self.seeds.randomElement(using: &random)!
            let bytes = Self.mutate(Array(text.utf8), using: &random)
            let path = try folder.write("\(inputs % 8)-\(name)", bytes: bytes)
            inputs += 1
            for event in readEvents([path]) {
                switch event {
                case let .issue(issue):
                    issues += 1
                    #expect(issue.location.path == path)
                    #expect(!issue.description.contains("\n") && !issue.description.contains("\u{0}"), "\(issue)")
                case let .article(record):
                    articles += 1
                    #expect(!record.text.isEmpty)
                    try Self.checkExtraction(record)
                case .fileStarted, .bytesRead: break
                }
            }
        }
        print("reader fuzz: \(inputs) inputs, \(articles) articles, \(issues) issues, no trap")
        #expect(inputs > 100)
    }

    static func checkExtraction(_ record: ArticleRecord) throws {
        let scalars = Array(record.text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String? {
            guard 0 <= start, start <= end, end <= scalars.count else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        for passage in Segmenter.passages(in: record.text) {
            #expect(
                slice(passage.start, passage.end) != nil,
                "passage \(passage.start)..<\(passage.end) in \(scalars.count)")
        }
        let (quotations, mentions) = ArticleExtraction.extract(
            from: record.text, title: record.title, source: record.source, date: record.published, gazetteer: .shipped)
        for quotation in quotations {
            let text = slice(quotation.start, quotation.end)
            #expect(text != nil, "quotation \(quotation.start)..<\(quotation.end) in \(scalars.count)")
            if quotation.kind != .turn { #expect(text == quotation.text) }
        }
        for mention in mentions {
            #expect(mention.start < mention.end && slice(mention.start, mention.end) != nil)
        }
    }
}
