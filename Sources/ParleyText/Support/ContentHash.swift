/// A fast 64-bit content fingerprint (FNV-1a) used to find identical article texts.
///
/// Not cryptographic: the store compares the texts themselves before treating two articles as copies,
/// so a collision costs one string comparison, never a wrong merge.
public enum ContentHash {
    public static func value(of text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            return hash
        }
    }

    /// The value as 16 lower-case hex digits.
    public static func hex(of text: String) -> String {
        let digits = String(value(of: text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
