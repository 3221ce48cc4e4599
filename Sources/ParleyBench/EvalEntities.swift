// `parley-bench eval-entities [--misses] FILE`: entity-facet precision, recall and F1 on a labelled set
// (Tests/EntityGold/entities.jsonl), overall and by kind, as a Markdown table.

import ArgumentParser
import Foundation
import ParleyText

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-entities",
        abstract: "Print entity-facet precision, recall and F1 on a labelled set, overall and by kind.")

    @Flag(name: .customLong("misses"), help: "Also print every label missed and every entity found but not labelled.")
    var showMisses = false

    @Argument(help: ArgumentHelp("The labelled set (Tests/EntityGold/entities.jsonl).", valueName: "file"))
    var path: String

    func run() throws { try runEvalEntities(path, showMisses: showMisses) }
}

func runEvalEntities(_ path: String, showMisses: Bool) throws {
    let articles = try EntityEvaluation.articles(at: path)
    let score = EntityEvaluation.score(articles)
    func f(_ value: Double) -> String { String(format: "%.3f", value) }
    print("| kind | labelled | found | precision | recall | F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    let rows: [(String, EntityEvaluation.Counts)] =
        [("all", score.overall)] + EntityKind.mentioned.map { ($0.rawValue, score.byKind[$0] ?? .init()) }
    for (name, counts) in rows {
        print(
            "| \(name) | \(counts.truePositives + counts.falseNegatives) | \(counts.truePositives + counts.falsePositives) | "
                + "\(f(counts.precision)) | \(f(counts.recall)) | \(f(counts.f1)) |")
    }
    if showMisses {
        for label in score.missed { print("missed   \(label)") }
        for label in score.spurious { print("spurious \(label)") }
    }
}
