import Foundation

/// SplitMix64: a small deterministic generator for test data, so a failing run replays from its seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The seed of a randomized test: `$PARLEY_SEED` when set (to replay a failure), else a fresh one. Either way it
/// is printed with the test's name, so any failing run can be replayed.
public func testSeed(_ name: String) -> UInt64 {
    let seed =
        ProcessInfo.processInfo.environment["PARLEY_SEED"].flatMap { UInt64($0) }
        ?? UInt64.random(in: 1...UInt64(UInt32.max))
    print("\(name): seed \(seed) (PARLEY_SEED=\(seed) replays it)")
    return seed
}

/// How long a fuzz test runs: `$PARLEY_FUZZ_SECONDS` when set (`Scripts/fuzz` runs for minutes), else `seconds`.
public func fuzzSeconds(default seconds: Double) -> Double {
    ProcessInfo.processInfo.environment["PARLEY_FUZZ_SECONDS"].flatMap { Double($0) } ?? seconds
}
