import Foundation
import GRDB
import GRDBSQLite
import ParleyText

/// Adapts ParleyText's ``Tokenizer`` to FTS5 (`tokenize = 'parley_v1'`): used for indexing, queries,
/// `highlight()` and deletes. All the rules live in ``Tokenizer``; this class only passes bytes and pointers.
///
/// FTS5 creates one instance per table and connection and calls it from that connection only, so the mutable
/// scratch state needs no lock.
public final class ParleyFTS5Tokenizer: FTS5CustomTokenizer, @unchecked Sendable {
    public static let name = Tokenizer.name

    private var tokenizer = Tokenizer()

    /// The connection this instance tokenizes for: `passage_fts`'s rows written there have their words counted
    /// (``TermPassages``).
    private let connection: OpaquePointer?

    public init(db: Database, arguments: [String]) throws { connection = db.sqliteConnection }

    /// An instance for a connection GRDB does not own (``SQLiteExtension``).
    init() { connection = nil }

    public func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let mode: Tokenizer.Mode =
            tokenization.contains(.prefix) ? .prefix : tokenization.contains(.query) ? .query : .document
        if bytes[0] == ImpactLevels.marker {
            // An `impact` column's value, or a level token in a query Parley built (user text never holds 0x01).
            return mode == .document
                ? impactTokens(bytes, context: context, tokenCallback: tokenCallback)
                : tokenCallback(context, 0, pText, nText, 0, nText)
        }
        if bytes[0] == PrefixExpansion.wordMarker, mode != .document, bytes.count > 1 {
            // One word a prefix stands for, in a query Parley built (user text never holds 0x03): the index term as
            // it is, not tokenized again (a stem is not always its own stem).
            return tokenCallback(context, 0, pText + 1, nText - 1, 0, nText)
        }
        if bytes[0] == FacetTerms.marker {
            // A `facets` column's value (tokens each behind a 0x02 byte), or one such token in a filter's query.
            return mode == .document
                ? facetTokens(bytes, context: context, tokenCallback: tokenCallback)
                : tokenCallback(context, 0, pText, nText, 0, nText)
        }
        var rc = SQLITE_OK
        let recording = mode == .document
        // Recorded into a local (moved out of `recent` and back): no exclusivity check a token.
        var record = RecordedTokens()
        if recording {
            swap(&record, &recent[next])
            record.start(bytes)
        }
        tokenizer.tokenize(bytes, mode: mode) { token, range, colocated in
            if recording { record.append(token, colocated: colocated) }
            rc = tokenCallback(
                context, colocated ? FTS5_TOKEN_COLOCATED : 0,
                UnsafeRawPointer(token.baseAddress!).assumingMemoryBound(to: CChar.self),  // tokens are never empty
                CInt(token.count), CInt(range.lowerBound), CInt(range.upperBound))
            return rc == SQLITE_OK
        }
        if recording {
            // A token stream cut short is no record of the text.
            if rc != SQLITE_OK { record.start(UnsafeBufferPointer(start: nil, count: 0)) }
            swap(&record, &recent[next])
            next = 1 - next
        }
        // Never throw across the C callback: FTS5 gets SQLite's code (SQLITE_DONE means "stop", not an error).
        return rc == SQLITE_DONE ? SQLITE_OK : rc
    }

    /// The filter tokens of a `facets` column's value (``FacetTerms``): each from its 0x02 byte to the next one.
    private func facetTokens(
        _ bytes: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback
    ) -> CInt {
        let base = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
        var start = 0
        while start < bytes.count {
            var end = start + 1
            while end < bytes.count, bytes[end] != FacetTerms.marker { end += 1 }
            if end - start > 1 {
                let rc = tokenCallback(context, 0, base + start, CInt(end - start), CInt(start), CInt(end))
                if rc != SQLITE_OK { return rc == SQLITE_DONE ? SQLITE_OK : rc }
            }
            start = end
        }
        return SQLITE_OK
    }

    /// The tokens of the last two texts tokenized as documents: a row's text and title, which its `impact` value
    /// repeats right after (FTS5 tokenizes a row's columns in order), so that they are not tokenized twice.
    private var recent = [RecordedTokens(), RecordedTokens()]
    private var next = 0

    /// The tokens of `part` as a document: recorded, or tokenized now into `record`.
    private func tokens(of part: UnsafeBufferPointer<UInt8>, into record: inout RecordedTokens) {
        if recent[0].holds(part) {
            record = recent[0]
        } else if recent[1].holds(part) {
            record = recent[1]
        } else {
            record.start(part)
            tokenizer.tokenize(part, mode: .document) { token, _, colocated in
                record.append(token, colocated: colocated)
                return true
            }
        }
    }

    /// The level tokens of an `impact` column's value (0x01, the passage text, 0x01, the title; stored text never
    /// holds a control character: the readers replace them): one for each word
    /// that reaches level 1 (``ImpactLevels``), in the order first met, so that a delete sees the same tokens.
    private func impactTokens(
        _ bytes: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback
    ) -> CInt {
        let body = UnsafeBufferPointer(rebasing: bytes[1...])
        let split = body.firstIndex(of: ImpactLevels.marker) ?? body.endIndex
        var text = RecordedTokens()
        var title = RecordedTokens()
        tokens(of: UnsafeBufferPointer(rebasing: body[..<split]), into: &text)
        tokens(of: UnsafeBufferPointer(rebasing: body[min(split + 1, body.endIndex)...]), into: &title)
        let length = text.length + title.length
        // Every distinct term with its weighted hits, in the order first met: a hash table of `terms`, kept from
        // row to row (a stamp tells this row's slots from older ones).
        // The scratch, moved into locals for the loops (no exclusivity check an access) and back at the end.
        var terms: [TermSlot] = []
        var slots: [Slot] = []
        var firsts: [Int32] = []
        var levelToken: [UInt8] = []
        swap(&terms, &self.terms)
        swap(&slots, &self.slots)
        swap(&firsts, &self.firsts)
        swap(&levelToken, &self.levelToken)
        defer {
            swap(&terms, &self.terms)
            swap(&slots, &self.slots)
            swap(&firsts, &self.firsts)
            swap(&levelToken, &self.levelToken)
        }
        terms.removeAll(keepingCapacity: true)
        text.appendTokens(to: &terms, title: false)
        title.appendTokens(to: &terms, title: true)
        let textBytes = text.tokenBytes
        let titleBytes = title.tokenBytes
        if slots.count < 2 * terms.count {
            slots = [Slot](
                repeating: Slot(), count: max(1_024, 1 << (Int.bitWidth - (2 * terms.count).leadingZeroBitCount)))
            stamp = 0
        }
        stamp &+= 1
        if stamp == 0 {
            for index in slots.indices { slots[index].stamp = 0 }
            stamp = 1
        }
        let stamp = self.stamp
        let mask = slots.count - 1
        return textBytes.withUnsafeBufferPointer { textBase in
            titleBytes.withUnsafeBufferPointer { titleBase in
                func bytes(_ term: TermSlot) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: (term.title ? titleBase : textBase)[Int(term.start)..<Int(term.end)])
                }
                func same(_ a: TermSlot, _ b: TermSlot) -> Bool {
                    guard a.hash == b.hash else { return false }
                    let x = bytes(a), y = bytes(b)
                    return x.count == y.count && memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
                }
                firsts.removeAll(keepingCapacity: true)
                for (position, term) in terms.enumerated() {
                    let weight = term.title ? ImpactLevels.titleWeight : ImpactLevels.textWeight
                    var probe = Int(truncatingIfNeeded: term.hash) & mask
                    while true {
                        if slots[probe].stamp != stamp {
                            slots[probe] = Slot(stamp: stamp, first: Int32(position), frequency: weight)
                            firsts.append(Int32(probe))
                            break
                        }
                        if same(terms[Int(slots[probe].first)], term) {
                            slots[probe].frequency += weight
                            break
                        }
                        probe = (probe + 1) & mask
                    }
                }
                if let counts = TermPassages.counts(on: connection) {
                    for probe in firsts {
                        let term = terms[Int(slots[Int(probe)].first)]
                        counts.words.add(bytes(term), hash: term.hash, counts.sign)
                    }
                }
                for probe in firsts {
                    let slot = slots[Int(probe)]
                    let level = ImpactLevels.level(frequency: slot.frequency, length: length)
                    guard level > 0 else { continue }
                    ImpactLevels.spell(term: bytes(terms[Int(slot.first)]), level: level, into: &levelToken)
                    let rc = levelToken.withUnsafeBufferPointer { buffer in
                        buffer.withMemoryRebound(to: CChar.self) {
                            tokenCallback(context, 0, $0.baseAddress, CInt($0.count), 0, 0)
                        }
                    }
                    if rc != SQLITE_OK { return rc == SQLITE_DONE ? SQLITE_OK : rc }
                }
                return SQLITE_OK
            }
        }
    }

    /// Scratch for ``impactTokens``, reused from row to row: every token of the row, the hash table of its
    /// distinct terms and their slots in the order first met.
    private var terms: [TermSlot] = []
    private var slots: [Slot] = []
    private var stamp: UInt32 = 0
    private var firsts: [Int32] = []
    /// A level token being spelled.
    private var levelToken: [UInt8] = []
}

/// A distinct term of a row in ``ParleyFTS5Tokenizer``'s hash table: where it was first met, its weighted hits.
private struct Slot {
    var stamp: UInt32 = 0
    var first: Int32 = 0
    var frequency = 0.0
}

/// A token of a row's text or title, as a byte range of its ``RecordedTokens``.
private struct TermSlot {
    var hash: UInt64
    var start: Int32
    var end: Int32
    var title: Bool
}

/// A text and the tokens the tokenizer gave for it, in one buffer.
private struct RecordedTokens {
    private var input: [UInt8] = []
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []
    /// Each token's FNV-1a hash.
    private var hashes: [UInt64] = []
    /// Tokens that take a position (not colocated): the length FTS5 records.
    private(set) var length = 0

    var count: Int { ranges.count }

    mutating func start(_ text: UnsafeBufferPointer<UInt8>) {
        input.removeAll(keepingCapacity: true)
        input.append(contentsOf: text)
        bytes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        length = 0
    }

    mutating func append(_ token: UnsafeBufferPointer<UInt8>, colocated: Bool) {
        ranges.append(bytes.count..<(bytes.count + token.count))
        bytes.append(contentsOf: token)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hashes.append(hash)
        if !colocated { length += 1 }
    }

    var tokenBytes: [UInt8] { bytes }

    func appendTokens(to terms: inout [TermSlot], title: Bool) {
        for (range, hash) in zip(ranges, hashes) {
            terms.append(
                TermSlot(hash: hash, start: Int32(range.lowerBound), end: Int32(range.upperBound), title: title))
        }
    }

    func holds(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        input.count == text.count
            && (text.isEmpty
                || input.withUnsafeBufferPointer { memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 })
    }
}

/// Registered under an older Parley tokenizer's name (`parley_v0`) only while `parley reindex` drops a
/// full-text table built with it: SQLite constructs a table's tokenizer even to drop the table.
final class LegacyTokenizer: FTS5CustomTokenizer, @unchecked Sendable {
    /// Set before registering; `reindex` runs on one connection, one name at a time.
    nonisolated(unsafe) static var name = "parley_v0"

    private let current: ParleyFTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        current = try ParleyFTS5Tokenizer(db: db, arguments: arguments)
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        current.tokenize(
            context: context, tokenization: tokenization, pText: pText, nText: nText, tokenCallback: tokenCallback)
    }
}
