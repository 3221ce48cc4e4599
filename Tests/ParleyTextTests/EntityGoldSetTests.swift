import Foundation
import Testing

@testable import ParleyText

/// Entity-facet quality on a labelled set of fictional articles (Tests/EntityGold/entities.jsonl: 16 articles,
/// 48 passages, each passage's entities as `kind:name`). `parley-bench eval-entities` prints the same figures.
@Suite struct EntityGoldSetTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EntityGold/entities.jsonl").path

    static func score() throws -> EntityEvaluation.Score {
        let articles = try EntityEvaluation.articles(at: path)
        #expect(articles.count >= 16)
        return EntityEvaluation.score(articles)
    }

    @Test func entityF1AtLeast090() throws {
        let score = try Self.score()
        #expect(score.overall.f1 >= 0.90, "missed \(score.missed), spurious \(score.spurious)")
    }

    @Test func organizationRecallAtLeast080() throws {
        let score = try Self.score()
        #expect((score.byKind[.organization]?.recall ?? 0) >= 0.80, "missed \(score.missed)")
    }
}
