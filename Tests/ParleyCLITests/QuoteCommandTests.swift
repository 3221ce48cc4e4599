import Foundation
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// `quotes`, `speakers`, `entities`, `aliases` and `search --speaker` through the binary, on the samples.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct QuoteCommandTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.indexingSamples()
    }

    /// `parley article`: the article, its quotations with their speakers and the entities it mentions; in JSON the
    /// offsets are Unicode scalars into its text; an id no article has is an error naming it.
    @Test func articleShowsItsQuotationsAndEntities() throws {
        let text = try parley.run(["article", "meridian-wire-0006"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stdout.hasPrefix(
                "Port Solenne talks stall over territory as Valdora rejects withdrawal timetable — Meridian Wire, 2025-10-20\n"
                    + "[meridian-wire-0006] https://meridianwire.example/2025/10/20/talks-stall-over-territory\nBy Arvid Kessel\n"
            ))
        #expect(
            text.stdout.contains(
                "  chars 1045–1083, full: Yuri Tobolin (pronoun; confidence 0.72): “On territory, we are where we started,”\n"
            ))
        #expect(text.stdout.contains("\nEntities: Yuri Tobolin (person) 2 · "))
        let json = try parley.run(["article", "--format", "json", "meridian-wire-0006"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let scalars = Array((try #require(object["text"] as? String)).unicodeScalars)
        func words(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        let quotations = try #require(object["quotations"] as? [[String: Any]])
        let tobolin = try #require(quotations.first { $0["start"] as? Int == 1045 })
        #expect(words(1045, try #require(tobolin["end"] as? Int)) == "On territory, we are where we started,")
        #expect(tobolin["speaker"] as? String == "Yuri Tobolin")
        let entities = try #require(object["entities"] as? [[String: Any]])
        let mentions = try #require(entities.first { $0["name"] as? String == "Yuri Tobolin" }?["mentions"] as? [[Int]])
        #expect(mentions.map { words($0[0], $0[1]) } == ["Yuri Tobolin", "Tobolin"])
        let missing = try parley.run(["article", "nothing-here"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no article has the id 'nothing-here' in Index/parley.sqlite\n")
    }

    @Test func quotesBySpeakerAsJSONLines() throws {
        let result = try parley.run(["quotes", "--speaker", "marevsky", "--format", "jsonl", "--limit", "500"])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count >= 20)
        for object in objects {
            #expect(object["speaker"] as? String == "Ilya Marevsky")
            for key in [
                "article_id", "quote", "speaker_mention", "cue", "method", "kind", "start", "end", "date", "source",
                "url",
            ] {
                #expect(object.keys.contains(key), "missing \(key)")
            }
            #expect(["full", "partial"].contains(object["kind"] as? String))
        }
    }

    @Test func quoteOffsetsSliceTheArticleText() throws {
        let result = try parley.run(["quotes", "--format", "jsonl", "--limit", "1000"])
        let index = try ParleyIndex.open(at: folder.path("Index/parley.sqlite"), mode: .existing)
        let texts = try index.dbQueue.read { db in
            try Dictionary(
                uniqueKeysWithValues: String.fetchAll(
                    db, sql: "SELECT key || char(1) || text FROM article_key JOIN article ON article.id = article_id"
                )
                .map { row -> (String, String) in
                    let parts = row.split(separator: "\u{1}", maxSplits: 1)
                    let key = String(parts[0])
                    return (key.hasPrefix("id:") ? String(key.dropFirst(3)) : key, String(parts[1]))
                })
        }
        var checked = 0
        for line in result.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["article_id"] as? String)
            let text = try #require(texts[id])
            let scalars = Array(text.unicodeScalars)
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == object["quote"] as? String)
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test func quotesMatchingWordsBestFirst() throws {
        let result = try parley.run(["quotes", "territory", "--limit", "3"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1. "))
        #expect(result.stdout.lowercased().contains("territor"))
    }

    @Test func severalSpeakersMeanAnyOfThem() throws {
        let one = try parley.run(["quotes", "--speaker", "Marevsky", "--format", "jsonl", "--limit", "500"])
        let two = try parley.run([
            "quotes", "--speaker", "Marevsky", "--speaker", "Šelvik", "--format", "jsonl", "--limit", "500",
        ])
        let speakers = Set(
            two.stdout.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["speaker"] as? String
            })
        #expect(speakers == ["Ilya Marevsky", "Katarina Šelvik"])
        #expect(two.stdout.split(separator: "\n").count > one.stdout.split(separator: "\n").count)
    }

    @Test func unknownSpeakerSuggestsTheNearest() throws {
        let result = try parley.run(["quotes", "--speaker", "Marevski"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: No quoted speaker matches 'Marevski'. Did you mean 'Ilya Marevsky'? 'parley speakers' lists them.\n"
        )
    }

    @Test func speakersAndEntitiesCount() throws {
        let speakers = try parley.run(["speakers", "--limit", "3"])
        #expect(speakers.status == 0)
        let top = speakers.stdout.split(separator: "\n").prefix(2).joined(separator: "\n")
        #expect(top.contains("Ilya Marevsky") && top.contains("Rémi Aubrel"), "\(speakers.stdout)")
        let people = try parley.run(["entities", "--kind", "person", "--format", "jsonl", "--limit", "5"])
        #expect(people.status == 0)
        #expect(people.stdout.split(separator: "\n").count == 5)
        #expect(people.stdout.contains(#""kind":"person""#))
        #expect(!people.stdout.contains(#""kind":"organization""#))
    }

    @Test func searchKeepsPassagesQuotingTheSpeaker() throws {
        let result = try parley.run(["search", "--speaker", "Ölund", "sanctions"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. "))
        let all = try parley.run(["search", "sanctions", "--limit", "50"])
        #expect(all.stdout.count > result.stdout.count)
    }

    @Test func aliasesMergeStoredEntities() throws {
        let before = try parley.run(["quotes", "--speaker", "Ferraveli", "--format", "jsonl", "--limit", "500"])
        let count = before.stdout.split(separator: "\n").count
        #expect(count > 0)
        let added = try parley.run(["aliases", "add", "Nadia F. Ferraveli", "Nadia Ferraveli"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("merged 1 stored entity into 'Nadia F. Ferraveli'"))
        let after = try parley.run(["quotes", "--speaker", "Ferraveli", "--format", "jsonl", "--limit", "500"])
        #expect(after.stdout.split(separator: "\n").count == count)
        #expect(after.stdout.contains(#""speaker":"Nadia F. Ferraveli""#))
        #expect(try parley.run(["aliases"]).stdout.contains("Nadia F. Ferraveli: Nadia Ferraveli"))
    }

    @Test func otherKindsOnlyOnRequest() throws {
        let kinds = { (arguments: [String]) throws -> Set<String> in
            Set(
                try parley.run(["quotes", "--format", "jsonl", "--limit", "2000"] + arguments).stdout.split(
                    separator: "\n"
                )
                .compactMap {
                    (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["kind"] as? String
                })
        }
        // The samples hold one briefing transcript: its turns are listed too.
        #expect(try kinds([]) == ["full", "partial", "turn"])
        #expect(try kinds(["--all-kinds"]).contains("other"))
        let orgs = try parley.run(["entities", "--kind", "org", "--format", "jsonl"])
        #expect(orgs.status == 0)
        #expect(!orgs.stdout.contains(#""kind":"person""#))
        #expect(orgs.stdout.contains(#""kind":"organization""#))
    }
}
