/// Turns a candidate person name, as the text wrote it, into the name of a person, or says it is none.
///
/// Used for the people ``EntityExtractor`` finds and for speakers (the attribution calls ``clean(_:gazetteer:)``
/// on a name before it registers it). The rules, in order:
/// 1. Leading titles and qualifiers go: honorifics (`Mr.`, `Sen.`), role words (`President`, `Senator`,
///    `Former`), hyphenated titles (`President-elect`, `Then-Senator`, `Vice-President`), foreign titles
///    (`Presidente`, `Madame`), and stray capitalised words before the name (`Candidate`, `Like`, `Hears About`).
/// 2. A possessive goes (`Obama’s` → `Obama`).
/// 3. No name is left, or it holds a contraction or pronoun (`I’m`, `You're`, `You’ve`), a common word
///    (`Start`, `Motors`), a digit, or is an acronym (`FBI`, `ISIL`) → `nil`.
/// 4. The whole name is a known place or organisation (`Iran`, `Dallas`, `FBI`) → `nil`.
/// 5. One word that is a first name only (`Jay`, `Jim`), or the plural of a surname (`Gibbses`, `Clintons`)
///    → `nil`.
///
/// Strings only, no Regex: it runs once per candidate name, not per token.
enum PersonNames {
    /// The person's name, or `nil` when `name` names no person. `knownSurnames` are surnames the caller knows
    /// (the article's people), so that their plurals (`the Clintons`) are recognised.
    static func clean(_ name: String, gazetteer: Gazetteer, knownSurnames: Set<Substring> = []) -> String? {
        cleaned(name, gazetteer: gazetteer, knownSurnames: knownSurnames)?.name
    }

    /// ``clean(_:gazetteer:knownSurnames:)``, and whether a title or role word was taken off (evidence that the
    /// rest is a person's name: `Candidate Strade`).
    static func cleaned(_ name: String, gazetteer: Gazetteer, knownSurnames: Set<Substring> = [])
        -> (name: String, hadTitle: Bool)?
    {
        var words = name.split(separator: " ")
        var hadTitle = false
        // 1. Leading titles, qualifiers and stray capitalised words (keep at least one word to judge).
        while let first = words.first {
            if isTitle(first) {
                hadTitle = true
            } else if Lexicon.notNames.contains(String(first)) || commonWords.contains(String(first).fastLowercased) {
                // A sentence-start word before the name (`Like Obama`, `Hears About Obama`).
            } else {
                break
            }
            words.removeFirst()
        }
        // A place before the name (`New Hampshire Sanders`, `Los Angeles-area Sanders`): not part of it. Only
        // places of two words or with a suffix: `Jordan`, `Chad`, `Virginia` are first names too.
        if words.count > 1 {
            let gazetteerWords = words.map { String($0.split(separator: "-").first ?? $0) }
            if let (entry, length) = gazetteer.match(gazetteerWords, at: 0), entry.kind == .place, length < words.count,
                length > 1 || words[0].utf8.contains(0x2D)
            {
                words.removeFirst(length)
            }
        }
        guard !words.isEmpty else { return nil }
        // 2. A final possessive.
        if var last = words.last.map(String.init), last.isPossessive {
            last.removeLast(2)
            words[words.count - 1] = Substring(last)
        }
        // 3. Contractions, pronouns, common words, digits. A contraction or pronoun after the name ends it
        //    (`O’Malley I’m` → `O’Malley`).
        for index in words.indices {
            let word = words[index]
            let lower = String(word).fastLowercased
            if isContraction(word) || pronouns.contains(lower) {
                if index == 0 { return nil }
                words.removeSubrange(index...)
                break
            }
            if commonWords.contains(lower) { return nil }
            // A digit, or no letter at all (ASCII letters or any non-ASCII byte).
            if word.utf8.contains(where: { $0 &- 0x30 < 10 })
                || !word.utf8.contains(where: { ($0 | 0x20) &- 0x61 < 26 || $0 >= 0x80 })
            {
                return nil
            }
        }
        if words.count == 1, isAcronym(words[0]) { return nil }
        let result = words.joined(separator: " ")
        // 4. Known places and organisations (`Iran`, `Dallas`, `FBI`, `Hillary Clinton` is neither); words as the
        //    gazetteer reads them (no periods: `U.S.` = `US`).
        let gazetteerWords = words.map { $0.utf8.contains(0x2E) ? String($0.filter { $0 != "." }) : String($0) }
        if gazetteer.match(gazetteerWords, at: 0)?.length == gazetteerWords.count { return nil }
        if words.count == 1 {
            let word = words[0]
            // 5. A first name alone names nobody in particular (`Jay`), unless it is also a known surname.
            if isFirstNameOnly(String(word)), !gazetteer.isKnownSurname(String(word)) { return nil }
            if isPluralSurname(word, gazetteer: gazetteer, knownSurnames: knownSurnames) { return nil }
        }
        return (result, hadTitle)
    }

    /// ``isTitle(_:)`` for the words the attribution's lists do not know (`Candidate`, `Presidente`,
    /// `Then-Senator`): cheap, for every capitalised run.
    static func mayBeTitle(_ word: Substring) -> Bool {
        if word.utf8.contains(0x2D) { return isTitle(word) }
        guard let first = word.utf8.first, qualifierFilter.mayContain(first: first, length: word.utf8.count) else {
            return false
        }
        return capitalizedQualifiers.contains(String(word))
    }

    private static let capitalizedQualifiers = Set(qualifiers.map(\.capitalizedFirst))
    private static let qualifierFilter = WordFilter(capitalizedQualifiers)
    private static let lowerHonorifics = Set(Lexicon.honorifics.keys.map { $0.fastLowercased.replacingPeriods })

    /// A title word: an honorific, a role word, a qualifier, or a hyphenation of them (`Then-Senator`).
    static func isTitle(_ word: Substring) -> Bool {
        let text = String(word)
        if Lexicon.honorifics[text] != nil { return true }
        let lower = text.fastLowercased.replacingPeriods
        if isTitlePart(lower) { return true }
        guard lower.utf8.contains(0x2D) else { return false }
        let parts = lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { isTitlePart(String($0)) }
    }

    private static func isTitlePart(_ lower: String) -> Bool {
        Lexicon.roleWords.contains(lower) || qualifiers.contains(lower) || lowerHonorifics.contains(lower)
    }

    /// `I’m`, `You're`, `You’ve`, `We’ll`, `Don't`, `It’s`; not `O’Brien` or `D’Alema`.
    static func isContraction(_ word: Substring) -> Bool {
        // Most words have no apostrophe: ' (27) or ’ (E2 80 99).
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return false }
        let normalized = word.replacingOccurrences(of: "’", with: "'")
        guard let apostrophe = normalized.firstIndex(of: "'") else { return false }
        let stem = normalized[..<apostrophe].lowercased()
        let tail = normalized[normalized.index(after: apostrophe)...].lowercased()
        switch tail {
        case "m", "re", "ve", "ll", "t": return true
        case "d", "s": return pronouns.contains(stem) || functionWords.contains(stem)
        default: return false
        }
    }

    /// Two or more letters, all capitals (digits and periods allowed): `FBI`, `ISIL`, `U.S`.
    static func isAcronym(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var capitals = 0
            for byte in word.utf8 {
                if byte &- 0x61 < 26 { return false }
                if byte &- 0x41 < 26 { capitals += 1 }
            }
            return capitals >= 2
        }
        var letters = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    /// A first name that is not also a common surname (`Jay`, `Jim`; not `Martin`, `Howard`, `Xi`).
    static func isFirstNameOnly(_ word: String) -> Bool {
        (Lexicon.maleNames.contains(word) || Lexicon.femaleNames.contains(word)) && !surnamesToo.contains(word)
    }

    /// `Gibbses`, `Joneses`, `Davises` (a surname ending in s, plus `es`); `Clintons`, `Obamas` when the
    /// surname is known to the article or the gazetteer.
    static func isPluralSurname(_ word: Substring, gazetteer: Gazetteer, knownSurnames: Set<Substring>) -> Bool {
        guard word.utf8.last == 0x73, word.utf8.count > 3 else { return false }
        let stem = word.dropLast()
        if knownSurnames.contains(stem) || gazetteer.isKnownSurname(String(stem)) { return true }
        guard word.utf8.dropLast().last == 0x65 else { return false }
        let stem2 = word.dropLast(2)
        if knownSurnames.contains(stem2) || gazetteer.isKnownSurname(String(stem2)) { return true }
        // `Gibbs` + `es`: the stem itself ends in a sibilant after a consonant-ish letter, and is long enough
        // not to be `Moses` or `Ramses`.
        guard stem2.count >= 5, let last = stem2.last, "sxz".contains(last) else { return false }
        return true
    }

    /// Qualifiers before a name that the role list does not hold (lower case).
    static let qualifiers: Set<String> = [
        "candidate", "nominee", "then", "elect", "designate", "ex", "late", "incoming", "outgoing", "presumptive",
        "presidente", "president", "ministro", "ministre", "premier", "madame", "monsieur", "herr", "frau", "señor",
        "senor", "senhor", "mister", "missus", "comrade", "dear", "honorable", "honourable", "hon", "rt", "excellency",
        "his", "her", "first", "lady", "gentleman", "gentlewoman", "democrat", "republican", "democratic",
        "candidates", "nominees", "sen", "rep", "gov", "lt", "gen", "sgt", "cpl", "pvt", "cmdr", "dr", "prof",
        "officer", "agent", "detective", "inspector", "justice", "chief", "vp", "potus", "flotus", "secretary",
        "ceo", "founder", "activist", "reporter", "correspondent", "anchor", "host", "columnist", "pastor", "bishop",
        "cardinal", "rabbi", "imam", "ayatollah", "mullah", "father", "brother", "sister", "uncle", "aunt",
        "grandma", "grandpa", "mom", "dad", "ambassador-designate", "mr", "mrs", "ms", "pro", "tem", "executive",
        "senators", "secretaries", "presidents", "governors", "congressmen", "congresswomen", "representatives",
        "leaders", "ambassadors", "generals", "mayors", "judges", "justices", "chairmen", "spokesmen",
    ]

    static let pronouns: Set<String> = [
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its",
        "our", "their", "who", "whom", "mine", "yours", "ours", "theirs", "myself", "yourself", "himself", "herself",
        "itself", "ourselves", "themselves", "y'all", "ya",
    ]

    private static let functionWords: Set<String> = [
        "that", "there", "here", "what", "where", "when", "how", "why", "let", "this", "everybody", "everyone",
        "nobody", "somebody", "someone", "nothing", "something", "everything", "one", "today", "ain", "can", "won",
        "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "couldn", "wouldn", "shouldn",
    ]

    /// Common words that start sentences or headlines, seen capitalised where a name was expected (lower case).
    /// None of them is a plausible surname.
    static let commonWords: Set<String> = [
        "like", "hears", "about", "start", "motors", "look", "listen", "please", "sure", "right", "good", "great",
        "absolutely", "exactly", "obviously", "certainly", "frankly", "actually", "anyway", "maybe", "perhaps",
        "nothing", "everybody", "everyone", "somebody", "someone", "nobody", "anybody", "anyone", "people", "folks",
        "guys", "question", "questions", "answer", "statement", "remarks", "briefing", "applause", "laughter",
        "inaudible", "crosstalk", "audience", "unidentified", "participant", "moderator", "operator", "voice",
        "says", "said", "say", "told", "tells", "asks", "asked", "thank", "thanks", "hello", "hi", "yes", "no",
        "okay", "ok", "oh", "wow", "hey", "welcome", "congratulations", "happy", "merry", "dear", "sorry",
        "excuse", "pardon", "let", "lets", "let's", "go", "going", "gone", "get", "got", "gets", "make", "makes",
        "made", "take", "takes", "took", "give", "gives", "gave", "come", "comes", "came", "see", "sees", "saw",
        "know", "knows", "knew", "think", "thinks", "thought", "want", "wants", "wanted", "need", "needs",
        "meets", "met", "visits", "visited", "calls", "called", "wins", "won", "loses", "lost", "backs", "backed",
        "slams", "blasts", "urges", "warns", "vows", "and", "or", "but", "the", "a", "an", "of", "in", "on", "at",
        "for", "with", "from", "to", "by", "as", "into", "onto", "upon", "over", "under", "after", "before",
        "again", "also", "just", "only", "even", "still", "very", "really", "well", "now", "then", "there", "here",
        "this", "that", "these", "those", "what", "which", "who", "why", "how", "where", "when", "whatever",
        "mr", "mrs", "ms", "dr", "sir", "madam", "ma'am", "ma’am", "gentlemen", "ladies", "everything",
        "something", "anything", "nothing", "today", "tonight", "tomorrow", "yesterday", "act", "plan", "care",
        "program", "programme", "initiative", "summit", "conference", "week", "month", "year",
        "office", "room", "center", "centre", "street", "avenue", "road", "airport", "station", "hotel",
        "university", "college", "school", "hospital", "news", "times", "post", "journal", "daily",
        "magazine", "network", "channel", "radio", "tv", "television", "online", "twitter", "facebook", "internet",
        "federal", "national", "international", "global", "american", "americans", "democrats", "republicans",
        "corporation", "company", "inc", "corp", "ltd", "llc", "group", "motor", "airlines", "airways", "energy",
        "oil", "gas", "bank", "fund", "capital", "partners", "holdings", "industries", "technologies",
        "treaty", "accord", "agreement", "deal", "protocol", "convention", "charter", "doctrine", "resolution",
        "amendment", "clause", "article", "section", "chapter", "title", "budget", "tax", "reform", "recovery",
        "stimulus", "security", "health", "education", "defense", "defence", "justice", "commerce", "labor",
        "labour", "agriculture", "transportation", "housing", "interior", "veterans", "affairs", "homeland",
        "war", "peace", "freedom", "liberty", "independence", "revolution", "spring", "autumn", "fall",
        "christmas", "easter", "thanksgiving", "ramadan", "eid", "hanukkah", "holiday", "holidays",
        "family", "families", "neither", "either", "real", "debating", "understated", "eurosceptic", "euroskeptic",
        "god", "allah", "jesus", "christ", "bible", "koran", "quran", "internet", "web", "app", "iphone",
    ]

    /// First names that are also common surnames: alone they may well be a surname (`Martin`, `Howard`).
    static let surnamesToo: Set<String> = [
        "Martin", "Howard", "Henry", "Lloyd", "Paul", "Thomas", "Charles", "James", "Kim", "Li", "Xi", "Ali",
        "Hassan", "Hussein", "Ban", "Mark", "Ashton", "Lord", "Prince", "Jean", "Hope", "Marine", "Dana", "Rand",
        "George", "Sullivan", "Abdullah", "Salman", "Hamad", "Allen", "Ruth", "Rice", "Francis", "Jackson",
        "Wallace", "Douglas", "Gordon", "Russell", "Graham", "Kelly", "Lee", "Scott", "Ross", "Bruce", "Tsai",
        "Aung", "Mahmoud", "Abbas", "Ibrahim", "Karl", "Herman", "Denis", "Hamid", "Fidel", "Hugo", "Ken", "Ed",
        "Al", "Ted", "Dick", "Frank", "Grant", "Carter", "Clay", "Wolf", "Cruz", "Marco", "Ron", "Bernie",
    ]
}

extension String {
    /// `Sen.` → `sen`: periods dropped.
    fileprivate var replacingPeriods: String {
        utf8.contains(0x2E) ? String(filter { $0 != "." }) : self
    }

    /// `sen` → `Sen`.
    fileprivate var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension Substring {
    fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}

/// A cheap first test before a set lookup in hot paths: whether any word of a set starts with this byte and has
/// this length in bytes (no hashing, no String).
struct WordFilter: Sendable {
    /// `first byte (ASCII) × 32 + min(length, 31)`.
    private var table = [Bool](repeating: false, count: 128 * 32)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            guard let first = word.utf8.first, first < 0x80 else { continue }
            table[Int(first) * 32 + min(word.utf8.count, 31)] = true
        }
    }

    func mayContain(first: UInt8, length: Int) -> Bool {
        first >= 0x80 || table[Int(first) * 32 + min(length, 31)]
    }
}
