/// A speaker label opening a paragraph of a transcript: `MR. EARNEST:`, `Q` (White House, no colon), `QUESTION:`,
/// `Sergey Lavrov:`, `AFP:`, `Mr. NEBENZIA (Russian Federation):`, `PRIME MINISTER ABE:`.
///
/// ``parse(_:paragraph:)`` reads only the paragraph's first ``maximumBytes`` bytes: a label is a few words, then a
/// colon and a space (or the paragraph's end). Whether a document is a transcript is decided over all its labels
/// (``Transcript``), never from one paragraph.
struct TurnLabel: Equatable {
    enum Role: Equatable {
        /// A reporter or interviewer: `Q`, `QUESTION`, `INTERVIEWER`, a news outlet (`AFP`, `China Daily`).
        case questioner
        /// The interviewee of a `Q:`/`A:` interview: `A`, `ANSWER`.
        case answerer
        /// Anybody else: an official, a delegate, a moderator.
        case speaker
    }

    /// As written, without the colon: `MR. EARNEST`.
    var text: String
    /// UTF-8 offset in the document where the turn's own words start (after the colon and its spaces).
    var textStart: Int
    /// The label however it is written: upper case, no periods, single spaces, no affiliation (`MR EARNEST`).
    var key: String
    /// Every cased letter is a capital (`McDONOUGH` and `LaHOOD` count: their prefix is a name's own case).
    var isAllCaps: Bool
    /// `MR`, `MS`, `DR` (upper case, no period) when the label starts with one.
    var honorific: String?
    /// The office words before the name, upper case: `PRESIDENT`, `PRIME MINISTER`, `THE VICE PRESIDENT`.
    var titleWords: [String]
    /// The name in natural case: `Earnest`, `McDonough`, `Sergey Lavrov`; empty for a role alone (`THE PRESIDENT`).
    var name: [String]
    /// `Russian Federation` in `Mr. NEBENZIA (Russian Federation)`.
    var affiliation: String?
    var role: Role
    /// A word no speaker label holds (`Note`, `Update`, `Source`): such a paragraph is prose.
    var isStopLabel: Bool

    /// Labels are short: this many bytes, at most, before the colon.
    static let maximumBytes = 90
    /// And this many words, at most (`DEPUTY NATIONAL SECURITY ADVISOR FOR STRATEGIC COMMUNICATIONS RHODES`).
    static let maximumWords = 8

    /// The label at the start of `paragraph`, or `nil` when the paragraph does not open with one. `known` keeps the
    /// labels already read in the document by their written form: a briefing repeats a few labels hundreds of times.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, paragraph: ByteSpan, known: inout [String: TurnLabel?])
        -> TurnLabel?
    {
        let start = paragraph.lowerBound, end = paragraph.upperBound
        guard start < end else { return nil }
        // White House transcripts: `Q` and a space (or the paragraph alone), no colon; sometimes glued to the
        // question (`QCan you address…`: no English word starts with a capital Q and another capital).
        if bytes[start] == 0x51,
            start + 1 == end || bytes[start + 1] == 0x20
                || start + 2 < end && bytes[start + 1] &- 0x41 < 26 && bytes[start + 2] &- 0x61 < 26
        {
            var textStart = start + 1
            while textStart < end, bytes[textStart] == 0x20 { textStart += 1 }
            return TurnLabel(
                text: "Q", textStart: textStart, key: "Q", isAllCaps: true, honorific: nil, titleWords: [], name: [],
                affiliation: nil, role: .questioner, isStopLabel: false)
        }
        // Interviews: `Q.` / `A.` (or `Q —`) and a space.
        if bytes[start] == 0x51 || bytes[start] == 0x41, start + 2 < end, bytes[start + 1] == 0x2E,
            bytes[start + 2] == 0x20,
            !(start + 3 < end && ArticleLexer.startsUppercase(at: start + 3, in: bytes, end: end)
                && Self.hasColonSoon(bytes, from: start + 3, end: end))
        {
            var textStart = start + 2
            while textStart < end, bytes[textStart] == 0x20 { textStart += 1 }
            let isQuestion = bytes[start] == 0x51
            return TurnLabel(
                text: isQuestion ? "Q" : "A", textStart: textStart, key: isQuestion ? "Q" : "A", isAllCaps: true,
                honorific: nil, titleWords: [], name: [], affiliation: nil, role: isQuestion ? .questioner : .answerer,
                isStopLabel: false)
        }
        guard ArticleLexer.startsUppercase(at: start, in: bytes, end: end) else { return nil }
        // The colon: only letters, spaces, periods, apostrophes, hyphens and a parenthesis may come before it.
        var colon = -1
        var depth = 0
        var index = start
        let limit = min(end, start + maximumBytes)
        scan: while index < limit {
            let byte = bytes[index]
            switch byte {
            case 0x3A:
                if depth == 0 {
                    colon = index
                    break scan
                }
                return nil
            case 0x28: depth += 1
            case 0x29:
                depth -= 1
                if depth < 0 { return nil }
            case 0x30...0x39: if depth == 0 { return nil }  // `10:30 a.m.`, `Article 5:`: not a speaker
            case 0x20, 0x2E, 0x27, 0x2D, 0x2C, 0x26, 0x2F, 0x41...0x5A, 0x61...0x7A: break
            case 0x80...: break  // letters beyond ASCII, `’`
            default: return nil  // quotation marks, `?`, `;`, `!`: a sentence, not a label
            }
            index += 1
        }
        guard colon > start, depth == 0 else { return nil }
        var textStart = colon + 1
        // `http:` is no label; `MR. SCHULTZ:Okay` (the space lost) is, when the label is an official's in capitals.
        let isGlued = textStart < end && bytes[textStart] != 0x20 && bytes[textStart] != 0x09
        guard !isGlued || ArticleLexer.startsUppercase(at: textStart, in: bytes, end: end) else { return nil }
        while textStart < end, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 { textStart += 1 }
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
        let parsed: TurnLabel?
        if let cached = known[written] {
            parsed = cached
        } else {
            parsed = TurnLabel(written: written, textStart: 0)
            known[written] = .some(parsed)
        }
        guard var label = parsed else { return nil }
        label.textStart = textStart
        if isGlued, !(label.isAllCaps && (label.honorific != nil || !label.titleWords.isEmpty)) { return nil }
        return label
    }

    /// Whether a colon follows within a label's length and before any sentence punctuation (`A. Corvellan: …` is an
    /// initial and a surname, not an interview's answer).
    static func hasColonSoon(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Bool {
        var index = start
        while index < min(end, start + 40) {
            switch bytes[index] {
            case 0x3A: return true
            case 0x2C, 0x3F, 0x21, 0x3B: return false
            case 0x2E where index + 1 < end && bytes[index + 1] == 0x20 && index - start > 2: return false
            default: index += 1
            }
        }
        return false
    }

    init(
        text: String, textStart: Int, key: String, isAllCaps: Bool, honorific: String?, titleWords: [String],
        name: [String], affiliation: String?, role: Role, isStopLabel: Bool
    ) {
        self.text = text
        self.textStart = textStart
        self.key = key
        self.isAllCaps = isAllCaps
        self.honorific = honorific
        self.titleWords = titleWords
        self.name = name
        self.affiliation = affiliation
        self.role = role
        self.isStopLabel = isStopLabel
    }

    /// Reads a label as written (`Mr. NEBENZIA (Russian Federation)`); `nil` when its words cannot be a label.
    init?(written: String, textStart: Int) {
        var head = Substring(written)
        while head.last == " " { head.removeLast() }
        var affiliation: String?
        // `(Russian Federation)`, `(spoke in French)`: the first parenthesis is the affiliation.
        if let open = head.firstIndex(of: "(") {
            let inside = head[head.index(after: open)...].prefix { $0 != ")" }
            affiliation = inside.trimmingSpaces()
            head = head[..<open]
            while head.last == " " { head.removeLast() }
        }
        // `T.Ibarrola`: an initial glued to the surname is two words.
        let words = head.split(separator: " ").flatMap { word -> [String] in
            let scalars = Array(word.unicodeScalars)
            if scalars.count > 3, scalars[1] == ".", scalars[0].properties.isUppercase,
                scalars[2].properties.isUppercase
            {
                return [String(word.prefix(2)), String(word.dropFirst(2))]
            }
            return [String(word)]
        }
        guard (1...Self.maximumWords).contains(words.count) else { return nil }
        var isAllCaps = true
        for (position, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first else { return nil }
            if !first.properties.isUppercase {
                // `Minister of Foreign Affairs`, `Ursula von der Leyen`: particles inside a name or an office.
                // `Press officer`, `Deputy spokesperson`: an office's words in lower case.
                guard position > 0,
                    position < words.count - 1 && Self.particles.contains(word)
                        || Self.officeWords.contains(word.uppercased())
                else { return nil }
                isAllCaps = false
                continue
            }
            if !Self.isCapitals(word) { isAllCaps = false }
        }
        let upper = words.map { $0.uppercased().replacingPeriods() }.filter { !$0.isEmpty }
        guard !upper.isEmpty else { return nil }
        text = String(head)
        self.textStart = textStart
        key = upper.joined(separator: " ")
        self.isAllCaps = isAllCaps
        self.affiliation = affiliation?.isEmpty == true ? nil : affiliation
        isStopLabel = upper.contains { Self.stopWords.contains($0) }
        var rest = upper[...]
        var written = words[...].filter { !$0.replacingPeriods().isEmpty }[...]
        honorific = nil
        if let first = rest.first, Self.honorifics.contains(first), rest.count > 1 {
            honorific = first
            rest = rest.dropFirst()
            written = written.dropFirst()
        }
        var titleWords: [String] = []
        // After an honorific, the rest is the name even when it is a word of office (`MR. KING`).
        if honorific == nil {
            while let first = rest.first, Self.officeWords.contains(first) {
                titleWords.append(first)
                rest = rest.dropFirst()
                written = written.dropFirst()
            }
        }
        self.titleWords = titleWords
        // `Mr. NEBENZIA`: a name written in capitals is given its natural case.
        name = written.map { $0.count > 1 && Self.isCapitals($0) ? Self.naturalCase($0) : $0 }
        if Self.questionerKeys.contains(key) || key.hasPrefix("Q ") || key.hasPrefix("QUESTION ") {
            role = .questioner
        } else if Self.answererKeys.contains(key) {
            role = .answerer
        } else if honorific == nil, titleWords.isEmpty, Self.isOutlet(upper) {
            role = .questioner
        } else if let affiliation = self.affiliation,
            Self.isOutlet(
                affiliation.split(separator: ",").last.map { $0.split(separator: " ").map { $0.uppercased() } } ?? [])
        {
            role = .questioner  // `Eero Saarnio (Estrava Telegraph)`: a reporter and their outlet
        } else {
            role = .speaker
        }
    }

    /// The office a label names, for header lines: `The President` and `President` are `PRESIDENT`.
    var officeKey: String {
        let words = titleWords.first == "THE" ? titleWords.dropFirst() : titleWords[...]
        return words.isEmpty ? key : words.joined(separator: " ")
    }

    /// A full name in the label (`Sergey Lavrov`, `Wang Wenbin`), not a surname alone nor an initial and a
    /// surname (`O. Halynsky`).
    var isFullName: Bool { name.count >= 2 && !name.dropLast().allSatisfy(Self.isInitial) }

    /// `O.`, `B`, `J.-P.`: a given name's initial.
    static func isInitial(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= 2 && (word.hasSuffix(".") || word.count == 1)
    }

    /// The label as a role label for a speaker nobody names: `SENIOR ADMINISTRATION OFFICIAL` → `Senior
    /// administration official`.
    var roleName: String {
        let words = titleWords.isEmpty ? key.split(separator: " ").map(String.init) : titleWords
        let kept = words.first == "THE" && words.count > 1 ? Array(words.dropFirst()) : words
        let lowered = kept.map { $0.lowercased() }.joined(separator: " ")
        return lowered.prefix(1).uppercased() + lowered.dropFirst()
    }

    /// `McDONOUGH` → `McDonough`, `LaHOOD` → `LaHood`, `O'BRIEN` → `O'Brien`, `REŽEK` → `Režek`,
    /// `WASSERMAN-SCHULTZ` → `Wasserman-Schultz`.
    static func naturalCase(_ word: String) -> String {
        var result = ""
        var startsPart = true
        var previous: Character?
        for character in word {
            if startsPart {
                result.append(contentsOf: character.uppercased())
            } else if previous != nil, character.isUppercase, Self.isPrefixBoundary(result) {
                result.append(character)  // `Mc|D`, `La|H`: keep the written capital after a name prefix
            } else {
                result.append(contentsOf: character.lowercased())
            }
            startsPart = character == "-" || character == "'" || character == "’"
            previous = character
        }
        return result
    }

    /// Whether `prefix` so far is a name prefix written in mixed case in all-caps labels (`Mc`, `Mac`, `La`, `De`).
    private static func isPrefixBoundary(_ prefix: String) -> Bool {
        ["Mc", "Mac", "La", "Le", "De", "Di", "Du", "Van"].contains(prefix)
    }

    /// Every cased letter is a capital, once a name prefix in its own case is set aside (`McDONOUGH`).
    static func isCapitals(_ word: String) -> Bool {
        var rest = Substring(word)
        for prefix in ["Mc", "Mac", "La", "Le", "De", "Di", "Du"]
        where rest.hasPrefix(prefix) && rest.count > prefix.count + 1 {
            let after = rest.dropFirst(prefix.count)
            if after.first?.isUppercase == true, after.dropFirst().first?.isUppercase == true {
                rest = after
                break
            }
        }
        return !rest.contains { $0.isLowercase }
    }

    /// A news outlet asking a question (`AFP`, `China Daily`, `Tamesk Bulletin`): a known one, or a name ending in
    /// a word outlets are named with.
    static func isOutlet(_ upperWords: [String]) -> Bool {
        let joined = upperWords.joined(separator: " ")
        if knownOutlets.contains(joined) { return true }
        guard upperWords.count >= 2, let last = upperWords.last else { return false }
        return outletEndings.contains(last)
    }

    static let honorifics: Set<String> = [
        "MR", "MS", "MRS", "MISS", "DR", "SIR", "DAME", "MADAM", "MADAME", "MME", "M", "MX", "PROF", "HE", "HON",
    ]

    /// Words of an office or a role before a name (`PRIME MINISTER ABE`) or alone (`SENIOR ADMINISTRATION OFFICIAL`).
    static let officeWords: Set<String> = [
        "THE", "PRESIDENT", "VICE", "PRIME", "MINISTER", "FOREIGN", "SECRETARY", "GENERAL", "AMBASSADOR", "ADMIRAL",
        "SENATOR", "SEN", "REPRESENTATIVE", "REP", "CONGRESSMAN", "CONGRESSWOMAN", "GOVERNOR", "GOV", "DIRECTOR",
        "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "ADMINISTRATOR", "UNDER", "DEPUTY", "ASSISTANT", "SPOKESPERSON",
        "SPOKESMAN", "SPOKESWOMAN", "PRESS", "CHANCELLOR", "KING", "QUEEN", "EMIR", "PRINCE", "CROWN", "SHEIKH",
        "MAYOR", "COMMISSIONER", "ATTORNEY", "SPEAKER", "LEADER", "CAPTAIN", "CAPT", "COLONEL", "COL", "MAJOR",
        "LIEUTENANT", "LT", "GEN", "ADM", "SERGEANT", "SGT", "JUDGE", "JUSTICE", "PROFESSOR", "REVEREND", "REV",
        "FATHER", "MODERATOR", "SENIOR", "ADMINISTRATION", "OFFICIAL", "STATE", "DEPARTMENT", "HIGH", "ENVOY",
        "SPECIAL", "COUNSELOR", "COUNSELLOR", "ADVISER", "ADVISOR", "NATIONAL", "SECURITY", "COORDINATOR", "CHIEF",
        "STAFF", "OF", "FOR", "FIRST", "LADY", "DEFENSE", "DEFENCE", "TREASURY", "COMMERCE", "ENERGY", "HOMELAND",
        "HEALTH", "PRINCIPAL", "COMMUNICATIONS", "STRATEGIC", "OPERATOR", "PANELIST", "HOST", "ANCHOR", "MEMBER",
        "DELEGATE", "INTERPRETER", "TRANSLATOR", "PARTICIPANT", "AFFAIRS", "MINISTRY", "COUNCIL", "UN", "UNITED",
        "NATIONS", "PERMANENT", "SECRETARY-GENERAL", "HIS", "HER", "EXCELLENCY", "MAJESTY", "HIGHNESS", "ROYAL",
        "PREMIER", "PRESIDING", "OFFICER", "EXECUTIVE", "AIDE", "SPOKESPERSONS", "OFFICIALS", "PARTICIPANTS",
        "ACTING", "VICE-PRESIDENT", "HEAD", "CO-CHAIR",
    ]

    /// Lower-case words inside a name or an office (`Ursula von der Leyen`, `Minister of Foreign Affairs`).
    static let particles: Set<String> = [
        "of", "for", "the", "and", "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "al", "el",
        "bin", "ibn", "la", "le", "y", "e",
    ]

    /// Labels of questioners, upper case without periods.
    static let questionerKeys: Set<String> = [
        "Q", "QUESTION", "QUESTIONS", "INTERVIEWER", "JOURNALIST", "REPORTER", "REPORTERS", "CORRESPONDENT",
        "AUDIENCE MEMBER", "AUDIENCE", "AUDIENCE QUESTION", "PRESS", "MEDIA", "THE PRESS", "QUESTIONER", "REMARK",
    ]

    /// Labels of an interview's answers.
    static let answererKeys: Set<String> = ["A", "ANSWER"]

    /// Words a speaker label never holds: a paragraph opening `Note:` or `Editor's note:` is prose.
    static let stopWords: Set<String> = [
        "NOTE", "NOTES", "UPDATE", "UPDATED", "SOURCE", "SOURCES", "QUOTE", "PHOTO", "PHOTOS", "CORRECTION",
        "BACKGROUND", "CONTEXT", "DATE", "BY", "READ", "RELATED", "WARNING", "DISCLAIMER", "SUMMARY", "EDITOR",
        "EDITORS", "EDITOR'S", "EDITOR’S", "WATCH", "LISTEN", "SEE", "MORE", "FACTS", "WHAT", "WHY", "HOW", "WHO",
        "WHEN", "WHERE", "TOPICS", "TAGS", "FILED", "CREDIT", "CAPTION", "ADVERTISEMENT", "SUBJECT", "TITLE",
        "LOCATION", "TIME", "PLACE", "AGENDA", "PRESENT", "ABSENT", "EMBARGO", "EMBARGOED", "CONTACT", "FILE",
        "DATELINE", "KEYWORDS", "LANGUAGE", "LENGTH", "SECTION", "WORDS", "PAGE", "TRANSLATION", "ORIGINAL",
        "ALSO", "FIRST", "SECOND", "THIRD", "FINALLY", "LAST", "NEXT", "PREVIOUSLY", "EXCLUSIVE", "BREAKING",
        "ANALYSIS", "OPINION", "COMMENT", "LIVE", "VIDEO", "AUDIO", "MAP", "CHART", "GRAPHIC", "FACT", "CHECK",
        "RESULT", "RESULTS", "SCORE", "TABLE", "LIST", "TIMELINE", "PROFILE", "VERDICT", "RATING", "PRICE",
        "PRICES", "TOTAL", "WEATHER", "FORECAST", "TICKETS", "VENUE", "WEBSITE", "EMAIL", "TEL", "FAX", "PS",
        "NB", "RE", "FW", "FWD", "CC", "TO", "FROM", "SENT", "IMAGE", "PICTURE", "PICTURED", "ABOVE", "BELOW",
        "LEFT", "RIGHT", "TOP", "INSET", "MAIN", "FOOTNOTE", "EXAMPLE", "EXAMPLES", "WARNINGS", "LESSON",
        "LESSONS", "STEP", "TIP", "TIPS", "ISSUE", "ISSUES", "TOPIC", "HEADLINE", "HEADLINES", "HIGHLIGHTS",
        "OUTLOOK", "BOTTOM", "LINE", "TAKEAWAY", "TAKEAWAYS", "KEY", "POINTS", "STATUS", "CLAIM", "RULING",
        "PURPOSE", "SCOPE", "DEFINITIONS", "ANNEX", "ARTICLE", "CHAPTER", "PART", "PARAGRAPH", "CLAUSE",
    ]

    /// Outlets that ask questions in briefings, by the names their reporters are labelled with (upper case).
    static let knownOutlets: Set<String> = [
        "AFP", "AP", "REUTERS", "BLOOMBERG", "XINHUA", "TASS", "ITAR-TASS", "RIA NOVOSTI", "SPUTNIK", "INTERFAX",
        "RT", "CCTV", "CGTN", "CNN", "BBC", "NHK", "KYODO", "YONHAP", "DPA", "EFE", "ANSA", "NBC", "CBS", "ABC",
        "FOX", "NPR", "PTI", "ANI", "BERNAMA", "ANTARA", "AL JAZEERA", "AL ARABIYA", "ASAHI", "NIKKEI", "JIJI",
        "HUANQIU", "THE PAPER", "CNR", "CRI", "BEIJING YOUTH DAILY", "CHINA DAILY", "GLOBAL TIMES",
        "CHINA NEWS SERVICE", "PHOENIX TV", "DRAGON TV", "SHENZHEN TV", "HUBEI MEDIA GROUP", "RIA", "IZVESTIA",
        "KOMMERSANT", "ROSSIYA SEGODNYA", "CHANNEL ONE", "EURONEWS", "FRANCE 24", "DEUTSCHE WELLE", "DW",
    ]

    /// Last words of outlet names (`Serin Radio`, `Tamesk Bulletin`, `Kyodo News`).
    static let outletEndings: Set<String> = [
        "NEWS", "TV", "RADIO", "DAILY", "TIMES", "AGENCY", "POST", "TELEVISION", "NETWORK", "MEDIA", "HERALD",
        "TRIBUNE", "JOURNAL", "BULLETIN", "CHRONICLE", "OBSERVER", "GAZETTE", "TODAY", "CHANNEL", "BROADCASTING",
        "MAGAZINE", "WIRE", "NEWSPAPER", "DISPATCH", "COURIER", "EXPRESS", "MONITOR", "REVIEW", "WEEKLY",
        "ASSOCIATED PRESS", "PRESS", "CORPORATION", "GROUP", "SERVICE", "SHIMBUN", "INSIDER", "ZEITUNG", "TELEGRAPH",
        "GUARDIAN", "STANDARD", "LEDGER", "SENTINEL", "MAIL", "MIRROR", "INQUIRER", "EXAMINER", "ADVERTISER",
        "CORRESPONDENT", "REPORTER", "JOURNALIST", "STAR", "GLOBE", "TRIBUNE", "DIGEST", "NEWSWIRE",
    ]
}

extension String {
    /// Without periods: `MR.` → `MR`.
    fileprivate func replacingPeriods() -> String {
        String(unicodeScalars.filter { $0 != "." }.map(Character.init))
    }
}
