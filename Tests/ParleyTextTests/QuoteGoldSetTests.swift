import Foundation
import Testing

@testable import ParleyText

/// The quality floors of the quotations issue, on Parley's own gold set (Tests/QuoteGold: 34 fictional
/// articles, 261 labelled quotations). `Scripts/eval-quotes` prints the same figures.
@Suite struct QuoteGoldSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("QuoteGold").path

    static func score() throws -> QuoteEvaluation.Score {
        var predicted: [String: [Quotation]] = [:]
        for object in try JSONLines.objects(at: folder + "/articles.jsonl") {
            let id = try #require(object["id"] as? String), text = try #require(object["text"] as? String)
            predicted[id] = ArticleExtraction.extract(from: text, gazetteer: .shipped).quotations
        }
        let gold = try JSONLines.objects(at: folder + "/quotes.jsonl").map { object in
            QuoteEvaluation.Gold(
                articleID: try #require(object["article_id"] as? String), start: try #require(object["start"] as? Int),
                end: try #require(object["end"] as? Int), speaker: object["speaker"] as? String)
        }
        #expect(predicted.count >= 30)
        #expect(gold.count >= 200)
        return QuoteEvaluation.score(predicted: predicted, gold: gold, minimumOverlap: 0.9, speakerRule: .exact)
    }

    @Test func quotationF1AtLeast097() throws {
        let score = try Self.score()
        #expect(score.f1 >= 0.97, "precision \(score.precision), recall \(score.recall)")
    }

    @Test func speakerAccuracyAtLeast095() throws {
        #expect(try Self.score().speakerAccuracy >= 0.95)
    }

    @Test func notQuotesAreNotFoundAsQuotations() throws {
        var texts: [String: String] = [:]
        for object in try JSONLines.objects(at: Self.folder + "/articles.jsonl") {
            texts[try #require(object["id"] as? String)] = try #require(object["text"] as? String)
        }
        var wrong = 0, total = 0
        for object in try JSONLines.objects(at: Self.folder + "/not_quotes.jsonl") {
            let id = try #require(object["article_id"] as? String)
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            total += 1
            let found = QuoteExtractor.quotations(in: texts[id] ?? "").filter { $0.kind != .other }
            if found.contains(where: { $0.start < end && start < $0.end }) { wrong += 1 }
        }
        #expect(total >= 25)
        #expect(
            Double(wrong) / Double(total) <= 0.1, "\(wrong) of \(total) scare quotes or titles taken for quotations")
    }
}
