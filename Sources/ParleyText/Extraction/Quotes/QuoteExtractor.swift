/// Finds the direct quotations of an article and attributes each to its speaker.
///
/// 1. Spans: the outermost quotation marks of each paragraph (``QuotationScanner``: `“ ”`, `‘ ’` told apart
///    from apostrophes, `« »`, `„ “`, straight `"`). A quotation left open at a paragraph's end goes on when the
///    next paragraph opens with a mark (the wire convention for long quotations); otherwise it ends there, so an
///    unbalanced mark never swallows the rest of the article.
/// 2. Attribution, in the quotation's sentence: after it (`,” Marevsky said.`, `,” said Yuri Tobolin, an aide
///    to…`, `,” he added.`), else before it (`Marevsky said: “`, `According to X, “`, `X told reporters that “`,
///    `X called the talks “`). The speaker phrase is a name (resolved to the fullest form the article used:
///    `Tobolin` → `Yuri Tobolin`), a pronoun (the last speaker, or the most recent person, of that gender), a role
///    (`the palace spokesman` → the person the article introduced so) or an organisation (`the Kremlin`).
/// 3. Continuation: a quotation with no attribution of its own goes on from the quotation before it, in the same
///    paragraph or the one before (`“Q1,” X said. “Q2.”`, a paragraph that is only a quotation).
/// 4. Kind: `full` when the quotation starts its sentence (or follows `X said:`) with a capital; `partial` for a
///    fragment inside the writer's sentence; `other` (scare quotes, titles) when nothing attributes a fragment.
public enum QuoteExtractor {
    public static func quotations(in text: String) -> [Quotation] {
        var copy = text
        return copy.withUTF8 { quotations(in: $0).quotations }
    }

    /// The quotations, and every paragraph's tokens (lexed once, for ``EntityExtractor`` too).
    static func quotations(
        in bytes: UnsafeBufferPointer<UInt8>, gazetteer: Gazetteer = .shipped, offices: OfficeHolders = .shipped,
        date: String? = nil, homeCountry: String? = nil, explain: Bool = false
    ) -> (quotations: [Quotation], lexed: [[LexToken]]) {
        var extractor = Run(
            bytes: bytes, gazetteer: gazetteer, offices: offices, date: date, homeCountry: homeCountry, explain: explain
        )
        let quotations = extractor.run()
        return (quotations, (0..<extractor.paragraphs.count).map { extractor.tokens($0) })
    }
}

/// Quotations and entity mentions of one article, sharing one pass of the lexer.
public enum ArticleExtraction {
    /// The version of what extraction produces (quotations, speakers, entities). Raise it with any change to
    /// the rules, word lists or shipped tables that changes the output: an index records the version that
    /// built it, says so when it is older, and `parley reindex` re-extracts from the stored text.
    public static let version = 4

    /// Speakers go through the gazetteer's aliases (`Oleksii Halynskyy` → `Oleksiy Halynsky`) before they help
    /// find the people the article mentions. `date` (ISO, the article's publication date) lets a role the
    /// article never names (`the Russian foreign minister`) resolve through `offices`.
    ///
    /// `explain` fills each quotation's ``Quotation/explanation`` (slower: every rule runs; `parley quotes --explain`).
    /// A transcript (``Transcript``) also gives one quotation of kind `turn` per speaker turn, resolved with the help
    /// of its `title` and `source`; the quotations inside a turn keep their own speakers.
    public static func extract(
        from text: String, title: String = "", source: String? = nil, date: String? = nil, gazetteer: Gazetteer,
        offices: OfficeHolders = .shipped, explain: Bool = false
    ) -> (quotations: [Quotation], mentions: [EntityMention]) {
        var copy = text
        return copy.withUTF8 { bytes in
            // A transcript's bare roles (`the President said`) are its own country's offices.
            let paragraphs = Segmenter.paragraphs(in: bytes)
            let transcript = Transcript.segments(in: bytes, paragraphs: paragraphs)
            let homeCountry =
                transcript == nil
                ? nil
                : TurnResolver.country(
                    title: title, source: source,
                    offices: offices, gazetteer: gazetteer)
            var (quotations, lexed) = QuoteExtractor.quotations(
                in: bytes, gazetteer: gazetteer, offices: offices, date: date, homeCountry: homeCountry,
                explain: explain)
            // Each speaker once (a speaker usually has several quotations in an article).
            var people: [String: String?] = [:]
            for index in quotations.indices {
                guard let speaker = quotations[index].speaker else { continue }
                if quotations[index].speakerKind == .person {
                    // Never a place, a contraction or a title alone as a person (`Iran`, `I’m`, `Candidate`).
                    if people[speaker] == nil {
                        people[speaker] = .some(
                            PersonNames.clean(speaker, gazetteer: gazetteer).map(gazetteer.canonical))
                    }
                    quotations[index].speaker = people[speaker] ?? nil
                    if quotations[index].speaker == nil {
                        quotations[index].method = nil
                        quotations[index].confidence = min(
                            quotations[index].confidence, Quotation.unattributedConfidence)
                    }
                } else if quotations[index].speakerKind == .organization {
                    quotations[index].speaker = gazetteer.canonical(speaker)
                }
            }
            let turns =
                transcript.map {
                    Transcript.turns(
                        segments: $0.segments, headers: $0.headers, in: bytes, paragraphs: paragraphs, lexed: lexed,
                        title: title, source: source, date: date, gazetteer: gazetteer, offices: offices)
                } ?? []
            if !turns.isEmpty {
                // In text order, each turn before the quotations inside it.
                quotations = (turns + quotations).enumerated().sorted {
                    ($0.element.start, $0.element.kind == .turn ? 0 : 1, $0.offset)
                        < ($1.element.start, $1.element.kind == .turn ? 0 : 1, $1.offset)
                }.map(\.element)
            }
            let speakers = quotations.compactMap { $0.speakerKind == .person ? $0.speaker : nil }
            let mentions = EntityExtractor.mentions(in: bytes, lexed: lexed, gazetteer: gazetteer, speakers: speakers)
            return (quotations, mentions)
        }
    }
}

private struct Span {
    var open: Int
    var openLength: Int
    /// Byte offset of the closing mark; `nil` when the quotation was recovered at a paragraph end.
    var close: Int?
    var closeLength: Int
    var firstParagraph: Int
    var lastParagraph: Int
    /// End of the quoted text (before the closing mark or at the paragraph end).
    var innerEnd: Int
}

/// Where the attribution of a quotation was found, most reliable first; each has its own calibrated confidence.
enum Sieve: String, Sendable {
    /// In the quotation's sentence, after it: `“…,” Marevsky said.`
    case after
    /// In the quotation's sentence, before it: `Marevsky said: “…”`, `According to X, “…”`.
    case before
    /// A clause ending with a colon just before the quotation, in its paragraph or the one before.
    case colon
    /// The next sentence: `“…” The minister said this at a meeting.`
    case nextSentence = "next-sentence"
    /// No attribution of its own: the quotation before it goes on.
    case continuation
    /// A paragraph that is only a quotation, after one that quotes nobody: that paragraph's subject.
    case previousSubject = "previous-subject"
    /// A lower-case fragment inside the writer's sentence, no cue: the sentence's subject.
    case sentenceSubject = "sentence-subject"

    /// The rules that find an attribution in the text, in the order they are tried (continuation finds none).
    static let finding: [Sieve] = [.after, .before, .colon, .nextSentence, .previousSubject, .sentenceSubject]

    /// How `parley quotes --explain` names the rule.
    var label: String {
        switch self {
        case .after: "after the quotation, in its sentence"
        case .before: "before the quotation, in its sentence"
        case .colon: "a clause ending with a colon before it"
        case .nextSentence: "the next sentence"
        case .continuation: "continuation of the previous quotation"
        case .previousSubject: "the subject of the paragraph before"
        case .sentenceSubject: "the subject of its sentence"
        }
    }
}

private struct Run {
    let bytes: UnsafeBufferPointer<UInt8>
    var gazetteer = Gazetteer.shipped
    var offices = OfficeHolders.shipped
    /// The article's date (ISO), for office holders.
    var date: String?
    /// A transcript's own country (`The White House` → United States), whose offices a bare role names.
    var homeCountry: String?
    /// Fill each quotation's `explanation` (`parley quotes --explain`).
    var explain = false
    /// A quotation of at most this many words inside the writer's sentence may be attributed by an evaluative
    /// verb (`dismissed the report as “fiction”`); longer ones need a speech verb.
    static let fragmentWords = 8
    /// A quoted fragment of at most this many words that nobody is said to have said is a term (`the “zipper”`,
    /// `a “security belt”`), kind `other`; a longer lower-case one is somebody's words even when the article
    /// does not say whose (on PolNeAR's development folds, 7 in 8 of them are annotated quotations).
    static let termWords = 3
    /// The confidence of a quotation of kind `other` (a term, a title, a name): it is nobody's words, so no
    /// calibrated speaker confidence applies; below what any rule earns on PolNeAR (0.53 at the least).
    static let termConfidence = 0.3
    var paragraphs: [ByteSpan] = []
    var lexed: [Int: [LexToken]] = [:]
    var sentences: [Int: [ByteSpan]] = [:]
    var registry = PersonRegistry()
    /// The quoted text of every span, in order (byte ranges).
    var quotedRanges: [Range<Int>] = []
    /// Where people registration has reached: paragraph and token index in it.
    var registeredParagraph = 0
    var registeredToken = 0

    init(
        bytes: UnsafeBufferPointer<UInt8>, gazetteer: Gazetteer = .shipped, offices: OfficeHolders = .shipped,
        date: String? = nil, homeCountry: String? = nil, explain: Bool = false
    ) {
        self.bytes = bytes
        self.homeCountry = homeCountry
        self.explain = explain
        self.gazetteer = gazetteer
        self.offices = offices
        self.date = date
    }

    mutating func run() -> [Quotation] {
        paragraphs = Segmenter.paragraphs(in: bytes)
        let spans = findSpans()
        quotedRanges = spans.map { ($0.open + $0.openLength)..<max($0.innerEnd, $0.open + $0.openLength) }
        var result: [Quotation] = []
        var counter = ScalarCounter()
        var lastSpeaker: (person: Int?, name: String, paragraph: Int, end: Int)?
        var lastQuote: (speaker: String?, kind: EntityKind, person: Int?, paragraph: Int, method: Quotation.Method?)?
        for span in spans {
            let innerStart = span.open + span.openLength
            guard span.innerEnd > innerStart else { continue }
            registerPeople(through: span.firstParagraph, before: span.open)
            let openParagraph = span.firstParagraph, closeParagraph = span.lastParagraph
            let openTokens = tokens(openParagraph)
            let closeTokens = tokens(closeParagraph)
            let openIndex = openTokens.firstIndex { $0.range.lowerBound == span.open } ?? 0
            let openSentence = sentence(in: openParagraph, containing: span.open)
            let sentenceStart = openTokens.firstIndex { $0.range.lowerBound >= openSentence.lowerBound } ?? openIndex
            // Every rule's candidate, most reliable first; the first one found attributes the quotation. With
            // `explain`, every rule runs, so that `parley quotes --explain` can show what each one proposed.
            var candidates: [(sieve: Sieve, attribution: Attribution)] = []
            if let close = span.close {
                let closeIndex = closeTokens.firstIndex { $0.range.lowerBound == close } ?? closeTokens.count - 1
                let closeSentence = sentence(in: closeParagraph, containing: max(close - 1, 0))
                let limit =
                    closeTokens.firstIndex { $0.range.lowerBound >= closeSentence.upperBound } ?? closeTokens.count
                if let found = AttributionFinder(bytes: bytes, tokens: closeTokens).after(
                    close: closeIndex, limit: limit)
                {
                    candidates.append((.after, found))
                }
            }
            if candidates.isEmpty || explain {
                let finder = AttributionFinder(bytes: bytes, tokens: openTokens)
                // `defended his comments as “sarcastic”`: a verb that makes a fragment the subject's words.
                if let found = finder.before(start: sentenceStart, open: openIndex)
                    ?? (openIndex > sentenceStart && wordCount(span) <= Self.fragmentWords
                        ? finder.before(start: sentenceStart, open: openIndex, fragment: true) : nil)
                {
                    candidates.append((.before, found))
                }
            }
            if candidates.isEmpty || explain,
                let found = colonAttribution(
                    span, tokens: openTokens, openIndex: openIndex, sentenceStart: sentenceStart)
            {
                candidates.append((.colon, found))
            }
            if candidates.isEmpty || explain, let found = nextSentenceAttribution(span) {
                candidates.append((.nextSentence, found))
            }
            let continues =
                lastQuote.map { last in
                    last.speaker != nil && last.paragraph >= openParagraph - 1
                        && (last.paragraph == openParagraph || span.open == paragraphs[openParagraph].lowerBound)
                } ?? false
            if candidates.isEmpty && !continues || explain,
                let found = previousSubjectAttribution(span, lastQuoteParagraph: lastQuote?.paragraph),
                isKnownSubject(found)
            {
                candidates.append((.previousSubject, found))
            }
            // A lower-case fragment inside the writer's sentence (`Aubrel urged the delegations to “breathe, breathe”`)
            // is most often its subject's words: news quotes fragments of what people said far more than it
            // scare-quotes.
            let lowerFragment = openIndex > sentenceStart && startsLowercase(span) && !isNamed(openTokens, openIndex)
            if candidates.isEmpty && !continues || explain, lowerFragment,
                let found = AttributionFinder(bytes: bytes, tokens: openTokens).clauseSubject(
                    start: sentenceStart, end: openIndex),
                isKnownSubject(found)
            {
                candidates.append((.sentenceSubject, found))
            } else if candidates.isEmpty && !continues || explain, lowerFragment, let close = span.close,
                span.firstParagraph == span.lastParagraph
            {
                // `Asked about the “night convoys”, a Valdoran official said …`: a cue
                // later in the sentence, with its subject.
                let closeIndex = openTokens.firstIndex { $0.range.lowerBound == close } ?? openTokens.count - 1
                let sentence = self.sentence(in: openParagraph, containing: close)
                let end = openTokens.firstIndex { $0.range.lowerBound >= sentence.upperBound } ?? openTokens.count
                if closeIndex + 1 < end,
                    let found = AttributionFinder(bytes: bytes, tokens: openTokens).before(
                        start: closeIndex + 1, open: end),
                    isKnownSubject(found)
                {
                    candidates.append((.sentenceSubject, found))
                }
            }
            // The weakest rules speak only when no other does, and never over a continuation.
            let chosen =
                candidates.first { $0.sieve != .previousSubject && $0.sieve != .sentenceSubject }
                ?? (continues ? nil : candidates.first)
            let attribution = chosen?.attribution
            let sieve = chosen?.sieve ?? .after
            var resolution = ""
            let startsSentence =
                !(sentenceStart..<openIndex).contains { openTokens[$0].kind == .word }
                || (attribution.map { $0.isBefore && $0.introducesQuote && !$0.isNaming } ?? false)
            // `[…] we do not ask`, `<…> every name`: an elision opening a quotation hides its first capital.
            let elided = startsWithElision(innerStart, span.innerEnd)
            let capitalStart =
                elided
                || ArticleLexer.startsUppercase(
                    at: firstLetter(from: innerStart, to: span.innerEnd), in: bytes,
                    end: span.innerEnd)
                || ArticleLexer.isWordByte(bytes[innerStart]) && bytes[innerStart] &- 0x30 < 10

            var quotation = Quotation(
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[innerStart..<span.innerEnd]), as: UTF8.self),
                start: counter.scalarOffset(ofByte: innerStart, in: bytes),
                end: counter.scalarOffset(ofByte: span.innerEnd, in: bytes),
                byteRange: innerStart..<span.innerEnd,
                kind: startsSentence && capitalStart ? .full : .partial)
            var person: Int?
            if let attribution {
                quotation.rule = sieve.rawValue
                quotation.cue = attribution.cue
                quotation.attribution = text(attribution.byteRange)
                switch attribution.reference {
                case let .name(name, roles, isOrganization, honorific):
                    quotation.speakerMention = name
                    if isOrganization {
                        quotation.speaker = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
                        quotation.speakerKind = .organization
                        registry.mentionOrganization(quotation.speaker!, at: span.open)
                    } else if let cleaned = PersonNames.cleaned(name, gazetteer: gazetteer) {
                        let gender = honorific.flatMap { Lexicon.honorifics[$0] ?? nil }
                        person = registry.mention(cleaned.name, at: span.open, gender: gender, role: roles)
                        quotation.speaker = registry.name(person!)
                        resolution =
                            quotation.speaker == name
                            ? "the name as written"
                            : "‘\(name)’ is \(quotation.speaker!), the fullest form of the name in the article"
                    } else if let country = gazetteer.country(named: name) {
                        // `Iran said`: a country speaks through its government.
                        quotation.speaker = country
                        quotation.speakerKind = .organization
                        registry.mentionOrganization(country, at: span.open)
                        resolution = "‘\(name)’ is a country or organisation, not a person"
                    } else {
                        resolution = "‘\(name)’ names no person (a common word, a place, a title alone)"
                    }
                    if quotation.speaker != nil { quotation.method = .explicit }
                case let .pronoun(pronoun):
                    quotation.speakerMention = pronoun
                    let gender: Gender? =
                        Lexicon.malePronouns.contains(pronoun)
                        ? .male
                        : Lexicon.femalePronouns.contains(pronoun) ? .female : nil
                    if gender != nil {
                        person = resolvePronoun(
                            gender: gender, at: span.open, lastSpeaker: lastSpeaker, paragraph: openParagraph)
                        if let person {
                            quotation.speaker = registry.name(person)
                            resolution = "‘\(pronoun)’: the last speaker or sentence subject of that gender"
                            quotation.method = .pronoun
                        }
                    } else if pronoun == "it", let last = lastQuote, last.kind == .organization,
                        let speaker = last.speaker
                    {
                        quotation.speaker = speaker
                        quotation.speakerKind = .organization
                        quotation.method = .pronoun
                    }
                case let .role(role, isDefinite):
                    // As the text wrote it: `the Casmiran envoy`, `one Talgöz aide`.
                    let written = writtenRole(role, in: quotation.attribution ?? role)
                    quotation.speakerMention = (isDefinite ? "the " : "a ") + written
                    if isDefinite, let index = registry.person(withRole: role) {
                        person = index
                        quotation.speaker = registry.name(index)
                        quotation.method = .title
                        resolution =
                            "‘\(role)’: the person the article gave that role before (\(registry.roles(index).map { "‘\($0)’" }.joined(separator: ", ")))"
                    } else if isDefinite, let holder = officeHolder(role: role) {
                        // Nobody in the article: the holder of that office on the article's date.
                        person = registry.mention(holder, at: span.open, role: role)
                        quotation.speaker = registry.name(person!)
                        quotation.method = .office
                        resolution =
                            "‘\(role)’: nobody in the article; the holder of that office on \(date ?? "?") in the office table"
                    } else {
                        // Nobody fills it: the role itself, as written, is the speaker's label (`Valdoran foreign
                        // minister`; `a senior diplomat` for an unnamed source).
                        quotation.speaker = isDefinite ? written : "a " + written
                        quotation.speakerKind = .role
                        quotation.method = .role
                        resolution =
                            "‘\(role)’: nobody in the article or the office table fills it; the role is the label"
                    }
                case let .organizationRole(noun):
                    quotation.speakerMention = "the " + noun
                    if let organization = registry.organization(for: noun) {
                        quotation.speaker = organization
                        quotation.speakerKind = .organization
                        quotation.method = .title
                    }
                }
            } else if let last = lastQuote, last.speaker != nil, last.paragraph >= openParagraph - 1,
                last.paragraph == openParagraph || span.open == paragraphs[openParagraph].lowerBound
            {
                quotation.speaker = last.speaker
                quotation.speakerKind = last.kind
                person = last.person
                quotation.method = .continuation
                quotation.rule = Sieve.continuation.rawValue
                quotation.kind = capitalStart ? .full : .partial
            } else if !startsSentence,
                !(lowerFragment
                    && (wordCount(span) > Self.termWords
                        || governedByCue(openTokens, from: sentenceStart, to: openIndex))),
                !(capitalStart && (afterColon(openTokens, openIndex) || endsSentence(span, words: 3)))
            {
                // A fragment nobody is said to have said: scare quotes, a title, a name.
                quotation.kind = .other
                quotation.confidence = Self.termConfidence
            } else {
                // `Article 9 reads: “…”`, a banner's `“Welcome home, neighbours”`: quoted, by nobody named.
                quotation.kind = capitalStart ? .full : .partial
            }
            // A quoted name or title inside the writer's sentence: `the “Long Hour”`, `code-named “Quiet River”`.
            if !startsSentence,
                isNameLike(
                    span, tokens: openTokens, openIndex: openIndex,
                    governed: lowerFragment || (attribution.map { $0.isBefore } ?? false),
                    naming: attribution?.isNaming ?? false)
            {
                quotation.kind = .other
                quotation.confidence = min(quotation.confidence, Self.termConfidence)
            }
            // Calibrated on PolNeAR's development folds (Scripts/train-confidence.py): the share of right speakers
            // among quotations attributed the same way.
            if quotation.speaker != nil, let method = quotation.method {
                let calibrated =
                    ConfidenceTable.cells["\(quotation.rule ?? "-")|\(method.rawValue)"]
                    ?? ConfidenceTable.methods[method.rawValue] ?? ConfidenceTable.fallback
                quotation.confidence = quotation.kind == .other ? min(calibrated, Self.termConfidence) : calibrated
            }
            if explain {
                quotation.explanation = explanation(
                    candidates: candidates, chosen: chosen?.sieve, quotation: quotation, resolution: resolution,
                    continuing: continues ? lastQuote?.speaker : nil)
            }
            if let speaker = quotation.speaker, quotation.speakerKind == .person {
                lastSpeaker = (person, speaker, closeParagraph, span.innerEnd)
            }
            lastQuote = (quotation.speaker, quotation.speakerKind, person, closeParagraph, quotation.method)
            result.append(quotation)
        }
        return result
    }

    /// For the weak rules (a sentence's or paragraph's subject, no cue): a one-word name must be somebody the
    /// article introduced (`Diplomats`, `Officials`, `Valdoran` opening a sentence are nobody).
    func isKnownSubject(_ attribution: Attribution) -> Bool {
        switch attribution.reference {
        case let .name(name, roles, isOrganization, honorific):
            return isOrganization || honorific != nil || roles != nil || name.utf8.contains(0x20)
                || registry.find(name) != nil
        default:
            return true
        }
    }

    /// `[…]`, `[...]`, `<…>`, `(…)` at `start`.
    func startsWithElision(_ start: Int, _ end: Int) -> Bool {
        guard start + 2 < end, [0x5B, 0x3C, 0x28, 0xE2].contains(bytes[start]) else { return false }
        if bytes[start] == 0xE2 {  // `‹…›`
            return bytes[start + 1] == 0x80 && bytes[start + 2] == 0xB9
        }
        let close: UInt8 = bytes[start] == 0x5B ? 0x5D : bytes[start] == 0x3C ? 0x3E : 0x29
        var i = start + 1
        while i < min(end, start + 8), bytes[i] != close {
            guard bytes[i] == 0x2E || bytes[i] == 0xE2 || bytes[i] == 0x80 || bytes[i] == 0xA6 || bytes[i] == 0x20
            else { return false }
            i += 1
        }
        return i < end && bytes[i] == close && i > start + 1
    }

    /// What `parley quotes --explain` prints: each rule's candidate, which one won and why, and the confidence.
    func explanation(
        candidates: [(sieve: Sieve, attribution: Attribution)], chosen: Sieve?, quotation: Quotation,
        resolution: String,
        continuing: String?
    ) -> [String] {
        var lines: [String] = []
        for sieve in Sieve.finding {
            if let candidate = candidates.first(where: { $0.sieve == sieve }) {
                let words = text(candidate.attribution.byteRange)
                let verdict =
                    sieve == chosen ? "chosen" : chosen == nil ? "not used" : "not used: an earlier rule found one"
                lines.append("\(sieve.label): ‘\(words)’ (\(verdict))")
            } else {
                lines.append("\(sieve.label): nothing")
            }
        }
        if let continuing {
            lines.append(
                "\(Sieve.continuation.label), by \(continuing): "
                    + (chosen == nil ? "chosen (no attribution of its own)" : "not used: the quotation has its own"))
        }
        if let speaker = quotation.speaker {
            if !resolution.isEmpty { lines.append("speaker: \(speaker) — \(resolution)") }
            let key = "\(quotation.rule ?? "-")|\(quotation.method?.rawValue ?? "-")"
            if let judged = ConfidenceTable.judged[key] {
                lines.append(
                    String(
                        format: "confidence %.2f: the share of right speakers among quotations attributed "
                            + "the same way (%@, %d judged) on PolNeAR's development folds, smoothed towards their method's share",
                        quotation.confidence, key, judged))
            } else {
                lines.append(
                    String(
                        format: "confidence %.2f: the share of right speakers among quotations of method "
                            + "%@ on PolNeAR's development folds", quotation.confidence,
                        quotation.method?.rawValue ?? "-"))
            }
        } else {
            lines.append(
                "no speaker: "
                    + (candidates.isEmpty && continuing == nil
                        ? "no rule names one" : "the words found name nobody the article or the office table knows"))
        }
        return lines
    }

    func wordCount(_ span: Span) -> Int {
        UnsafeBufferPointer(rebasing: bytes[(span.open + span.openLength)..<span.innerEnd]).split(separator: 0x20).count
    }

    /// `The presidential aide stated:` / `“…”`: a clause that ends with a colon right before the quotation, in its
    /// sentence or as the last sentence of the paragraph before (the quotation then opens its paragraph). The
    /// speaker is the subject of a cue in that clause, else the clause's subject (`Penko has taken the
    /// line common among …:`, `Talgöz leaned in and boomed:`).
    mutating func colonAttribution(_ span: Span, tokens: [LexToken], openIndex: Int, sentenceStart: Int) -> Attribution?
    {
        var clauseTokens = tokens, colon = openIndex - 1, start = sentenceStart
        // `Source: Valdoran Foreign Ministry spokesman Matej Krovin on Facebook` / `Quote: “…”` (Ukrainian outlets).
        if openIndex == 2, tokens[1].kind == .punctuation(0x3A), text(tokens[0].range) == "Quote" {
            for back in 1...3 where span.firstParagraph - back >= 0 {
                let source = self.tokens(span.firstParagraph - back)
                guard source.count > 2, source[1].kind == .punctuation(0x3A), text(source[0].range) == "Source" else {
                    continue
                }
                let finder = AttributionFinder(bytes: bytes, tokens: source)
                guard let (reference, end) = finder.nounPhrase(from: 2, limit: source.count) else { return nil }
                return Attribution(
                    reference: reference, cue: "Source", byteRange: source[0].range.lowerBound..<end,
                    isNaming: false, isBefore: true, introducesQuote: true)
            }
        }
        let finderHere = AttributionFinder(bytes: bytes, tokens: tokens)
        if openIndex > 0, tokens[openIndex - 1].kind == .punctuation(0x3A) || finderHere.isDash(openIndex - 1) {
            // In the quotation's own sentence (a dash introduces like a colon: `Talgöz embraced it -- “…”`).
        } else if openIndex == 0, span.firstParagraph > 0 {
            let previous = span.firstParagraph - 1
            clauseTokens = self.tokens(previous)
            guard let last = clauseTokens.last, last.kind == .punctuation(0x3A) else { return nil }
            colon = clauseTokens.count - 1
            let sentence = self.sentence(in: previous, containing: last.range.lowerBound)
            start = clauseTokens.firstIndex { $0.range.lowerBound >= sentence.lowerBound } ?? 0
        } else {
            return nil
        }
        guard colon > start else { return nil }
        let finder = AttributionFinder(bytes: bytes, tokens: clauseTokens)
        if var attribution = finder.before(start: start, open: colon) {
            attribution.introducesQuote = true
            return attribution
        }
        return finder.clauseSubject(start: start, end: colon)
    }

    /// A paragraph that is only a quotation, after a paragraph that quotes nobody: the subject of that paragraph's
    /// last sentence (`Talgöz spoke only in generalities during the interview.` / `“We have to …”`), when it is a
    /// person. The weakest rule; its confidence says so.
    mutating func previousSubjectAttribution(_ span: Span, lastQuoteParagraph: Int?) -> Attribution? {
        let paragraph = span.firstParagraph
        guard paragraph > 0, span.open == paragraphs[paragraph].lowerBound,
            lastQuoteParagraph.map({ $0 < paragraph - 1 }) ?? true,
            let close = span.close, close + span.closeLength + 2 >= paragraphs[span.lastParagraph].upperBound
        else { return nil }
        let tokens = self.tokens(paragraph - 1)
        guard let last = tokens.last, !tokens.contains(where: { $0.kind == .quoteMark }) else { return nil }
        let sentence = self.sentence(in: paragraph - 1, containing: last.range.lowerBound)
        let start = tokens.firstIndex { $0.range.lowerBound >= sentence.lowerBound } ?? 0
        guard
            var attribution = AttributionFinder(bytes: bytes, tokens: tokens).clauseSubject(
                start: start, end: tokens.count)
        else {
            return nil
        }
        // An organisation too, when the paragraph says it issued something (`The committee released a statement`).
        let issued = tokens.contains {
            $0.kind == .word && Lexicon.statementNouns.contains(text($0.range).fastLowercased)
        }
        switch attribution.reference {
        case let .name(_, _, isOrganization, _) where !isOrganization || issued: break
        case .pronoun(let word) where word == "he" || word == "she": break
        default: return nil
        }
        attribution.introducesQuote = true
        return attribution
    }

    /// `“…” Marevsky said.` / `“…” The minister said this at a meeting with …`: the quotation ends its sentence and
    /// the next sentence of the paragraph opens with a speaker and a cue that says nothing new (the sentence ends,
    /// or a place, time or circumstance follows).
    mutating func nextSentenceAttribution(_ span: Span) -> Attribution? {
        guard let close = span.close else { return nil }
        let paragraph = span.lastParagraph
        let closeSentence = sentence(in: paragraph, containing: max(close - 1, 0))
        let tokens = self.tokens(paragraph)
        guard let afterClose = tokens.firstIndex(where: { $0.range.lowerBound > close }) else { return nil }
        // Only the sentence's final punctuation may stand between the mark and the next sentence.
        var i = afterClose
        while i < tokens.count, tokens[i].range.lowerBound < closeSentence.upperBound {
            guard case .punctuation = tokens[i].kind else { return nil }
            i += 1
        }
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        let next = sentence(in: paragraph, containing: tokens[i].range.lowerBound)
        let limit = tokens.firstIndex { $0.range.lowerBound >= next.upperBound } ?? tokens.count
        let finder = AttributionFinder(bytes: bytes, tokens: tokens)
        guard let (reference, end) = finder.nounPhrase(from: i, limit: limit) else { return nil }
        if case let .pronoun(word) = reference, !AttributionFinder.subjectPronouns.contains(word) { return nil }
        var j = finder.phraseEndIndex(afterByte: end, from: i, limit: limit)
        // `Vera Solnik, the bloc’s leader, wrote this`
        if let k = finder.appositiveEnd(atComma: j, limit: limit) { j = k + 1 }
        while j < limit, finder.isWord(j), Lexicon.auxiliaries.contains(finder.lower(j)), !finder.isCue(j) { j += 1 }
        // `made the remarks`, `made the comments`: a cue in the next sentence only.
        let madeRemarks =
            j + 2 < limit && ["made", "makes", "gave"].contains(finder.lower(j)) && finder.isWord(j + 2)
            && ["remarks", "comments", "comment", "statement", "remark"].contains(finder.lower(j + 2))
        guard j < limit, finder.isCue(j) || madeRemarks, !finder.lower(j).hasSuffix("ing") else { return nil }
        if madeRemarks { j += 2 }
        var k = j + 1
        if k < limit, finder.isWord(k), Lexicon.particleCues[finder.lower(j)] != nil { k += 1 }
        let says: Set<String> = [
            "this", "so", "these", "it", "in", "on", "at", "during", "after", "before", "when", "while", "later",
            "of", "about", "to", "as", "from", "yesterday", "today", "on", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "afterwards", "separately", "too", "also",
        ]
        guard k >= limit || !finder.isWord(k) || says.contains(finder.lower(k)) else { return nil }
        return Attribution(
            reference: reference, cue: finder.text(tokens[j]),
            byteRange: tokens[i].range.lowerBound..<tokens[j].range.upperBound,
            isNaming: false, isBefore: false, introducesQuote: true)
    }

    /// The holder of the office a role names (`russian foreign minister`, `qatari prime minister`, `turkish
    /// leader`) on the article's date, through the office table; `nil` without a date, a country or a holder. In a
    /// transcript, a role without a country (`the president`) is its own country's (``homeCountry``).
    func officeHolder(role: String) -> String? {
        guard let date, date.count >= 4 else { return nil }
        var words = role.split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
        guard words.count >= (homeCountry == nil ? 2 : 1) else { return nil }
        // The country: a word the office table or the gazetteer knows (`russian` → Russia).
        var country: String?
        for (index, word) in words.enumerated() {
            let capitalized = word.prefix(1).uppercased() + word.dropFirst()
            if let known = offices.country(named: capitalized) ?? gazetteer.country(named: capitalized) {
                country = known
                words.remove(at: index)
                break
            }
        }
        guard let country = country ?? homeCountry, !words.isEmpty else { return nil }
        var office = words.joined(separator: " ")
        let synonyms = [
            "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
            "minister of foreign affairs": "foreign minister", "premier": "prime minister", "pm": "prime minister",
            "head of state": "president", "secretary general": "secretary-general",
        ]
        office = synonyms[office] ?? office
        return offices.holder(country: country, office: office, on: date)
    }

    /// The role as the article wrote it (`Valdoran foreign minister`), from the attribution's words.
    func writtenRole(_ role: String, in attribution: String) -> String {
        let lowered = attribution.lowercased()
        guard let range = lowered.range(of: role), lowered.count == attribution.count else { return role }
        let start = attribution.index(
            attribution.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))
        let end = attribution.index(start, offsetBy: role.count)
        return String(attribution[start..<end])
    }

    /// `he`/`she`: the person who was last the subject of a sentence, if that came after the last quotation;
    /// else the last speaker; else the most recent person; each of a gender that fits.
    func resolvePronoun(
        gender: Gender?, at offset: Int, lastSpeaker: (person: Int?, name: String, paragraph: Int, end: Int)?,
        paragraph: Int
    ) -> Int? {
        let subject = registry.mostRecentSubject(before: offset, gender: gender)
        if let last = lastSpeaker, let index = last.person, last.paragraph >= paragraph - 2,
            registry.gender(index) == nil || registry.gender(index) == gender
        {
            if let subject, subject != index, registry.people[subject].lastSubjectMention > last.end { return subject }
            return index
        }
        return subject ?? registry.mostRecent(before: offset, gender: gender)
    }

    /// After `the`/`a`/`code-named`/`known as`, or in Title Case (`Guarantees and Illusions`), a short quotation
    /// names something rather than quoting someone.
    ///
    /// `governed`: a cue before the quotation in its sentence attributes it (`dismissed the report as “fiction”`,
    /// `calls her record a “blueprint”`): then only `the`, `so-called` and naming words make it a name.
    /// `naming`: the cue is a naming verb (`Diplomats call it the “zipper”`): `the` before a fragment names a term.
    func isNameLike(
        _ span: Span, tokens: [LexToken], openIndex: Int, governed: Bool = false, naming isNamingCue: Bool = false
    ) -> Bool {
        let inner = text((span.open + span.openLength)..<span.innerEnd)
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard !words.isEmpty, words.count <= 5 else { return false }
        if isNamed(tokens, openIndex) { return true }
        if openIndex > 0, tokens[openIndex - 1].kind == .word {
            let before = text(tokens[openIndex - 1].range).fastLowercased
            let naming: Set<String> =
                governed
                ? (startsLowercase(span) && !isNamingCue
                    ? ["so-called", "code-named", "codenamed", "titled", "entitled", "named", "dubbed"]
                    : ["the", "so-called", "code-named", "codenamed", "titled", "entitled", "named", "dubbed"])
                : ["the", "a", "an", "code-named", "codenamed", "as", "titled", "entitled", "named", "so-called"]
            if naming.contains(before) { return true }
        }
        let small: Set<Substring> = ["of", "the", "and", "in", "on", "for", "to", "a", "an", "at", "by"]
        let lastCharacter = inner.last(where: { !$0.isWhitespace })
        return words.allSatisfy { ($0.first?.isUppercase ?? false) || small.contains($0) }
            && words.first?.first?.isUppercase == true && lastCharacter.map { !".!?,".contains($0) } ?? true
    }

    /// A speech or evaluative verb between `start` and `end` (`The opposition press has long claimed to be an
    /// “independent” voice`): a fragment after it is somebody's words even when the subject is no name.
    func governedByCue(_ tokens: [LexToken], from start: Int, to end: Int) -> Bool {
        let finder = AttributionFinder(bytes: bytes, tokens: tokens)
        return (start..<end).contains { finder.isFragmentCue($0) }
    }

    /// The quoted text starts with a lower-case letter or a digit (after any elision or punctuation).
    func startsLowercase(_ span: Span) -> Bool {
        let start = span.open + span.openLength
        guard span.innerEnd > start else { return false }
        let letter = firstLetter(from: start, to: span.innerEnd)
        let byte = bytes[letter]
        if byte < 0x80 { return byte &- 0x61 < 26 || byte &- 0x30 < 10 }  // `“80 percent agreed”`
        return !ArticleLexer.startsUppercase(at: letter, in: bytes, end: span.innerEnd) && ArticleLexer.isWordByte(byte)
    }

    /// `the so-called “…”`, `code-named “…”`, `titled “…”`: a name follows, not anybody's words.
    /// `what both armies call the “quiet hours”`, `refer to the area as the “security belt”`: a naming word then
    /// `the` or `a`.
    func isNamed(_ tokens: [LexToken], _ openIndex: Int) -> Bool {
        guard openIndex > 0, tokens[openIndex - 1].kind == .word else { return false }
        let before = text(tokens[openIndex - 1].range).fastLowercased
        if ["so-called", "code-named", "codenamed", "titled", "entitled", "named", "dubbed", "nicknamed", "known"]
            .contains(before)
        {
            return true
        }
        // `as a “very patient man”`, `called him a “born haggler”` are somebody's words; `the` makes a name.
        guard before == "the", openIndex > 1, tokens[openIndex - 2].kind == .word else { return false }
        let verb = text(tokens[openIndex - 2].range).fastLowercased
        return ["as", "call", "calls", "called", "dub", "dubs", "dubbed", "nicknamed", "named", "term", "termed"]
            .contains(verb)
    }

    func afterColon(_ tokens: [LexToken], _ openIndex: Int) -> Bool {
        openIndex > 0 && tokens[openIndex - 1].kind == .punctuation(0x3A)
    }

    /// The quotation ends its sentence (its text ends with `.`, `!`, `?`, or only `.` follows the mark) and has at
    /// least `words` words.
    func endsSentence(_ span: Span, words: Int) -> Bool {
        let inner = UnsafeBufferPointer(rebasing: bytes[(span.open + span.openLength)..<span.innerEnd])
        let wordCount = inner.split(separator: 0x20).count
        guard wordCount >= words else { return false }
        if let last = inner.last, last == 0x2E || last == 0x21 || last == 0x3F { return true }
        guard let close = span.close else { return true }
        let after = close + span.closeLength
        return after >= bytes.count || bytes[after] == 0x2E || bytes[after] == 0x0A
    }

    // MARK: Spans

    func findSpans() -> [Span] {
        var spans: [Span] = []
        var pending: Span?
        for (index, paragraph) in paragraphs.enumerated() {
            var found = QuotationScanner.quotations(in: bytes, paragraph: paragraph)[...]
            if var open = pending {
                pending = nil
                if let first = found.first, first.byteRange.lowerBound == paragraph.lowerBound {
                    found = found.dropFirst()
                    open.lastParagraph = index
                    if first.isClosed {
                        close(&open, endingAt: first.byteRange.upperBound)
                        spans.append(open)
                    } else {
                        open.innerEnd = paragraph.upperBound
                        pending = open
                        continue
                    }
                } else {
                    spans.append(open)  // recovered at the end of its paragraph
                }
            }
            for quotation in found {
                let start = quotation.byteRange.lowerBound
                var span = Span(
                    open: start, openLength: markLength(at: start), close: nil, closeLength: 0, firstParagraph: index,
                    lastParagraph: index, innerEnd: paragraph.upperBound)
                if quotation.isClosed {
                    close(&span, endingAt: quotation.byteRange.upperBound)
                    spans.append(span)
                } else {
                    pending = span
                }
            }
        }
        if let pending { spans.append(pending) }
        return spans
    }

    /// Ends `span` at the closing mark that ends at byte `end`.
    func close(_ span: inout Span, endingAt end: Int) {
        let length = closingMarkLength(endingAt: end)
        span.close = end - length
        span.closeLength = length
        span.innerEnd = end - length
    }

    func markLength(at index: Int) -> Int {
        switch bytes[index] {
        case 0x22: 1
        case 0xC2: 2
        default: 3
        }
    }

    func closingMarkLength(endingAt end: Int) -> Int {
        if bytes[end - 1] == 0x22 { return 1 }
        if end >= 2, bytes[end - 2] == 0xC2 { return 2 }
        return 3
    }

    // MARK: Paragraph data, computed once each

    mutating func tokens(_ paragraph: Int) -> [LexToken] {
        if let cached = lexed[paragraph] { return cached }
        let tokens = ArticleLexer.tokens(in: bytes, span: paragraphs[paragraph])
        lexed[paragraph] = tokens
        return tokens
    }

    mutating func sentence(in paragraph: Int, containing byte: Int) -> ByteSpan {
        if sentences[paragraph] == nil {
            sentences[paragraph] = SentenceSplitter.sentences(in: bytes, paragraph: paragraphs[paragraph])
        }
        let list = sentences[paragraph]!  // set just above
        return list.last { $0.lowerBound <= byte } ?? paragraphs[paragraph]
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func firstLetter(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end,
            !ArticleLexer.isWordByte(bytes[index]) || ArticleLexer.markLength(at: index, in: bytes, end: end) > 0
        {
            index += max(ArticleLexer.markLength(at: index, in: bytes, end: end), 1)
        }
        return min(index, end - 1)
    }

    // MARK: People introduced with a role or an honorific

    /// Registers the people named in paragraphs up to `paragraph` (in that one, only before `byte`):
    /// `Palace spokesman Ilya Marevsky`, `President Anton Režek`, `Mr. Tobolin`, `Tobolin, an aide to …,`.
    mutating func registerPeople(through paragraph: Int, before byte: Int) {
        while registeredParagraph <= paragraph, registeredParagraph < paragraphs.count {
            let tokens = self.tokens(registeredParagraph)
            let limit =
                registeredParagraph == paragraph
                ? (tokens.firstIndex { $0.range.lowerBound >= byte } ?? tokens.count) : tokens.count
            registerPeople(in: tokens, from: registeredToken, to: limit)
            if registeredParagraph == paragraph {
                registeredToken = max(registeredToken, limit)
                return
            }
            registeredParagraph += 1
            registeredToken = 0
        }
    }

    /// A cue verb at token `k`, after auxiliaries: the phrase before it is a subject (`Horodenko said`).
    func cueFollows(_ finder: AttributionFinder, _ k: Int, limit: Int) -> Bool {
        var k = k
        while k < limit, finder.isWord(k), Lexicon.auxiliaries.contains(finder.lower(k)), !finder.isCue(k) { k += 1 }
        return k < limit && finder.isCue(k)
    }

    /// Whether byte `offset` lies inside one of the article's quotations.
    func isQuoted(_ offset: Int) -> Bool {
        var low = 0, high = quotedRanges.count
        while low < high {
            let mid = (low + high) / 2
            if quotedRanges[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < quotedRanges.count && quotedRanges[low].contains(offset)
    }

    /// A capitalised word within the next three words (no punctuation between).
    func capitalFollows(_ tokens: [LexToken], after i: Int, limit: Int) -> Bool {
        var k = i + 1
        while k < limit, k <= i + 3, tokens[k].kind == .word {
            if tokens[k].isCapitalized { return true }
            k += 1
        }
        return false
    }

    private mutating func registerPeople(in tokens: [LexToken], from start: Int, to limit: Int) {
        let finder = AttributionFinder(bytes: bytes, tokens: tokens)
        var i = start
        while i < limit {
            // Names inside a quotation (`“Marevsky can invite whoever he likes,” he said`) are not the people the
            // writer's sentences are about.
            if isQuoted(tokens[i].range.lowerBound) {
                i += 1
                continue
            }
            // Names start with a capital; role words before them (`palace spokesman`) only matter when a capital
            // follows within a few words. Everything else is passed over without building a string.
            guard tokens[i].kind == .word, tokens[i].isCapitalized || capitalFollows(tokens, after: i, limit: limit)
            else {
                i += 1
                continue
            }
            // Role words (`palace spokesman`, `Foreign Minister`) or an honorific, then a name.
            var j = i
            var roles: [String] = []
            while j < limit, finder.isWord(j), Lexicon.roleWords.contains(finder.lower(j)) {
                roles.append(finder.lower(j))
                j += 1
            }
            if let titles = finder.titleWords(from: j, limit: limit) {
                roles += titles.split(separator: " ").map(String.init)
            }
            let hasHead = roles.contains { Lexicon.roleHeads.contains($0) }
            // The phrase's first word (`Liberal Bloc leader Vera Solnik`: `Liberal`) opens the sentence.
            var runStart = i
            while runStart > start, tokens[runStart - 1].kind == .word,
                tokens[runStart - 1].isCapitalized || Lexicon.roleWords.contains(finder.lower(runStart - 1))
            {
                runStart -= 1
            }
            let atSentenceStart =
                runStart == 0
                || {
                    switch tokens[runStart - 1].kind {
                    case .punctuation(0x2E), .punctuation(0x21), .punctuation(0x3F), .quoteMark: true
                    default: false
                    }
                }()
            let found = finder.name(from: j, limit: limit)
            var isOrganization = false
            if let (name, end, _) = found {
                let last = String(name.lastWord)
                isOrganization = Lexicon.organizationHeads.contains(last) || Lexicon.organizations.contains(name)
                if isOrganization {
                    registry.mentionOrganization(name, at: tokens[j].range.lowerBound)
                    i = max(finder.phraseEndIndex(afterByte: end, from: j, limit: limit), i + 1)
                    continue
                }
                if roles.isEmpty, name.utf8.contains(0x20), !name.utf8.contains(0x2E),
                    name.split(separator: " ").count <= 3
                {
                    registry.addCandidate(name)
                }
            }
            if let (name, end, honorific) = found,
                hasHead || honorific != nil
                    || (name.utf8.contains(0x20) && PersonRegistry.gender(ofFirstName: name) != nil)
            {
                let gender = honorific.flatMap { Lexicon.honorifics[$0] ?? nil }
                var role = hasHead ? roles.joined(separator: " ") : nil
                // `Valdora’s deputy foreign minister, Lidia Karsk,`: the role before a comma.
                if role == nil, j >= 2, finder.isPunctuation(j - 1, 0x2C) {
                    var r = j - 2
                    var words: [String] = []
                    while r >= 0, finder.isWord(r), words.count < 6,
                        Lexicon.roleWords.contains(finder.lower(r)) || tokens[r].isCapitalized
                    {
                        words.insert(finder.lower(r).possessiveStripped, at: 0)
                        r -= 1
                    }
                    if words.contains(where: { Lexicon.roleHeads.contains($0) }),
                        Lexicon.roleHeads.contains(words.last ?? "")
                    {
                        role = words.joined(separator: " ")
                    }
                }
                // An appositive: `Name, the palace spokesman,` / `Name, a senior adviser to …,`.
                var k = finder.phraseEndIndex(afterByte: end, from: j, limit: limit)
                if role == nil, finder.isPunctuation(k, 0x2C) {
                    var words: [String] = []
                    k += 1
                    while k < limit, finder.isWord(k), words.count < 12 {
                        words.append(finder.lower(k))
                        k += 1
                    }
                    if let first = words.first,
                        ["the", "a", "an"].contains(first) || first.hasSuffix("’s")
                            || first.hasSuffix("'s") || Lexicon.roleHeads.contains(first),
                        words.contains(where: { Lexicon.roleHeads.contains($0) })
                    {
                        role = words.joined(separator: " ")
                    }
                }
                guard
                    let person = PersonNames.clean(name, gazetteer: gazetteer).map({
                        registry.mention($0, at: tokens[j].range.lowerBound, gender: gender, role: role)
                    })
                else {
                    i = max(k, j + 1)
                    continue
                }
                if let honorific, let title = Lexicon.honorificRoles[honorific], title != role {
                    registry.mention(registry.name(person), at: tokens[j].range.lowerBound, role: title)
                }
                if atSentenceStart || cueFollows(finder, k, limit: limit) {
                    registry.markSubject(person, at: tokens[j].range.lowerBound)
                }
                i = max(k, j + 1)
                continue
            }
            // A later mention of someone already known (`Tobolin`) keeps them recent for pronouns.
            if tokens[i].isCapitalized, registry.find(finder.text(tokens[i])) != nil {
                let person = registry.mention(finder.text(tokens[i]), at: tokens[i].range.lowerBound)
                if atSentenceStart { registry.markSubject(person, at: tokens[i].range.lowerBound) }
            }
            i += 1
        }
    }
}
