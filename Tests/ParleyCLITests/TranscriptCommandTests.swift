import Foundation
import ParleyTestSupport
import Testing

/// Transcripts through the binary: the fictional gold set (Tests/TranscriptGold/transcripts.jsonl, eight layouts)
/// indexed with the samples' office table, then `quotes`, `search`, `speakers` and `stats` as a user runs them.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct TranscriptCommandTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner
    static let gold = BinaryRunner.packageRoot.appendingPathComponent("Tests/TranscriptGold/transcripts.jsonl")

    init() throws {
        (folder, parley) = try BinaryRunner.inTemporaryFolder()
        let offices = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Index/offices.tsv"), encoding: .utf8)
        _ = try folder.write("Index/offices.tsv", offices)
        let indexed = try parley.run(["index", "-q", Self.gold.path])
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    /// The gold set's documents: id, layout and turns (speaker, questioner).
    static func documents() throws -> [(id: String, layout: String, turns: [(speaker: String, isQuestioner: Bool)])] {
        try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let turns = (object["turns"] as? [[String: Any]] ?? []).map {
                (speaker: $0["speaker"] as? String ?? "", isQuestioner: $0["questioner"] as? Bool ?? false)
            }
            return (try #require(object["id"] as? String), object["layout"] as? String ?? "", turns)
        }
    }

    func quotes(_ arguments: [String]) throws -> [[String: Any]] {
        let listed = try parley.run(["quotes", "--format", "jsonl", "--limit", "10000"] + arguments)
        #expect(listed.status == 0, "\(arguments): \(listed.stderr)")
        return try listed.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// Every official's turns, layout by layout: `quotes --speaker NAME --kind turn` returns exactly the turns the
    /// gold gives them, document by document.
    @Test(arguments: [
        "white-house", "state-department", "foreign-ministry", "chinese-mfa", "council", "interview", "joint-press",
    ])
    func everyOfficialTurnBySpeaker(layout: String) throws {
        let documents = try Self.documents().filter { $0.layout == layout }
        #expect(!documents.isEmpty)
        // By surname: a person one record names in full and another by surname alone is one speaker in the index
        // (`Korvan` is `Ivo Korvan`), asked for by their fullest name.
        var wanted: [String: [String: Int]] = [:]  // surname → document → turns
        var fullest: [String: String] = [:]
        for document in documents {
            for turn in document.turns where !turn.isQuestioner {
                let surname = String(turn.speaker.split(separator: " ").last ?? "")
                wanted[surname, default: [:]][document.id, default: 0] += 1
                if turn.speaker.count > fullest[surname, default: ""].count { fullest[surname] = turn.speaker }
            }
        }
        for (surname, byDocument) in wanted {
            let speaker = fullest[surname] ?? surname
            let found = try quotes(["--speaker", speaker, "--kind", "turn"])
            var got: [String: Int] = [:]
            for quote in found { got[quote["article_id"] as? String ?? "", default: 0] += 1 }
            // A speaker of several documents (a minister in two layouts) is checked on this layout's documents.
            let here = got.filter { id, _ in documents.contains { $0.id == id } }
            #expect(here == byDocument, "\(layout): \(speaker)")
            #expect(found.allSatisfy { $0["kind"] as? String == "turn" && $0["method"] as? String == "label" })
        }
    }

    /// A query finds turns by the words of their passages, by score and by date.
    @Test func turnsAreFoundByTheirWords() throws {
        for order in [[], ["--sort", "date"]] {
            let found = try quotes(["--kind", "turn", "border"] + order)
            #expect(!found.isEmpty, "\(order)")
            #expect(found.allSatisfy { $0["kind"] as? String == "turn" })
        }
    }

    @Test func questionersAreStoredAsSuchAndNeverASpeaker() throws {
        let all = try quotes(["--kind", "turn"])
        let questions = all.filter { $0["speaker_kind"] as? String == "questioner" }
        #expect(questions.contains { $0["speaker"] as? String == "Q" })
        #expect(questions.contains { $0["speaker"] as? String == "AFP" })
        for name in ["Q", "AFP"] {
            let result = try parley.run(["quotes", "--speaker", name])
            #expect(
                result.status != 0 && result.stderr.contains("No quoted speaker matches"), "\(name): \(result.stderr)")
        }
        let speakers = try parley.run(["speakers", "--limit", "500"])
        #expect(!speakers.stdout.contains("(questioner)") && !speakers.stdout.contains("  Q "))
    }

    @Test func aQuotationInsideATurnKeepsItsOwnSpeaker() throws {
        let inside = try quotes(["--kind", "full", "mission that goes home"])
        #expect(inside.first?["speaker"] as? String == "Irena Vedrač", "\(inside)")
        #expect(inside.first?["article_id"] as? String == "dev-wh-01")
    }

    @Test func anArticleWithAShortExchangeIsNoTranscript() throws {
        let turns = try quotes(["--kind", "turn"])
        let articles = try Self.documents().filter { $0.layout == "article-with-qa" }.map(\.id)
        #expect(!articles.isEmpty)
        #expect(!turns.contains { articles.contains($0["article_id"] as? String ?? "") })
    }

    @Test func searchShowsWhoseTurnAPassageIs() throws {
        let result = try parley.run(["search", "--limit", "50", "mandate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("MS. VARGA (Ilse Varga): "), "\(result.stdout)")
        #expect(result.stdout.contains("Q (question): "), "\(result.stdout)")
        // A continuation paragraph is its speaker's too: `--speaker` finds it, and never a question.
        let byVarga = try parley.run(["search", "--speaker", "Ilse Varga", "--limit", "50", "Kaliv"])
        #expect(byVarga.status == 0, "\(byVarga.stderr)")
        #expect(byVarga.stdout.contains("bridge approach is repaired") && !byVarga.stdout.contains("Q (question)"))
    }

    @Test func kindsAndStats() throws {
        let turns = try quotes(["--kind", "turn"])
        #expect(!turns.isEmpty && turns.allSatisfy { $0["kind"] as? String == "turn" })
        let full = try quotes(["--kind", "full", "--kind", "partial"])
        #expect(!full.isEmpty && full.allSatisfy { ["full", "partial"].contains($0["kind"] as? String ?? "") })
        let bad = try parley.run(["quotes", "--kind", "speech"])
        #expect(bad.status != 0 && bad.stderr.contains("--kind"), "\(bad.stderr)")
        let stats = try parley.run(["stats"])
        let transcripts = try Self.documents().filter { !$0.turns.isEmpty }
        let questions = transcripts.flatMap(\.turns).filter(\.isQuestioner).count
        #expect(
            stats.stdout.contains(
                "turns:     \(transcripts.flatMap(\.turns).count) in \(transcripts.count) transcripts (\(questions) of them questions)"
            ),
            "\(stats.stdout)")
        let text = try parley.run(["quotes", "--kind", "turn", "--speaker", "Ilse Varga", "--limit", "1"])
        #expect(text.stdout.hasPrefix("1. MS. VARGA (Ilse Varga): "), "\(text.stdout)")
    }
}
