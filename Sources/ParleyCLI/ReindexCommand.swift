import ArgumentParser
import Foundation
import ParleySearch

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the full-text index from the stored articles with this Parley's tokenizer.",
        discussion: """
            Needed after an upgrade that changed the tokenizer (Parley says so when it opens the index). \
            The articles are not read again: their stored text is re-tokenized, in one transaction.
            """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        let start = ContinuousClock.now
        let index = try ParleyIndex.open(at: common.indexPath, mode: .rebuild)
        let passages = try index.rebuildFullText()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        StandardError.write("reindexed \(passages) passages with \(Tokenizer.name) in \(Format.seconds(seconds)) s\n")
    }
}

import ParleyText
