/// Who held an office on a date: `the Russian foreign minister` in an article of 2019 is Sergei Lavrov.
///
/// Rows are `country TAB office TAB person TAB from TAB to` (dates `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; an empty
/// `to` means still in office); `#` starts a comment. `country` (then, after `|`, other words that name it in a
/// role: `Valdora|Valdoran`) is the gazetteer's canonical name of the
/// country or organisation (`Russia`, `United States`, `United Nations`, `NATO`, `European Commission`);
/// `office` is lower-case, from the vocabulary the attribution reads (`president`, `prime minister`,
/// `foreign minister`, `chancellor`, `king`, `emir`, `crown prince`, `supreme leader`, `secretary-general`,
/// `leader` for the person a text calls "the Turkish leader"). The shipped table (``OfficeData``) comes
/// first; a user's `offices.tsv` beside the index adds rows, and a user's row wins over a shipped row of the
/// same country and office whose dates overlap it.
public struct OfficeHolders: Sendable {
    public struct Term: Sendable, Equatable {
        public var country: String
        public var office: String
        public var person: String
        /// ISO dates, inclusive; `to` is `nil` while in office.
        public var from: String
        public var to: String?
        /// The row came from the user's file.
        public var isUserRow: Bool
    }

    /// `country\u{1F}office` (both folded to lower case) → terms, in file order.
    private var terms: [String: [Term]] = [:]
    /// Folded surname (the person's last word) → terms, for transcript labels (`MR. EARNEST`).
    private var bySurname: [String: [Term]] = [:]
    /// Lower-case country names and their variants from the rows (`valdoran` → `Valdora`).
    private var countryNames: [String: String] = [:]

    /// The country a word names in the rows' first column (`Valdoran` → `Valdora`), any case.
    public func country(named word: String) -> String? {
        countryNames[word.lowercased()]
    }

    /// The shipped table.
    public static let shipped = OfficeHolders(tsv: OfficeData.tsv)

    public init(tsv: String) {
        add(tsv: tsv, isUser: false)
    }

    /// Every term, shipped and user's, for listing.
    public var allTerms: [Term] {
        terms.values.flatMap { $0 }.sorted {
            ($0.country, $0.office, $0.from, $0.person) < ($1.country, $1.office, $1.from, $1.person)
        }
    }

    /// Adds rows; user rows (`isUser`) replace the shipped terms of the same office that overlap them.
    ///
    /// - Returns: the 1-based numbers of lines that are not comments, not blank, and do not parse.
    @discardableResult
    public mutating func add(tsv: String, isUser: Bool) -> [Int] {
        var bad: [Int] = []
        for (number, rawLine) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            guard fields.count >= 4, !fields[0].isEmpty, !fields[1].isEmpty, !fields[2].isEmpty,
                let from = Self.day(fields[3], end: false)
            else {
                bad.append(number + 1)
                continue
            }
            let to = fields.count > 4 && !fields[4].isEmpty ? Self.day(fields[4], end: true) : nil
            if fields.count > 4, !fields[4].isEmpty, to == nil {
                bad.append(number + 1)
                continue
            }
            // `Valdora|Valdoran|Valdorans`: the country, then the words that name it in a role (its demonyms).
            let names = fields[0].split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard let country = names.first else {
                bad.append(number + 1)
                continue
            }
            for name in names { countryNames[name.lowercased()] = country }
            let term = Term(
                country: country, office: fields[1].lowercased(), person: fields[2], from: from, to: to,
                isUserRow: isUser)
            let key = Self.key(term.country, term.office)
            if isUser {
                terms[key, default: []].removeAll { !$0.isUserRow && Self.overlap($0, term) }
            }
            terms[key, default: []].append(term)
        }
        // In `allTerms`' order, not the dictionary's (which changes from process to process): a surname's first term
        // names the office a transcript's label is explained by.
        bySurname = Dictionary(grouping: allTerms) { term in
            NameFolding.fold(String(term.person.split(separator: " ").last ?? ""))
        }
        return bad
    }

    /// Every term of a person whose last name folds to `surname` (``NameFolding/fold(_:)``), any office, any date.
    func terms(surname: String) -> [Term] {
        bySurname[surname] ?? []
    }

    /// The person who held `office` of `country` on `date` (ISO, a date or a time; only its first ten
    /// characters are read): on a handover day (one term ends and another starts), the incoming holder; `nil`
    /// when nobody is known, or when the table names two people for that day otherwise.
    public func holder(country: String, office: String, on date: String) -> String? {
        guard date.count >= 4, let list = terms[Self.key(country, office)] else { return nil }
        let day = Self.day(String(date.prefix(10)), end: false) ?? String(date.prefix(10))
        let terms = list.filter { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }
        let people = Set(terms.map(\.person))
        if people.count == 2, let incoming = terms.first(where: { $0.from == day }),
            terms.contains(where: { $0.person != incoming.person && $0.to == day })
        {
            return incoming.person  // a handover day: the outgoing term ends and the incoming one starts on it
        }
        return people.count == 1 ? people.first : nil
    }

    /// Whether any row names `office` for `country` (to tell "not known" from "not in office that day").
    public func knows(country: String, office: String) -> Bool {
        terms[Self.key(country, office)] != nil
    }

    private static func key(_ country: String, _ office: String) -> String {
        country.lowercased() + "\u{1F}" + office.lowercased()
    }

    private static func overlap(_ a: Term, _ b: Term) -> Bool {
        a.from <= (b.to ?? "9999-12-31") && b.from <= (a.to ?? "9999-12-31")
    }

    /// `2019`, `2019-05`, `2019-05-07` → a full ISO day (the first or, with `end`, the last of the period).
    static func day(_ text: String, end: Bool) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let month = parts.count > 1 ? String(parts[1]) : (end ? "12" : "01")
        let dayPart = parts.count > 2 ? String(parts[2]) : (end ? "31" : "01")
        guard let m = Int(month), (1...12).contains(m), let d = Int(dayPart), (1...31).contains(d) else { return nil }
        return "\(parts[0])-\(month)-\(dayPart)"
    }
}
