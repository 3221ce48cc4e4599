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

    @Option(
        name: .customLong("speaker"),
        help: ArgumentHelp("Only quotations by this speaker (repeatable).", valueName: "name"))
    var speakers: [String] = []

    @OptionGroup var narrowing: NarrowingOptions

    @Option(
        help: ArgumentHelp(
            "Only quotations whose own words mention this person, place or organization (repeatable: any of them).",
            valueName: "name"))
    var about: [String] = []

    @Option(help: "Maximum number of quotations to print (text: 20 unless given; the other formats: every one).")
    var limit: Int?

    @Option(help: "Skip this many quotations first (paging: --offset 20 --limit 20 lists 21 to 40).")
    var offset = 0

    @Flag(help: "Print only how many quotations match: statements, or copies with --all-copies.")
    var count = false

    @Option(help: ArgumentHelp(OutputFormat.help + "; docs/output.md gives each one's fields.", valueName: "format"))
    var format: OutputFormat = .text

    @OptionGroup var color: ColorOptions

    @Flag(help: "Include scare quotes and titles (kind 'other').")
    var allKinds = false

    @Flag(help: "List every article's copy of a statement, not each statement once.")
    var allCopies = false

    @Option(
        help: ArgumentHelp(
            "Only quotations of this kind: full, partial, turn (a transcript's turns) or other (repeatable: any of them).",
            valueName: "kind"))
    var kind: [QuoteKind] = []

    @Option(
        help: ArgumentHelp(
            "Only quotations whose speaker was found with at least this confidence (0 to 1; calibrated: of the "
                + "quotations at 0.9, about nine in ten have the right speaker).", valueName: "p"))
    var minConfidence: Double?

    @Flag(help: "Print, for each quotation, the candidates each attribution rule found and why the speaker won.")
    var explain = false

    // Unrecognized words are the query's: `-word` excludes a word, it is no option.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "Words, \"phrases\", prefix*, OR, -excluded, (groups), NEAR(a b, 10) and fields (speaker:name) the "
                + "quotation must contain.", valueName: "query"))
    var query: [String] = []

    func validate() throws {
        if let unknown = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(unknown)'.")
        }
        if let limit, limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
        if offset < 0 { throw ValidationError("'--offset' must be 0 or more.") }
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
        let kinds = kind.isEmpty ? nil : kind.map(\.rawValue)
        let aboutIDs = about.isEmpty ? nil : try index.entityIDs(for: about)
        if count {
            let total = try index.quoteCount(
                parsed, speakers: speakerIDs, kinds: kinds, includeOther: allKinds, minConfidence: minConfidence,
                about: aboutIDs, filter: filter, allCopies: allCopies)
            let unit = allCopies ? "quotations" : "statements"
            switch format {
            case .text: Console.print("\(Format.count(total)) \(total == 1 ? String(unit.dropLast()) : unit)")
            case .json, .jsonl: Console.print(JSONOutput.line(["count": total, "unit": unit]))
            case .csv: Console.print("count,unit\n\(total),\(unit)")
            }
            if total == 0 { throw ExitCode.partial }
            return
        }
        let hits = try index.quotes(
            parsed, speakers: speakerIDs, kinds: kinds, includeOther: allKinds, minConfidence: minConfidence,
            about: aboutIDs, filter: filter, order: narrowing.sort, allCopies: allCopies, offset: offset,
            limit: format.limit(limit, text: 20))
        let explanations = explain ? try index.explanations(for: hits) : []
        switch format {
        case .text:
            Console.print(
                Self.render(hits, explanations: explanations, style: color.style, offset: offset), terminator: "")
        case .json, .jsonl, .csv:
            let writer = RecordWriter(format: format, name: "quotes", columns: Self.columns)
            for (number, hit) in hits.enumerated() {
                var object = Self.object(hit)
                object["rank"] = offset + number + 1
                if explain { object["explanation"] = explanations[number] }
                var flat = object
                flat["copies"] = hit.copies.map(\.articleKey)
                writer.write(object, csv: flat)
            }
            writer.finish()
        }
        if hits.isEmpty { throw ExitCode.partial }
    }

    /// The columns of `--format csv`: docs/output.md's quotation record, `copies` as their article ids.
    static let columns = [
        "rank", "speaker", "speaker_kind", "kind", "quote", "confidence", "speaker_mention", "cue", "method",
        "attribution", "article_id", "title", "source", "date", "url", "start", "end", "copies",
    ]

    static func object(_ hit: QuoteHit) -> [String: Any] {
        [
            "article_id": hit.articleKey, "quote": hit.text, "speaker": hit.speaker ?? NSNull(),
            "speaker_mention": hit.speakerMention ?? NSNull(), "cue": hit.cue ?? NSNull(),
            "attribution": hit.attribution ?? NSNull(), "method": hit.method ?? NSNull(), "kind": hit.kind,
            "confidence": hit.confidence, "start": hit.start, "end": hit.end, "date": hit.published ?? NSNull(),
            "source": hit.source ?? NSNull(), "url": hit.url ?? NSNull(), "title": hit.title,
            "speaker_kind": hit.speakerKind?.rawValue ?? NSNull(),
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

    static func render(
        _ hits: [QuoteHit], explanations: [[String]] = [], style: HighlightStyle = HighlightStyle(terminal: false),
        offset: Int = 0
    ) -> String {
        guard !hits.isEmpty else {
            return offset > 0 ? "No quotation past the first \(offset).\n" : "No quotation matches.\n"
        }
        var out = ""
        for (number, hit) in hits.enumerated() {
            let who = hit.speaker ?? "(unattributed)"
            let how = [hit.attribution.map { "“…,” \($0)" }, hit.method].compactMap { $0 }.joined(separator: "; ")
            if hit.kind == "turn" {
                // A turn is the speaker's own words after their label: `MR. EARNEST (Josh Earnest): …`.
                let label = hit.speakerMention ?? "?"
                let resolved = hit.speakerKind == .questioner ? "question" : hit.speaker == label ? nil : hit.speaker
                // Found by a query: the passage of the turn that matched, words marked as `search` marks them.
                let shown =
                    hit.matchedPassage.map { passage in
                        var text = SearchHit.marking(passage, open: style.open, close: style.close)
                        if text.hasPrefix(label + ":") {
                            text = String(text.dropFirst(label.count + 1).drop { $0 == " " })
                        } else {
                            text = "… " + text
                        }
                        return text
                    } ?? Self.excerpt(hit.text)
                out += "\(offset + number + 1). \(label)" + (resolved.map { " (\($0))" } ?? "") + ": " + shown + "\n"
            } else {
                out += "\(offset + number + 1). \(who): “\(hit.text)”\n"
            }
            out +=
                "   "
                + SearchRenderer.headline(
                    title: hit.title, key: hit.articleKey, source: hit.source, published: hit.published) + "\n"
            out +=
                "   [\(hit.articleKey), chars \(hit.start)–\(hit.end), \(hit.kind)" + (how.isEmpty ? "" : "; \(how)")
                + String(format: "; confidence %.2f", hit.confidence) + "]\n"
            if !hit.copies.isEmpty {
                let sources = hit.copies.map { $0.source ?? $0.articleKey }
                let shown = sources.prefix(5).joined(separator: ", ") + (sources.count > 5 ? ", …" : "")
                let first = ([hit.published] + hit.copies.map(\.published)).compactMap {
                    $0.map { String($0.prefix(10)) }
                }.min()
                out +=
                    "   also in \(hit.copies.count) article\(hit.copies.count == 1 ? "" : "s"): \(shown)"
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

    @Option(help: "Maximum number of speakers to print (text: 50 unless given; the other formats: every one).")
    var limit: Int?

    @Option(help: "Skip this many speakers first (paging).")
    var offset = 0

    @Option(
        help: ArgumentHelp(
            "Count only the quotations whose own words mention this person, place or organization (repeatable).",
            valueName: "name"))
    var about: [String] = []

    @Option(help: ArgumentHelp(OutputFormat.help + "; docs/output.md gives each one's fields.", valueName: "format"))
    var format: OutputFormat = .text

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("'--limit' must be at least 1.") }
        if offset < 0 { throw ValidationError("'--offset' must be 0 or more.") }
    }

    func run() throws {
        let index = try limits.openIndex(common)
        let wanted = format.limit(limit, text: 50) + min(offset, OutputFormat.everyResult)
        let speakers = try index.speakers(limit: wanted, about: about.isEmpty ? nil : try index.entityIDs(for: about))
            .dropFirst(offset)
        switch format {
        case .text:
            if speakers.isEmpty {
                Console.print(offset > 0 ? "No speaker past the first \(offset)." : "No quoted speaker in the index.")
            }
            for speaker in speakers {
                Console.print(
                    "\(String(speaker.quotations).leftPadded(to: 7))  \(speaker.name)"
                        + (speaker.kind == .person ? "" : " (\(speaker.kind.rawValue))")
                        + "  — \(speaker.articles) article"
                        + (speaker.articles == 1 ? "" : "s"))
            }
        case .json, .jsonl, .csv:
            let writer = RecordWriter(
                format: format, name: "speakers", columns: ["rank", "speaker", "kind", "statements", "articles"])
            for (number, speaker) in speakers.enumerated() {
                writer.write([
                    "rank": offset + number + 1, "speaker": speaker.name, "kind": speaker.kind.rawValue,
                    "statements": speaker.quotations, "articles": speaker.articles,
                ])
            }
            writer.finish()
        }
    }
}
