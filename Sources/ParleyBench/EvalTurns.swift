import Foundation
import ParleyText

/// `eval-turns [--errors] [--offices FILE] FILE`: transcript turns against a hand-labelled gold file
/// (`Tests/TranscriptGold`): documents told right, turns found (precision, recall), speakers right, by layout.
func runEvalTurns(_ arguments: [String]) throws -> Int32 {
    var rest = arguments[...]
    var showErrors = false
    var offices = OfficeHolders.shipped
    var path: String?
    while let argument = rest.popFirst() {
        switch argument {
        case "--errors": showErrors = true
        case "--offices":
            guard let file = rest.popFirst() else { return usage() }
            offices.add(tsv: try String(contentsOfFile: file, encoding: .utf8), isUser: true)
        default: path = argument
        }
    }
    guard let path else { return usage() }
    let score = TurnEvaluation.score(try TurnEvaluation.documents(at: path), offices: offices)
    func f(_ value: Double) -> String { String(format: "%.3f", value) }
    print("documents told right: \(score.documentsRight)/\(score.documents)")
    print("turns: precision \(f(score.precision)), recall \(f(score.recall)) "
        + "(\(score.truePositives) found, \(score.falsePositives) spurious, \(score.falseNegatives) missed)")
    print("speaker right: \(f(score.speakerAccuracy)) of the gold turns (\(score.speakersRight)); "
        + "questioner flag right on \(score.questionersRight)/\(score.truePositives) found")
    print("| layout | gold turns | found with the right speaker |")
    print("|---|---:|---:|")
    for (layout, counts) in score.byLayout.sorted(by: { $0.key < $1.key }) where counts.gold > 0 {
        print("| \(layout) | \(counts.gold) | \(counts.right) (\(f(Double(counts.right) / Double(counts.gold)))) |")
    }
    if showErrors { for error in score.errors { print(error) } }
    return 0
}

private func usage() -> Int32 {
    FileHandle.standardError.write(Data("usage: parley-bench eval-turns [--errors] [--offices FILE] FILE\n".utf8))
    return 2
}
