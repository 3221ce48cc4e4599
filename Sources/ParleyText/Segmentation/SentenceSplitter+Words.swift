/// The word lists behind the sentence rules, and the look at the words around a period.
///
/// Lists are case-sensitive (`No.` is an abbreviation, `no.` is the end of a sentence) and hold ASCII
/// words without their final period; a dotted entry (`e.g`) is matched against the whole dotted token.
extension SentenceSplitter {
    /// Titles and abbreviations that never end a sentence: a name or a word always follows them
    /// (`Mr. Marevsky`, `Lt. Col. Šelvik`, `Valdora vs. Drevania`).
    static let titles = WordTable([
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mmes", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens",
        "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Sen", "Sens", "Rep",
        "Reps", "Gov", "Govs", "Amb", "Pres", "Rev", "Hon", "Msgr", "Fr", "Sec", "Supt", "Insp", "Det", "Atty",
        "Rt", "Mt", "Ft", "Gov't", "Gov\u{2019}t", "vs", "v", "cf", "viz",
    ])

    /// Abbreviations that come before a number (`No. 10`, `Art. IV`): never an end before a number, always an
    /// end otherwise (`The answer was No. Marevsky left.`). Lower-case `no.` and `art.` are words.
    static let numberedAbbreviations = WordTable([
        "No", "Nos", "Art", "Arts", "Vol", "Vols", "vol", "Fig", "Figs", "fig", "Ch", "Para", "para", "Pp", "pp",
        "p", "Op", "Pt",
    ])

    /// Abbreviations that may end a sentence (`… signed by Valdor Corp. The company …`, `… in Jan. The …`):
    /// an end only when a sentence start follows.
    static let closingAbbreviations = WordTable([
        "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "etc", "al", "est", "approx", "Approx", "ca", "Jr", "Sr",
        "St", "Ste", "Ave", "Blvd", "Rd", "Sq", "Hwy", "Dept", "Univ", "Assn", "Intl", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
        "Fri", "Sat", "Sun",
    ])

    /// Dotted abbreviations that never end a sentence (matched without the final period: `e.g`).
    static let dottedNonEnds = WordTable(["e.g", "i.e", "E.g", "I.e", "E.G", "I.E", "viz", "n.b", "N.B", "c.f"])

    /// Words that start sentences but hardly ever continue a name or an acronym: after `U.S.`, `a.m.`,
    /// `Inc.` or an initial, they show that a new sentence began (`… talks with the U.S. He said …`).
    static let sentenceStarters = WordTable([
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "Then", "Thus", "But", "And", "Or", "Nor", "So", "Yet", "In", "On", "At", "For", "If", "When", "While",
        "After", "Before", "During", "His", "Her", "Its", "Their", "Our", "My", "Your", "What", "Why", "How", "Who",
        "Whom", "Whose", "Where", "Which", "Still", "However", "Meanwhile", "Moreover", "Nevertheless",
        "Nonetheless", "Officials", "Some", "Many", "Most", "Few", "No", "Not", "As", "Since", "Although", "Though",
        "Now", "Today", "Yesterday", "Tomorrow", "Later", "Earlier", "Last", "Next", "One", "Both", "All", "Each",
        "Every", "Such", "Under", "Over", "From", "By", "With", "Without", "To", "Despite", "Instead", "Asked",
        "Separately", "Also", "Only", "Even", "Here", "Once", "Until", "Unlike", "Among", "Again", "Indeed",
        "Otherwise", "Overall", "Finally", "First", "Mr", "Mrs", "Ms",
    ])

    /// Verbs of attribution: `“Why?” Ilya Marevsky asked.` is one sentence.
    static let speechVerbs = WordTable([
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "replied", "replies", "wrote", "writes",
        "shouted", "cried", "demanded", "insisted", "continued", "answered", "explained", "recalled", "noted",
        "warned", "declared", "exclaimed", "wondered", "countered", "responded", "snapped", "joked", "quipped",
        "remarked", "whispered", "urged", "stressed", "argued", "conceded", "admitted", "pleaded",
    ])

    /// Bytes a token before a period is allowed to span: longer runs are no abbreviation.
    static let maxTokenBytes = 40

    /// Digits of a list number (`1.`, `12.`) at the start of a sentence; a year (`2025.`) is no list number.
    static let maxListNumberDigits = 3

    /// What the text right before a lone period looks like.
    enum TokenKind: Equatable {
        /// Nothing a rule knows: the period ends the sentence.
        case word
        /// A title, or a dotted abbreviation that never ends a sentence.
        case neverEnds
        /// `No.`, `Art.`: not an end before a number, an end otherwise.
        case numbered
        /// `Inc.`, `Jan.`, `U.S.`, `a.m.`, an initial: an end only when a sentence start follows.
        case closing
    }

    /// Classifies the token that ends right before the period at `period`; `start` is the sentence start.
    static func tokenKind(beforePeriod period: Int, in bytes: UnsafeBufferPointer<UInt8>, start: Int) -> TokenKind {
        // The token: word characters and inner periods, back to white space or punctuation.
        var tokenStart = period
        while tokenStart > start, period - tokenStart < maxTokenBytes {
            if bytes[tokenStart - 1] == 0x2E {
                tokenStart -= 1
                continue
            }
            let length = ByteClass.wordCharacterLength(before: tokenStart, in: bytes, start: start)
            if length == 0 { break }
            tokenStart -= length
        }
        // A leading period belongs to an ellipsis or to nothing (`….Mr.`): drop it.
        while tokenStart < period, bytes[tokenStart] == 0x2E { tokenStart += 1 }
        guard tokenStart < period else { return .word }
        let token = tokenStart..<period

        // A list number at the start of a sentence (`1. The first point …`).
        if tokenStart == start, period - tokenStart <= maxListNumberDigits,
            (tokenStart..<period).allSatisfy({ ByteClass.isASCIIDigit(bytes[$0]) })
        {
            return .neverEnds
        }
        if titles.contains(bytes, token) { return .neverEnds }
        if numberedAbbreviations.contains(bytes, token) { return .numbered }
        if closingAbbreviations.contains(bytes, token) { return .closing }
        if dottedNonEnds.contains(bytes, token) { return .neverEnds }

        // Segments between periods, in scalars; a digit anywhere (`3.5.`, `v2.0.1.`, `2025.`) is a number.
        var segments = 0
        var lastSegmentScalars = 0
        var longestSegmentScalars = 0
        var index = tokenStart
        var segmentScalars = 0
        while index <= period {
            if index == period || bytes[index] == 0x2E {
                segments += 1
                lastSegmentScalars = segmentScalars
                longestSegmentScalars = max(longestSegmentScalars, segmentScalars)
                segmentScalars = 0
                index += 1
                continue
            }
            if ByteClass.isASCIIDigit(bytes[index]) { return .word }
            if ByteClass.isScalarStart(bytes[index]) { segmentScalars += 1 }
            index += 1
        }
        if segments > 1 {
            // A dotted acronym (`U.S.`, `U.N.`, `E.U.`, `a.m.`, `Ph.D.`): short segments, the last one a letter.
            return lastSegmentScalars == 1 && longestSegmentScalars <= 2 ? .closing : .word
        }
        // A single capital letter is an initial (`J. D. Vance`, `Š. Marevsky`).
        if lastSegmentScalars == 1, ByteClass.startsUppercase(at: tokenStart, in: bytes, end: period) {
            return .closing
        }
        return .word
    }

    /// Whether the word at `index` (after any opening marks) starts a new sentence after an abbreviation:
    /// a sentence-starting word, or an opening quotation mark.
    static func startsSentence(
        at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int, afterOpeningQuote: Bool
    ) -> Bool {
        if afterOpeningQuote { return true }
        var stop = index
        while stop < end, stop - index <= WordTable.maxWordBytes,
            ByteClass.wordCharacterLength(at: stop, in: bytes, end: end, digits: false) > 0
        {
            stop += ByteClass.wordCharacterLength(at: stop, in: bytes, end: end, digits: false)
        }
        guard stop > index, sentenceStarters.contains(bytes, index..<stop) else { return false }
        // A one-letter starter followed by a period is an initial: `J. A. Marevsky`.
        return !(stop - index == 1 && stop < end && bytes[stop] == 0x2E)
    }

    /// Whether a number starts at `index`: a digit, `#`, or a Roman numeral in capitals (`IV`, `XII`) ending
    /// at a non-letter.
    static func startsNumber(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let first = bytes[index]
        if ByteClass.isASCIIDigit(first) || first == 0x23 { return true }
        var stop = index
        while stop < end, stop - index < 8 {
            switch bytes[stop] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: stop += 1  // I V X L C D M
            default: return stop > index && ByteClass.wordCharacterLength(at: stop, in: bytes, end: end) == 0
            }
        }
        return stop > index && stop == end
    }

    /// Whether capitalised name words then a verb of attribution follow `index`:
    /// `Marevsky asked`, `Katarina Šelvik said`, `Mr. Marevsky asked`. Looks at a few words only.
    static func attributionFollows(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        /// Name words before the verb: `Lt Col Ilya Marevsky` is long enough for news prose.
        let maxNameWords = 4
        var wordStart = index
        var nameWords = 0
        while wordStart < end {
            var stop = wordStart
            while stop < end {
                let length = ByteClass.wordCharacterLength(at: stop, in: bytes, end: end, digits: false)
                if length > 0 {
                    stop += length
                } else if bytes[stop] == 0x2D || bytes[stop] == 0x2E, stop + 1 < end,
                    !ByteClass.isSpace(bytes[stop + 1])
                {
                    stop += 1  // `Jean-Luc`, `U.N`: a hyphen or period inside a name
                } else {
                    break
                }
            }
            guard stop > wordStart else { return false }
            if ByteClass.startsUppercase(at: wordStart, in: bytes, end: stop) {
                nameWords += 1
                // A title or an initial keeps its period: `Mr. Marevsky asked`, `J. D. Varga said`.
                if stop + 1 < end, bytes[stop] == 0x2E,
                    stop - wordStart == 1 || titles.contains(bytes, wordStart..<stop)
                {
                    stop += 1
                }
                guard nameWords <= maxNameWords, stop < end, bytes[stop] == 0x20 else { return false }
                wordStart = stop + 1
                continue
            }
            return nameWords > 0 && speechVerbs.contains(bytes, wordStart..<stop)
        }
        return false
    }
}
