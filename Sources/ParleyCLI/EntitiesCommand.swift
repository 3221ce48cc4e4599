import ArgumentParser
import Foundation
import ParleySearch
import ParleyText

/// `--kind person|place|organization` (`org` accepted): one of ``EntityKind/mentioned``.
enum MentionKindArgument: String, ExpressibleByArgument, CaseIterable {
    case person, place, organization, org

    var kind: EntityKind { self == .org ? .organization : EntityKind(rawValue: rawValue)! }  // the cases are kinds
}

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places and organisations mentioned, by number of passages.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: QueryLimitOptions

    @Option(help: "Only this kind: person, place or organization (org).")
    var kind: MentionKindArgument?

    @Option(help: "Maximum number of entities to print (text: 50 unless given; the other formats: every one).")
    var limit: Int?

    @Option(help: "Skip this many entities first (paging).")
    var offset = 0

    @Option(help: ArgumentHelp(OutputFormat.help + "; docs/output.md gives each one's fields.", valueName: "format"))
    var format: OutputFormat = .text

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
        if offset < 0 { throw ValidationError("'--offset' must be 0 or more.") }
    }

    func run() throws {
        let index = try limits.openIndex(common)
        let wanted = format.limit(limit, text: 50) + min(offset, OutputFormat.everyResult)
        let entities = try index.entities(kind: kind?.kind, limit: wanted).dropFirst(offset)
        switch format {
        case .text:
            if entities.isEmpty {
                Console.print(offset > 0 ? "No entity past the first \(offset)." : "No entity in the index.")
            }
            for entity in entities {
                Console.print(
                    "\(String(entity.passages).leftPadded(to: 7))  \(entity.name) (\(entity.kind.rawValue))  — "
                        + "\(entity.articles) article" + (entity.articles == 1 ? "" : "s"))
            }
        case .json, .jsonl, .csv:
            let writer = RecordWriter(
                format: format, name: "entities", columns: ["rank", "entity", "kind", "passages", "articles"])
            for (number, entity) in entities.enumerated() {
                writer.write([
                    "rank": offset + number + 1, "entity": entity.name, "kind": entity.kind.rawValue,
                    "passages": entity.passages,
                    "articles": entity.articles,
                ])
            }
            writer.finish()
        }
    }
}

struct AliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "List or add name variants that resolve to one entity (aliases.tsv beside the index).",
        discussion: """
            parley aliases                      lists your aliases (the shipped list also applies)
            parley aliases add NAME VARIANT…    records VARIANTs as names of NAME and merges the entities \
            already stored under them, without reading the sources again.
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Nothing to list; 'add NAME VARIANT…' to add.", valueName: "add NAME VARIANT"))
    var words: [String] = []

    @OptionGroup var writing: WritingOptions

    func validate() throws {
        guard let first = words.first else { return }
        guard first == "add" else {
            throw ValidationError("Unknown action '\(first)': use 'parley aliases add NAME VARIANT…'.")
        }
        guard words.count >= 3 else { throw ValidationError("Give a canonical name and at least one variant.") }
        if words.contains(where: { $0.contains("\t") || $0.contains("\n") }) {
            throw ValidationError("Names cannot contain tabs or line breaks.")
        }
    }

    func run() throws {
        if !words.isEmpty { try writing.lock(common) }
        let index = try common.openIndex(mode: words.isEmpty ? .read : .existing)
        if words.isEmpty {
            let aliases = index.userAliases()
            if aliases.isEmpty { Console.print("No aliases in \(index.aliasFilePath) (the shipped list applies).") }
            for alias in aliases { Console.print("\(alias.canonical): \(alias.variants.joined(separator: ", "))") }
            return
        }
        let merged = try index.addAlias(canonical: words[1], variants: Array(words.dropFirst(2)))
        Console.print(
            "added to \(index.aliasFilePath); merged \(merged) stored entit\(merged == 1 ? "y" : "ies") into '\(words[1])'"
        )
    }
}
