/// Known places and organisations, with their variants and demonyms, and known spelling variants of names:
/// the shipped ``GazetteerData`` plus a user's alias file.
///
/// Lookups are by word sequence as the text writes it (case kept: `US` the country is not `us`), with
/// periods dropped (`U.S.` = `US`) and possessives removed by the caller.
public struct Gazetteer: Sendable {
    public struct Entry: Sendable, Equatable {
        public var canonical: String
        public var kind: EntityKind
    }

    /// First word → the phrases starting with it (longest first), each with its entry.
    private var phrases: [String: [(words: [String], entry: Entry)]] = [:]
    /// Folded variant → canonical name, for aliases of any kind (`oleksii halynskyy` → `Oleksiy Halynsky`).
    private var aliases: [String: String] = [:]
    /// Folded surname-only variants (`halynskyy`) → canonical, when unambiguous.
    private var surnameAliases: [String: String] = [:]

    /// The shipped data only.
    public static let shipped = Gazetteer(entries: GazetteerData.entries, aliases: GazetteerData.aliases)

    public init(entries: String, aliases: String) {
        for line in entries.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let kind = EntityKind(rawValue: fields[0]), EntityKind.mentioned.contains(kind),
                !fields[1].isEmpty
            else { continue }
            let entry = Entry(canonical: fields[1], kind: kind)
            var names = [fields[1]]
            if fields.count > 2 { names += fields[2].split(separator: "|").map(String.init) }
            if fields.count > 3 { names += fields[3].split(separator: "|").map(String.init) }
            for name in names where !name.isEmpty {
                add(name, entry)
                if name != fields[1] { self.aliases[NameFolding.fold(name)] = fields[1] }
            }
        }
        addAliases(aliases)
    }

    /// Adds `canonical TAB variant|variant` lines (the shipped list and a user's `aliases.tsv`, where variants
    /// may also be separated by tabs).
    public mutating func addAliases(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == "|" }).map { $0.trimmingSpaces() }.filter {
                !$0.isEmpty
            }
            guard let canonical = fields.first, fields.count > 1 else { continue }
            for variant in fields.dropFirst() {
                aliases[NameFolding.fold(variant)] = canonical
                if !variant.utf8.contains(0x20) {
                    let key = NameFolding.fold(variant)
                    surnameAliases[key] =
                        surnameAliases[key] == nil || surnameAliases[key] == canonical ? canonical : ""
                }
            }
            aliases[NameFolding.fold(canonical)] = canonical
        }
    }

    private mutating func add(_ name: String, _ entry: Entry) {
        let words = Self.words(name)
        guard let first = words.first else { return }
        phrases[first, default: []].append((words, entry))
        phrases[first]!.sort { $0.words.count > $1.words.count }  // just appended: exists
    }

    /// The canonical form of a name: its alias when one is known (`Oleksii Halynskyy` → `Oleksiy Halynsky`,
    /// `Kiev` → `Kyiv`), else the name itself.
    public func canonical(_ name: String) -> String {
        let folded = NameFolding.fold(name)
        if let canonical = aliases[folded] { return canonical }
        if !folded.utf8.contains(0x20), let canonical = surnameAliases[folded], !canonical.isEmpty { return canonical }
        return name
    }

    /// The country or organisation a word names (`Russian` → `Russia`, `NATO`), for office holders; `nil` for
    /// anything else.
    func country(named word: String) -> String? {
        for form in [word, word.uppercased()] {
            if let (entry, length) = match([form], at: 0), length == 1, entry.kind != .person { return entry.canonical }
        }
        return nil
    }

    /// Whether `word` is a known person's surname (`Obama`, `Clinton` when the aliases list them). ASCII words
    /// are folded by lower-casing them (what ``NameFolding/fold(_:)`` gives them, without its Unicode tables).
    func isKnownSurname(_ word: String) -> Bool {
        let isPlainASCII = word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x2E && $0 != 0x20 }
        return surnameAliases[isPlainASCII ? word.fastLowercased : NameFolding.fold(word)] != nil
    }

    /// The longest known phrase starting at `words[start]`: its entry and length in words.
    func match(_ words: [String], at start: Int) -> (entry: Entry, length: Int)? {
        guard let candidates = phrases[words[start]] else { return nil }
        for candidate in candidates where start + candidate.words.count <= words.count {
            if Array(words[start..<(start + candidate.words.count)]) == candidate.words {
                return (candidate.entry, candidate.words.count)
            }
        }
        return nil
    }

    /// `U.S.` → [`US`], `People's Republic` → [`People`, `Republic`]: words without periods and possessives,
    /// as ``EntityExtractor`` reads the text.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "," }).map { part -> String in
            var word = String(part).replacingOccurrences(of: ".", with: "")
            if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
            if word.hasSuffix("'") || word.hasSuffix("’") { word.removeLast() }
            return word
        }.filter { !$0.isEmpty }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
