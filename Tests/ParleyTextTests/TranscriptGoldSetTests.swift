import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyText

/// Transcript turns on hand-labelled fictional transcripts of eight layouts (Tests/TranscriptGold: a development
/// set, a held-out set and a second held-out set written blind to the implementation). `parley-bench eval-turns`
/// prints the same figures.
@Suite struct TranscriptGoldSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TranscriptGold")

    /// The shipped office table and the samples' fictional one (Valdora's president, the Union's secretary-general).
    static var offices: OfficeHolders {
        var offices = OfficeHolders.shipped
        let samples = folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Index/offices.tsv")
        offices.add(tsv: (try? String(contentsOf: samples, encoding: .utf8)) ?? "", isUser: true)
        return offices
    }

    @Test(arguments: ["transcripts.jsonl", "heldout.jsonl", "heldout-2.jsonl"])
    func turnsAndSpeakers(file: String) throws {
        let documents = try TurnEvaluation.documents(at: Self.folder.appendingPathComponent(file).path)
        #expect(documents.count >= 16)
        let score = TurnEvaluation.score(documents, offices: Self.offices)
        #expect(score.documentsRight == score.documents, "\(score.errors)")
        #expect(score.precision >= 0.97, "\(score.errors)")
        #expect(score.recall >= 0.97, "\(score.errors)")
        #expect(score.speakerAccuracy >= 0.95, "\(score.errors)")
        #expect(score.questionersRight == score.truePositives, "\(score.errors)")
    }
}

/// Labels one at a time, and what is no label.
@Suite struct TurnLabelTests {
    func label(_ paragraph: String) -> TurnLabel? {
        var copy = paragraph
        var known: [String: TurnLabel?] = [:]
        return copy.withUTF8 { TurnLabel.parse($0, paragraph: ByteSpan(0, $0.count), known: &known) }
    }

    @Test func officialsReportersAndDelegations() throws {
        let earnest = try #require(label("MR. EARNEST: Good afternoon, everybody."))
        #expect(earnest.honorific == "MR" && earnest.name == ["Earnest"] && earnest.role == .speaker)
        #expect(try #require(label("Q Josh, on Iran?")).role == .questioner)
        #expect(try #require(label("QCan you address the invitation?")).role == .questioner)
        #expect(try #require(label("QUESTION: On the talks?")).role == .questioner)
        #expect(try #require(label("AFP: A question on the border.")).role == .questioner)
        #expect(try #require(label("Serin Radio: And the monitors?")).role == .questioner)
        let delegate = try #require(label("Mr. KORVAN (Valdora): I thank the President."))
        #expect(delegate.name == ["Korvan"] && delegate.affiliation == "Valdora" && delegate.role == .speaker)
        let leader = try #require(label("PRIME MINISTER TAVEL: Thank you."))
        #expect(leader.titleWords == ["PRIME", "MINISTER"] && leader.name == ["Tavel"])
        #expect(try #require(label("THE PRESIDENT: Thank you.")).name.isEmpty)
        #expect(try #require(label("Sergey Lavrov: Good afternoon.")).isFullName)
        #expect(try #require(label("A: Mostly queues.")).role == .answerer)
        #expect(try #require(label("A. Mostly queues.")).role == .answerer)
        #expect(try #require(label("MR. McDONOUGH: Thanks.")).name == ["McDonough"])
        #expect(try #require(label("MR. SCHULTZ:Okay, thank you.")).name == ["Schultz"])
    }

    @Test func proseIsNoLabel() {
        for paragraph in [
            "The minister said: we will go.", "At 10:30 a.m. the talks resumed.", "See http://example.org for more.",
            "“We will wait,” she said: no more.", "Quiet (very: quiet) days.", "", ":", "(", "MR. (",
        ] {
            #expect(label(paragraph) == nil, "\(paragraph)")
        }
        // Prose words a label never holds: read, and set aside.
        for paragraph in ["Note: the figures are provisional.", "Update: the vote was moved."] {
            #expect(label(paragraph)?.isStopLabel == true, "\(paragraph)")
        }
        // `A. Corvellan:` is an initial and a surname, not an interview's answer.
        #expect(label("A. Corvellan: Thank you.")?.role == .speaker)
    }

    @Test func hostileInputNeverCrashes() {
        var generator = SplitMix64(seed: testSeed("transcript hostile"))
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<120, using: &generator)
            let alphabet = Array("QA: .()MRS-’'\n\u{00E9}\u{201C}0123456789abcXYZ")
            // The alphabet is not empty.
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            _ = Transcript.turns(
                in: text + "\n\n" + text + "\n\n" + text, title: text, source: text, date: "2025-01-01")
        }
    }
}
