// `parley-bench eval-entities [--misses] FILE`: entity-facet precision, recall and F1 on a labelled set
// (Tests/EntityGold/entities.jsonl), overall and by kind, as a Markdown table.

import Foundation
import ParleyText

func runEvalEntities(_ arguments: [String]) throws -> Int32 {
    let showMisses = arguments.contains("--misses")
    guard let path = arguments.last(where: { $0 != "--misses" }) else {
        FileHandle.standardError.write(Data("usage: parley-bench eval-entities [--misses] FILE\n".utf8))
        return 2
    }
    let articles = try EntityEvaluation.articles(at: path)
    let score = EntityEvaluation.score(articles)
    func f(_ value: Double) -> String { String(format: "%.3f", value) }
    print("| kind | labelled | found | precision | recall | F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    let rows: [(String, EntityEvaluation.Counts)] =
        [("all", score.overall)] + EntityKind.mentioned.map { ($0.rawValue, score.byKind[$0] ?? .init()) }
    for (name, counts) in rows {
        print("| \(name) | \(counts.truePositives + counts.falseNegatives) | \(counts.truePositives + counts.falsePositives) | "
            + "\(f(counts.precision)) | \(f(counts.recall)) | \(f(counts.f1)) |")
    }
    if showMisses {
        for label in score.missed { print("missed   \(label)") }
        for label in score.spurious { print("spurious \(label)") }
    }
    return 0
}
