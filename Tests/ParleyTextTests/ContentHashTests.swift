import Testing

@testable import ParleyText

@Suite("ContentHash")
struct ContentHashTests {
    @Test(
        "FNV-1a 64 reference values",
        arguments: [
            ("", "cbf29ce484222325"),
            ("a", "af63dc4c8601ec8c"),
            ("foobar", "85944171f73967e8"),
        ])
    func referenceValues(text: String, expected: String) {
        #expect(ContentHash.hex(of: text) == expected)
        #expect(ContentHash.value(of: text) == UInt64(expected, radix: 16))
    }

    @Test(
        "deterministic, 16 lower-case hex digits",
        arguments: [
            "Envoys from Valdora and Drevania met again.",
            "“Curly quotes”, é, 🇺🇦, 和平谈判",
            "x",
        ])
    func format(text: String) {
        let hex = ContentHash.hex(of: text)
        #expect(hex == ContentHash.hex(of: String(text)))
        #expect(hex.count == 16)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test("leading zeros are kept")
    func padding() throws {
        // Find a short text whose hash has a leading zero nibble: the hex form must still be 16 digits.
        let text = try #require((0..<10_000).lazy.map { "t\($0)" }.first { ContentHash.value(of: $0) >> 60 == 0 })
        let hex = ContentHash.hex(of: text)
        #expect(hex.count == 16)
        #expect(hex.hasPrefix("0"))
        #expect(UInt64(hex, radix: 16) == ContentHash.value(of: text))
    }

    @Test("different texts give different hashes")
    func differs() {
        let texts = [
            "Talks resume in Port Solenne.", "Talks resume in Port Solenne", "talks resume in Port Solenne.",
            "Talks resume in Port Solenne. ", "Talks resumed in Port Solenne.",
        ]
        #expect(Set(texts.map(ContentHash.hex)).count == texts.count)
    }
}
