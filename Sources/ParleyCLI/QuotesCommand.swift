import ArgumentParser
import Foundation
import ParleySearch

/// `--min-confidence P` of `quotes` and `search`: a share between 0 and 1.
enum MinConfidence {
    static func validate(_ value: Double?) throws {
        if let value, !(0...1).contains(value) {
            throw ValidationError("'--min-confidence' must be between 0 and 1; got \(value).")
        }
    }
}

/// `quotes --kind`: which quotations to list.
enum QuoteKind: String, ExpressibleByArgument, CaseIterable {
    case full, partial, turn, other
}

/// `--format text|jsonl`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations, with who said them, where and when.",
        discussion: """
            With QUERY, quotations whose words match it (same syntax as search), best first (--sort date: newest \
            first); without, every quotation, newest first. --since, --until, --source and --entity narrow as they \
            narrow search (--entity: the quotation's passage mentions it). The same quotation in several articles \
            (wire copies: the same words, whatever the case, accents and punctuation) is listed once, with the \
            others; --all-copies lists each. --speaker matches full names or surnames, ignoring case and accents; \
            repeat it for any of several speakers; it never matches a transcript's questioners (Q, an outlet). \
            Kinds: 'full' and 'partial' quotations, a transcript's 'turn' (a speaker's words from their label to \
            the next), 'other' (scare quotes and titles, hidden unless --all-kinds or --kind other).
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: QueryLimitOptions

    @Option(name: .customLong("speaker"), help: ArgumentHelp("Only quotations by this speaker (repeatable).", valueName: "name"))
    var speakers: [String] = []

    @OptionGroup var narrowing: NarrowingOptions

    @Option(help: ArgumentHelp(
        "Only quotations whose own words mention this person, place or organization (repeatable: any of them).",
        valueName: "name"))
    var about: [String] = []

    @Option(help: "Maximum number of quotations to print.")
    var limit = 20

    @Option(help: "text, or jsonl (one JSON object per quotation).")
    var format: OutputFormat = .text

    @Flag(help: "Include scare quotes and titles (kind 'other').")
    var allKinds = false

    @Flag(help: "List every article's copy of a statement, not each statement once.")
    var allCopies = false

    @Option(help: ArgumentHelp(
        "Only quotations of this kind: full, partial, turn (a transcript's turns) or other (repeatable: any of them).",
        valueName: "kind"))
    var kind: [QuoteKind] = []

    @Option(help: ArgumentHelp(
        "Only quotations whose speaker was found with at least this confidence (0 to 1; calibrated: of the "
            + "quotations at 0.9, about nine in ten have the right speaker).", valueName: "p"))
    var minConfidence: Double?

    @Flag(help: "Print, for each quotation, the candidates each attribution rule found and why the speaker won.")
    var explain = false

    // Unrecognized words are the query's: `-word` excludes a word, it is no option.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "Words, \"phrases\", prefix*, OR, -excluded, (groups), NEAR(a b, 10) and fields (speaker:name) the "
            + "quotation must contain.", valueName: "query"))
    var query: [String] = []

    func validate() throws {
        if let unknown = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(unknown)'.")
        }
        if limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
        try MinConfidence.validate(minConfidence)
        try narrowing.validate()
    }

    func run() throws {
        let written = query.isEmpty ? nil : try SearchQuery(query.joined(separator: " "), fieldsOnly: true)
        // Fields in the query are the options of the same name; a query of fields only lists, as no query does.
        var narrowing = self.narrowing
        var speakers = self.speakers, about = self.about, kind = self.kind
        for field in written?.fields ?? [] {
            switch field.name {
            case "speaker": speakers.append(field.value)
            case "about": about.append(field.value)
            case "kind":
                guard let value = QuoteKind(rawValue: field.value.lowercased()) else {
                    throw QueryError.badField(name: "kind", reason: "it is one of full, partial, turn or other")
                }
                kind.append(value)
            default: try narrowing.add(field)
            }
        }
        let parsed = written?.hasWords == true ? written : nil
        let index = try limits.openIndex(common)
        let speakerIDs = speakers.isEmpty ? nil : try index.speakerIDs(for: speakers, note: StandardError.note)
        let filter = SearchFilter(
            entities: try narrowing.entityIDs(index), since: narrowing.firstDay, until: narrowing.lastDay,
            sources: narrowing.sourceNames)
        let hits = try index.quotes(
            parsed, speakers: speakerIDs, kinds: kind.isEmpty ? nil : kind.map(\.rawValue), includeOther: allKinds,
            minConfidence: minConfidence, about: about.isEmpty ? nil : try index.entityIDs(for: about), filter: filter,
            order: narrowing.sort, allCopies: allCopies, limit: limit)
        let explanations = explain ? try index.explanations(for: hits) : []
        switch format {
        case .jsonl:
            for (number, hit) in hits.enumerated() {
                var object = Self.object(hit)
                if explain { object["explanation"] = explanations[number] }
                print(JSONOutput.line(object))
            }
        case .text:
            print(Self.render(hits, explanations: explanations), terminator: "")
        }
        if hits.isEmpty { throw Exit(status: 1) }
    }

    static func object(_ hit: QuoteHit) -> [String: Any] {
        [
            "article_id": hit.articleKey, "quote": hit.text, "speaker": hit.speaker ?? NSNull(),
            "speaker_mention": hit.speakerMention ?? NSNull(), "cue": hit.cue ?? NSNull(),
            "attribution": hit.attribution ?? NSNull(), "method": hit.method ?? NSNull(), "kind": hit.kind,
            "confidence": hit.confidence, "start": hit.start, "end": hit.end, "date": hit.published ?? NSNull(),
            "source": hit.source ?? NSNull(), "url": hit.url ?? NSNull(), "title": hit.title,
            "speaker_kind": hit.speakerKind ?? NSNull(),
            "copies": hit.copies.map {
                ["article_id": $0.articleKey, "source": $0.source ?? NSNull(), "date": $0.published ?? NSNull()]
                    as [String: Any]
            },
        ]
    }

    /// A turn runs as long as its speaker did: this many characters are shown, the rest with `--format jsonl`.
    static let turnCharacters = 600

    /// `text`, or its first ``turnCharacters`` characters (at a word's end) and how many more there are.
    static func excerpt(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n\n", with: " ¶ ").replacingOccurrences(of: "\n", with: " ¶ ")
        guard flat.count > turnCharacters else { return flat }
        var cut = flat.prefix(turnCharacters)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return cut + " … (\(flat.count - cut.count) more characters: --format jsonl)"
    }

    static func render(_ hits: [QuoteHit], explanations: [[String]] = []) -> String {
        guard !hits.isEmpty else { return "No quotation matches.\n" }
        var out = ""
        for (number, hit) in hits.enumerated() {
            let who = hit.speaker ?? "(unattributed)"
            let how = [hit.attribution.map { "“…,” \($0)" }, hit.method].compactMap { $0 }.joined(separator: "; ")
            if hit.kind == "turn" {
                // A turn is the speaker's own words after their label: `MR. EARNEST (Josh Earnest): …`.
                let label = hit.speakerMention ?? "?"
                let resolved = hit.speakerKind == "questioner" ? "question" : hit.speaker == label ? nil : hit.speaker
                // Found by a query: the passage of the turn that matched, words marked as `search` marks them.
                let shown = hit.matchedPassage.map { passage in
                    var text = passage.replacingOccurrences(of: SearchHit.highlightStart, with: "[")
                        .replacingOccurrences(of: SearchHit.highlightEnd, with: "]")
                    if text.hasPrefix(label + ":") {
                        text = String(text.dropFirst(label.count + 1).drop { $0 == " " })
                    } else {
                        text = "… " + text
                    }
                    return text
                } ?? Self.excerpt(hit.text)
                out += "\(number + 1). \(label)" + (resolved.map { " (\($0))" } ?? "") + ": " + shown + "\n"
            } else {
                out += "\(number + 1). \(who): “\(hit.text)”\n"
            }
            let meta = [hit.source, hit.published.map { String($0.prefix(10)) }].compactMap { $0 }.joined(separator: ", ")
            out += "   \(SearchRenderer.heading(title: hit.title, key: hit.articleKey))" + (meta.isEmpty ? "" : " — \(meta)") + "\n"
            out += "   [\(hit.articleKey), chars \(hit.start)–\(hit.end), \(hit.kind)" + (how.isEmpty ? "" : "; \(how)")
                + String(format: "; confidence %.2f", hit.confidence) + "]\n"
            if !hit.copies.isEmpty {
                let sources = hit.copies.map { $0.source ?? $0.articleKey }
                let shown = sources.prefix(5).joined(separator: ", ") + (sources.count > 5 ? ", …" : "")
                let first = ([hit.published] + hit.copies.map(\.published)).compactMap { $0.map { String($0.prefix(10)) } }.min()
                out += "   also in \(hit.copies.count) article\(hit.copies.count == 1 ? "" : "s"): \(shown)"
                    + (first.map { " (first \($0))" } ?? "") + "\n"
            }
            if number < explanations.count {
                for line in explanations[number] { out += "     · \(line)\n" }
            }
            out += "\n"
        }
        return out
    }
}

struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the speakers quoted in the index, most quoted first.",
        discussion: """
            Each line counts a speaker's statements (the same quotation carried by several articles counts once: \
            the words, whatever the case, accents and punctuation) and the articles quoting them.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: QueryLimitOptions

    @Option(help: "Maximum number of speakers to print.")
    var limit = 50

    @Option(help: ArgumentHelp(
        "Count only the quotations whose own words mention this person, place or organization (repeatable).",
        valueName: "name"))
    var about: [String] = []

    @Option(help: "text, or jsonl (one JSON object per speaker).")
    var format: OutputFormat = .text

    func validate() throws {
        if limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
    }

    func run() throws {
        let index = try limits.openIndex(common)
        let speakers = try index.speakers(limit: limit, about: about.isEmpty ? nil : try index.entityIDs(for: about))
        switch format {
        case .jsonl:
            for speaker in speakers {
                print(JSONOutput.line([
                    "speaker": speaker.name, "kind": speaker.kind, "statements": speaker.quotations,
                    "articles": speaker.articles,
                ]))
            }
        case .text:
            if speakers.isEmpty { print("No quoted speaker in the index.") }
            for speaker in speakers {
                print("\(String(speaker.quotations).leftPadded(to: 7))  \(speaker.name)"
                    + (speaker.kind == "person" ? "" : " (\(speaker.kind))") + "  — \(speaker.articles) article"
                    + (speaker.articles == 1 ? "" : "s"))
            }
        }
    }
}

/// One JSON object per line, keys sorted, non-ASCII kept as is.
enum JSONOutput {
    static func line(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
