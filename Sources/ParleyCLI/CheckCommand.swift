import ArgumentParser
import Foundation
import ParleySearch

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the index: SQLite and full-text integrity, counts that agree, versions.",
        discussion:
            "Exit status: 0 every check passed; 1 a check failed (the last line says what to run); 2 the index cannot be opened."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let index = try common.openIndex(mode: .inspect, noteAnalysis: false)
        let check = try index.check()
        Console.print("index:      \(index.path)")
        for line in check.lines {
            Console.print(
                "\((line.name + ":").padding(toLength: 12, withPad: " ", startingAt: 0))\(line.isFine ? "" : "PROBLEM: ")\(line.detail)"
            )
        }
        if check.isFine {
            Console.print("ok")
        } else {
            Console.print("to repair: " + check.repairs.joined(separator: ", then "))
            throw ExitCode.partial
        }
    }
}
