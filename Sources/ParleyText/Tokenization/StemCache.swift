/// Remembers the Porter stems of recent short words: news vocabulary is Zipfian, so most tokens are a few
/// thousand words (`said`, `talks`, `minister`), and a lookup costs less than stemming again.
///
/// Direct-mapped: a word's slot is chosen by its hash; a collision simply replaces the older word. Words
/// longer than ``maxWordBytes`` are stemmed every time.
final class StemCache {
    static let maxWordBytes = 16
    /// A power of two: 8,192 slots × 34 bytes ≈ 280 KB, inside the L2 cache.
    static let slotCount = 8192

    private let words: UnsafeMutablePointer<UInt8>
    private let stems: UnsafeMutablePointer<UInt8>
    private let lengths: UnsafeMutablePointer<UInt8>  // word length, stem length per slot; 0 = empty

    init() {
        words = .allocate(capacity: Self.slotCount * Self.maxWordBytes)
        stems = .allocate(capacity: Self.slotCount * Self.maxWordBytes)
        lengths = .allocate(capacity: Self.slotCount * 2)
        lengths.initialize(repeating: 0, count: Self.slotCount * 2)
    }

    deinit {
        words.deallocate()
        stems.deallocate()
        lengths.deallocate()
    }

    /// Stems the `count` letters at `word` in place (which needs ``PorterStemmer/headroom`` spare bytes).
    ///
    /// - Returns: the stem's length.
    @inline(__always)
    func stem(_ word: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        guard count <= Self.maxWordBytes else { return PorterStemmer.stem(word, count: count) }
        var hash: UInt32 = 2_166_136_261
        for index in 0..<count { hash = (hash ^ UInt32(word[index])) &* 16_777_619 }
        let slot = Int(hash >> 3) & (Self.slotCount - 1)
        let key = words + slot * Self.maxWordBytes
        let stem = stems + slot * Self.maxWordBytes
        if Int(lengths[2 * slot]) == count, Self.equal(key, word, count) {
            let stemLength = Int(lengths[2 * slot + 1])
            word.update(from: stem, count: stemLength)
            return stemLength
        }
        key.update(from: word, count: count)
        let stemLength = PorterStemmer.stem(word, count: count)
        stem.update(from: word, count: stemLength)
        lengths[2 * slot] = UInt8(count)
        lengths[2 * slot + 1] = UInt8(stemLength)
        return stemLength
    }

    /// Inline comparison: for words this short a `memcmp` call costs more than the loop.
    @inline(__always)
    private static func equal(_ a: UnsafeMutablePointer<UInt8>, _ b: UnsafeMutablePointer<UInt8>, _ count: Int) -> Bool
    {
        for index in 0..<count where a[index] != b[index] { return false }
        return true
    }
}
