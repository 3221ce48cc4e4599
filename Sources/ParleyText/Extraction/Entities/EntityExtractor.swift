/// One mention of a person, place or organisation in an article.
public struct EntityMention: Sendable, Equatable {
    /// The canonical name: the fullest form the article used, through the alias table (`Kiev` → `Kyiv`).
    public var name: String
    public var kind: Gazetteer.Kind
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
    public static func mentions(in text: String, gazetteer: Gazetteer = .shipped, speakers: [String] = []) -> [EntityMention] {
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
        var people: [String] = speakers.filter { $0.utf8.contains(0x20) }
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
                    let person = person(at: i, finder: finder, gazetteer: gazetteer)
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
        // Pass 2: every mention, in text order.
        var result: [(name: String, kind: Gazetteer.Kind, range: Range<Int>)] = []
        for (paragraphIndex, tokens) in lexed.enumerated() {
            let finder = AttributionFinder(bytes: bytes, tokens: tokens)
            let found = persons[paragraphIndex]
            // Gazetteer words only for capitalised tokens (names are capitalised); others never match.
            let words = tokens.map { token -> String in
                // (and short lower-case ones inside names: `Republic of Korea`, `Gulf of Aden`).
                guard token.kind == .word, token.isCapitalized || token.range.count <= 4 else { return "\u{0}" }
                var word = finder.text(token)
                if word.isPossessive { word.removeLast(2) }
                return word.replacingPeriods()
            }
            var i = 0
            while i < tokens.count {
                guard tokens[i].kind == .word, tokens[i].isCapitalized else {
                    i += 1
                    continue
                }
                if let (entry, length) = gazetteer.match(words, at: i) {
                    result.append((entry.canonical, entry.kind, tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound))
                    i += length
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
                    let full = found.name.utf8.contains(0x20) ? found.name
                        : peopleBySurname[Substring(found.name)] ?? found.name
                    if found.name.utf8.contains(0x20) || people.contains(full) || found.hasEvidence {
                        result.append((gazetteer.canonical(full), .person, found.range))
                    }
                    i = found.next
                    continue
                }
                if let (name, end, _) = finder.name(from: i, limit: tokens.count) {
                    let next = finder.phraseEndIndex(afterByte: end, from: i, limit: tokens.count)
                    let last = String(name.lastWord)
                    if name.utf8.contains(0x20), Lexicon.organizationHeads.contains(last) {
                        result.append((gazetteer.canonical(name), .organization, tokens[i].range.lowerBound..<end))
                    } else if !name.utf8.contains(0x20), let full = peopleBySurname[Substring(name)] {
                        result.append((gazetteer.canonical(full), .person, tokens[i].range.lowerBound..<end))
                    }
                    i = max(next, i + 1)
                    continue
                }
                i += 1
            }
        }
        var counter = ScalarCounter()
        return result.map { item in
            let start = counter.scalarOffset(ofByte: item.range.lowerBound, in: bytes)
            let end = counter.scalarOffset(ofByte: item.range.upperBound, in: bytes)
            return EntityMention(name: item.name, kind: item.kind, start: start, end: end, byteRange: item.range)
        }
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

    /// A person's name at token `i`: after role words or an honorific, or a name with a known first name.
    private static func person(at i: Int, finder: AttributionFinder, gazetteer: Gazetteer)
        -> (name: String, range: Range<Int>, next: Int, hasEvidence: Bool)?
    {
        let tokens = finder.tokens
        var j = i
        var hasRole = false
        while j < tokens.count, finder.isWord(j), Lexicon.roleWords.contains(finder.lower(j)) {
            hasRole = hasRole || Lexicon.roleHeads.contains(finder.lower(j))
            j += 1
        }
        if finder.titleWords(from: j, limit: tokens.count) != nil { hasRole = true }
        guard let (name, end, honorific) = finder.name(from: j, limit: tokens.count) else { return nil }
        let last = String(name.lastWord)
        guard !Lexicon.organizationHeads.contains(last), !Lexicon.organizations.contains(name) else { return nil }
        let evidence = hasRole || honorific != nil
        guard evidence || (name.utf8.contains(0x20) && PersonRegistry.gender(ofFirstName: name) != nil) else { return nil }
        // A gazetteer place inside the run (`Kyiv Mayor`) is not a person.
        let words = Gazetteer.words(name)
        if gazetteer.match(words, at: 0)?.length == words.count { return nil }
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
