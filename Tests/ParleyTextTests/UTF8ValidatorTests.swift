import ParleyTestSupport
import Testing

@testable import ParleyText

@Suite("UTF8Validator")
struct UTF8ValidatorTests {
    @Test(
        "valid UTF-8 gives nil",
        arguments: [
            [],
            Array("Plain ASCII, 123.".utf8),
            Array("café “quotes” — ok".utf8),
            Array("和平谈判 в Порт-Соленн".utf8),
            Array("flags 🇺🇦 and 𝄞".utf8),
            [0xEF, 0xBF, 0xBF],  // U+FFFF
            [0xF4, 0x8F, 0xBF, 0xBF],  // U+10FFFF
            [0xED, 0x9F, 0xBF],  // U+D7FF, just below the surrogates
            [0xEE, 0x80, 0x80],  // U+E000, just above them
            [0xC2, 0x80],  // U+0080, smallest two-byte
            [0xE0, 0xA0, 0x80],  // U+0800, smallest three-byte
            [0xF0, 0x90, 0x80, 0x80],  // U+10000, smallest four-byte
        ] as [[UInt8]])
    func valid(bytes: [UInt8]) {
        #expect(UTF8Validator.firstInvalidByte(in: bytes) == nil)
    }

    @Test(
        "invalid UTF-8 gives the offset of the offending sequence",
        arguments: [
            ([0x41, 0xC0, 0x80], 1),  // overlong NUL
            ([0xC1, 0xBF], 0),  // overlong two-byte
            ([0xE0, 0x80, 0x80], 0),  // overlong three-byte
            ([0xF0, 0x80, 0x80, 0x80], 0),  // overlong four-byte
            ([0x61, 0xED, 0xA0, 0x80], 1),  // surrogate U+D800
            ([0xED, 0xBF, 0xBF], 0),  // surrogate U+DFFF
            ([0xF5, 0x80, 0x80, 0x80], 0),  // lead byte past U+10FFFF
            ([0xF4, 0x90, 0x80, 0x80], 0),  // U+110000
            ([0xFF], 0),
            ([0x61, 0x80], 1),  // lone continuation byte
            ([0x61, 0x62, 0xE2, 0x82], 2),  // truncated at end
            ([0xF0, 0x9F, 0x98], 0),  // truncated emoji
            ([0x63, 0x61, 0x66, 0xC3], 3),  // truncated two-byte at end
            ([0xE2, 0x28, 0xA1], 0),  // bad second byte
            ([0xE2, 0x82, 0x28], 0),  // bad third byte
            ([0xF0, 0x9D, 0x84, 0x41], 0),  // bad fourth byte
            ([0x63, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xFE], 6),
        ] as [([UInt8], Int)])
    func invalid(bytes: [UInt8], expected: Int) {
        #expect(UTF8Validator.firstInvalidByte(in: bytes) == expected)
    }

    @Test("agrees with the standard library on pseudo-random byte strings")
    func agreesWithStandardLibrary() {
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet: [UInt8] = [
            0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0,
            0xF3, 0xF4, 0xF5, 0xFF,
        ]
        for _ in 0..<5_000 {
            let length = Int(generator.next() % 7)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let standard = String(validating: bytes, as: UTF8.self) != nil
            let ours = UTF8Validator.firstInvalidByte(in: bytes)
            #expect((ours == nil) == standard, "bytes \(bytes)")
            if let ours {
                // Everything before the reported offset is valid on its own.
                #expect(String(validating: bytes[..<ours], as: UTF8.self) != nil, "bytes \(bytes)")
            }
        }
    }
}
