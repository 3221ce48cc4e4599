/// The people an article has named so far, in its own words: the fullest form of each name, their roles
/// (`palace spokesman`), gender when something tells it, and where they were last mentioned.
struct PersonRegistry {
    struct Person {
        /// The fullest form the article used: `Yuri Tobolin` (later mentions may say `Tobolin`).
        var name: String
        var gender: Gender?
        /// Role phrases, lower-case: `palace spokesman`, `senior adviser to president anton režek`.
        var roles: [String] = []
        /// Byte offset of the last mention.
        var lastMention: Int
        /// Byte offset of the last mention as the subject of a sentence (its first noun phrase), or -1.
        var lastSubjectMention = -1
    }

    private(set) var people: [Person] = []
    /// Organisations the article named (`Valdoran Foreign Ministry`, `Meridian Union`), with their last mention.
    private(set) var organizations: [(name: String, lastMention: Int)] = []
    /// Capitalised names that are not (yet) known people: their full forms resolve later surnames
    /// (`Halina Moroz, 63, …` then `Moroz said`).
    private var candidateNames: [Substring: String] = [:]

    mutating func mentionOrganization(_ name: String, at offset: Int) {
        if let index = organizations.firstIndex(where: { $0.name == name }) {
            organizations[index].lastMention = max(organizations[index].lastMention, offset)
        } else {
            organizations.append((name, offset))
        }
    }

    /// The organisation `the ministry`, `the bloc`, `the palace` refers to: the most recent one named with
    /// that word (or a kindred one: a bloc is a union or an alliance).
    func organization(for noun: String) -> String? {
        let kin: [String: [String]] = [
            "bloc": ["bloc", "union", "alliance", "league", "organization", "organisation"],
            "union": ["union", "bloc"], "palace": ["palace", "kremlin", "presidency"],
            "government": ["government", "cabinet", "administration"], "mission": ["mission"],
        ]
        // `the statement said`: whoever issued it, the organisation named last.
        if Lexicon.statementNouns.contains(noun) { return organizations.max { $0.lastMention < $1.lastMention }?.name }
        let words = kin[noun] ?? [noun]
        return organizations.filter { organization in
            organization.name.lowercased().split(separator: " ").contains { words.contains(String($0)) }
        }.max { $0.lastMention < $1.lastMention }?.name
    }

    mutating func addCandidate(_ name: String) {
        if !name.isEmpty { candidateNames[name.lastWord] = name }
    }

    /// The full form of a one-word name among the candidates (`Moroz` → `Halina Moroz`).
    func fullCandidate(for surname: String) -> String? {
        candidateNames[Substring(surname)]
    }

    mutating func markSubject(_ index: Int, at offset: Int) {
        people[index].lastSubjectMention = max(people[index].lastSubjectMention, offset)
    }

    /// The person most recently the subject of a sentence before `offset`, of a gender that fits.
    func mostRecentSubject(before offset: Int, gender: Gender?) -> Int? {
        var best: Int?
        for (index, person) in people.enumerated()
        where person.lastSubjectMention >= 0 && person.lastSubjectMention < offset {
            if let gender, let known = person.gender, known != gender { continue }
            if best == nil || people[best!].lastSubjectMention < person.lastSubjectMention { best = index }
        }
        return best
    }

    /// Exact names → person; last words → people (for `Tobolin` → `Yuri Tobolin`).
    private var byName: [String: Int] = [:]
    private var bySurname: [Substring: [Int]] = [:]

    /// Registers a mention of `name` at `offset`; returns the person's index.
    @discardableResult
    mutating func mention(_ name: String, at offset: Int, gender: Gender? = nil, role: String? = nil) -> Int {
        var name = name
        if !name.utf8.contains(0x20), find(name) == nil, let full = fullCandidate(for: name) { name = full }
        let index: Int
        if let found = find(name) {
            index = found
            if name.split(separator: " ").count > people[index].name.split(separator: " ").count {
                people[index].name = name
                byName[name] = index
            }
        } else {
            people.append(Person(name: name, gender: nil, lastMention: offset))
            index = people.count - 1
            byName[name] = index
            if !name.isEmpty { bySurname[name.lastWord, default: []].append(index) }
        }
        people[index].lastMention = max(people[index].lastMention, offset)
        if people[index].gender == nil {
            people[index].gender = gender ?? Self.gender(ofFirstName: name)
        }
        if let role, !role.isEmpty, !people[index].roles.contains(role) {
            people[index].roles.append(role)
            if people[index].gender == nil {
                if role.split(separator: " ").contains(where: { Lexicon.femaleRoles.contains(String($0)) }) {
                    people[index].gender = .female
                } else if role.split(separator: " ").contains(where: { Lexicon.maleRoles.contains(String($0)) }) {
                    people[index].gender = .male
                }
            }
        }
        return index
    }

    /// The person `name` refers to: the same name, or a fuller one ending with it (`Tobolin` → `Yuri Tobolin`),
    /// or a shorter one it extends (the same first and last words).
    func find(_ name: String) -> Int? {
        if let index = byName[name] { return index }
        let words = name.split(separator: " ")
        guard let last = words.last, let candidates = bySurname[last] else { return nil }
        var best: Int?
        for index in candidates {
            let personWords = people[index].name.split(separator: " ")
            if words.count == 1 || personWords.count == 1 || personWords.first == words.first {
                if best == nil || people[best!].lastMention < people[index].lastMention { best = index }
            }
        }
        return best
    }

    /// The person most recently mentioned before `offset` whose gender does not contradict `gender`.
    func mostRecent(before offset: Int, gender: Gender?) -> Int? {
        var best: Int?
        for (index, person) in people.enumerated() where person.lastMention < offset {
            if let gender, let known = person.gender, known != gender { continue }
            if best == nil || people[best!].lastMention < person.lastMention { best = index }
        }
        return best
    }

    /// The person introduced with a role matching `phrase` (`palace spokesman`, `president`, `foreign minister`,
    /// `head of the foreign ministry`, `the Drevanian leader`): the head of the phrase (or a synonym) must be in
    /// one of the person's roles; qualifiers that are not role words (`valdoran`, `qatari`) must not contradict
    /// the person's own (a Casmiran minister is not the Valdoran one); the best-matching, then most recent, wins.
    func person(withRole phrase: String) -> Int? {
        var words = phrase.split(separator: " ").map(String.init).filter {
            !["the", "a", "an", "its", "his", "her", "their"].contains($0)
        }
        var head: String?
        // `head of the foreign ministry` → `foreign minister`; `chief of the general staff` → head `chief`.
        if let of = words.firstIndex(of: "of"), of > 0 {
            let before = Array(words[..<of])
            let after = words[(of + 1)...].map { $0 == "ministry" ? "minister" : $0 }
            if ["head", "chief"].contains(before.last ?? ""), after.last == "minister" {
                words = after
            } else {
                head = before.first(where: { Lexicon.roleHeads.contains($0) })
                words = before + after
            }
        }
        guard let found = head ?? words.last(where: { Lexicon.roleHeads.contains($0) }) else { return nil }
        let synonyms: [String: [String]] = [
            "chief": ["chief", "head", "commander", "leader", "director"],
            "head": ["head", "chief", "leader", "director"],
            "spokesman": ["spokesman", "spokeswoman", "spokesperson"], "spokeswoman": ["spokeswoman", "spokesperson"],
            "leader": ["leader", "president", "premier", "chancellor", "prime", "head", "chief"],
            "premier": ["premier", "prime"],
        ]
        let heads = synonyms[found] ?? [found]
        let qualifiers = words.filter { $0 != found && !heads.contains($0) }
        let origins = qualifiers.filter { !Lexicon.roleWords.contains($0) }
        var best: (index: Int, score: Int)?
        for (index, person) in people.enumerated() {
            for role in person.roles {
                let roleWords = Set(role.split(separator: " ").map(String.init))
                guard heads.contains(where: { roleWords.contains($0) }) else { continue }
                // `the president` is not the vice president, `the minister` not the deputy minister.
                if ["vice", "deputy", "former", "acting"].contains(where: {
                    roleWords.contains($0) && !qualifiers.contains($0)
                }) {
                    continue
                }
                // `the foreign minister` is not the prime minister.
                let portfolios = qualifiers.filter { Lexicon.portfolios.contains($0) }
                if !portfolios.isEmpty, roleWords.contains(where: { Lexicon.portfolios.contains($0) }),
                    !portfolios.contains(where: { roleWords.contains($0) })
                {
                    continue
                }
                // `the Valdoran foreign minister` is not the Casmiran one.
                let personOrigins = roleWords.filter {
                    !Lexicon.roleWords.contains($0) && !Lexicon.phraseBreakers.contains($0)
                }
                if !origins.isEmpty, !personOrigins.isEmpty, !origins.contains(where: { personOrigins.contains($0) }) {
                    continue
                }
                let score = qualifiers.filter { roleWords.contains($0) }.count * 10 + (person.lastMention > 0 ? 1 : 0)
                if best == nil || score > best!.score
                    || (score == best!.score && person.lastMention > people[best!.index].lastMention)
                {
                    best = (index, score)
                }
            }
        }
        return best?.index
    }

    func name(_ index: Int) -> String { people[index].name }
    func gender(_ index: Int) -> Gender? { people[index].gender }
    func roles(_ index: Int) -> [String] { people[index].roles }

    static func gender(ofFirstName name: String) -> Gender? {
        guard !name.isEmpty else { return nil }
        let first = String(name.firstWord)
        if Lexicon.femaleNames.contains(first) { return .female }
        if Lexicon.maleNames.contains(first) { return .male }
        return nil
    }
}
