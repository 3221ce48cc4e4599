import Foundation
import ParleyText

/// A text and the tokens ``Tokenizer`` gives for it as a document, in a few flat buffers: recorded once, replayed to
/// FTS5 as often as needed (``ParleyFTS5Tokenizer``). A row's `impact` value repeats its text and title, which were
/// just tokenized; the indexer tokenizes a passage on the reading thread so that the writer only replays it
/// (``PreparedFullText``).
struct DocumentTokens: Sendable {
    /// A token: the end of its bytes in `bytes` (they start where the token before ended), its range in the text
    /// (12 bytes: a batch's passages are kept so until written).
    struct Token: Sendable {
        var end: Int32
        var textStart: Int32
        /// The end of its range in the text, negated for a colocated token (an alternative at the position of the one
        /// before it).
        var signedTextEnd: Int32

        var isColocated: Bool { signedTextEnd < 0 }
        var textEnd: Int32 { signedTextEnd < 0 ? -signedTextEnd : signedTextEnd }
    }

    private(set) var input: [UInt8] = []
    private(set) var bytes: [UInt8] = []
    private(set) var tokens: [Token] = []
    /// Tokens that take a position (not colocated): the length FTS5 records.
    private(set) var length = 0

    init() {}

    /// The tokens of `text` as a document.
    init(_ text: UnsafeBufferPointer<UInt8>, tokenizer: inout Tokenizer) {
        record(text, tokenizer: &tokenizer)
    }

    /// Starts a record of `text`, with no token yet.
    mutating func start(_ text: UnsafeBufferPointer<UInt8>) {
        input.removeAll(keepingCapacity: true)
        input.append(contentsOf: text)
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        length = 0
    }

    /// Records `text` and every token of it as a document.
    mutating func record(_ text: UnsafeBufferPointer<UInt8>, tokenizer: inout Tokenizer) {
        start(text)
        // At most about a token for four bytes: a new record grows once or not at all.
        bytes.reserveCapacity(text.count + 16)
        tokens.reserveCapacity(text.count / 4 + 4)
        // Moved into a local for the loop and back: no exclusivity check a token.
        var record = self
        self = DocumentTokens()
        tokenizer.tokenize(text, mode: .document) { token, range, colocated in
            record.append(token, range: range, colocated: colocated)
            return true
        }
        self = record
    }

    /// Adds `token`, found at `range` of the text.
    mutating func append(_ token: UnsafeBufferPointer<UInt8>, range: Range<Int>, colocated: Bool) {
        let end = Int32(range.upperBound)
        tokens.append(
            Token(
                end: Int32(bytes.count + token.count), textStart: Int32(range.lowerBound),
                signedTextEnd: colocated ? -end : end))
        bytes.append(contentsOf: token)
        if !colocated { length += 1 }
    }

    /// Whether this is the record of `text`.
    func holds(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        input.count == text.count
            && (text.isEmpty
                || input.withUnsafeBufferPointer { memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 })
    }

    /// Calls `body` with each token's bytes and record, in order, until it returns `false`.
    func replay(_ body: (UnsafeBufferPointer<UInt8>, Token) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for token in tokens {
                let bytes = UnsafeBufferPointer(rebasing: buffer[start..<Int(token.end)])
                if !body(bytes, token) { return }
                start = Int(token.end)
            }
        }
    }
}

/// What a row's `impact` column holds and counts, from its text's and title's tokens: the level token of each word
/// that reaches level 1 (``ImpactLevels``) and every distinct word, for `term_passages` (``TermPassages``), both in the
/// order first met, so that a delete sees the same tokens as the insert.
struct ImpactTerms: Sendable {
    /// A distinct word: its bytes in its record's (the text's, or the title's).
    struct Term: Sendable {
        var inTitle: Bool
        var start: Int32
        var end: Int32
    }

    /// The level tokens end to end, each ending where `levelEnds` says.
    private(set) var levelBytes: [UInt8] = []
    private(set) var levelEnds: [Int32] = []
    private(set) var terms: [Term] = []

    /// Each level token, until `body` returns `false`.
    func forEachLevelToken(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        levelBytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for end in levelEnds {
                if !body(UnsafeBufferPointer(rebasing: buffer[start..<Int(end)])) { return }
                start = Int(end)
            }
        }
    }

    /// Adds each distinct word to `counts`, with `change`.
    func count(into counts: inout TermPassages.WordCounts, text: DocumentTokens, title: DocumentTokens, change: Int) {
        text.bytes.withUnsafeBufferPointer { textBytes in
            title.bytes.withUnsafeBufferPointer { titleBytes in
                for term in terms {
                    let word = UnsafeBufferPointer(
                        rebasing: (term.inTitle ? titleBytes : textBytes)[Int(term.start)..<Int(term.end)])
                    counts.add(word, hash: Self.hash(word), change)
                }
            }
        }
    }

    /// The FNV-1a hash of `word`.
    @inline(__always)
    static func hash(_ word: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Adds every token of `record` to `terms`, with its hash (in `hashes`).
    private static func appendTerms(
        of record: DocumentTokens, inTitle: Bool, to terms: inout [Term], hashes: inout [UInt64]
    ) {
        record.bytes.withUnsafeBufferPointer { bytes in
            var start: Int32 = 0
            for token in record.tokens {
                terms.append(Term(inTitle: inTitle, start: start, end: token.end))
                hashes.append(hash(bytes[Int(start)..<Int(token.end)]))
                start = token.end
            }
        }
    }

    /// Computes the row's level tokens and distinct words, reusing `scratch`'s storage.
    mutating func compute(text: DocumentTokens, title: DocumentTokens, scratch: inout ImpactScratch) {
        levelBytes.removeAll(keepingCapacity: true)
        levelEnds.removeAll(keepingCapacity: true)
        terms.removeAll(keepingCapacity: true)
        let length = text.length + title.length
        // Every distinct term with its weighted hits, in the order first met: a hash table of `all`, kept from row to
        // row (a stamp tells this row's slots from older ones). Moved into locals for the loops (no exclusivity check
        // an access) and back at the end.
        var all = scratch.terms
        var hashes = scratch.hashes
        var slots = scratch.slots
        var firsts = scratch.firsts
        scratch.terms = []
        scratch.hashes = []
        scratch.slots = []
        scratch.firsts = []
        defer {
            scratch.terms = all
            scratch.hashes = hashes
            scratch.slots = slots
            scratch.firsts = firsts
        }
        all.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        Self.appendTerms(of: text, inTitle: false, to: &all, hashes: &hashes)
        Self.appendTerms(of: title, inTitle: true, to: &all, hashes: &hashes)
        if slots.count < 2 * all.count {
            slots = [ImpactScratch.Slot](
                repeating: ImpactScratch.Slot(),
                count: max(1_024, 1 << (Int.bitWidth - (2 * all.count).leadingZeroBitCount)))
            scratch.stamp = 0
        }
        scratch.stamp &+= 1
        if scratch.stamp == 0 {
            for index in slots.indices { slots[index].stamp = 0 }
            scratch.stamp = 1
        }
        let stamp = scratch.stamp
        let mask = slots.count - 1
        text.bytes.withUnsafeBufferPointer { textBase in
            title.bytes.withUnsafeBufferPointer { titleBase in
                func bytes(_ term: Term) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(
                        rebasing: (term.inTitle ? titleBase : textBase)[Int(term.start)..<Int(term.end)])
                }
                func same(_ a: Int, _ b: Int) -> Bool {
                    guard hashes[a] == hashes[b] else { return false }
                    let x = bytes(all[a]), y = bytes(all[b])
                    return x.count == y.count && memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
                }
                firsts.removeAll(keepingCapacity: true)
                for (position, term) in all.enumerated() {
                    let weight = term.inTitle ? ImpactLevels.titleWeight : ImpactLevels.textWeight
                    var probe = Int(truncatingIfNeeded: hashes[position]) & mask
                    while true {
                        if slots[probe].stamp != stamp {
                            slots[probe] = ImpactScratch.Slot(stamp: stamp, first: Int32(position), frequency: weight)
                            firsts.append(Int32(probe))
                            break
                        }
                        if same(Int(slots[probe].first), position) {
                            slots[probe].frequency += weight
                            break
                        }
                        probe = (probe + 1) & mask
                    }
                }
                var token = scratch.levelToken
                terms.reserveCapacity(firsts.count)
                for probe in firsts {
                    let slot = slots[Int(probe)]
                    let term = all[Int(slot.first)]
                    terms.append(term)
                    let level = ImpactLevels.level(frequency: slot.frequency, length: length)
                    guard level > 0 else { continue }
                    ImpactLevels.spell(term: bytes(term), level: level, into: &token)
                    levelBytes.append(contentsOf: token)
                    levelEnds.append(Int32(levelBytes.count))
                }
                scratch.levelToken = token
            }
        }
    }
}

/// Storage ``ImpactTerms/compute(text:title:scratch:)`` reuses from row to row: every token of the row, the hash table
/// of its distinct words and their slots in the order first met, a level token being spelled.
struct ImpactScratch {
    struct Slot {
        var stamp: UInt32 = 0
        var first: Int32 = 0
        var frequency = 0.0
    }

    fileprivate var terms: [ImpactTerms.Term] = []
    fileprivate var hashes: [UInt64] = []
    fileprivate var slots: [Slot] = []
    fileprivate var stamp: UInt32 = 0
    fileprivate var firsts: [Int32] = []
    fileprivate var levelToken: [UInt8] = []
}

/// An article's passages tokenized for `passage_fts` and hashed on the reading thread, so that the writer only replays
/// the tokens to FTS5 (``ParleyFTS5Tokenizer``, through ``PassageFullText/insert(_:rows:prepared:)``). The indexer
/// does it while its writer is the slower thread (docs/performance.md, "Passages tokenized on the reading thread").
struct PreparedFullText: Sendable {
    struct Passage: Sendable {
        var text: DocumentTokens
        var impact: ImpactTerms
        /// `passage.words_hash` (``QuoteStatement/wordsHash(_:)``).
        var wordsHash: Int64?

        /// Whether these are the tokens of `text`.
        func holds(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { self.text.holds($0) }
        }
    }

    var title: DocumentTokens
    /// In the order of the article's passages.
    var passages: [Passage]

    /// Tokenizes `article`'s title and passages, reusing `preparer`'s tokenizer and storage.
    init(_ article: PreparedArticle, preparer: inout Preparer) {
        let title = preparer.tokens(of: article.record.title)
        passages = article.passages.map { passage in
            let row = preparer.row(text: passage.text, title: title)
            return Passage(text: row.text, impact: row.impact, wordsHash: QuoteStatement.wordsHash(passage.text))
        }
        self.title = title
    }

    /// A tokenizer and storage kept from article to article, on one thread.
    struct Preparer {
        fileprivate var tokenizer = Tokenizer()
        fileprivate var scratch = ImpactScratch()

        /// The tokens of `text` as a document (a title, once for its article's rows).
        mutating func tokens(of text: String) -> DocumentTokens {
            var text = text
            return text.withUTF8 { DocumentTokens($0, tokenizer: &tokenizer) }
        }

        /// The tokens of a row of `text` under a title tokenized by ``tokens(of:)``.
        mutating func row(text: String, title: DocumentTokens) -> PreparedRow.Tokens {
            let tokens = self.tokens(of: text)
            var impact = ImpactTerms()
            impact.compute(text: tokens, title: title, scratch: &scratch)
            return PreparedRow.Tokens(text: tokens, title: title, impact: impact)
        }
    }
}
