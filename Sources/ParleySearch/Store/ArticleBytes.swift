/// An article's UTF-8 bytes, for slicing passages out of them: passages are stored as Unicode-scalar offsets, and
/// SQLite's `substr` on the text walks its characters from the start for every passage (a briefing is 40 KB).
///
/// The scalars are counted as far as a slice needs, once: `SENTENCE(…)` reads one passage of most articles it looks
/// at, and counting every article's scalars up front was half its work (callgrind, `SENTENCE(Iran deal)` at 10×).
final class ArticleBytes {
    let bytes: [UInt8]
    /// The byte offset of every ``stride``-th scalar, as far as counted: an offset is found from the checkpoint
    /// before it.
    private var checkpoints: [Int]
    /// Whether the counting has reached the end of the bytes.
    private var counted: Bool
    private static let stride = 64

    convenience init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        checkpoints = bytes.isEmpty ? [] : [0]
        counted = bytes.isEmpty
    }

    /// The bytes of scalars `start..<end`, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> ArraySlice<UInt8> {
        let from = byte(at: max(start, 0))
        return bytes[from..<max(from, byte(at: end))]
    }

    /// The byte offset of scalar offset `scalar` (the text's length past its end).
    private func byte(at scalar: Int) -> Int {
        let checkpoint = scalar / Self.stride
        if checkpoint >= checkpoints.count { count(upTo: checkpoint) }
        guard checkpoint < checkpoints.count else { return bytes.count }
        return bytes.withUnsafeBufferPointer { bytes in
            var index = checkpoints[checkpoint]
            for _ in 0..<(scalar % Self.stride) where index < bytes.count {
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            return index
        }
    }

    /// Counts scalars on from the last checkpoint until checkpoint `checkpoint` is known or the bytes end.
    private func count(upTo checkpoint: Int) {
        guard !counted, let last = checkpoints.last else { return }
        let (found, ended) = bytes.withUnsafeBufferPointer {
            Self.checkpoints(in: $0, from: last, count: checkpoint + 1 - checkpoints.count)
        }
        checkpoints += found
        counted = ended
    }

    /// The offsets of the next `count` checkpoints after the one at `start`, and whether the bytes ended first.
    ///
    /// A byte starts a scalar unless it is `10xxxxxx`. When the 64 bytes after a checkpoint are ASCII, the next
    /// one is 64 bytes on (one test of eight words); otherwise scalars are counted eight bytes at a time up to the
    /// word that holds the checkpoint, then byte by byte.
    private static func checkpoints(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int
    ) -> (found: [Int], ended: Bool) {
        var found: [Int] = []
        found.reserveCapacity(count)
        let raw = UnsafeRawBufferPointer(bytes)
        let high: UInt64 = 0x8080_8080_8080_8080
        var checkpoint = start
        while found.count < count {
            if checkpoint + stride < bytes.count {
                var bits: UInt64 = 0
                for word in 0..<(stride / 8) {
                    bits |= raw.loadUnaligned(fromByteOffset: checkpoint + 1 + 8 * word, as: UInt64.self)
                }
                if bits & high == 0 {
                    checkpoint += stride
                    found.append(checkpoint)
                    continue
                }
            }
            var index = checkpoint + 1
            var scalars = 0  // scalars started after the checkpoint, before `index`
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Each continuation byte's top bit, summed into the top byte (`nonzeroBitCount` is a dozen
                // instructions without POPCNT, which x86-64's baseline lacks).
                let continuations = Int((((word & high & ~(word << 1)) >> 7) &* 0x0101_0101_0101_0101) >> 56)
                guard scalars + 8 - continuations < stride else { break }
                scalars += 8 - continuations
                index += 8
            }
            while index < bytes.count {
                if bytes[index] & 0xC0 != 0x80 {
                    scalars += 1
                    if scalars == stride { break }
                }
                index += 1
            }
            guard index < bytes.count else { return (found, true) }
            checkpoint = index
            found.append(checkpoint)
        }
        return (found, false)
    }
}
