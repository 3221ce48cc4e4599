/// Resolves a transcript's labels to speakers, each label once per document.
///
/// - A questioner (`Q`, `QUESTION`, `AFP`) is stored as such (speaker kind `questioner`), never as an official.
/// - `A` is the interviewee: the first person the title or the opening lines name.
/// - A surname (`MR. EARNEST`, `PRESIDENT OBAMA`, `Mr. NEBENZIA (Russian Federation)`) becomes the full name the
///   title or opening lines give it (`Press Briefing by Press Secretary Josh Earnest`), else the one holder of an
///   office in the office table with that surname (in office on the date first), else a full name the document
///   gives it, else the aliases' person with that surname, else the surname itself.
/// - A role alone (`THE PRESIDENT`, `SENIOR ADMINISTRATION OFFICIAL`) is the person a header line or the title names
///   in that role, else the office's holder on the date in the transcript's country (`THE PRESIDENT` in a 2014 White
///   House transcript is Barack Obama), else the role as a label (speaker kind `role`). In a council record
///   (labels carry a delegation: `Mr. NEBENZIA (Russian Federation)`), `The President` is the council's presiding
///   member, never a head of state.
struct TurnResolver {
    struct Resolution {
        var speaker: String?
        /// `person`, `questioner`, `role`.
        var kind: EntityKind
        var confidence: Double
        /// Why, for `parley quotes --explain`.
        var reason: String
    }

    /// A person named in the title, source or text, with the office words just before the name.
    struct NamedPerson {
        var name: String
        /// Folded last word.
        var surname: String
        /// Upper case: `PRESS SECRETARY`, `PRESIDENT`.
        var office: [String]
        /// The office words after the name and a comma (`Marek Dunst, Spokesperson for the Secretary-General`).
        var trailingOffice: [String] = []
    }

    /// How many paragraphs are read for the full names of surnames the title and the office table do not give.
    static let introducingParagraphs = 40

    /// A surname the label and the title or the office table complete: the surest resolution.
    static let namedConfidence = 0.99
    /// A surname completed from a name elsewhere in the document, or kept alone.
    static let surnameConfidence = 0.95
    /// A role resolved through the office table, or kept as a role label.
    static let roleConfidence = 0.9
    /// An `A` whose interviewee nobody names.
    static let unresolvedConfidence = 0.5

    let bytes: UnsafeBufferPointer<UInt8>
    let paragraphs: [ByteSpan]
    let lexed: [[LexToken]]
    let date: String?
    let headers: [String: String]
    let isCouncil: Bool
    let gazetteer: Gazetteer
    let offices: OfficeHolders
    /// People the title, the source and the paragraphs before the first turn name.
    let heading: [NamedPerson]
    /// The country whose offices `THE PRESIDENT` and `THE PRESS SECRETARY` hold: from the source and title
    /// (`The White House` → United States, `Valdoran Ministry of Foreign Affairs` → Valdora).
    let country: String?
    /// People named anywhere in the document, built on first use.
    private var document: [NamedPerson]?
    private var resolved: [String: Resolution] = [:]

    init(
        bytes: UnsafeBufferPointer<UInt8>, paragraphs: [ByteSpan], lexed: [[LexToken]], opening: Range<Int>,
        title: String, source: String?, date: String?, headers: [String: String], isCouncil: Bool,
        gazetteer: Gazetteer, offices: OfficeHolders
    ) {
        self.bytes = bytes
        self.paragraphs = paragraphs
        self.lexed = lexed
        self.date = date
        self.headers = headers
        self.isCouncil = isCouncil
        self.gazetteer = gazetteer
        self.offices = offices
        var heading: [NamedPerson] = []
        var headingWords: [[String]] = []
        for line in [title, source ?? ""] where !line.isEmpty {
            var copy = line
            copy.withUTF8 { lineBytes in
                let tokens = ArticleLexer.tokens(in: lineBytes, span: ByteSpan(0, lineBytes.count))
                heading += Self.people(in: lineBytes, tokens: tokens)
                headingWords.append(tokens.filter { $0.kind == .word }.map { Self.word(lineBytes, $0) })
            }
        }
        for index in opening where index < lexed.count {
            heading += Self.people(in: bytes, tokens: lexed[index])
            headingWords.append(lexed[index].filter { $0.kind == .word }.map { Self.word(bytes, $0) })
        }
        self.heading = heading
        country = Self.country(in: headingWords, offices: offices, gazetteer: gazetteer)
    }

    mutating func resolve(_ label: TurnLabel) -> Resolution {
        let key = label.affiliation.map { label.key + "\u{1F}" + $0 } ?? label.key
        if let known = resolved[key] { return known }
        let resolution = resolveOnce(label)
        resolved[key] = resolution
        return resolution
    }

    private mutating func resolveOnce(_ label: TurnLabel) -> Resolution {
        switch label.role {
        case .questioner:
            // `Bloomberg (Ansel Varro)`, `Question (Harwick Chronicle)`: the parenthesis names who asks, unless it
            // says to whom (`Question (addressed to both ministers)`).
            // `Question (Ilona Marsh, Meridian Monitor)`: the person before the outlet; `Eero Saarnio (Estrava
            // Telegraph)`: the reporter in the label.
            let parenthesis = label.affiliation.flatMap {
                $0.unicodeScalars.first?.properties.isUppercase == true ? $0 : nil
            }
            let asker =
                label.isFullName && label.affiliation != nil
                ? label.name.joined(separator: " ")
                : parenthesis.map { String(($0.split(separator: ",").first ?? Substring($0)).drop { $0 == " " }) }
            return Resolution(
                speaker: asker ?? label.text, kind: .questioner, confidence: Self.namedConfidence,
                reason: "a questioner (a reporter or an outlet), never an official")
        case .answerer:
            // The interviewee: a person named with an office (`Colonel Ines Marwood, deputy head of…`) first.
            if let person = heading.first(where: { !$0.office.isEmpty || !$0.trailingOffice.isEmpty }) ?? heading.first
            {
                return Resolution(
                    speaker: gazetteer.canonical(person.name), kind: .person,
                    confidence: Self.namedConfidence,
                    reason: "the interviewee: the first person the title or opening names")
            }
            return Resolution(
                speaker: nil, kind: .person, confidence: Self.unresolvedConfidence,
                reason: "an interview's answers, but neither the title nor the opening names the interviewee")
        case .speaker:
            break
        }
        if label.isFullName {
            let name = label.name.joined(separator: " ")
            return Resolution(
                speaker: gazetteer.canonical(name), kind: .person, confidence: Self.namedConfidence,
                reason: "the full name in the label")
        }
        if let surname = label.name.last {
            return resolve(
                surname: surname, office: label.titleWords, initial: label.name.count > 1 ? label.name[0] : nil)
        }
        // `Moderator (Rémi Aubrel)`: a role and, in parentheses, the person who holds it (not a delegation's country).
        if let affiliation = label.affiliation, Self.isPersonName(affiliation, offices: offices, gazetteer: gazetteer) {
            return Resolution(
                speaker: gazetteer.canonical(affiliation), kind: .person, confidence: Self.namedConfidence,
                reason: "‘\(affiliation)’, named in the label")
        }
        return resolve(role: label)
    }

    /// `Rémi Aubrel`: two to four capitalised words that name no country or organisation.
    static func isPersonName(_ text: String, offices: OfficeHolders, gazetteer: Gazetteer) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        guard (2...4).contains(words.count),
            words.allSatisfy({
                $0.unicodeScalars.first?.properties.isUppercase == true || TurnLabel.particles.contains($0)
            })
        else { return false }
        let upper = words.map { $0.uppercased() }
        if upper.contains(where: { organisationWords.contains($0) || TurnLabel.officeWords.contains($0) }) {
            return false
        }
        if offices.country(named: text) != nil { return false }
        if let (entry, length) = gazetteer.match(words, at: 0), length == words.count, entry.kind != .person {
            return false
        }
        return !TurnLabel.isOutlet(upper)
    }

    /// `MR. EARNEST` → `Josh Earnest`; `O. Halynsky` → `Oleksiy Halynsky` (a full name that fits the initial).
    private mutating func resolve(surname: String, office: [String], initial: String? = nil) -> Resolution {
        let folded = NameFolding.fold(surname)
        func fits(_ name: String) -> Bool { initial.map { Self.sameFirstName($0, name) } ?? true }
        let named = heading.first { $0.surname == folded && fits($0.name) }
        let holder = officeHolder(surname: folded, office: office).flatMap { fits($0.person) ? $0 : nil }
        // The title and the table agree on the first name (the table's spelling wins: `R. Gibbs` is Robert Gibbs),
        // or the title names someone else with that surname (`Remarks by First Lady Michelle Obama`).
        if let named, let holder, Self.sameFirstName(named.name, holder.person) || named.name == holder.person {
            return Resolution(
                speaker: gazetteer.canonical(holder.person), kind: .person, confidence: Self.namedConfidence,
                reason: "‘\(holder.person)’, as the title names them and the office table has them (\(holder.office))")
        }
        if let named {
            return Resolution(
                speaker: gazetteer.canonical(named.name), kind: .person, confidence: Self.namedConfidence,
                reason: "‘\(named.name)’, as the title or the opening lines name them")
        }
        if let holder {
            return Resolution(
                speaker: gazetteer.canonical(holder.person), kind: .person, confidence: Self.namedConfidence,
                reason: "‘\(holder.person)’, \(holder.country) \(holder.office) in the office table")
        }
        if document == nil {
            // The first paragraphs, where a transcript introduces its speakers (`I now give the floor to Mr. Ivo
            // Korvan`); a whole long briefing costs more than it finds.
            document = lexed.prefix(Self.introducingParagraphs).indices.flatMap {
                Self.people(in: bytes, tokens: lexed[$0])
            }
        }
        if let person = document?.first(where: { $0.surname == folded && fits($0.name) }) {
            return Resolution(
                speaker: gazetteer.canonical(person.name), kind: .person, confidence: Self.surnameConfidence,
                reason: "‘\(person.name)’, the full name the transcript gives that surname")
        }
        let canonical = gazetteer.canonical(surname)
        if canonical != surname {
            return Resolution(
                speaker: canonical, kind: .person, confidence: Self.surnameConfidence,
                reason: "‘\(canonical)’, the aliases' person with that surname")
        }
        let written = (initial.map { [$0] } ?? []) + [surname]
        return Resolution(
            speaker: written.joined(separator: " "), kind: .person, confidence: Self.surnameConfidence,
            reason: "the name in the label: nothing in the title, the text or the office table gives a full name")
    }

    /// `THE PRESIDENT` → the holder; `SENIOR ADMINISTRATION OFFICIAL` → a role label.
    private func resolve(role label: TurnLabel) -> Resolution {
        if let name = headers[label.officeKey] {
            return Resolution(
                speaker: gazetteer.canonical(name), kind: .person, confidence: Self.namedConfidence,
                reason: "‘\(name)’, as the header line names the \(label.roleName.lowercased())")
        }
        let office = label.titleWords.first == "THE" ? Array(label.titleWords.dropFirst()) : label.titleWords
        if isCouncil, office == ["PRESIDENT"] {
            return Resolution(
                speaker: "President of the Council", kind: .role, confidence: Self.roleConfidence,
                reason: "the council's presiding member, whom no header line names")
        }
        if !office.isEmpty,
            let person = heading.first(where: {
                $0.office.suffix(office.count) == office[...] || $0.trailingOffice.prefix(office.count) == office[...]
            })
        {
            return Resolution(
                speaker: gazetteer.canonical(person.name), kind: .person, confidence: Self.namedConfidence,
                reason: "‘\(person.name)’, as the title or the opening lines name the \(label.roleName.lowercased())")
        }
        if let country, let date, let name = Self.officeName(office),
            let holder = offices.holder(country: country, office: name, on: date)
        {
            return Resolution(
                speaker: gazetteer.canonical(holder), kind: .person, confidence: Self.roleConfidence,
                reason: "‘\(holder)’, \(country) \(name) on \(date.prefix(10)) in the office table")
        }
        return Resolution(
            speaker: label.roleName, kind: .role, confidence: Self.roleConfidence,
            reason: "a role nobody in the transcript or the office table fills")
    }

    /// Whether two names share their first word, or one's first word is the other's initial (`R. Gibbs`).
    static func sameFirstName(_ a: String, _ b: String) -> Bool {
        guard let x = a.split(separator: " ").first.map({ NameFolding.fold(String($0)) }),
            let y = b.split(separator: " ").first.map({ NameFolding.fold(String($0)) })
        else { return false }
        if x == y { return true }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        return short.count <= 2 && short.hasSuffix(".") == (short.count == 2) && long.hasPrefix(String(short.prefix(1)))
    }

    /// The one person with that surname in the office table: in office on the date (and in that office, when the
    /// label names one) first, then at any time. A label's office must be the term's (`SECRETARY NAPOLITANO` is not
    /// Italy's president); without one, the term must be the transcript's country's when that is known.
    private func officeHolder(surname: String, office: [String]) -> OfficeHolders.Term? {
        let wanted = Self.officeName(office)
        let terms = offices.terms(surname: surname).filter { term in
            if let wanted { return term.office == wanted || wanted.hasSuffix(" " + term.office) }
            return country.map { term.country == $0 } ?? true
        }
        guard !terms.isEmpty else { return nil }
        var pools: [[OfficeHolders.Term]] = []
        if let date, date.count >= 10 {
            let day = String(date.prefix(10))
            let current = terms.filter { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }
            if let wanted { pools.append(current.filter { $0.office == wanted }) }
            pools.append(current)
        }
        pools.append(terms)
        for pool in pools where !pool.isEmpty {
            let people = Set(pool.map(\.person))
            if people.count == 1 { return pool.first }
            if people.count > 1 { return nil }
        }
        return nil
    }

    /// The office table's name for an office a label names: `PRESIDENT` → `president`, `SECRETARY OF STATE` →
    /// `foreign minister`.
    static func officeName(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        let phrase = words.joined(separator: " ").lowercased()
        let synonyms = [
            "secretary of state": "foreign minister", "foreign secretary": "foreign minister",
            "minister of foreign affairs": "foreign minister", "premier": "prime minister",
            "national security advisor": "national security adviser", "secretary general": "secretary-general",
            "white house press secretary": "press secretary",
        ]
        return synonyms[phrase] ?? phrase
    }

    /// The country of a transcript's title and source alone (for the roles its quotations name).
    static func country(title: String, source: String?, offices: OfficeHolders, gazetteer: Gazetteer) -> String? {
        var lines: [[String]] = []
        for line in [title, source ?? ""] where !line.isEmpty {
            var copy = line
            copy.withUTF8 { bytes in
                lines.append(
                    ArticleLexer.tokens(in: bytes, span: ByteSpan(0, bytes.count)).filter { $0.kind == .word }
                        .map { word(bytes, $0) })
            }
        }
        return country(in: lines, offices: offices, gazetteer: gazetteer)
    }

    /// The transcript's country: a house (`White House`, `Kremlin`) or a country or demonym the office table or the
    /// gazetteer knows, in the source first, then the title, then the opening lines.
    static func country(in lines: [[String]], offices: OfficeHolders, gazetteer: Gazetteer) -> String? {
        let houses = [
            ["White", "House"]: "United States", ["State", "Department"]: "United States",
            ["Department", "of", "State"]: "United States", ["Kremlin"]: "Russia", ["Élysée"]: "France",
            ["Elysee"]: "France", ["Downing", "Street"]: "United Kingdom", ["Zhongnanhai"]: "China",
        ]
        // The source is the second line when there is one: try it first.
        let ordered = lines.count > 1 ? [lines[1], lines[0]] + lines.dropFirst(2) : lines
        for words in ordered {
            for (index, word) in words.enumerated() {
                for (house, country) in houses
                where house.first == word && index + house.count <= words.count
                    && Array(words[index..<(index + house.count)]) == house
                {
                    return country
                }
            }
            for (index, word) in words.enumerated() {
                guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
                // `Meridian Union`, `United Nations`: a name of two words first.
                func holdsOffices(_ country: String) -> Bool {
                    ["president", "prime minister", "secretary-general"].contains {
                        offices.knows(country: country, office: $0)
                    }
                }
                if index + 1 < words.count {
                    let pair = [word, words[index + 1]]
                    if let country = offices.country(named: pair.joined(separator: " ")) { return country }
                    if let (entry, length) = gazetteer.match(pair, at: 0), length == 2, entry.kind != .person,
                        holdsOffices(entry.canonical)
                    {
                        return entry.canonical
                    }
                }
                if let country = offices.country(named: word) { return country }
                if let country = gazetteer.country(named: word), holdsOffices(country) { return country }
            }
        }
        return nil
    }

    /// People named in `tokens`: runs of capitalised words with no office or heading word inside, two words at
    /// least, with the office words just before them (`Press Secretary Josh Earnest` → `Josh Earnest`, office
    /// `PRESS SECRETARY`).
    static func people(in bytes: UnsafeBufferPointer<UInt8>, tokens: [LexToken]) -> [NamedPerson] {
        var result: [NamedPerson] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized else {
                index += 1
                continue
            }
            // A run of capitalised words, one space apart.
            var run = [index]
            var next = index + 1
            while next < tokens.count, tokens[next].kind == .word, tokens[next].isCapitalized,
                tokens[next].range.lowerBound == tokens[next - 1].range.upperBound + 1,
                bytes[tokens[next - 1].range.upperBound] == 0x20
            {
                run.append(next)
                next += 1
            }
            index = next
            var office: [String] = []
            var name: [String] = []
            func flush() {
                // `Education Arne Duncan` (Secretary of Education), `Commnications Ben Rhodes`: three words or more
                // are a portfolio or a misspelt office and a name, unless the middle one is an initial.
                if name.count >= 3, !(name.count == 3 && name[1].count <= 2) { name = Array(name.suffix(2)) }
                if name.count == 2, Self.isMisspeltOffice(name[0]) { name.removeFirst() }
                if name.count >= 2, name.count <= 4, let last = name.last,
                    !TurnLabel.isOutlet(name.map { $0.uppercased() })
                {
                    result.append(
                        NamedPerson(
                            name: name.joined(separator: " "), surname: NameFolding.fold(last),
                            office: office))
                }
                name = []
            }
            for position in run {
                let word = Self.word(bytes, tokens[position])
                let upper = word.uppercased().filter { $0 != "." }
                if Self.organisationWords.contains(upper) {
                    name = []  // `Veyra Monitoring Mission`: the words before were an organisation's name
                    office = []
                } else if TurnLabel.officeWords.contains(upper) || TurnLabel.honorifics.contains(upper) {
                    flush()
                    if TurnLabel.officeWords.contains(upper) { office.append(upper) }
                } else if Self.headingWords.contains(upper) || TurnLabel.stopWords.contains(upper) {
                    flush()
                    office = []
                } else {
                    // `Spokesperson Maksym Obolyn's Regular Press Conference`: the name without its possessive.
                    var bare = word.count > 1 && TurnLabel.isCapitals(word) ? TurnLabel.naturalCase(word) : word
                    let isPossessive = bare.hasSuffix("'s") || bare.hasSuffix("’s")
                    if isPossessive { bare.removeLast(2) }
                    if name.isEmpty, office.isEmpty {
                        office = Self.officeBefore(run: position, in: bytes, tokens: tokens)
                    }
                    name.append(bare)
                    if isPossessive {
                        flush()
                        office = []
                    }
                }
            }
            flush()
            // `Marek Dunst, Spokesperson for the Secretary-General`: the office after the name.
            if let person = result.last, person.trailingOffice.isEmpty, let lastWord = run.last,
                lastWord + 2 < tokens.count, tokens[lastWord + 1].kind == .punctuation(0x2C),
                person.name.hasSuffix(Self.word(bytes, tokens[lastWord]))
            {
                var words: [String] = []
                var next = lastWord + 2
                while next < tokens.count, tokens[next].kind == .word {
                    let upper = Self.word(bytes, tokens[next]).uppercased()
                    guard TurnLabel.officeWords.contains(upper) else { break }
                    words.append(upper)
                    next += 1
                }
                result[result.count - 1].trailingOffice = words
            }
        }
        return result
    }

    /// The office words just before a name that starts a run: `the Ministry's spokesperson, Danica Vrabel`,
    /// `moderated by Henrik Falk` (a moderator).
    static func officeBefore(run start: Int, in bytes: UnsafeBufferPointer<UInt8>, tokens: [LexToken]) -> [String] {
        var index = start - 1
        if index >= 0, tokens[index].kind == .punctuation(0x2C) { index -= 1 }
        if index >= 1, tokens[index].kind == .word, word(bytes, tokens[index]).lowercased() == "by",
            tokens[index - 1].kind == .word,
            ["moderated", "chaired"].contains(word(bytes, tokens[index - 1]).lowercased())
        {
            return word(bytes, tokens[index - 1]).lowercased() == "moderated" ? ["MODERATOR"] : ["CHAIR"]
        }
        var words: [String] = []
        while index >= 0, tokens[index].kind == .word, words.count < 4 {
            var upper = word(bytes, tokens[index]).uppercased()
            if upper.hasSuffix("'S") || upper.hasSuffix("’S") { break }
            upper = upper.filter { $0 != "." }
            guard TurnLabel.officeWords.contains(upper), upper != "THE", upper != "OF", upper != "FOR" else { break }
            words.insert(upper, at: 0)
            index -= 1
        }
        return words
    }

    /// Words that make the capitalised words before them an organisation's name, not a person's.
    static let organisationWords: Set<String> = [
        "MISSION", "UNION", "MINISTRY", "COMMITTEE", "REPUBLIC", "KINGDOM", "FEDERATION", "EMBASSY", "GOVERNMENT",
        "ASSEMBLY", "AGENCY", "BANK", "FUND", "PARTY", "ORGANIZATION", "ORGANISATION", "COMMISSION", "PARLIAMENT",
        "COURT", "FORCES", "ARMY", "INSTITUTE", "UNIVERSITY", "FOUNDATION", "CENTER", "CENTRE", "SECRETARIAT",
        "ALLIANCE", "CORPORATION", "COMPANY", "GROUP", "NEWS", "BULLETIN", "CHRONICLE", "OBSERVER", "TIMES", "POST",
    ]

    /// `Ambasssador`, `Secetary`: a long word within two edits of an office word is that office, misspelt.
    static func isMisspeltOffice(_ word: String) -> Bool {
        let upper = Array(word.uppercased().unicodeScalars)
        guard upper.count >= 7 else { return false }
        return misspellable.contains { office in
            abs(office.count - upper.count) <= 2 && editDistance(upper, office, limit: 2) <= 2
        }
    }

    private static let misspellable = TurnLabel.officeWords.filter { $0.count >= 7 }.map { Array($0.unicodeScalars) }

    /// Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }  // non-empty: b.count + 1 elements
            previous = current
        }
        return previous[b.count]
    }

    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ token: LexToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
    }

    /// Capitalised words of titles that are no names (`Press Briefing`, `Remarks … After Meeting`).
    static let headingWords: Set<String> = [
        "BRIEFING", "BRIEFINGS", "CONFERENCE", "REMARKS", "INTERVIEW", "STATEMENT", "TRANSCRIPT", "MEETING",
        "GAGGLE", "CALL", "ON", "BY", "WITH", "AND", "AFTER", "BEFORE", "AT", "IN", "TO", "A", "AN", "REGULAR",
        "JOINT", "NEWS", "QUESTIONS", "ANSWERS", "ABOARD", "EN", "ROUTE", "AIR", "FORCE", "ONE", "WHITE", "HOUSE",
        "OFFICE", "VIA", "TELECONFERENCE", "ON-THE-RECORD", "DAILY", "WEEKLY", "PRESS", "MEDIA", "RELEASE",
        "READOUT", "EXCERPTS", "FULL", "TEXT", "QUESTION", "RESPONSE", "RESPONSES", "CONVERSATION",
        "DISCUSSION", "SESSION", "HEARING", "RECORD", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
        "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
        "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "ROOM", "BRADY", "ROOSEVELT", "EAST", "WEST", "SOUTH",
        "NORTH", "LAWN", "GARDEN", "ROSE", "OVAL", "WING", "OF", "FOR", "THE", "HIS", "HER", "ITS", "THEIR",
        "REPUBLIC", "KINGDOM", "FEDERATION", "UNION", "STATES", "MINISTRY", "DEPARTMENT", "EMBASSY", "MISSION",
        "GOVERNMENT", "AFFAIRS", "FOREIGN", "PRESIDENTIAL", "ADMINISTRATION", "OFFICIALS", "SENIOR", "COUNCIL",
        "SECURITY", "NATIONS", "UNITED", "GENERAL", "ASSEMBLY", "SUMMIT", "VISIT", "TRIP", "TOUR", "THANK",
        "THANKS", "GOOD", "MORNING", "AFTERNOON", "EVENING", "HELLO", "WELCOME", "YES", "NO", "OKAY", "WELL",
        "ALL", "RIGHT", "SO", "BUT", "NOW", "THIS", "THAT", "I", "WE", "YOU", "HE", "SHE", "IT", "THEY", "END",
        "P.M", "A.M", "EDT", "EST", "PM", "AM", "UTC", "GMT",
    ]
}
