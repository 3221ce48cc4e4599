/// An article's UTF-8 bytes, for slicing passages out of them: passages are stored as Unicode-scalar offsets, and
/// SQLite's `substr` on the text walks its characters from the start for every passage (a briefing is 40 KB).
struct ArticleBytes {
    let bytes: [UInt8]
    /// The byte offset of every ``stride``-th scalar: an offset is found from the checkpoint before it.
    private let checkpoints: [Int]
    private static let stride = 64

    init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var scalar = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if scalar % Self.stride == 0 { checkpoints.append(offset) }
            scalar += 1
        }
        self.checkpoints = checkpoints
    }

    /// The bytes of scalars `start..<end`, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> ArraySlice<UInt8> {
        let from = byte(at: max(start, 0))
        return bytes[from..<max(from, byte(at: end))]
    }

    /// The byte offset of scalar offset `scalar` (the text's length past its end).
    private func byte(at scalar: Int) -> Int {
        let checkpoint = scalar / Self.stride
        guard checkpoint < checkpoints.count else { return bytes.count }
        var index = checkpoints[checkpoint]
        for _ in 0..<(scalar % Self.stride) where index < bytes.count {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return index
    }
}
