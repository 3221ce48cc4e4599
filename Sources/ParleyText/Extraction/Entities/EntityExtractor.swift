/// One mention of a person, place or organisation in an article.
public struct EntityMention: Sendable, Equatable {
    /// The canonical name: the fullest form the article used, through the alias table (`Kiev` → `Kyiv`).
    public var name: String
    public var kind: EntityKind
    /// Unicode-scalar offsets of the mention in the article text.
    public var start: Int
    public var end: Int
    public var byteRange: Range<Int>
}

/// Finds the people, places and organisations an article mentions.
///
/// - Places and organisations: the gazetteer (countries, capitals, regions, international organisations, with
///   variants and demonyms: `Ukrainian` → Ukraine), and organisations by pattern (capitalised words ending in
///   `Ministry`, `Party`, `Council` …).
/// - People: capitalised names introduced by a role or an honorific (`Foreign Minister Katarina Šelvik`,
///   `Mr. Tobolin`), names with a known first name, and the speakers the quotation extractor found. A later
///   surname (`Tobolin`) is the same person as the full name (`Yuri Tobolin`) in that article.
public enum EntityExtractor {
    public static func mentions(in text: String, gazetteer: Gazetteer = .shipped, speakers: [String] = [])
        -> [EntityMention]
    {
        var copy = text
        return copy.withUTF8 { bytes in
            let lexed = Segmenter.paragraphs(in: bytes).map { ArticleLexer.tokens(in: bytes, span: $0) }
            return mentions(in: bytes, lexed: lexed, gazetteer: gazetteer, speakers: speakers)
        }
    }

    /// The mentions, given each paragraph's tokens.
    static func mentions(
        in bytes: UnsafeBufferPointer<UInt8>, lexed: [[LexToken]], gazetteer: Gazetteer, speakers: [String]
    ) -> [EntityMention] {
        // Pass 1: the people's full names, so that surnames resolve wherever they come.
        // In the order given, each once: a set's order changes from process to process, and two speakers with one
        // surname (the last listed takes a later bare surname) then made the index differ from run to run.
        var seenSpeakers = Set<String>()
        let cleanSpeakers = speakers.filter { seenSpeakers.insert($0).inserted }.compactMap {
            PersonNames.clean($0, gazetteer: gazetteer)
        }
        var people: [String] = cleanSpeakers.filter { $0.utf8.contains(0x20) }
        // A capitalised name ending in a speaker's surname is a person (`Aldous Penhallow` … `Penhallow said`).
        let speakerSurnames = Set(cleanSpeakers.map { $0.lastWord })
        var cleanedNames: CleanedNames = [:]
        var peopleBySurname: [Substring: String] = [:]
        // Pass 1's findings by paragraph and the byte where each name starts, reused by pass 2.
        var persons: [[Int: (name: String, range: Range<Int>, next: Int, hasEvidence: Bool)]] = []
        persons.reserveCapacity(lexed.count)
        for tokens in lexed {
            let finder = AttributionFinder(bytes: bytes, tokens: tokens)
            var found: [Int: (name: String, range: Range<Int>, next: Int, hasEvidence: Bool)] = [:]
            var i = 0
            while i < tokens.count {
                guard tokens[i].kind == .word, tokens[i].isCapitalized || capitalFollows(tokens, after: i),
                    let person = person(
                        at: i, finder: finder, gazetteer: gazetteer, speakerSurnames: speakerSurnames,
                        cleanedNames: &cleanedNames)
                else {
                    i += 1
                    continue
                }
                found[person.range.lowerBound] = person  // keyed by where the name starts (after its title)
                if person.name.utf8.contains(0x20), !people.contains(person.name) { people.append(person.name) }
                i = person.next
            }
            persons.append(found)
        }
        for name in people where !name.isEmpty { peopleBySurname[name.lastWord] = name }
        let knownPeople = Set(people)
        // Pass 2: every mention, in text order.
        var result: [(name: String, kind: EntityKind, range: Range<Int>)] = []
        var organizations = OrganizationTracker()
        for (paragraphIndex, tokens) in lexed.enumerated() {
            let finder = AttributionFinder(bytes: bytes, tokens: tokens)
            let found = persons[paragraphIndex]
            // Gazetteer words only for capitalised tokens (names are capitalised); others never match.
            let words = tokens.map { token -> String in
                // (and short lower-case ones inside names: `Republic of Korea`, `Gulf of Aden`).
                guard token.kind == .word,
                    token.isCapitalized || token.range.count <= 4 || isArabicArticle(token, bytes)
                else { return "\u{0}" }
                var word = finder.text(token)
                if word.isPossessive { word.removeLast(2) }
                return word.replacingPeriods()
            }
            // The places named inside an organisation's name (`Armed Forces of Ukraine`).
            func appendPlaces(from start: Int, to end: Int) {
                var k = start
                while k < end {
                    if tokens[k].isCapitalized, let (entry, length) = gazetteer.match(words, at: k),
                        entry.kind == .place,
                        k + length <= end
                    {
                        result.append(
                            (
                                entry.canonical, .place,
                                tokens[k].range.lowerBound..<tokens[k + length - 1].range.upperBound
                            ))
                        k += length
                    } else {
                        k += 1
                    }
                }
            }
            var i = 0
            while i < tokens.count {
                guard tokens[i].kind == .word, tokens[i].isCapitalized else {
                    if tokens[i].kind == .word, bytes[tokens[i].range.lowerBound] == 0x61,
                        isArabicArticle(tokens[i], bytes) || words[i] == "al",
                        let (entry, length) = gazetteer.match(words, at: i)
                    {
                        // `al-Qaeda`, `al Qaeda`: lower-case names the gazetteer knows.
                        result.append(
                            (
                                entry.canonical, entry.kind,
                                tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound
                            ))
                        i += length
                        continue
                    }
                    // `the alliance` after NATO.
                    if tokens[i].range.count == 8, tokens[i].kind == .word,
                        let reference = organizations.reference(at: i, finder: finder, words: words)
                    {
                        result.append((reference, .organization, tokens[i].range))
                    }
                    i += 1
                    continue
                }
                // An acronym the article introduced in brackets (`… Water Authority (CWA)`, then `CWA`).
                if !organizations.acronyms.isEmpty, let name = organizations.acronyms[words[i]] {
                    result.append((name, .organization, tokens[i].range))
                    i += 1
                    continue
                }
                if let (entry, length) = gazetteer.match(words, at: i) {
                    let range = tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound
                    // `Russian Foreign Ministry`, `Russian army`: an organisation of the place (and, after a
                    // demonym, the place too).
                    // `African Union Transition Mission`: an organisation of an organisation (the named one is
                    // mentioned too).
                    if let organization = organizations.ofPlace(at: i, length: length, entry: entry, finder: finder) {
                        if organization.isDemonym || entry.kind == .organization {
                            result.append((entry.canonical, entry.kind, range))
                        }
                        result.append(
                            (
                                gazetteer.canonical(organization.name), .organization,
                                tokens[i].range.lowerBound..<organization.end
                            ))
                        organizations.noteOrganization(
                            gazetteer.canonical(organization.name), endingAt: organization.next,
                            finder: finder, words: words)
                        appendPlaces(from: i + length, to: organization.next)
                        i = organization.next
                        continue
                    }
                    result.append((entry.canonical, entry.kind, range))
                    if entry.kind == .organization {
                        organizations.noteOrganization(
                            entry.canonical, endingAt: i + length, finder: finder, words: words)
                    }
                    i = max(i + length, organizations.skipBracketedAcronym(after: i + length, finder: finder))
                    continue
                }
                // `the Alliance` after NATO, `the Agency` after the IAEA.
                if let reference = organizations.reference(at: i, finder: finder, words: words) {
                    result.append((reference, .organization, tokens[i].range))
                    i += 1
                    continue
                }
                // A name found in pass 1, starting here or after this token's title words (`President Anton`).
                var k = i
                var hit: (name: String, range: Range<Int>, next: Int, hasEvidence: Bool)?
                while k < tokens.count, k < i + 6, tokens[k].kind == .word {
                    if let person = found[tokens[k].range.lowerBound] {
                        hit = person
                        break
                    }
                    k += 1
                }
                if let found = hit {
                    let full =
                        found.name.utf8.contains(0x20)
                        ? found.name
                        : peopleBySurname[Substring(found.name)] ?? found.name
                    if found.name.utf8.contains(0x20) || knownPeople.contains(full) || found.hasEvidence {
                        result.append((gazetteer.canonical(full), .person, found.range))
                    }
                    i = found.next
                    continue
                }
                if let (name, end, _) = finder.name(from: i, limit: tokens.count) {
                    var next = finder.phraseEndIndex(afterByte: end, from: i, limit: tokens.count)
                    let last = String(name.lastWord)
                    if Self.isOrganizationHead(last) {
                        // `Ministry of Foreign Affairs`, `Armed Forces of Ukraine`, `Institute for the Study of War`.
                        let extended = organizations.extend(name, end: end, next: next, finder: finder)
                        if extended.name.utf8.contains(0x20) {
                            let canonical = gazetteer.canonical(extended.name)
                            result.append((canonical, .organization, tokens[i].range.lowerBound..<extended.end))
                            organizations.noteOrganization(
                                canonical, endingAt: extended.next, finder: finder, words: words)
                            appendPlaces(from: i + 1, to: extended.next)
                            next = max(
                                extended.next, organizations.skipBracketedAcronym(after: extended.next, finder: finder))
                        }
                    } else if !name.utf8.contains(0x20), let full = peopleBySurname[Substring(name)] {
                        result.append((gazetteer.canonical(full), .person, tokens[i].range.lowerBound..<end))
                    } else if name.utf8.contains(0x20), knownPeople.contains(name) {
                        result.append((gazetteer.canonical(name), .person, tokens[i].range.lowerBound..<end))
                    }
                    i = max(next, i + 1)
                    continue
                }
                i += 1
            }
        }
        // Mentions may overlap (`Russian Foreign Ministry` is also `Russia`): convert the byte offsets in order.
        var counter = ScalarCounter()
        var scalarOffsets: [Int: Int] = [:]
        for byte in Set(result.flatMap { [$0.range.lowerBound, $0.range.upperBound] }).sorted() {
            scalarOffsets[byte] = counter.scalarOffset(ofByte: byte, in: bytes)
        }
        return result.map { item in
            EntityMention(
                name: item.name, kind: item.kind, start: scalarOffsets[item.range.lowerBound] ?? 0,
                end: scalarOffsets[item.range.upperBound] ?? 0, byteRange: item.range)
        }
    }

    /// `al-…` (the Arabic article joined to a name): bytes `a`, `l`, `-`.
    static func isArabicArticle(_ token: LexToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.range.count > 3 && bytes[token.range.lowerBound] == 0x61 && bytes[token.range.lowerBound + 1] == 0x6C
            && bytes[token.range.lowerBound + 2] == 0x2D
    }

    /// A capitalised word within the next three words (no punctuation between).
    static func capitalFollows(_ tokens: [LexToken], after i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, k <= i + 3, tokens[k].kind == .word {
            if tokens[k].isCapitalized { return true }
            k += 1
        }
        return false
    }

    /// Names already through ``PersonNames/cleaned(_:gazetteer:knownSurnames:)`` in this article (names repeat).
    typealias CleanedNames = [String: (name: String, hadTitle: Bool)?]

    /// A person's name at token `i`: after role words or an honorific, or a name with a known first name.
    private static func person(
        at i: Int, finder: AttributionFinder, gazetteer: Gazetteer, speakerSurnames: Set<Substring>,
        cleanedNames: inout CleanedNames
    ) -> (name: String, range: Range<Int>, next: Int, hasEvidence: Bool)? {
        let tokens = finder.tokens
        var j = i
        var hasRole = false
        while j < tokens.count, finder.isWord(j), Lexicon.roleWords.contains(finder.lower(j)) {
            hasRole = hasRole || Lexicon.roleHeads.contains(finder.lower(j))
            j += 1
        }
        if finder.titleWords(from: j, limit: tokens.count) != nil { hasRole = true }
        guard let run = finder.name(from: j, limit: tokens.count) else { return nil }
        var (name, end) = (run.0, run.1)
        let honorific = run.2
        let last = String(name.lastWord)
        guard !isOrganizationHead(last), !Lexicon.organizations.contains(name) else { return nil }
        // `Jaber al-Nuwais`: an Arabic article joined to the surname.
        if let (particle, particleEnd) = joinedParticle(afterByte: end, from: j, finder: finder) {
            name += " " + particle
            end = particleEnd
        }
        // Cheap evidence first; names go through ``PersonNames`` only when they may be a person's.
        if !(hasRole || honorific != nil
            || (name.utf8.contains(0x20) && PersonRegistry.gender(ofFirstName: name) != nil)
            || (!speakerSurnames.isEmpty && speakerSurnames.contains(name.lastWord)))
        {
            // Rarer evidence: `Tory strategist Gareth Wenlow`, `its chairwoman, Delia Vantreese,` (a role noun just
            // before the name), `Candidate Strade` (a title the attribution's lists do not hold).
            hasRole = followsRoleNoun(i, finder: finder)
            guard hasRole || PersonNames.mayBeTitle(name.firstWord) else { return nil }
        }
        let cleaned: (name: String, hadTitle: Bool)?
        if let known = cleanedNames[name] {
            cleaned = known
        } else {
            cleaned = PersonNames.cleaned(name, gazetteer: gazetteer)
            cleanedNames[name] = .some(cleaned)
        }
        // Not a person (`I’m`, `Dallas`, `Gibbses`); a known place or organisation (`Kyiv Mayor`) included.
        guard let cleaned else { return nil }
        name = cleaned.name
        let evidence = hasRole || honorific != nil || cleaned.hadTitle || speakerSurnames.contains(name.lastWord)
        guard evidence || (name.utf8.contains(0x20) && PersonRegistry.gender(ofFirstName: name) != nil) else {
            return nil
        }
        // The mention covers the name itself (not its title): from the token that starts the name.
        let firstWord = String(name.firstWord).replacingPeriods()
        var start = j
        while start < tokens.count, tokens[start].range.lowerBound < end,
            !(finder.isWord(start) && finder.text(tokens[start]).utf8.starts(with: firstWord.utf8))
        {
            start += 1
        }
        guard start < tokens.count, tokens[start].range.lowerBound < end else { return nil }
        let next = finder.phraseEndIndex(afterByte: end, from: j, limit: tokens.count)
        return (name, tokens[start].range.lowerBound..<end, max(next, i + 1), evidence)
    }
}

extension String {
    fileprivate func replacingPeriods() -> String {
        utf8.contains(0x2E) ? String(filter { $0 != "." }) : self
    }
}
