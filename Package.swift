// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Parley",
    products: [
        .executable(name: "parley", targets: ["ParleyCLI"]),
        .executable(name: "parley-bench", targets: ["ParleyBench"]),
        .library(name: "ParleySearch", targets: ["ParleySearch"]),
        .library(name: "ParleyText", targets: ["ParleyText"]),
        // The loadable SQLite extension: `libParleySQLite.so`, entry point `sqlite3_parley_init` (Scripts/build-extension).
        .library(name: "ParleySQLite", type: .dynamic, targets: ["ParleySQLite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Up to the next minor version: SnapshotTests hold `--help` as this version lays it out.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
        // `parley serve`: a small HTTP server on Swift concurrency and BSD sockets, with no dependencies of its own
        // (builds in seconds; Hummingbird's SwiftNIO takes minutes on two cores, every CI run).
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // zlib from Debian's zlib1g-dev: streamed gzip input.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Pure Swift text pipeline: reading, segmentation (no SQLite).
        .target(name: "ParleyText", dependencies: ["CZlib"]),
        // The SQLite/FTS5 index: schema, writer, queries.
        .target(name: "ParleySearch", dependencies: ["ParleyText", .product(name: "GRDB", package: "GRDB.swift")]),
        // The loadable SQLite extension's entry point: registers the tokenizer and the rank functions.
        .target(name: "ParleySQLite", dependencies: ["ParleySearch", .product(name: "GRDB", package: "GRDB.swift")]),
        // The `parley` executable: argument parsing and rendering only.
        .executableTarget(
            name: "ParleyCLI",
            dependencies: [
                "ParleySearch", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // `parley-bench`: speed of the text stages against SQLite's built-ins (Scripts/bench-tokenizer).
        .executableTarget(
            name: "ParleyBench",
            dependencies: [
                "ParleySearch", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What several test targets share: seeded generators, fuzz budgets, a temporary folder, the ceasefire fixture.
        .target(name: "ParleyTestSupport", path: "Tests/ParleyTestSupport"),
        .testTarget(
            name: "ParleyTextTests", dependencies: ["ParleyText", "ParleyTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ParleySearchTests", dependencies: ["ParleySearch", "ParleyTestSupport"]),
        // Snapshots/: what the binary prints, read through #filePath by SnapshotTests (not resources).
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyCLI", "ParleyTestSupport"], exclude: ["Snapshots"]),
    ]
)
