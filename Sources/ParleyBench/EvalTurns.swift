import ArgumentParser
import Foundation
import ParleyText

struct EvalTurnsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-turns",
        abstract: "Print how well transcript turns and their speakers are found in a hand-labelled gold file.")

    @Flag(name: .customLong("errors"), help: "Also print every document, turn or speaker told wrong.")
    var showErrors = false

    @Option(
        name: .customLong("offices"),
        help: ArgumentHelp(
            "Office holders to add to the shipped ones, as an offices.tsv beside an index has them (repeatable).",
            valueName: "file"))
    var officeFiles: [String] = []

    @Argument(help: ArgumentHelp("The gold file (Tests/TranscriptGold/transcripts.jsonl).", valueName: "file"))
    var path: String

    func run() throws {
        var offices = OfficeHolders.shipped
        for file in officeFiles { offices.add(tsv: try String(contentsOfFile: file, encoding: .utf8), isUser: true) }
        try runEvalTurns(path, offices: offices, showErrors: showErrors)
    }
}

/// `eval-turns [--errors] [--offices FILE] FILE`: transcript turns against a hand-labelled gold file
/// (`Tests/TranscriptGold`): documents told right, turns found (precision, recall), speakers right, by layout.
func runEvalTurns(_ path: String, offices: OfficeHolders, showErrors: Bool) throws {
    let score = TurnEvaluation.score(try TurnEvaluation.documents(at: path), offices: offices)
    func f(_ value: Double) -> String { String(format: "%.3f", value) }
    print("documents told right: \(score.documentsRight)/\(score.documents)")
    print(
        "turns: precision \(f(score.precision)), recall \(f(score.recall)) "
            + "(\(score.truePositives) found, \(score.falsePositives) spurious, \(score.falseNegatives) missed)")
    print(
        "speaker right: \(f(score.speakerAccuracy)) of the gold turns (\(score.speakersRight)); "
            + "questioner flag right on \(score.questionersRight)/\(score.truePositives) found")
    print("| layout | gold turns | found with the right speaker |")
    print("|---|---:|---:|")
    for (layout, counts) in score.byLayout.sorted(by: { $0.key < $1.key }) where counts.gold > 0 {
        print("| \(layout) | \(counts.gold) | \(counts.right) (\(f(Double(counts.right) / Double(counts.gold)))) |")
    }
    if showErrors { for error in score.errors { print(error) } }
}
