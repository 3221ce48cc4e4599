import ArgumentParser
import Foundation
import ParleySearch
import ParleyText

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Re-extract quotations, speakers and entities from the stored articles, and rebuild the full-text "
            + "index when this Parley's tokenizer differs.",
        discussion: """
            Needed after an upgrade that changed the extraction or the tokenizer (Parley says so when it opens \
            the index), or to apply aliases.tsv and offices.tsv to the articles already stored. The articles are \
            not read again: their stored text and date are extracted again with the current aliases and office \
            holders, and the full-text index is re-tokenized from the stored text when its tokenizer is not \
            this Parley's, all in one transaction: interrupted (Ctrl-C), the index keeps its old state whole.
            """)

    @OptionGroup var common: CommonOptions

    @Flag(
        help: ArgumentHelp(
            "Only rebuild the full-text index with this Parley's tokenizer; keep the stored quotations, speakers and "
                + "entities (the quick fix after a tokenizer change)."))
    var textOnly = false

    @OptionGroup var writing: WritingOptions

    func run() throws {
        try writing.lock(common)
        // Ctrl-C or kill rolls the one transaction back (and a second signal ends the process at once: SQLite
        // discards an uncommitted transaction all the same). Installed after the lock, whose wait a signal must end,
        // and before the index opens: a signal while it opens (and upgrades its schema, which is kept) stops the
        // reindex before it changes anything.
        Interruption.install()
        let index = try common.openIndex(mode: .rebuild, noteAnalysis: textOnly)
        var offices: OfficeHolders?
        if !textOnly {
            let (holders, notices) = index.officeHolders()
            for notice in notices { StandardError.report(notice) }
            offices = holders
        }
        let summary: ReindexSummary
        do {
            summary = try index.reindex(
                textOnly ? .fullTextOnly : .all, offices: offices, shouldStop: { Interruption.requested })
        } catch .interrupted {
            StandardError.write("interrupted: nothing was changed\n")
            throw ExitCode.interrupted
        }
        if let passages = summary.passages {
            StandardError.write(
                "reindexed \(passages) passages with \(Tokenizer.name) in \(Format.seconds(summary.fullTextSeconds)) s\n"
            )
        }
        if let articles = summary.articles {
            StandardError.write(
                "re-extracted \(Format.count(summary.quotations)) quotation\(summary.quotations == 1 ? "" : "s") "
                    + "and \(Format.count(summary.mentions)) mention\(summary.mentions == 1 ? "" : "s") "
                    + "from \(Format.count(articles)) article\(articles == 1 ? "" : "s") "
                    + "with extraction v\(summary.analysis) in \(Format.seconds(summary.extractionSeconds)) s\n")
        }
        if let seconds = summary.merge.seconds {
            StandardError.write("merged the full-text index in \(Format.seconds(seconds)) s\n")
        }
        if let failure = summary.merge.failure {
            StandardError.write(
                "warning: merging the full-text index failed: \(failure) Searches are right, only slower.\n")
        }
        if let failure = summary.merge.freePagesFailure {
            StandardError.freePagesFailed(failure)
        }
    }
}
