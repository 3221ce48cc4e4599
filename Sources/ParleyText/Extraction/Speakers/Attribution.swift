/// Who a quotation's attribution points at, before resolution to a person.
struct Attribution: Sendable {
    enum Reference: Sendable {
        /// A name or an organisation as written: `Tobolin`, `Foreign Minister Katarina Šelvik`, `the Kremlin`.
        case name(String, roles: String?, isOrganization: Bool, honorific: String?)
        case pronoun(String)
        /// `the palace spokesman`, `the president`; `a diplomat` (indefinite: nobody in particular).
        case role(String, isDefinite: Bool)
        /// `the ministry`, `the bloc`: an organisation the article named before.
        case organizationRole(String)
    }

    var reference: Reference
    /// The cue as written (`said`, `told`, `according to`).
    var cue: String
    /// The byte range of the attribution words, from the first to the last (for `attribution`).
    var byteRange: Range<Int>
    /// `called the talks “…”`: the quotation is the object of a naming verb.
    var isNaming: Bool
    /// The speaker is named in a clause before the quotation (`X said: “…”`, `According to X, “…”`).
    var isBefore: Bool
    /// The words between the cue and the opening mark end with `:` or `,` or `that`: the quotation is what was said.
    var introducesQuote: Bool
}

/// Finds attributions in the tokens around a quotation (same sentence).
struct AttributionFinder {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [LexToken]

    func text(_ token: LexToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
    }

    func lower(_ index: Int) -> String { text(tokens[index]).fastLowercased }

    func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }

    func isPunctuation(_ index: Int, _ byte: UInt8) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation(byte) else { return false }
        // `80,000`: a comma between digits groups them.
        if byte == 0x2C, index > 0, index + 1 < tokens.count,
            tokens[index - 1].range.upperBound == tokens[index].range.lowerBound,
            tokens[index + 1].range.lowerBound == tokens[index].range.upperBound,
            bytes[tokens[index - 1].range.upperBound - 1] &- 0x30 < 10,
            bytes[tokens[index + 1].range.lowerBound] &- 0x30 < 10
        {
            return false
        }
        return true
    }

    /// `j` is a comma opening an appositive (`, an aide to the president,`): the index of the comma that closes
    /// it, before `limit` and before any quotation mark; `nil` when there is none.
    func appositiveEnd(atComma j: Int, limit: Int) -> Int? {
        guard isPunctuation(j, 0x2C) else { return nil }
        var k = j + 1
        while k < limit, !isPunctuation(k, 0x2C), tokens[k].kind != .quoteMark || isApostrophe(k) { k += 1 }
        return isPunctuation(k, 0x2C) ? k : nil
    }

    /// Up to `maximum` words from `i` that describe somebody (`former executive`, `prominent Republican National
    /// Committee member`): they stop at a cue, an auxiliary, punctuation or a function word. The index past them.
    func describingWords(from i: Int, limit: Int, maximum: Int) -> (words: [String], end: Int) {
        var k = i
        var words: [String] = []
        while k < limit, isWord(k), words.count < maximum, !isCue(k), !Lexicon.phraseBreakers.contains(lower(k)),
            !Lexicon.auxiliaries.contains(lower(k))
        {
            words.append(lower(k))
            k += 1
        }
        return (words, k)
    }

    /// `’` right after a word ending in `s` (`Drevanians’ chief negotiator`): an apostrophe, not a closing mark.
    func isApostrophe(_ index: Int) -> Bool {
        guard index > 0, index < tokens.count, tokens[index].kind == .quoteMark,
            tokens[index - 1].kind == .word, tokens[index - 1].range.upperBound == tokens[index].range.lowerBound,
            bytes[tokens[index].range.lowerBound] == 0xE2 || bytes[tokens[index].range.lowerBound] == 0x27
        else { return false }
        return bytes[tokens[index - 1].range.upperBound - 1] | 0x20 == 0x73
    }

    /// `–`, `—` or a spaced `-`: the end of a dateline.
    func isDash(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, case let .punctuation(byte) = tokens[index].kind else { return false }
        if byte == 0x2D { return true }
        return byte == 0xE2 && tokens[index].range.count == 3
            && (bytes[tokens[index].range.lowerBound + 2] == 0x93
                || bytes[tokens[index].range.lowerBound + 2] == 0x94)
    }

    func isCue(_ index: Int) -> Bool {
        guard isWord(index), !tokens[index].isCapitalized else { return false }
        let word = lower(index)
        if Lexicon.cueVerbs.contains(word) { return true }
        if let particles = Lexicon.particleCues[word], isWord(index + 1) { return particles.contains(lower(index + 1)) }
        return false
    }

    /// A cue, or (for a fragment inside the writer's sentence) a verb that makes the fragment the subject's words.
    func isFragmentCue(_ index: Int) -> Bool {
        isCue(index)
            || (isWord(index) && !tokens[index].isCapitalized && Lexicon.evaluativeVerbs.contains(lower(index)))
    }

    /// Words that introduce somebody unnamed: `one former executive said`, `another commenter wrote`.
    static let indefinites: Set<String> = ["one", "another", "two", "three", "several", "some", "many", "other"]

    /// A subject pronoun (`he`, `she`, `they`, `we`): `her ask` or `told him` name nobody who speaks.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i"]

    // MARK: After the quotation: `,” Marevsky said.` / `,” said Yuri Tobolin, an aide` / `,” he added.`

    /// `close`: index of the closing mark; `limit`: index past the last token of the sentence.
    func after(close: Int, limit: Int) -> Attribution? {
        if let attribution = directlyAfter(close: close, limit: limit) { return attribution }
        // `“…” in the 2008 primary, said Ohio professor Paul Beck.` / `“…” at the convention, he said.`: a short
        // phrase, a comma, then the attribution.
        var k = close + 1
        while k < limit, k <= close + 9, !isPunctuation(k, 0x2C) {
            if tokens[k].kind == .quoteMark || isCue(k) || isPunctuation(k, 0x2E) { return nil }
            k += 1
        }
        guard isPunctuation(k, 0x2C), k > close + 1 else { return nil }
        return directlyAfter(close: k, limit: limit)
    }

    private func directlyAfter(close: Int, limit: Int) -> Attribution? {
        var i = close + 1
        while i < limit, tokens[i].kind != .word {
            if tokens[i].kind == .quoteMark { return nil }
            i += 1
        }
        guard i < limit else { return nil }
        // `said X` / `said the spokesman` / `said he`
        if isCue(i) {
            let cueIndex = i
            var j = i + 1
            while j < limit, isWord(j),
                [
                    "to", "reporters", "journalists", "in", "a", "statement", "on", "monday",
                    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later", "today", "yesterday",
                ]
                .contains(lower(j)) && !tokens[j].isCapitalized
            {
                j += 1
            }
            if let (reference, end) = nounPhrase(from: cueIndex + 1, limit: limit) {
                return Attribution(
                    reference: reference, cue: text(tokens[cueIndex]),
                    byteRange: tokens[cueIndex].range.lowerBound..<end,
                    isNaming: false, isBefore: false, introducesQuote: true)
            }
            return nil
        }
        // `X said` / `the palace spokesman said` / `he added` (X may carry an appositive: `X, an aide, said`)
        guard let (found, phraseEnd) = nounPhrase(from: i, limit: limit) else { return nil }
        var j = phraseEndIndex(afterByte: phraseEnd, from: i, limit: limit)
        // `Penko (Homeland Front) said`
        if isPunctuation(j, 0x28), let close = (j..<min(limit, j + 12)).first(where: { isPunctuation($0, 0x29) }) {
            j = close + 1
        }
        if case .role(_, isDefinite: false) = found {
            // `a diplomat familiar with the negotiations said`
            var k = j
            while k < limit, k < j + 8, isWord(k), !isCue(k) { k += 1 }
            if isCue(k) { j = k }
        }
        var reference = found
        if let k = appositiveEnd(atComma: j, limit: limit) {  // `, an aide to the president,`
            // `Casmira’s special envoy, Rémi Aubrel, said`: the role's holder is named between the commas.
            if case let .role(role, _) = reference, let (person, end, honorific) = name(from: j + 1, limit: k),
                end == tokens[k - 1].range.upperBound, !Lexicon.organizationHeads.contains(String(person.lastWord))
            {
                reference = .name(person, roles: role, isOrganization: false, honorific: honorific)
            }
            j = k + 1
        }
        while j < limit, isWord(j), Lexicon.auxiliaries.contains(lower(j)), !isCue(j) { j += 1 }
        guard j < limit, isCue(j) else { return nil }
        return Attribution(
            reference: reference, cue: text(tokens[j]),
            byteRange: tokens[i].range.lowerBound..<tokens[j].range.upperBound,
            isNaming: false, isBefore: false, introducesQuote: true)
    }

    // MARK: Before the quotation: `Marevsky said: “` / `According to X, “` / `X told reporters that “`

    /// `start`: first token of the sentence; `open`: index of the opening mark.
    func before(start: Int, open: Int, fragment: Bool = false) -> Attribution? {
        // `According to X, “…”`
        var i = start
        while i < open {
            if isWord(i), lower(i) == "according", isWord(i + 1), lower(i + 1) == "to",
                let (reference, end) = nounPhrase(from: i + 2, limit: open)
            {
                return Attribution(
                    reference: reference, cue: text(tokens[i]) + " " + text(tokens[i + 1]),
                    byteRange: tokens[i].range.lowerBound..<end, isNaming: false, isBefore: true, introducesQuote: true)
            }
            i += 1
        }
        // The nearest cue before the opening mark that has a subject.
        var cueIndex = open - 1
        while cueIndex >= start {
            if tokens[cueIndex].kind == .quoteMark { return nil }
            if isCue(cueIndex) || (fragment && isFragmentCue(cueIndex)),
                let attribution = attribution(cue: cueIndex, start: start, open: open)
            {
                return attribution
            }
            cueIndex -= 1
        }
        return inverted(start: start, open: open)
    }

    /// `Said Dorothy Poynter, a neighbour, “…”`, `Continued Stone: “…”`: a capitalised cue opens the sentence and
    /// the speaker follows it.
    func inverted(start: Int, open: Int) -> Attribution? {
        guard start < open, isWord(start), tokens[start].isCapitalized else { return nil }
        let word = lower(start)
        guard Lexicon.cueVerbs.contains(word),
            word.hasSuffix("ed") || ["said", "wrote", "told", "says"].contains(word),
            let (reference, end) = nounPhrase(from: start + 1, limit: open)
        else { return nil }
        if case .pronoun = reference { return nil }
        return Attribution(
            reference: reference, cue: text(tokens[start]), byteRange: tokens[start].range.lowerBound..<end,
            isNaming: false, isBefore: true, introducesQuote: true)
    }

    /// The attribution with the cue at `cueIndex`, when a speaker phrase ends right before it.
    private func attribution(cue cueIndex: Int, start: Int, open: Int) -> Attribution? {
        let between = (cueIndex + 1)..<open
        let betweenWords = between.filter { isWord($0) }.map { lower($0) }
        let introduces =
            between.isEmpty || isPunctuation(open - 1, 0x3A) || isPunctuation(open - 1, 0x2C)
            || betweenWords.last == "that"
            || betweenWords.allSatisfy {
                [
                    "to", "reporters", "journalists", "that",
                    "in", "a", "statement", "on", "twitter", "x", "the", "briefing", "interview",
                ].contains($0)
            }
        // The subject: the noun phrase ending right before the cue (skipping auxiliaries and an appositive).
        var j = cueIndex - 1
        // Auxiliaries and time phrases between subject and cue: `has also said`, `on Thursday called`.
        let prepositions: Set<String> = ["on", "in", "last", "this", "late", "early", "by"]
        while j >= start, isWord(j) {
            let word = lower(j)
            let isTime =
                Lexicon.timeWords.contains(word)
                || (tokens[j].isCapitalized && Lexicon.notNames.contains(text(tokens[j]))
                    && j - 1 >= start && isWord(j - 1) && prepositions.contains(lower(j - 1)))
            if Lexicon.auxiliaries.contains(word) || isTime {
                j -= 1
                if isTime, j >= start, isWord(j), prepositions.contains(lower(j)) { j -= 1 }
            } else {
                break
            }
        }
        // `it said`/`they said` with an earlier subject in reach: look for that one instead.
        if isWord(j), ["it", "they"].contains(lower(j)) { return nil }
        // `declined to comment but said …`: the cue shares the sentence's subject.
        if isWord(j), ["but", "and"].contains(lower(j)), var subject = clauseSubject(start: start, end: j) {
            subject.cue = text(tokens[cueIndex])
            subject.byteRange = subject.byteRange.lowerBound..<tokens[cueIndex].range.upperBound
            subject.isNaming = Lexicon.namingVerbs.contains(lower(cueIndex))
            subject.introducesQuote = introduces
            return subject
        }
        // `…, saying …`: a participle's subject is the subject of the clause it hangs on (`Speaking in Tamesk,
        // Talgöz went after Penko, calling him …` → Talgöz), after a dateline such as `SERIN, Oct 2 –`.
        if lower(cueIndex).hasSuffix("ing"),
            isPunctuation(j, 0x2C) || !isWord(j) || !(tokens[j].isCapitalized || Lexicon.roleWords.contains(lower(j)))
        {
            var s = start
            if let dash = (start..<min(cueIndex, start + 16)).first(where: { isDash($0) }) { s = dash + 1 }
            // Clause starts, nearest first: after each comma before the participle, then the sentence start.
            var starts = (s..<cueIndex).filter { isPunctuation($0 - 1, 0x2C) && $0 - 1 >= s && $0 < cueIndex - 1 }
                .reversed()
                .map { $0 }
            starts.append(s)
            for clause in starts {
                guard let (reference, end) = nounPhrase(from: clause, limit: cueIndex) else { continue }
                let next = phraseEndIndex(afterByte: end, from: clause, limit: cueIndex)
                // The phrase must be a clause's subject: a verb (a lower-case word) follows it.
                guard isWord(next), !tokens[next].isCapitalized,
                    !Lexicon.phraseBreakers.contains(lower(next)) || Lexicon.auxiliaries.contains(lower(next))
                else { continue }
                switch reference {
                case .name, .role(_, isDefinite: true), .organizationRole: break
                case let .pronoun(word) where Self.subjectPronouns.contains(word): break
                default: continue
                }
                return Attribution(
                    reference: reference, cue: text(tokens[cueIndex]), byteRange: tokens[clause].range.lowerBound..<end,
                    isNaming: false, isBefore: true, introducesQuote: introduces)
            }
        }
        // `Gov. Lidia Karsk (Serin), said`: a bracket and a lone comma between the subject and its cue.
        if isPunctuation(j, 0x29), let open = (max(start, j - 12)..<j).last(where: { isPunctuation($0, 0x28) }) {
            j = open - 1
        }
        if isPunctuation(j, 0x2C), !(start..<j).contains(where: { isPunctuation($0, 0x2C) }) {
            j -= 1
            if isPunctuation(j, 0x29), let open = (max(start, j - 12)..<j).last(where: { isPunctuation($0, 0x28) }) {
                j = open - 1
            }
        }
        if isPunctuation(j, 0x2C) {
            var k = j - 1
            while k >= start, !isPunctuation(k, 0x2C) { k -= 1 }
            // `Its secretary-general, Marta Ölund, called`: the appositive is the name, the role comes first.
            var appositive = name(from: k + 1, limit: j)
            if appositive == nil, k > start, let (reference, end) = nounPhrase(from: k + 1, limit: j),
                case let .name(person, _, false, honorific) = reference
            {
                appositive = (person, end, honorific)  // `its delegation, presidential aide Yuri Tobolin, told`
            }
            if k > start, let (name, end, honorific) = appositive, end == tokens[j - 1].range.upperBound,
                !Lexicon.organizationHeads.contains(String(name.lastWord))
            {
                var r = k - 1
                var roles: [String] = []
                while r >= start, isWord(r), Lexicon.roleWords.contains(lower(r)) {
                    roles.insert(lower(r), at: 0)
                    r -= 1
                }
                return Attribution(
                    reference: .name(
                        name, roles: roles.isEmpty ? nil : roles.joined(separator: " "), isOrganization: false,
                        honorific: honorific),
                    cue: text(tokens[cueIndex]),
                    byteRange: tokens[max(r + 1, start)].range.lowerBound..<tokens[cueIndex].range.upperBound,
                    isNaming: Lexicon.namingVerbs.contains(lower(cueIndex)), isBefore: true, introducesQuote: introduces
                )
            }
            if k > start { j = k - 1 }
            // `Nadia Ferraveli, a researcher who works with the Solenne Centre, a peace group, said`: several
            // appositives; the subject ends before the first of them.
            var commas = (start..<j).filter { isPunctuation($0, 0x2C) }
            while let comma = commas.popLast(), commas.count < 3 {
                let segmentStart = commas.last.map { $0 + 1 } ?? start
                if let (person, end, _) = name(from: segmentStart, limit: comma),
                    end == tokens[comma - 1].range.upperBound,
                    !Lexicon.organizationHeads.contains(String(person.lastWord)),
                    !Lexicon.notNames.contains(String(person.firstWord))
                {
                    if segmentStart == start || commas.isEmpty {
                        j = comma - 1
                        break
                    }
                }
            }
        }
        guard j >= start, var (reference, phraseStart) = nounPhraseEnding(at: j, start: start) else {
            // `Talgöz at the time said`, `Talgöz in his opening speech called`: the clause's subject, with words
            // between it and the cue.
            return leadingSubject(start: start, cue: cueIndex, introduces: introduces)
        }
        // `Gen. Pavel Drozdin of the Valdoran army said`: the person before `of`, not the place after it.
        if let first = tokens.firstIndex(where: { $0.range.lowerBound == phraseStart }) {
            // `Nadia Ferraveli of the Solenne Centre for Conflict Research`: walk back over the organisation's name.
            var of = first - 1
            while of > start, of > first - 8, isWord(of),
                tokens[of].isCapitalized || ["for", "the", "and", "on", "of"].contains(lower(of))
            {
                if lower(of) == "of", isWord(of - 1), tokens[of - 1].isCapitalized { break }
                of -= 1
            }
            if of - 1 >= start, isWord(of), lower(of) == "of",
                let (person, personStart) = nounPhraseEnding(at: of - 1, start: start),
                case let .name(_, _, isOrganization, _) = person, !isOrganization
            {
                (reference, phraseStart) = (person, personStart)
            }
        }
        return Attribution(
            reference: reference, cue: text(tokens[cueIndex]),
            byteRange: phraseStart..<tokens[cueIndex].range.upperBound,
            isNaming: Lexicon.namingVerbs.contains(lower(cueIndex)), isBefore: true, introducesQuote: introduces)
    }

    // MARK: Noun phrases

    /// A speaker phrase starting at `i`: a pronoun, `the` + role words, `the` + organisation, or a name with
    /// its titles. Returns the reference and the byte end.
    func nounPhrase(from i: Int, limit: Int) -> (Attribution.Reference, Int)? {
        guard i < limit, isWord(i) else { return nil }
        let first = lower(i)
        if Self.subjectPronouns.contains(first) || first == "it"
            || ((first == "him" || first == "her" || first == "hers") && !isWord(i + 1))
        {
            return (.pronoun(first), tokens[i].range.upperBound)
        }
        var j = i
        var possessor: String?
        if ["the", "a", "an"].contains(first) {
            j += 1
        } else if Self.indefinites.contains(first), isWord(i + 1),
            !tokens[i + 1].isCapitalized || Lexicon.roleWords.contains(lower(i + 1))
                || (isWord(i + 2) && !tokens[i + 2].isCapitalized)
        {
            // `one former executive`, `another commenter`: somebody unnamed; a role when the words make one.
            let (words, k) = describingWords(from: i + 1, limit: limit, maximum: 5)
            guard !words.isEmpty else { return nil }
            return (.role(words.joined(separator: " "), isDefinite: false), tokens[k - 1].range.upperBound)
        } else if ["its", "his", "her", "their"].contains(first) {
            j += 1
        } else if tokens[i].isCapitalized, first.isPossessive, i + 1 < limit, isWord(i + 1),
            !tokens[i + 1].isCapitalized || Lexicon.roleWords.contains(lower(i + 1))
        {
            // `Casmira’s special envoy Rémi Aubrel`, `Drevania’s foreign ministry`.
            let word = text(tokens[i])
            possessor = String(word.dropLast(2))
            j += 1
        }
        // `the governments of Valdora and Drevania`: a joint speaker, named as such.
        if first == "the", j + 4 < limit, isWord(j),
            ["governments", "leaders", "presidents", "ministers"].contains(lower(j)),
            isWord(j + 1), lower(j + 1) == "of", let (one, _, _) = name(from: j + 2, limit: limit)
        {
            var k = phraseEndIndex(afterByte: tokens[j + 2].range.upperBound, from: j + 2, limit: limit)
            while k < limit, isWord(k), tokens[k].isCapitalized { k += 1 }
            if isWord(k), lower(k) == "and", let (two, end, _) = name(from: k + 1, limit: limit) {
                return (
                    .name(
                        text(tokens[j]).capitalized + " of \(one) and \(two)", roles: nil, isOrganization: true,
                        honorific: nil), end
                )
            }
        }
        // `the ministry`, `the bloc`, `the statement`, `the ministry’s statement`: an organisation named before.
        if ["the", "a"].contains(first), j < limit, isWord(j), !tokens[j].isCapitalized {
            var noun = lower(j).possessiveStripped
            var end = j
            if lower(j).isPossessive, isWord(j + 1), Lexicon.statementNouns.contains(lower(j + 1)) { end = j + 1 }
            if noun == "joint", isWord(j + 1), Lexicon.statementNouns.contains(lower(j + 1)) {
                noun = lower(j + 1)
                end = j + 1
            }
            if first == "the" || Lexicon.statementNouns.contains(noun),
                Lexicon.organizationNouns.contains(noun) || Lexicon.statementNouns.contains(noun),
                !(end + 1 < limit && isWord(end + 1)
                    && (Lexicon.roleWords.contains(lower(end + 1)) || tokens[end + 1].isCapitalized))
            {
                return (.organizationRole(noun), tokens[end].range.upperBound)
            }
        }
        // `Casmira’s foreign ministry`, `the bloc’s members`: an organisation named by a common noun.
        if let organization = organizationPhrase(from: j, limit: limit, possessor: possessor) {
            return (.name(organization.name, roles: nil, isOrganization: true, honorific: nil), organization.end)
        }
        // Role words (any case) then maybe a name: `Foreign Minister Katarina Šelvik`, `the palace spokesman`.
        var roleWords: [String] = []
        var k = j
        while k < limit, isWord(k), Lexicon.roleWords.contains(lower(k)) || (tokens[k].isCapitalized && isOrgWord(k)) {
            if tokens[k].isCapitalized, k + 1 < limit, isWord(k + 1), tokens[k + 1].isCapitalized,
                !Lexicon.roleWords.contains(lower(k + 1)), !isOrgWord(k + 1)
            {
                // `President Anton`: a capitalised role word followed by a name.
                roleWords.append(lower(k))
                k += 1
                break
            }
            roleWords.append(lower(k))
            k += 1
        }
        if var (name, end, honorific) = name(from: k, limit: limit) {
            if let titles = titleWords(from: k, limit: limit) {
                roleWords += titles.split(separator: " ").map(String.init)
            }
            // `Civic Renewal leader Demir Talgöz`, `Talgöz campaign manager Vera Solnik`: the first name was a
            // qualifier of the role.
            var r = phraseEndIndex(afterByte: end, from: k, limit: limit)
            let roleStart = r
            while r < limit, isWord(r), !tokens[r].isCapitalized, Lexicon.roleWords.contains(lower(r)) { r += 1 }
            if r > roleStart, let person = self.name(from: r, limit: limit) {
                roleWords += [name.fastLowercased] + (roleStart..<r).map { lower($0) }
                (name, end, honorific) = person
            } else if ["a", "an", "the"].contains(first), !name.utf8.contains(0x20), honorific == nil, j == k,
                !Lexicon.organizationHeads.contains(name), !Lexicon.organizations.contains(name),
                isWord(roleStart), !tokens[roleStart].isCapitalized, !Lexicon.phraseBreakers.contains(lower(roleStart)),
                !isCue(roleStart), !Lexicon.auxiliaries.contains(lower(roleStart))
            {
                // `a Drevanian border guard`, `the Talgöz campaign`: a qualifier and common nouns, nobody named.
                var end = roleStart
                while end + 1 < limit, end < roleStart + 3, isWord(end + 1), !tokens[end + 1].isCapitalized,
                    !Lexicon.phraseBreakers.contains(lower(end + 1)), !isCue(end + 1),
                    !Lexicon.auxiliaries.contains(lower(end + 1))
                {
                    end += 1
                }
                let words = [name.fastLowercased] + (roleStart...end).map { lower($0) }
                if Lexicon.organizationNouns.contains(words.last ?? "") {
                    return (
                        .name(
                            (first == "the" ? "" : "")
                                + ([name] + (roleStart...end).map { lower($0) }).joined(separator: " "),
                            roles: nil, isOrganization: true, honorific: nil), tokens[end].range.upperBound
                    )
                }
                return (.role(words.joined(separator: " "), isDefinite: first == "the"), tokens[end].range.upperBound)
            } else if r > roleStart, (roleStart..<r).contains(where: { Lexicon.roleHeads.contains(lower($0)) }),
                !name.utf8.contains(0x20) || Lexicon.organizationHeads.contains(String(name.lastWord)), honorific == nil
            {
                // `the Qatari prime minister`, `the Turkish leader`: a qualifier and a role, nobody named.
                let role = (roleWords + [name.fastLowercased] + (roleStart..<r).map { lower($0) }).joined(
                    separator: " ")
                return (.role(role, isDefinite: !["a", "an"].contains(first)), tokens[r - 1].range.upperBound)
            }
            let isOrganization =
                Lexicon.organizationHeads.contains(String(name.lastWord))
                || Lexicon.organizations.contains(name)
            let fullName =
                isOrganization && !roleWords.isEmpty && j == i + 1
                ? (roleWords.map { $0.capitalized } + [name]).joined(separator: " ") : name
            return (
                .name(
                    fullName, roles: roleWords.isEmpty ? nil : roleWords.joined(separator: " "),
                    isOrganization: isOrganization, honorific: honorific), end
            )
        }
        if !roleWords.isEmpty, roleWords.contains(where: { Lexicon.roleHeads.contains($0) }) {
            // `the head of the foreign ministry`, `the chief of the general staff`.
            var end = k - 1
            if isWord(k), lower(k) == "of" {
                var r = k + 1
                if isWord(r), lower(r) == "the" { r += 1 }
                var words: [String] = []
                while r < limit, isWord(r), words.count < 4, !isCue(r), !Lexicon.auxiliaries.contains(lower(r)) {
                    words.append(lower(r))
                    r += 1
                }
                if !words.isEmpty {
                    roleWords += ["of", "the"] + words
                    end = r - 1
                }
            }
            return (
                .role(roleWords.joined(separator: " "), isDefinite: !["a", "an"].contains(first)),
                tokens[end].range.upperBound
            )
        }
        // `the Russian Foreign Minister said`: a title in capitals with nobody named after it.
        if let titles = titleWords(from: k, limit: limit) {
            var r = k
            while r < limit, isWord(r), tokens[r].isCapitalized { r += 1 }
            while r > k, !Lexicon.roleWords.contains(lower(r - 1)) { r -= 1 }
            let role = (roleWords + [titles]).joined(separator: " ")
            if r > k { return (.role(role, isDefinite: !["a", "an"].contains(first)), tokens[r - 1].range.upperBound) }
        }
        // `the Valdoran Foreign Ministry`, `the Kremlin`: capitalised words ending in an organisation word.
        if j > i || tokens[j].isCapitalized, let (name, end, _) = name(from: j, limit: limit) {
            let isOrganization =
                Lexicon.organizationHeads.contains(String(name.lastWord))
                || Lexicon.organizations.contains(name)
            if isOrganization { return (.name(name, roles: nil, isOrganization: true, honorific: nil), end) }
        }
        // `a prominent Republican National Committee member`: somebody unnamed, described.
        if ["a", "an"].contains(first) {
            let (words, k) = describingWords(from: i + 1, limit: limit, maximum: 6)
            if words.count >= 2, !tokens[k - 1].isCapitalized {
                return (.role(words.joined(separator: " "), isDefinite: false), tokens[k - 1].range.upperBound)
            }
        }
        return nil
    }

    /// Lower-case words ending in an organisation noun (`foreign ministry`, `members`), at most four: the
    /// organisation as a name, its possessor first (`Casmira Foreign Ministry`).
    func organizationPhrase(from i: Int, limit: Int, possessor: String?) -> (name: String, end: Int)? {
        var words: [String] = []
        var j = i
        while j < limit, isWord(j), !tokens[j].isCapitalized, words.count < 4 {
            var word = lower(j)
            if word.isPossessive { word = String(word.dropLast(2)) }
            words.append(word)
            if Lexicon.organizationNouns.contains(word) {
                // Followed by a name (`the palace spokesman Ilya`)? Then it is a role, not an organisation.
                if j + 1 < limit, isWord(j + 1), Lexicon.roleWords.contains(lower(j + 1)) || tokens[j + 1].isCapitalized
                {
                    return nil
                }
                let name = ([possessor].compactMap { $0 } + words.map { $0.capitalized }).joined(separator: " ")
                return (name, tokens[j].range.upperBound)
            }
            if Lexicon.roleHeads.contains(word) || Lexicon.cueVerbs.contains(word) { return nil }
            j += 1
        }
        return nil
    }

    func isOrgWord(_ i: Int) -> Bool {
        let word = text(tokens[i])
        return Lexicon.organizationHeads.contains(word) || Lexicon.organizations.contains(word)
    }

    /// Capitalised words from `i` (with initials `J.` and particles `de`, `van`, `al`), honorific first.
    ///
    /// Role words inside the run are titles, not names: `Drevanian Foreign Minister Irena Vedrač` gives the name
    /// `Irena Vedrač` (its title words go to ``roleWords(in:from:limit:)``), unless the run ends in an
    /// organisation word (`Valdoran Foreign Ministry`), which is kept whole.
    func name(from i: Int, limit: Int) -> (String, Int, String?)? {
        var j = i
        var honorific: String?
        // `Mr.`, `Maj. Gen.`: one or more honorifics.
        while j < limit, isWord(j), let word = Optional(text(tokens[j])), Lexicon.honorifics[word] != nil {
            honorific = honorific ?? word
            j += 1
            if isPunctuation(j, 0x2E) { j += 1 }
        }
        var words: [String] = []
        var afterLastRole = 0
        var end = 0
        while j < limit, isWord(j) {
            var word = text(tokens[j])
            // `Serin Sen. Lidia Karsk`: an honorific inside the run starts the name again.
            if tokens[j].isCapitalized, !words.isEmpty, Lexicon.honorifics[word] != nil,
                isWord(j + 1) || isPunctuation(j + 1, 0x2E)
            {
                words.removeAll()
                afterLastRole = 0
                honorific = honorific ?? word
                j += 1
                if isPunctuation(j, 0x2E) { j += 1 }
                continue
            }
            if tokens[j].isCapitalized {
                if words.isEmpty, honorific == nil, Lexicon.notNames.contains(word) { return nil }
                // A dateline (`PORT SOLENNE`) is no name; two- or three-letter acronyms (`MU`) may be part of one.
                if word.isShoutedWord { return nil }
                // `Halynsky’s` ends the name.
                let isPossessive = word.isPossessive
                if isPossessive {
                    word = String(word.dropLast(2))
                    if words.isEmpty { return nil }
                }
                words.append(word)
                if Lexicon.roleWords.contains(word.fastLowercased), !Lexicon.organizationHeads.contains(word) {
                    afterLastRole = words.count
                }
                end = tokens[j].range.upperBound
                j += 1
                if isPossessive { break }
                // An initial: `J.`
                if word.count == 1, isPunctuation(j, 0x2E), isWord(j + 1), tokens[j + 1].isCapitalized {
                    words[words.count - 1] += "."
                    j += 1
                }
            } else if !words.isEmpty, Lexicon.nameParticles.contains(word),
                isWord(j + 1), tokens[j + 1].isCapitalized
            {
                words.append(word)
                j += 1
            } else {
                break
            }
        }
        guard !words.isEmpty else { return nil }
        let isOrganization =
            Lexicon.organizationHeads.contains(words.last!)
            || Lexicon.organizations.contains(words.joined(separator: " "))
        // `Democratic President`, `Foreign Minister`: titles with no name after them.
        if !isOrganization, afterLastRole == words.count { return nil }
        if !isOrganization, afterLastRole > 0, afterLastRole < words.count {
            words.removeFirst(afterLastRole)
        }
        return (words.joined(separator: " "), end, honorific)
    }

    /// The title words inside a capitalised run before its name (`Foreign Minister` in
    /// `Drevanian Foreign Minister Irena Vedrač`), lower-case, with any demonym before them.
    func titleWords(from i: Int, limit: Int) -> String? {
        var words: [String] = []
        var j = i
        var sawRole = false
        while j < limit, isWord(j), tokens[j].isCapitalized {
            let word = lower(j)
            if Lexicon.roleWords.contains(word) {
                sawRole = true
                words.append(word)
            } else if sawRole {
                break
            } else {
                words.append(word)
            }
            j += 1
        }
        return sawRole && words.contains(where: { Lexicon.roleHeads.contains($0) }) ? words.joined(separator: " ") : nil
    }

    /// The noun phrase that ends at token `j` (walking back): a pronoun, a name with titles, `the` + role,
    /// an organisation. The longest phrase of at most eight tokens that parses and ends exactly at `j` wins.
    func nounPhraseEnding(at j: Int, start: Int) -> (Attribution.Reference, Int)? {
        guard isWord(j) else { return nil }
        let word = lower(j)
        if Lexicon.malePronouns.contains(word) || Lexicon.femalePronouns.contains(word)
            || Lexicon.pluralPronouns.contains(word)
        {
            // `have her ask`, `told him`: not a subject.
            return Self.subjectPronouns.contains(word) ? (.pronoun(word), tokens[j].range.lowerBound) : nil
        }
        var k = max(start, j - 8)
        while k <= j {
            // A phrase never spans a comma, colon or quotation mark.
            if (k...j).contains(where: { !isWord($0) && !isPunctuation($0, 0x2E) }) {
                k += 1
                continue
            }
            // A phrase starts with a determiner, a capital or a pronoun: `professor` alone is the tail of `the
            // 52-year-old former law professor`, not a speaker of its own.
            let midPhrase =
                k > start && isWord(k - 1) && !tokens[k - 1].isCapitalized
                && !Lexicon.auxiliaries.contains(lower(k - 1))
            if isWord(k), !tokens[k].isCapitalized, midPhrase,
                !["the", "a", "an", "his", "her", "its", "their", "one", "another"].contains(lower(k))
            {
                k += 1
                continue
            }
            if let (reference, end) = nounPhrase(from: k, limit: j + 1), end == tokens[j].range.upperBound {
                return (reference, tokens[k].range.lowerBound)
            }
            k += 1
        }
        return nil
    }

    /// The person a clause before `cue` opens with (after the last comma before the cue, else at the sentence
    /// start), when the words between do not parse as a subject of their own.
    func leadingSubject(start: Int, cue: Int, introduces: Bool) -> Attribution? {
        let lastComma = (start..<cue).last { isPunctuation($0, 0x2C) }
        for clause in [lastComma.map { $0 + 1 }, start].compactMap({ $0 }) where clause < cue && cue - clause <= 10 {
            guard let (reference, end) = nounPhrase(from: clause, limit: cue) else { continue }
            switch reference {
            case let .name(_, _, isOrganization, _) where !isOrganization: break
            case let .pronoun(word) where word == "he" || word == "she": break
            default: continue
            }
            // Nothing between the phrase and the cue may be a quotation or another name.
            let next = phraseEndIndex(afterByte: end, from: clause, limit: cue)
            guard !(next..<cue).contains(where: { tokens[$0].kind == .quoteMark || tokens[$0].isCapitalized }) else {
                continue
            }
            return Attribution(
                reference: reference, cue: text(tokens[cue]),
                byteRange: tokens[clause].range.lowerBound..<tokens[cue].range.upperBound,
                isNaming: Lexicon.namingVerbs.contains(lower(cue)), isBefore: true, introducesQuote: introduces)
        }
        return nil
    }

    /// The subject of the clause that ends at token `end` (a colon): the first noun phrase, at the sentence start
    /// or after a comma, that a verb follows (`Penko has taken the line …:`, `Talgöz leaned in and boomed:`).
    func clauseSubject(start: Int, end: Int) -> Attribution? {
        let starts = [start] + (start..<end).filter { isPunctuation($0, 0x2C) }.map { $0 + 1 }
        for clause in starts where clause < end {
            // `Her statement read in part:`: her words.
            if isWord(clause), ["his", "her"].contains(lower(clause)), isWord(clause + 1),
                Lexicon.statementNouns.contains(lower(clause + 1))
                    || ["remarks", "post", "letter", "message", "speech"].contains(lower(clause + 1))
            {
                return Attribution(
                    reference: .pronoun(lower(clause) == "his" ? "he" : "she"), cue: text(tokens[clause + 1]),
                    byteRange: tokens[clause].range.lowerBound..<tokens[end - 1].range.upperBound, isNaming: false,
                    isBefore: true, introducesQuote: true)
            }
            guard let (reference, phraseEnd) = nounPhrase(from: clause, limit: end) else { continue }
            var verb = phraseEndIndex(afterByte: phraseEnd, from: clause, limit: end)
            if isPunctuation(verb, 0x28),
                let close = (verb..<min(end, verb + 12)).first(where: { isPunctuation($0, 0x29) })
            {
                verb = close + 1  // `Rep. Oksana Vireli (HF), chair of …, said`
            }
            // `Demir Talgöz, for his part, is calling …`: an appositive between the subject and its verb.
            if isPunctuation(verb, 0x2C),
                let next = (verb + 1..<min(end, verb + 12)).first(where: { isPunctuation($0, 0x2C) })
            {
                verb = next + 1
            }
            // `Marta Ölund: “…”`: the clause is the speaker's name alone (a label).
            if verb == end, isPunctuation(end, 0x3A) || isDash(end), clause == start {
                switch reference {
                case .name, .role(_, isDefinite: true):
                    return Attribution(
                        reference: reference, cue: text(tokens[end]),
                        byteRange: tokens[clause].range.lowerBound..<phraseEnd,
                        isNaming: false, isBefore: true, introducesQuote: true)
                default: break
                }
            }
            guard isWord(verb), !tokens[verb].isCapitalized,
                !Lexicon.phraseBreakers.contains(lower(verb)) || Lexicon.auxiliaries.contains(lower(verb))
            else { continue }
            switch reference {
            case .name, .role(_, isDefinite: true), .organizationRole: break
            case let .pronoun(word) where Self.subjectPronouns.contains(word): break
            default: continue
            }
            return Attribution(
                reference: reference, cue: text(tokens[verb]),
                byteRange: tokens[clause].range.lowerBound..<tokens[end - 1].range.upperBound,
                isNaming: false, isBefore: true, introducesQuote: true)
        }
        return nil
    }

    /// The index of the first token after byte `end`.
    func phraseEndIndex(afterByte end: Int, from i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, tokens[j].range.lowerBound < end { j += 1 }
        return j
    }
}
