import Testing

@testable import ParleySearch

/// `ArticleBytes.slice`: the bytes of a range of Unicode scalars, as `String`'s scalar view cuts them, whatever
/// order the slices are asked in (the scalars are counted lazily, eight bytes at a time where none starts a
/// checkpoint).
@Suite struct ArticleBytesTests {
    /// Texts of one to four bytes a scalar, around and across the 64-scalar checkpoints.
    static let texts: [String] = [
        "",
        "a",
        String(repeating: "x", count: 63),
        String(repeating: "x", count: 64),
        String(repeating: "x", count: 65),
        String(repeating: "Vedrač — «Port Solenne» ", count: 40),
        String(repeating: "日本語のテキスト🇺🇦 ", count: 30),
        String(repeating: "é", count: 200) + String(repeating: "e", count: 129) + "😀",
    ]

    @Test(arguments: texts) func slicesAreTheScalarsBytes(text: String) {
        let scalars = Array(text.unicodeScalars)
        func expected(_ start: Int, _ end: Int) -> [UInt8] {
            let from = min(max(start, 0), scalars.count)
            let to = max(from, min(end, scalars.count))
            return Array(String(String.UnicodeScalarView(scalars[from..<to])).utf8)
        }
        let length = scalars.count
        let bounds = [0, 1, 7, 8, 9, 63, 64, 65, 127, 128, 129, 200, length - 1, length, length + 5].filter { $0 >= 0 }
        // Near bounds first on one copy, far ones first on another: the counting stops and resumes, or not.
        for (bytes, order) in [(ArticleBytes(text), bounds), (ArticleBytes(text), bounds.reversed())] {
            for start in order {
                for end in order {
                    #expect(Array(bytes.slice(start, end)) == expected(start, end), "\(start)..<\(end)")
                }
            }
        }
    }
}
