/// Organisation rules of ``EntityExtractor`` beyond the gazetteer, and the small person cues it adds to the
/// attribution's word lists.
///
/// - `Ministry of Foreign Affairs`, `Armed Forces of Ukraine`, `Institute for the Study of War`: a name ending in an
///   organisation word goes on through `of`, `for`, `on` (and `the`, `and` inside) while capitalised words follow.
/// - `Russian Foreign Ministry`, `Russian army`: a place (a demonym or a name, not a possessive) directly before an
///   organisation name, or a demonym before `army`, `navy`, `air force`, `armed forces`, `military`.
/// - `Caspian Water Authority (CWA)`: an acronym in brackets after an organisation is its alias for the rest of the
///   article.
/// - `the Alliance` (or `the alliance`) after NATO, `the Agency` after the IAEA: the most recent organisation
///   named with that word.
extension EntityExtractor {
    /// Organisation words beyond ``Lexicon/organizationHeads`` (which the attribution reads).
    static let extraOrganizationHeads: Set<String> = [
        "Corps", "Brigade", "Brigades", "Battalion", "Regiment", "Navy", "Militia", "Militias", "Board", "Tribunal",
        "Foundation", "Caucus", "Observatory", "Network", "Agencies", "Ministries", "Forces", "Chiefs",
    ]

    static func isOrganizationHead(_ word: String) -> Bool {
        organizationHeads.contains(word)
    }

    /// Both lists in one set: one lookup per capitalised run.
    private static let organizationHeads = Lexicon.organizationHeads.union(extraOrganizationHeads)

    /// Lower-case nouns that introduce a person just after them, beyond ``Lexicon/roleHeads``.
    static let extraRoleNouns: Set<String> = [
        "strategist", "candidate", "activist", "lawyer", "journalist", "reporter", "correspondent", "editor",
        "author", "writer", "historian", "scholar", "pollster", "consultant", "lobbyist", "campaigner", "organiser",
        "organizer", "founder", "executive", "ceo", "businessman", "businesswoman", "banker", "investor",
        "entrepreneur", "teacher", "farmer", "nurse", "doctor", "surgeon", "scientist", "engineer", "officer",
        "soldier", "legislator", "councillor", "councilman", "councilwoman", "nominee", "challenger", "incumbent",
        "chairwoman", "chairman", "spokeswoman", "spokesman", "spokesperson", "leader", "director", "adviser",
        "advisor", "commissioner", "envoy", "minister", "ambassador", "secretary-general", "general",
    ]

    /// A role noun just before token `i` (`strategist Gareth Wenlow`), or before a comma there
    /// (`its chairwoman, Delia Vantreese`).
    static func followsRoleNoun(_ i: Int, finder: AttributionFinder) -> Bool {
        var k = i - 1
        if finder.isPunctuation(k, 0x2C) { k -= 1 }
        guard finder.isWord(k), !finder.tokens[k].isCapitalized,
            roleNounFilter.mayContain(
                first: finder.bytes[finder.tokens[k].range.lowerBound], length: finder.tokens[k].range.count)
        else { return false }
        let word = finder.lower(k)
        return Lexicon.roleHeads.contains(word) || extraRoleNouns.contains(word)
    }

    private static let roleNounFilter = WordFilter(Lexicon.roleHeads.union(extraRoleNouns))

    /// `al-Nuwais` right after a name ending at byte `end`: an Arabic article joined to a capitalised surname.
    static func joinedParticle(afterByte end: Int, from start: Int, finder: AttributionFinder) -> (String, Int)? {
        let tokens = finder.tokens
        let k = finder.phraseEndIndex(afterByte: end, from: start, limit: tokens.count)
        guard finder.isWord(k), !tokens[k].isCapitalized, tokens[k].range.lowerBound == end + 1,
            tokens[k].range.count > 3, [0x61, 0x65, 0x62].contains(finder.bytes[tokens[k].range.lowerBound])  // a, e, b
        else { return nil }
        let text = finder.text(tokens[k])
        for prefix in ["al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-", "bin-", "abu-"]
        where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            guard let first = rest.first, first.isUppercase else { return nil }
            return (text, tokens[k].range.upperBound)
        }
        return nil
    }
}

/// The organisations an article has named so far, for acronyms, `the Alliance` and the organisations of places.
struct OrganizationTracker {
    /// Acronyms introduced in brackets → the organisation's canonical name.
    private(set) var acronyms: [String: String] = [:]
    /// Canonical names, most recent last.
    private var recent: [String] = []

    /// Words that stand for an organisation whose canonical name does not contain them (`the Alliance` = NATO).
    private static let headsOfAcronyms: [String: [String]] = [
        "NATO": ["Alliance"], "IAEA": ["Agency"], "CIA": ["Agency"], "NSA": ["Agency"], "IMF": ["Fund"],
        "WHO": ["Organization", "Organisation"], "WTO": ["Organization", "Organisation"],
        "OSCE": ["Organization", "Organisation"], "ICC": ["Court"], "ICJ": ["Court"], "FBI": ["Bureau"],
    ]

    /// Organisations that are somewhere else: `… Mission in Afghanistan`, `… Embassy in Kyiv`.
    private static let postsAbroad: Set<String> = ["Mission", "Embassy", "Delegation", "Consulate"]

    /// Lower-case force nouns after a demonym: `the Russian army` → `Russian Army`.
    private static let forces: [String: String] = [
        "army": "Army", "navy": "Navy", "military": "Military", "marines": "Marines",
    ]

    /// Records a mention of `name` ending before token `next`, and the acronym in brackets after it, if any.
    mutating func noteOrganization(_ name: String, endingAt next: Int, finder: AttributionFinder, words: [String]) {
        if recent.last != name {
            recent.removeAll { $0 == name }
            recent.append(name)
        }
        if let acronym = bracketedAcronym(after: next, finder: finder, words: words), acronym != name {
            acronyms[acronym] = name
        }
    }

    /// The token after `( ACRONYM )` when one starts at `next`, else `next`.
    func skipBracketedAcronym(after next: Int, finder: AttributionFinder) -> Int {
        guard finder.isPunctuation(next, 0x28), finder.isWord(next + 1), finder.tokens[next + 1].isCapitalized,
            finder.isPunctuation(next + 2, 0x29)
        else { return next }
        return next + 3
    }

    private func bracketedAcronym(after next: Int, finder: AttributionFinder, words: [String]) -> String? {
        guard skipBracketedAcronym(after: next, finder: finder) != next else { return nil }
        let word = words[next + 1]
        return PersonNames.isAcronym(Substring(word)) ? word : nil
    }

    /// `the Alliance`, `the alliance`, `the Agency`: the organisation of that word named most recently.
    func reference(at i: Int, finder: AttributionFinder, words: [String]) -> String? {
        // After `the`/`The` (bytes first: this runs for many tokens), and not inside a longer name.
        guard !recent.isEmpty, i > 0, finder.isWord(i - 1), finder.tokens[i - 1].range.count == 3 else { return nil }
        let article = finder.tokens[i - 1].range.lowerBound
        guard finder.bytes[article] | 0x20 == 0x74, finder.bytes[article + 1] == 0x68,
            finder.bytes[article + 2] == 0x65,
            !(finder.isWord(i + 1) && finder.tokens[i + 1].isCapitalized)
        else { return nil }
        let head: String
        if finder.tokens[i].isCapitalized {
            head = words[i]
            guard EntityExtractor.isOrganizationHead(head) || head == "Alliance" else { return nil }
        } else {
            // Only `alliance` in lower case: `the agency`, `the party` are too often another one.
            guard finder.tokens[i].range.count == 8, finder.lower(i) == "alliance" else { return nil }
            head = "Alliance"
        }
        for name in recent.reversed() {
            if Self.headsOfAcronyms[name]?.contains(head) == true { return name }
            if head != "Alliance", name.split(separator: " ").contains(Substring(head)) { return name }
        }
        return nil
    }

    /// An organisation named after the place or organisation matched at tokens `i..<i+length`: `Russian Foreign
    /// Ministry`, `Kyiv City Council`, `Russian army`, `African Union Transition Mission`. `isDemonym`: the place
    /// was written as its demonym (then it is mentioned too).
    func ofPlace(at i: Int, length: Int, entry: Gazetteer.Entry, finder: AttributionFinder)
        -> (name: String, end: Int, next: Int, isDemonym: Bool)?
    {
        let tokens = finder.tokens
        let last = i + length - 1
        let next = i + length
        guard finder.isWord(next), tokens[next].range.lowerBound == tokens[last].range.upperBound + 1 else {
            return nil
        }
        // Only a capitalised name, or a short force noun (`army`, `navy`, `marines`, `military`), may follow.
        let nextFirstByte = finder.bytes[tokens[next].range.lowerBound]
        guard
            tokens[next].isCapitalized
                || ((4...8).contains(tokens[next].range.count) && [0x61, 0x6E, 0x6D].contains(nextFirstByte))
        else { return nil }
        let placeText = (i...last).map { finder.text(tokens[$0]) }.joined(separator: " ")
        guard !placeText.isPossessive else { return nil }
        let isDemonym = entry.kind == .place && placeText != entry.canonical
        if tokens[next].isCapitalized {
            guard let (name, end, honorific) = finder.name(from: next, limit: tokens.count), honorific == nil,
                EntityExtractor.isOrganizationHead(String(name.lastWord)),
                name.firstWord == finder.text(tokens[next]).prefix(name.firstWord.count)
            else { return nil }
            let after = finder.phraseEndIndex(afterByte: end, from: next, limit: tokens.count)
            let extended = extend(name, end: end, next: after, finder: finder)
            return (placeText + " " + extended.name, extended.end, extended.next, isDemonym)
        }
        // `the Russian army said`, not `Israeli military spokesman`, `the Russian military operation`.
        guard isDemonym, entry.kind == .place, let force = Self.forces[finder.lower(next)] else { return nil }
        let following = next + 1
        if finder.isWord(following) {
            let word = finder.lower(following)
            if Lexicon.roleWords.contains(word) || EntityExtractor.extraRoleNouns.contains(word) { return nil }
            if force == "Military", !Lexicon.cueVerbs.contains(word), !Lexicon.auxiliaries.contains(word) { return nil }
        }
        return (placeText + " " + force, tokens[next].range.upperBound, following, true)
    }

    /// `name` (ending at byte `end`, token `next` after it) continued through `of`, `for`, `on` and capitalised
    /// words: `Ministry` + `of Foreign Affairs and Trade`. At most eight more words.
    func extend(_ name: String, end: Int, next: Int, finder: AttributionFinder) -> (name: String, end: Int, next: Int) {
        let tokens = finder.tokens
        var words = [name]
        var bestEnd = end, bestNext = next, bestCount = 1
        var j = next
        var pending: [String] = []
        while j < tokens.count, finder.isWord(j), words.count + pending.count < 10 {
            let text = finder.text(tokens[j])
            if tokens[j].isCapitalized {
                // After a connector, or right after the last word taken.
                if (pending.isEmpty && j != bestNext) || text.isPossessive { break }
                words += pending
                pending.removeAll()
                words.append(text)
                bestEnd = tokens[j].range.upperBound
                bestNext = j + 1
                bestCount = words.count
            } else {
                let lower = text.fastLowercased
                // `of`/`for`/`on` open the continuation; `the`, `and` only inside it.
                // `in` after a post abroad: `UN Assistance Mission in Afghanistan`, `US Embassy in Kyiv`.
                let opens =
                    lower == "of" || lower == "for" || lower == "on"
                    || (lower == "in" && bestCount == words.count
                        && Self.postsAbroad.contains(String(words[bestCount - 1].lastWord)))
                let inside = bestCount > 1 && (lower == "and" || lower == "of" || lower == "for")
                let article = lower == "the" && ["of", "for", "on"].contains(pending.last?.fastLowercased ?? "")
                if opens || inside || article {
                    pending.append(text)
                } else {
                    break
                }
            }
            j += 1
        }
        return (words[..<bestCount].joined(separator: " "), bestEnd, bestNext)
    }
}
