/// A small set of short words, looked up by their UTF-8 bytes without building a `String`.
///
/// A word of up to ``maxWordBytes`` bytes is packed into two `UInt64`s plus its length; a longer run of
/// bytes is never in the table, so the lookup answers `false` without hashing.
struct WordTable: Sendable {
    /// The longest word a table holds: the longest entry (`Nevertheless`) with room to spare.
    static let maxWordBytes = 16

    private let words: Set<PackedWord>

    init(_ list: [String]) {
        var words = Set<PackedWord>()
        for word in list {
            var utf8 = Array(word.utf8)
            let packed = utf8.withUnsafeMutableBufferPointer { buffer in
                PackedWord(UnsafeBufferPointer(buffer), 0..<buffer.count)
            }
            // A table entry longer than the limit is a programming error in the lists below.
            guard let packed else { preconditionFailure("'\(word)' is longer than \(Self.maxWordBytes) bytes") }
            words.insert(packed)
        }
        self.words = words
    }

    /// Whether `bytes[range]` is one of the words.
    @inline(__always) func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let packed = PackedWord(bytes, range) else { return false }
        return words.contains(packed)
    }
}

/// Up to 16 bytes of a word and its length, hashable without allocating.
private struct PackedWord: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var length: UInt8

    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= WordTable.maxWordBytes else { return nil }
        length = UInt8(range.count)
        for (position, index) in range.enumerated() {
            let byte = UInt64(bytes[index])
            if position < 8 {
                low |= byte << (8 * UInt64(position))
            } else {
                high |= byte << (8 * UInt64(position - 8))
            }
        }
    }
}
