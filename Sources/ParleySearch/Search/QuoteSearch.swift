import Foundation
import GRDB
import ParleyText

/// A quotation as `parley quotes` shows it.
public struct QuoteHit: Sendable, Equatable {
    public var text: String
    public var kind: String
    public var speaker: String?
    public var speakerMention: String?
    public var cue: String?
    public var attribution: String?
    public var method: String?
    public var confidence: Double
    /// Unicode-scalar offsets of the quoted text in the article text.
    public var start: Int
    public var end: Int
    /// The article's own id when it had one, else its key (`url:…`, `hash:…`).
    public var articleKey: String
    public var title: String
    public var source: String?
    public var published: String?
    public var url: String?
    /// The article's row id in the index.
    public var articleRowID: Int64 = 0
    /// `nil` when unattributed.
    public var speakerKind: EntityKind?
    /// For a turn found by a query: its passage that matched best, matched words between
    /// ``SearchHit/highlightStart`` and ``SearchHit/highlightEnd``.
    public var matchedPassage: String?
    /// That passage's id: its text is read and highlighted for the quotations shown alone
    /// (``ParleyIndex/withTurnTexts(_:query:)``).
    var matchedPassageID: Int64?
    /// The same statement in other articles (wire copies, rewrites): filled by `quotes` unless every copy is listed.
    public var copies: [QuoteCopy] = []
}

/// Another article carrying the same quotation (``QuoteStatement/key(_:)`` equal).
public struct QuoteCopy: Sendable, Equatable {
    public var articleKey: String
    public var source: String?
    public var published: String?
}

/// Statements a few words apart, among the quotations a listing has kept: the same speaker (or none), six words or
/// more, other articles, and at least ``similarity`` of their words shared (Jaccard, on ``QuoteStatement/key(_:)``'s
/// words). On Reuters-21578 39 pairs of quotations are that close and no closer, on the briefings 10; a sample of
/// 12 and all 10 were the same statement (a typo, a word changed, a clause dropped).
struct NearCopies {
    static let similarity = 0.8
    /// A speaker's last statements kept are compared, at most this many: copies lie near each other in a listing's
    /// order (their scores, their dates), and every pair would cost too much for a speaker quoted thousands of times.
    static let window = 500

    /// Each kept statement's words, as hashes (set operations on strings hash them again and again).
    private var kept: [String: [(index: Int, article: Int64, words: Set<Int>)]] = [:]

    /// Keeps `hit` (distinctive; `key` its ``QuoteStatement/key(_:)``) as the statement at `index`.
    mutating func keep(_ hit: QuoteHit, words key: String, at index: Int) {
        let words = Set(key.split(separator: " ").map(\.hashValue))
        kept[hit.speaker ?? "", default: []].append((index, hit.articleRowID, words))
        if kept[hit.speaker ?? ""]!.count > Self.window { kept[hit.speaker ?? ""]!.removeFirst() }
    }

    /// The index of the kept statement `hit` is a near copy of, if any.
    func original(of hit: QuoteHit, words key: String) -> Int? {
        guard let candidates = kept[hit.speaker ?? ""] else { return nil }
        let words = Set(key.split(separator: " ").map(\.hashValue))
        for candidate in candidates.reversed() where candidate.article != hit.articleRowID {
            // Jaccard ≥ s needs the smaller set to be at least s of the larger: most pairs fail at once.
            let (small, large) = (min(candidate.words.count, words.count), max(candidate.words.count, words.count))
            guard Double(small) >= Self.similarity * Double(large) else { continue }
            // Counted, not built: a new set for each pair took most of `quotes --count` on Reuters.
            let (fewer, more) =
                candidate.words.count <= words.count ? (candidate.words, words) : (words, candidate.words)
            var shared = 0
            for word in fewer where more.contains(word) { shared += 1 }
            let union = fewer.count + more.count - shared
            if Double(shared) >= Self.similarity * Double(union) { return candidate.index }
        }
        return nil
    }
}

/// One statement, however many articles carry it: a quotation's words with case, accents, punctuation and spacing
/// set aside, so that copies by several outlets (`“We are ready,” he said` and `"we are ready"`) are one.
///
/// Only a quotation of ``minimumWords`` words or more is one statement across articles, and only by one speaker
/// (or unattributed in each): on the briefings, grouping every quotation by its words alone made 181 groups across
/// articles, and 24 of a sample of 25 joined different statements that share a word or a slogan (`“baseless”` by
/// two speakers in two briefings). With these rules, 19 groups, 17 of them the same statement quoted again
/// (docs/statements.md).
public enum QuoteStatement {
    /// `parley_statement(text, speaker, article)`: the statement a quotation belongs to, in SQL, to count statements
    /// rather than copies: the same groups as ``group(_:speaker:article:)``, with a distinctive quotation's words as
    /// their hash (``wordsHash(_:)``, from its bytes when ASCII: Foundation's folding made it 20 µs a quotation).
    static let sqlFunction = DatabaseFunction("parley_statement", argumentCount: 3, pure: true) { values in
        let text = String.fromDatabaseValue(values[0]) ?? ""
        let who = String.fromDatabaseValue(values[1]) ?? ""
        if let hash = wordsHash(text) { return "\(who)\u{1}\(hash)" }
        return "\(who)\u{1}\(Int64.fromDatabaseValue(values[2]) ?? 0)\u{1}\(key(text))"
    }

    /// A shorter quotation (`“baseless”`, `“free riders”`) is a statement of its article only.
    public static let minimumWords = 6

    /// The statement `text` by `speaker` (a name or an id as text; `nil` when unattributed) in `article` belongs to:
    /// its ``key(_:)`` and speaker, and for a quotation under ``minimumWords`` words its article too.
    public static func group(_ text: String, speaker: String?, article: Int64) -> String {
        group(words: key(text), distinctive: isDistinctive(text), speaker: speaker, article: article)
    }

    /// ``group(_:speaker:article:)`` of a quotation whose ``key(_:)`` and ``isDistinctive(_:)`` are known.
    static func group(words: String, distinctive: Bool, speaker: String?, article: Int64) -> String {
        let who = speaker ?? ""
        return distinctive ? "\(who)\u{1}\(words)" : "\(who)\u{1}\(article)\u{1}\(words)"
    }

    /// Whether `text` has ``minimumWords`` words (white-space separated, each holding a letter or a digit): enough
    /// for the same words in two articles to be one statement (`don't` is one word).
    public static func isDistinctive(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                inWord = true
                words += 1
                if words >= minimumWords { return true }
            }
        }
        return false
    }

    /// A hash of ``key(_:)`` when `text` ``isDistinctive(_:)``, `nil` for a shorter text: 64-bit FNV-1a over the
    /// key's UTF-8, its sign bit cleared (never negative, so that `coalesce(words_hash, -id)` cannot take a passage's
    /// own key for another's words). Stored at ingest as `passage.words_hash`: two passages with the same hash are
    /// copies (the same words), which search folds and counts once. Text of ASCII and common marks (curly quotation
    /// marks, dashes, no-break spaces: ``commonMark(_:at:)``), most news, is hashed from its bytes without building
    /// the key; other text through ``key(_:)``, whose folding costs about 20 µs a passage. The same value either
    /// way (tested).
    public static func wordsHash(_ text: String) -> Int64? {
        var text = text
        let hashed = text.withUTF8 { bytes -> Int64?? in
            var hash = WordsHasher()
            var words = 0
            var inWord = false
            var pendingSpace = false
            let read = readKeyBytes(bytes) { part in
                switch part {
                case .alphanumeric(let byte):
                    // `isDistinctive`'s count: a word is a run without white space that holds a letter or a digit.
                    if !inWord {
                        inWord = true
                        words += 1
                    }
                    // `key`'s words: runs of letters and digits, one space between them.
                    if pendingSpace, hash.count > 0 { hash.add(0x20) }
                    pendingSpace = false
                    hash.add(byte)
                case .space:
                    inWord = false
                    pendingSpace = true
                case .punctuation:
                    pendingSpace = true
                }
            }
            return read ? .some(words >= minimumWords ? hash.value : nil) : .none
        }
        if let hashed { return hashed }
        return isDistinctive(text) ? WordsHasher.hash(foldedKey(text)) : nil
    }

    /// The length in bytes of the character at `index` when it is a common mark of news text that is neither a
    /// letter nor a digit however it is folded, and whether it is white space: U+00A0 (no-break space), U+2000–
    /// U+200A, U+2028, U+2029 and U+202F (spaces), U+2010–U+2027 (dashes, quotation marks, bullets, the ellipsis),
    /// and the Latin-1 signs `¡ £ § © « ° · » ¿`. `nil` for any other non-ASCII character.
    static func commonMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, isSpace: Bool)? {
        let lead = bytes[index]
        if lead == 0xC2, index + 1 < bytes.count {
            switch bytes[index + 1] {
            case 0xA0: return (2, true)
            case 0xA1, 0xA3, 0xA7, 0xA9, 0xAB, 0xB0, 0xB7, 0xBB, 0xBF: return (2, false)
            default: return nil
            }
        }
        if lead == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            switch bytes[index + 2] {
            case 0x80...0x8A, 0xA8, 0xA9, 0xAF: return (3, true)
            case 0x90...0xA7: return (3, false)
            default: return nil
            }
        }
        return nil
    }

    /// The words of `text`, lower case, without accents, one space between them.
    ///
    /// Text of ASCII and common marks (``commonMark(_:at:)``) is read from its bytes, as ``wordsHash(_:)`` reads it:
    /// Foundation's folding (about 20 µs) changes nothing there but the case. `quotes` computes the key of every
    /// quotation it fetches, and of every copy it finds.
    public static func key(_ text: String) -> String {
        asciiKey(text) ?? foldedKey(text)
    }

    /// ``key(_:)`` through Foundation's folding, for any text: the reference the byte paths are tested against.
    static func foldedKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace, !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return key
    }
}

extension QuoteStatement {
    /// What a byte (or a common mark) of text is to ``key(_:)`` and ``isDistinctive(_:)``.
    enum KeyPart {
        /// A letter, lower case, or a digit.
        case alphanumeric(UInt8)
        /// White space: it ends a word of the key and of `isDistinctive`.
        case space
        /// Anything else: it ends a word of the key.
        case punctuation
    }

    /// Reads text of ASCII and common marks (``commonMark(_:at:)``) from its bytes, a part at a time, as Foundation's
    /// folding would read it (which changes nothing there but the case); `false`, having stopped, at any other
    /// character. The words hash and the key are built on it (``wordsHash(_:)``, ``asciiKey(_:)``).
    @inline(__always)
    static func readKeyBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (KeyPart) -> Void) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let mark = commonMark(bytes, at: index) else { return false }
                visit(mark.isSpace ? .space : .punctuation)
                index += mark.length
                continue
            }
            index += 1
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                visit(.alphanumeric(lower))
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                visit(.alphanumeric(byte))
            } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                visit(.space)
            } else {
                visit(.punctuation)
            }
        }
        return true
    }

    /// ``key(_:)`` of text of ASCII and common marks, from its bytes; `nil` for other text.
    static func asciiKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var pendingSpace = false
            let read = readKeyBytes(bytes) { part in
                guard case .alphanumeric(let byte) = part else {
                    pendingSpace = true
                    return
                }
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(byte)
            }
            return read ? String(decoding: key, as: UTF8.self) : nil
        }
    }
}

/// 64-bit FNV-1a over bytes, for ``QuoteStatement/wordsHash(_:)``: stable across processes (it is stored in the
/// index), unlike Swift's `Hasher`. A key of non-ASCII words follows Foundation's folding, which another Swift may
/// change: `parley reindex` computes the stored hashes again.
struct WordsHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    /// How many bytes were added.
    private(set) var count = 0

    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        count += 1
    }

    /// The hash, sign bit cleared.
    var value: Int64 { Int64(bitPattern: state & 0x7FFF_FFFF_FFFF_FFFF) }

    static func hash(_ text: String) -> Int64 {
        var hasher = WordsHasher()
        for byte in text.utf8 { hasher.add(byte) }
        return hasher.value
    }
}

/// A speaker and how many quotations the index attributes to them.
public struct SpeakerCount: Sendable, Equatable {
    public var name: String
    public var kind: EntityKind
    /// Statements: the same quotation carried by several articles counts once (``QuoteStatement``).
    public var quotations: Int
    public var articles: Int
}

extension ParleyIndex {
    /// Entity ids for `--speaker` names (``EntityCatalog/resolve(_:among:note:)``): questioners (a transcript's `Q`,
    /// an outlet asking) are no speakers here, so `--speaker` never returns a question; `note` is told when a
    /// shared surname is taken as its main bearer.
    ///
    /// - Throws: ``QueryError/ambiguousSpeaker(name:candidates:)``, ``QueryError/unknownSpeaker(name:suggestion:)``.
    public func speakerIDs(for names: [String], note: ((String) -> Void)? = nil) throws -> [Int64] {
        try resolve(names, among: .speakers, note: note)
    }

    /// Entity ids for `--entity` names, matched as ``speakerIDs(for:note:)`` matches speakers, among the people,
    /// places and organisations mentioned in some passage (role labels are speakers only).
    ///
    /// - Throws: ``QueryError/ambiguousEntity(name:candidates:)``, ``QueryError/unknownEntity(name:suggestion:)``.
    public func entityIDs(for names: [String]) throws -> [Int64] {
        try resolve(names, among: .mentioned, note: nil)
    }

    /// ``EntityCatalog/resolve(_:among:note:)`` in a read; a ``QueryError`` is the caller's, not the index's failure.
    private func resolve(_ names: [String], among scope: EntityCatalog.Scope, note: ((String) -> Void)?) throws
        -> [Int64]
    {
        try read { db -> Result<[Int64], QueryError> in
            do {
                return .success(try EntityCatalog(db: db).resolve(names, among: scope, note: note))
            } catch let error as QueryError {
                return .failure(error)
            }
        }.get()
    }

    /// Quotations matching `query` (all when `nil`), by the given speakers (any when `nil`), best first:
    /// BM25 rank with a query, newest first without. Kind `other` (scare quotes, titles) only on request.
    ///
    /// `kinds`: only quotations of these kinds (`full`, `partial`, `other`, `turn`); `nil` for all but `other`
    /// (unless `includeOther`). A transcript's turn matches a query when one of its passages holds every term (its
    /// words are indexed as passages, not again as a quotation); it is ranked by its best passage.
    ///
    /// `minConfidence`: only quotations whose speaker was found with at least this confidence (0…1; calibrated,
    /// see `Quotation.confidence`), which leaves out the unattributed ones.
    ///
    /// `about`: only quotations whose own words mention one of these entities (aliases are merged into one entity
    /// at extraction): who said what about whom.
    ///
    /// `filter` narrows as it narrows `search`: `since`/`until` and `sources` by the article, `entities` to
    /// quotations whose passage (a turn: one of its passages) mentions one of them; its `speakers` and
    /// `minConfidence` join the parameters of the same name. `order`: ``ResultOrder/date`` lists the newest
    /// first, the same day by score.
    ///
    /// Statements, not copies: the same quotation carried by several articles (``QuoteStatement/key(_:)``) is listed
    /// once, by its first hit in this order, with the other articles in ``QuoteHit/copies`` (every copy in the
    /// index, whatever the filters); `allCopies` lists each copy as a hit of its own. Turns are never copies.
    public func quotes(
        _ query: SearchQuery?, speakers: [Int64]? = nil, kinds: [String]? = nil, includeOther: Bool = false,
        minConfidence: Double? = nil, about: [Int64]? = nil, filter: SearchFilter = SearchFilter(),
        order: ResultOrder = .relevance, allCopies: Bool = false, offset: Int = 0, limit: Int = 20
    ) throws -> [QuoteHit] {
        let wanted = min(max(offset, 0), 1 << 40) + min(max(limit, 0), 1 << 40)
        let hits = try statements(
            query, speakers: speakers, kinds: kinds, includeOther: includeOther, minConfidence: minConfidence,
            about: about, filter: filter, order: order, allCopies: allCopies, limit: wanted)
        let shown = try withTurnTexts(Array(hits.dropFirst(max(offset, 0))), query: query)
        return allCopies ? shown : try shown.map { try withCopies($0) }
    }

    /// `hits` with their turns' text and matched passage, which
    /// ``quoteHits(_:speakers:kinds:includeOther:minConfidence:about:filter:order:limit:)`` leaves out: they are read
    /// for the quotations shown alone, not for all those fetched while copies are folded (four times the quotations
    /// wanted, the skipped ones included, and twenty more). A turn's text is its article's between its offsets
    /// (``Schema/quoteText``: reading it reads the whole article, tens of kilobytes for a briefing), read through the
    /// turn's row; its passage is highlighted as `search` highlights a hit, with `query`'s words in the text (prefixes
    /// as their words), when it is still its article's. A turn a writer removed in between keeps an empty text and no
    /// passage; one whose article was replaced by another holding a turn at the same place (the same row id) shows
    /// that turn's text.
    private func withTurnTexts(_ hits: [QuoteHit], query: SearchQuery?) throws -> [QuoteHit] {
        guard hits.contains(where: { $0.kind == "turn" }) else { return hits }
        return try read { db in
            let text = try db.cachedStatement(
                sql: """
                    SELECT \(Schema.quoteText) FROM quote JOIN article ON article.id = quote.article_id
                    WHERE quote.article_id = ? AND quote.start = ? AND quote."end" = ? AND quote.kind = 'turn'
                    """)
            var highlighted: [Int64: (article: Int64, text: String)] = [:]
            let passages = hits.compactMap(\.matchedPassageID)
            if let query, !passages.isEmpty {
                let textQuery = query.inColumn("text")
                let pattern = try PrefixExpansion(db, query: textQuery)?.pattern ?? textQuery.matchPattern
                for hit in try Self.hits(db, best: passages.map { (id: $0, score: 0) }, pattern: pattern) {
                    highlighted[hit.passageID] = (hit.articleID, hit.highlighted)
                }
            }
            return try hits.map { hit in
                guard hit.kind == "turn" else { return hit }
                var hit = hit
                hit.text = try String.fetchOne(text, arguments: [hit.articleRowID, hit.start, hit.end]) ?? ""
                // (A passage id another article took since is not this turn's.)
                let passage = hit.matchedPassageID.flatMap { highlighted[$0] }
                hit.matchedPassage = passage?.article == hit.articleRowID ? passage?.text : nil
                return hit
            }
        }
    }

    /// Up to this many turns a query are found through
    /// ``turnsBySearch(_:speakers:filter:order:limit:turnCondition:arguments:)``; more (`--count`,
    /// every result for a program) by scoring every matching passage.
    static let turnSearchLimit = 5_000

    /// ``turnsBySearch(_:speakers:filter:order:limit:turnCondition:arguments:)`` ranks at most this many passages.
    static let turnSearchPassages = 20_000

    /// SQL: the id of the turn holding `passage` (joined): the one starting there, else the last one before it, if it
    /// reaches the passage (turns do not overlap; ``FacetTerms/earlierTurn(_:passage:article:)``), as the search's hits
    /// find a passage's turn, not a test of every turn of its article (a briefing holds hundreds).
    static let turnHolding = """
        coalesce(
            (SELECT id FROM quote WHERE quote.passage_id = passage.id AND quote.kind = 'turn' ORDER BY id LIMIT 1),
            \(FacetTerms.earlierTurn("id", passage: "passage.id", article: "passage.article_id")))
        """

    /// A turn found by ``turnsBySearch(_:speakers:filter:order:limit:turnCondition:arguments:)``: its best passage
    /// and that passage's score.
    private struct BestTurn {
        var turn: Int64
        var passage: Int64
        var score: Double
    }

    /// The best `limit` transcript turns matching `query` (its words in their passages' text), in `order`, each with
    /// its best passage: the passages come ranked as
    /// ``search(_:limit:filter:facets:window:order:countBudget:allCopies:offset:newest:)`` ranks them (BM25's exact
    /// order, the impact levels when the matches are many), and a turn's first passage in that order is its best.
    /// Ranks four times more passages until `limit` turns pass `turnCondition` or the matches run out. The passages
    /// are ranked as ids (``rankedPassages(_:limit:filter:order:)``), not read: those of the turns shown are, at the
    /// end (``withTurnTexts(_:query:)``).
    private func turnsBySearch(
        _ query: SearchQuery, speakers: [Int64]?, filter: SearchFilter, order: ResultOrder, limit: Int,
        turnCondition: String, arguments: [any DatabaseValueConvertible]
    ) throws -> [BestTurn]? {
        // The article's dates and sources, and the speakers, are the passages' filter terms too; the rest (entities,
        // `about`, the confidence) are the turn's, checked below.
        let passageFilter = SearchFilter(
            speakers: speakers, since: filter.since, until: filter.until, sources: filter.sources)
        // Half as many again at first: the best passages of a turn often lie together. A later page ranks more
        // (when the first ranked every match, it is that ranking's next passages), and the turns of its new passages
        // are looked up.
        var page = max(limit + limit / 2, 20)
        var seenPassages = 0
        var seen = Set<Int64>()
        var turns: [BestTurn] = []
        var ranked: [(id: Int64, score: Double)] = []
        var isEveryMatch = false
        let textQuery = query.inColumn("text")
        while true {
            let wanted = seenPassages + page
            if ranked.count < wanted, !isEveryMatch {
                (ranked, isEveryMatch) = try rankedPassages(
                    textQuery, limit: wanted, filter: passageFilter, order: order)
            }
            let passages = ranked[min(seenPassages, ranked.count)..<min(wanted, ranked.count)]
            seenPassages += passages.count
            let owners =
                passages.isEmpty
                ? []
                : try read { db in
                    try Row.fetchAll(
                        db,
                        sql: """
                            SELECT passage.id, quote.id
                            FROM passage CROSS JOIN quote ON quote.id = \(Self.turnHolding)
                            CROSS JOIN article ON article.id = quote.article_id
                            WHERE passage.id IN (\(passages.map { String($0.id) }.joined(separator: ",")))\(turnCondition)
                            """, arguments: StatementArguments(arguments))
                }
            let turnOf = Dictionary(owners.map { ($0[0] as Int64, $0[1] as Int64) }) { first, _ in first }
            for passage in passages {
                guard let turn = turnOf[passage.id], seen.insert(turn).inserted else { continue }
                turns.append(BestTurn(turn: turn, passage: passage.id, score: passage.score))
                if turns.count == limit { return turns }
            }
            // Few turns among many passages (news beside transcripts, a filter only turns have): past this many
            // passages, every matching passage is scored instead (`nil`).
            if passages.count < page { return turns }
            if seenPassages >= Self.turnSearchPassages { return nil }
            page = min(seenPassages * 3, Self.turnSearchPassages - seenPassages)
        }
    }

    /// How many quotations
    /// ``quotes(_:speakers:kinds:includeOther:minConfidence:about:filter:order:allCopies:offset:limit:)`` lists with no
    /// limit: statements, unless `allCopies` counts each copy.
    public func quoteCount(
        _ query: SearchQuery?, speakers: [Int64]? = nil, kinds: [String]? = nil, includeOther: Bool = false,
        minConfidence: Double? = nil, about: [Int64]? = nil, filter: SearchFilter = SearchFilter(),
        allCopies: Bool = false
    ) throws -> Int {
        try statements(
            query, speakers: speakers, kinds: kinds, includeOther: includeOther, minConfidence: minConfidence,
            about: about, filter: filter, order: .relevance, allCopies: allCopies, limit: 1 << 40
        ).count
    }

    /// The first `limit` quotations in order, each statement once unless `allCopies` (with the copies among the
    /// matches in `copies`).
    private func statements(
        _ query: SearchQuery?, speakers: [Int64]?, kinds: [String]?, includeOther: Bool, minConfidence: Double?,
        about: [Int64]?, filter: SearchFilter, order: ResultOrder, allCopies: Bool, limit: Int
    ) throws -> [QuoteHit] {
        func fetch(_ count: Int) throws -> [QuoteHit] {
            try quoteHits(
                query, speakers: speakers, kinds: kinds, includeOther: includeOther, minConfidence: minConfidence,
                about: about, filter: filter, order: order, limit: count)
        }
        if allCopies { return try fetch(limit) }
        // Copies collapse: fetch more than asked until `limit` statements are found or nothing more matches.
        var fetched = min(limit, 1 << 20) * 4 + 20
        while true {
            let hits = try fetch(fetched)
            var seen: Set<String> = []
            var statements: [QuoteHit] = []
            var near = NearCopies()
            // The statement each key belongs to: its own (exact copies), or the one it is a near copy of.
            var statementOf: [String: Int] = [:]
            for hit in hits {
                // Each quotation's words once: the key, and the near copies' comparison.
                let words = hit.kind == "turn" ? "" : QuoteStatement.key(hit.text)
                let distinctive = hit.kind != "turn" && QuoteStatement.isDistinctive(hit.text)
                let key =
                    hit.kind == "turn"
                    ? "turn \(hit.articleRowID) \(hit.start)"
                    : QuoteStatement.group(
                        words: words, distinctive: distinctive, speaker: hit.speaker, article: hit.articleRowID)
                func attach(to original: Int) {
                    // Its copies in other articles, each once (kept when ``withCopies(_:)`` cannot search for them).
                    if hit.articleRowID != statements[original].articleRowID,
                        !statements[original].copies.contains(where: { $0.articleKey == hit.articleKey })
                    {
                        statements[original].copies.append(
                            QuoteCopy(articleKey: hit.articleKey, source: hit.source, published: hit.published))
                    }
                }
                guard seen.insert(key).inserted else {
                    // The same words as one kept or folded earlier: a copy of that one's statement.
                    if let original = statementOf[key] { attach(to: original) }
                    continue
                }
                // The same statement a few words apart (a rewrite, a typo): a copy of the one kept.
                if distinctive, let original = near.original(of: hit, words: words) {
                    attach(to: original)
                    statementOf[key] = original
                    continue
                }
                if distinctive { near.keep(hit, words: words, at: statements.count) }
                statementOf[key] = statements.count
                statements.append(hit)
                if statements.count == limit { break }
            }
            if statements.count == limit || hits.count < fetched { return statements }
            fetched = fetched > Int.max / 4 ? Int.max : fetched * 4
        }
    }

    /// `hit` with the other articles that carry its statement: found by its words as an FTS5 phrase, then kept when
    /// their statement key is the same.
    private func withCopies(_ hit: QuoteHit) throws -> QuoteHit {
        guard hit.kind != "turn", QuoteStatement.isDistinctive(hit.text) else { return hit }
        let key = QuoteStatement.key(hit.text)
        let tokens = SearchQuery.tokenSurfaces(hit.text)
        guard !tokens.isEmpty, tokens.count <= 200 else { return hit }
        var hit = hit
        let rows = try read { db in
            // A copy holds every word in order: FTS5 finds the quotations holding its rarest run of words, and the
            // key keeps those of the same words (a phrase of every word seeks each frequent word's doclist, half of
            // `quotes deal --speaker "Barack Obama"` at 3.2 million passages).
            let phrase = try Self.rarestRun(of: tokens, db)
            // The words first (`parley_statement` without speaker: the words' hash, or the key of a quotation of
            // fewer than six words with the same key), before the article's and the speaker's lookups: a run of
            // common words holds many quotations.
            let sameWords = QuoteStatement.wordsHash(hit.text).map { ["\u{1}\($0)", "\u{1}0\u{1}" + key] }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT quote.text, quote.article_id, article.source, article.published,
                           (SELECT key FROM article_key WHERE article_id = article.id ORDER BY ingested_at, key LIMIT 1),
                           (SELECT name FROM entity WHERE entity.id = quote.speaker_id)
                    FROM quote_fts JOIN quote ON quote.id = quote_fts.rowid JOIN article ON article.id = quote.article_id
                    WHERE quote_fts MATCH ? AND quote.article_id <> ?
                    """ + (sameWords == nil ? "" : " AND parley_statement(quote.text, '', 0) IN (?, ?)")
                        + " ORDER BY article.published, quote.article_id",
                arguments: [phrase, hit.articleRowID] + StatementArguments(sameWords ?? []))
        }
        var articles: Set<Int64> = []
        // The same words by the same speaker (or unattributed in both), after the near copies already found.
        let near = hit.copies
        hit.copies = []
        for row in rows
        where QuoteStatement.key(row[0]) == key && (row[5] as String?) == hit.speaker
            && articles.insert(row[1]).inserted
        {
            hit.copies.append(QuoteCopy(articleKey: Self.displayKey(row[4] ?? ""), source: row[2], published: row[3]))
        }
        hit.copies += near.filter { copy in !hit.copies.contains { $0.articleKey == copy.articleKey } }
        return hit
    }

    /// How many words of a quotation ``rarestRun(of:_:)`` finds its copies by.
    static let copyRunLength = 3

    /// The FTS5 phrase of the ``copyRunLength`` words in a row of `surfaces` whose rarest word is rarest (then
    /// whose words are rarest together), by the passages holding each (`term_passages`); all of them when fewer.
    static func rarestRun(of surfaces: [String], _ db: Database) throws -> String {
        let length = copyRunLength
        guard surfaces.count > length else { return SearchQuery.quoted(surfaces.joined(separator: " ")) }
        var tokenizer = Tokenizer()
        let passages = try surfaces.map {
            try TermPassages.passages(db, phrase: SearchQuery.quoted($0), tokenizer: &tokenizer) ?? .max
        }
        func cost(_ start: Int) -> (rarest: Int64, together: Int64) {
            let run = passages[start..<(start + length)]
            return (run.min() ?? .max, run.reduce(0, { $0 &+ min($1, Int64.max / 8) }))
        }
        let start = (0...(surfaces.count - length)).min { cost($0) < cost($1) } ?? 0
        return SearchQuery.quoted(surfaces[start..<(start + length)].joined(separator: " "))
    }

    private func quoteHits(
        _ query: SearchQuery?, speakers: [Int64]?, kinds: [String]?, includeOther: Bool, minConfidence: Double?,
        about: [Int64]?, filter: SearchFilter, order: ResultOrder, limit: Int
    ) throws -> [QuoteHit] {
        // A query of fields only lists, as no query does.
        let query = query?.hasWords == true ? query : nil
        let speakers = speakers ?? filter.speakers
        let minConfidence = minConfidence ?? filter.minConfidence
        var (conditions, filterArguments) = Self.articleConditions(filter)
        if let about { conditions.append(Self.aboutCondition(about)) }
        if let entities = filter.entities {
            conditions.append(
                """
                EXISTS (SELECT 1 FROM mention WHERE mention.entity_id IN (\(entities.map(String.init).joined(separator: ",")))
                    AND mention.passage_id BETWEEN quote.passage_id AND coalesce(quote.last_passage_id, quote.passage_id))
                """)
        }
        if let kinds {
            conditions.append(
                "quote.kind IN (" + kinds.map { "'\($0.filter(\.isLetter))'" }.joined(separator: ",") + ")")
        } else if !includeOther {
            conditions.append("quote.kind <> 'other'")
        }
        if let minConfidence {
            conditions.append("quote.speaker_id IS NOT NULL AND quote.confidence >= \(minConfidence)")
        }
        // Turns are found from their matched passages, then the turn holding each (by article): there the speaker
        // test is `+`-prefixed, so that SQLite never walks a speaker's every turn through the speaker index for every
        // passage.
        let speakerList = speakers.map { "quote.speaker_id IN (\($0.map(String.init).joined(separator: ",")))" }
        let whereClause = (conditions + [speakerList].compactMap { $0 }).map { " AND " + $0 }.joined()
        let turnWhereClause = (conditions + [speakerList.map { "+" + $0 }].compactMap { $0 }).map { " AND " + $0 }
            .joined()
        // A turn's text is read for the hits shown alone (``withTurnTexts(_:query:)``).
        let select = """
            SELECT CASE WHEN quote.kind = 'turn' THEN '' ELSE quote.text END AS text, quote.kind,
                   entity.name AS speaker, quote.speaker_mention, quote.cue,
                   quote.attribution, quote.method, quote.confidence, quote.start, quote."end",
                   (SELECT key FROM article_key WHERE article_id = article.id ORDER BY ingested_at, key LIMIT 1) AS key,
                   article.title, article.source, article.published, article.url, article.id, entity.kind
            """
        func hit(_ row: Row) -> QuoteHit {
            QuoteHit(
                text: row[0], kind: row[1], speaker: row[2], speakerMention: row[3], cue: row[4], attribution: row[5],
                method: row[6], confidence: row[7], start: row[8], end: row[9],
                articleKey: Self.displayKey(row["key"] ?? ""), title: row["title"], source: row["source"],
                published: row["published"], url: row["url"], articleRowID: row[15],
                // A kind outside the enum (a damaged index, see `EntityKind.stored`) shows no kind, not a crash.
                speakerKind: (row[16] as String?).flatMap(EntityKind.init(rawValue:)))
        }
        guard let query else {
            let sql = """
                \(select)
                FROM quote JOIN article ON article.id = quote.article_id
                LEFT JOIN entity ON entity.id = quote.speaker_id
                WHERE 1\(whereClause)
                ORDER BY article.published DESC, quote.article_id, quote.start
                LIMIT ?
                """
            return try read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(filterArguments + [limit])).map(hit)
            }
        }
        // By date: the newest day first (undated last), then the score.
        let newest = "substr(article.published, 1, 10) IS NULL, substr(article.published, 1, 10) DESC, "
        // Quotations by their own words; turns by their passages' (words in the passage text, not the title).
        // The best `limit` first, then their columns: SQLite computes a row's result columns before it sorts, and
        // here every match would look up its article's key and its speaker (`quotes deal` at 15.7 million passages:
        // 12,793 matching quotations for a page of 100).
        let quoted = """
            WITH best(id, score) AS MATERIALIZED (
                SELECT quote.id, quote_fts.rank
                FROM quote_fts JOIN quote ON quote.id = quote_fts.rowid
                JOIN article ON article.id = quote.article_id
                WHERE quote_fts MATCH ?\(query.sentenceCondition(table: "quote_fts").map { " AND " + $0 } ?? "")\(whereClause)
                ORDER BY \(order == .date ? newest : "")quote_fts.rank, quote.article_id, quote.start, quote.id
                LIMIT ?)
            \(select), best.score AS score
            FROM best JOIN quote ON quote.id = best.id
            JOIN article ON article.id = quote.article_id
            LEFT JOIN entity ON entity.id = quote.speaker_id
            ORDER BY \(order == .date ? newest : "")best.score, quote.article_id, quote.start, quote.id
            """
        // `bm25()` with the text column alone, as `parley_rank` with each phrase's count (the `impact` column's
        // level tokens must not lengthen a passage, as `bm25()` would have them do).
        let sentence = query.sentenceCondition(table: "passage_fts").map { " AND " + $0 } ?? ""
        func turns(_ rankArguments: RankArguments) -> String {
            """
            WITH hit(id, score) AS MATERIALIZED (
                -- FTS5 calls an auxiliary function only where it scans, not inside the aggregate below.
                SELECT rowid, \(rankArguments.rank)
                FROM passage_fts WHERE passage_fts MATCH ?\(sentence)),
            best(id, score, passage) AS (
                SELECT quote.id, min(hit.score), hit.id
                FROM hit CROSS JOIN passage ON passage.id = hit.id
                CROSS JOIN quote ON quote.id = \(Self.turnHolding)
                CROSS JOIN article ON article.id = quote.article_id
                WHERE 1\(turnWhereClause)
                GROUP BY quote.id
                ORDER BY \(order == .date ? newest : "")2, quote.article_id, quote.start
                LIMIT ?)
            \(select), best.score AS score, best.passage AS passage
            FROM best JOIN quote ON quote.id = best.id
            JOIN article ON article.id = quote.article_id
            LEFT JOIN entity ON entity.id = quote.speaker_id
            ORDER BY \(order == .date ? newest : "")best.score, quote.article_id, quote.start, quote.id
            """
        }
        let wantsTurns = kinds.map { $0.contains("turn") } ?? true
        let wantsQuoted = kinds.map { $0.contains { $0 != "turn" } } ?? true
        // A few turns (a page): found through `search`'s exact top passages of the text column, not by scoring every
        // matching passage (15 s for `quotes Iran` at 15.7 million passages).
        // Conditions only a whole turn can meet (a mention in any of its passages, an attribution's confidence, its
        // words about someone) would leave the search's passages mostly unused (11.7 s for `quotes Iran --entity
        // Chechnya` at 10×): those score every matching passage.
        let turnLevelFilter = filter.entities != nil || about != nil || minConfidence != nil
        let bestTurns =
            wantsTurns && limit <= Self.turnSearchLimit && !turnLevelFilter
            ? try turnsBySearch(
                query, speakers: speakers, filter: filter, order: order, limit: limit,
                turnCondition: turnWhereClause, arguments: filterArguments)
            : nil
        // (`nil` with turns wanted: every matching passage is scored below.)
        // A one-phrase search leaves out its IDF (the same for every passage); the quotations' scores, merged with the
        // turns', hold theirs: the turns' get it back (estimated as a search estimates frequencies), either way.
        func oneTermIDF(_ db: Database) throws -> Double {
            guard query.positivePhraseCount == 1, let phrase = query.inColumn("text").phrasePatterns.first else {
                return 1
            }
            let (first, last) = try Self.passageIDBounds(db)
            return RankFunction.idf(
                documentFrequency: Double(
                    try Self.documentFrequency(db, phrase: phrase, first: first, last: last, exact: false)),
                rows: Double(max(last - first + 1, 1)))
        }
        return try read { db in
            var scored: [(hit: QuoteHit, score: Double)] = []
            if wantsQuoted {
                scored += try Row.fetchAll(
                    db, sql: quoted,
                    arguments: StatementArguments([query.matchPattern] + filterArguments + [limit])
                ).map {
                    (hit($0), $0["score"] as Double? ?? 0)
                }
            }
            if let bestTurns {
                let rows = try Row.fetchAll(
                    db,
                    sql: "\(select), quote.id AS quote_id FROM quote JOIN article ON article.id = quote.article_id "
                        + "LEFT JOIN entity ON entity.id = quote.speaker_id WHERE quote.id IN ("
                        + bestTurns.map { String($0.turn) }.joined(separator: ",") + ")")
                let byID = Dictionary(rows.map { ($0["quote_id"] as Int64, $0) }) { first, _ in first }
                let idf = try oneTermIDF(db)
                scored += bestTurns.compactMap { best in
                    guard let row = byID[best.turn] else { return nil }
                    var turn = hit(row)
                    turn.matchedPassageID = best.passage
                    return (turn, best.score * idf)
                }
            } else if wantsTurns {
                // SQLite takes a bare column of an aggregate query from the row `min()` chose: the best passage.
                let textQuery = query.inColumn("text")
                let pattern = textQuery.matchPattern
                let (first, last) = try Self.passageIDBounds(db)
                // The frequencies and the IDF the search above scores with: a deep page (past
                // `turnSearchLimit`) orders turns as the first pages do, and neither repeats nor skips one.
                let rankArguments = try Self.scoringFrequencies(
                    db, textQuery, filter: SearchFilter(), first: first, last: last
                ).arguments
                let idf = try oneTermIDF(db)
                scored += try Row.fetchAll(
                    db, sql: turns(rankArguments), arguments: StatementArguments([pattern] + filterArguments + [limit])
                ).map { row in
                    var turn = hit(row)
                    turn.matchedPassageID = row["passage"]
                    return (turn, (row["score"] as Double? ?? 0) * idf)
                }
            }
            // Ties by article and place, as each query broke its own: one total order whichever way the turns were
            // found.
            func before(_ a: (hit: QuoteHit, score: Double), _ b: (hit: QuoteHit, score: Double)) -> Bool {
                (a.score, a.hit.articleRowID, a.hit.start) < (b.score, b.hit.articleRowID, b.hit.start)
            }
            let ordered =
                order == .relevance
                ? scored.sorted(by: before)
                : scored.sorted { a, b in
                    // Newest day first, undated last, then the score (as each query ordered its own).
                    let (dayA, dayB) = (
                        a.hit.published.map { String($0.prefix(10)) }, b.hit.published.map { String($0.prefix(10)) }
                    )
                    if dayA != dayB { return dayB == nil || (dayA != nil && dayA! > dayB!) }
                    return before(a, b)
                }
            return Array(ordered.prefix(limit).map(\.hit))
        }
    }

    /// How the extractor attributed each of `hits`: every rule's candidate, the one that won and why, and what
    /// the confidence means (`parley quotes --explain`), in the order of `hits`. The stored articles are extracted
    /// again with this Parley's rules, aliases and office table (read once, each article extracted once); when
    /// the index was built by another extraction version, or a quotation is no longer found, the first line says
    /// so.
    public func explanations(for hits: [QuoteHit]) throws -> [[String]] {
        let gazetteer = gazetteer(), offices = officeHolders().holders
        var extracted: [Int64: [Quotation]?] = [:]
        return try hits.map { hit in
            if extracted[hit.articleRowID] == nil {
                let row = try read { db in
                    try Row.fetchOne(
                        db, sql: "SELECT text, published, title, source FROM article WHERE id = ?",
                        arguments: [hit.articleRowID])
                }
                extracted[hit.articleRowID] = .some(
                    row.map {
                        ArticleExtraction.extract(
                            from: $0[0], title: $0[2], source: $0[3], date: $0[1], gazetteer: gazetteer,
                            offices: offices,
                            explain: true
                        )
                        .quotations
                    })
            }
            guard let quotations = extracted[hit.articleRowID] ?? nil else {
                return ["the article is no longer in the index"]
            }
            guard let quotation = quotations.first(where: { $0.start == hit.start && $0.end == hit.end }) else {
                return ["this Parley's extraction no longer finds this quotation: run 'parley reindex' to re-extract"]
            }
            var lines = quotation.explanation
            if quotation.speaker != hit.speaker, let speaker = quotation.speaker {
                lines.insert(
                    "stored with an older extraction; this Parley would attribute it to \(speaker) "
                        + "('parley reindex' re-extracts)", at: 0)
            }
            return lines
        }
    }

    /// Speakers by number of quotations (kinds `full`, `partial` and `turn`), most first: people, organisations and
    /// role labels (kind `role`); a transcript's questioners are left out.
    ///
    /// `about`: count only the quotations whose own words mention one of these entities
    /// (``quotes(_:speakers:kinds:includeOther:minConfidence:about:filter:order:limit:)``): who talks about them most.
    public func speakers(limit: Int = 50, about: [Int64]? = nil) throws -> [SpeakerCount] {
        let condition = about.map { " AND " + Self.aboutCondition($0) } ?? ""
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT entity.name, entity.kind,
                           count(DISTINCT CASE WHEN quote.kind = 'turn' THEN 'turn ' || quote.id
                                               ELSE parley_statement(quote.text, entity.name, quote.article_id)
                                          END) AS statements,
                           count(DISTINCT quote.article_id) AS articles
                    FROM quote JOIN entity ON entity.id = quote.speaker_id
                    WHERE quote.kind <> 'other' AND entity.kind <> \(EntityKind.questioner.sqlLiteral)\(condition)
                    GROUP BY entity.id ORDER BY statements DESC, entity.name LIMIT ?
                    """, arguments: [limit]
            ).map { try SpeakerCount(name: $0[0], kind: EntityKind.stored($0[1]), quotations: $0[2], articles: $0[3]) }
        }
    }

    /// SQL conditions on `article` for the filter's dates and sources, with their arguments.
    static func articleConditions(_ filter: SearchFilter) -> ([String], [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let since = filter.since {
            conditions.append("substr(article.published, 1, 10) >= ?")
            arguments.append(since)
        }
        if let until = filter.until {
            conditions.append("substr(article.published, 1, 10) <= ?")
            arguments.append(until)
        }
        if let sources = filter.sources {
            conditions.append("article.source IN (" + sources.map { _ in "?" }.joined(separator: ",") + ")")
            arguments += sources as [any DatabaseValueConvertible]
        }
        return (conditions, arguments)
    }

    /// SQL on `quote`: its own words (its span of the article, within its passages) mention one of `entities`.
    static func aboutCondition(_ entities: [Int64]) -> String {
        """
        EXISTS (SELECT 1 FROM mention WHERE mention.entity_id IN (\(entities.map(String.init).joined(separator: ",")))
            AND mention.passage_id BETWEEN quote.passage_id AND coalesce(quote.last_passage_id, quote.passage_id)
            AND mention.start >= quote.start AND mention."end" <= quote."end")
        """
    }
}
