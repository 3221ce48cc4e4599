import Foundation
import ParleyTestSupport
import Testing

/// An index in a place this user cannot write (a read-only mount, another user's shared folder): every reading
/// command answers as it does elsewhere, and the writing ones refuse with the reason, changing nothing.
///
/// Before, every command, `search` included, failed with `is not a Parley index (damaged: attempt to write a readonly
/// database)`. Write access is taken away with `chmod`; as root, which `chmod` does not stop, the binary runs as
/// `nobody` through `setpriv`.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct ReadOnlyPlaceTests {
    /// The command that runs the binary as a user without write access: none needed when not root.
    static let launcher: [String]? = {
        if getuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }()

    static let readingCommands: [[String]] = [
        ["search", "territory", "--limit", "3"], ["search", "--speaker", "Marevsky", "ceasefire"],
        ["quotes", "territory", "--limit", "3"], ["quotes", "--kind", "turn", "--limit", "2"], ["stats"],
        ["speakers", "--limit", "4"], ["entities", "--limit", "4"], ["aliases"],
    ]

    let folder: TemporaryFolder
    let owner: BinaryRunner
    let reader: BinaryRunner

    init() throws {
        folder = try TemporaryFolder()
        owner = BinaryRunner(workingDirectory: folder.url)
        var reader = BinaryRunner(workingDirectory: folder.url)
        reader.launcher = Self.launcher ?? []
        // A copy the other user can execute, wherever the build folder is.
        let copy = folder.path("parley")
        try FileManager.default.copyItem(atPath: try #require(BinaryRunner.binaryPath), toPath: copy)
        reader.binary = copy
        self.reader = reader
    }

    /// Indexes the samples into `shelf/parley.sqlite`, then takes write access to the file and its folder away.
    func readOnlyIndex(samples: String = "Index/samples") throws -> String {
        let path = folder.path("shelf/parley.sqlite")
        let samples = BinaryRunner.packageRoot.appendingPathComponent(samples).path
        #expect(try owner.run(["index", "-q", "--index", path, samples]).status == 0)
        try takeWriteAccess(path)
        return path
    }

    func takeWriteAccess(_ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path("shelf"))
    }

    func restoreWriteAccess() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path("shelf"))
    }

    @Test(.enabled(if: launcher != nil, "root without /usr/bin/setpriv: write access cannot be taken away"))
    func readingCommandsAnswerAsInAWritableFolder() throws {
        let path = try readOnlyIndex()
        try restoreWriteAccess()
        // What the owner reads where the folder can be written (root writes everywhere, so read before).
        let expected = try Self.readingCommands.map { try owner.run($0 + ["--index", path]) }
        try takeWriteAccess(path)
        defer { try? restoreWriteAccess() }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path("shelf")).sorted()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for (command, expected) in zip(Self.readingCommands, expected) {
            let result = try reader.run(command + ["--index", path])
            #expect(result.status == expected.status, "\(command): \(result.stderr)")
            #expect(result.stdout == expected.stdout, "\(command)")
            #expect(!result.stderr.contains("damaged"), "\(command): \(result.stderr)")
        }
        let check = try reader.run(["check", "--index", path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("read-only here"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("shelf")).sorted() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test(.enabled(if: launcher != nil, "root without /usr/bin/setpriv: write access cannot be taken away"))
    func writingCommandsRefuseWithTheReasonAndChangeNothing() throws {
        let path = try readOnlyIndex()
        defer { try? restoreWriteAccess() }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let article = try folder.write("one.jsonl", syntheticArticles(1))
        for command in [["index", article], ["aliases", "add", "Ilya Marevsky", "the spokesman"], ["reindex"]] {
            let result = try reader.run(command + ["--index", path])
            #expect(result.status == 2, "\(command): \(result.stdout)")
            #expect(result.stderr.contains("read-only here"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("damaged"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    /// A write-ahead log left in a read-only folder cannot be read without its index (`-shm`): said so, not called
    /// damaged, and not silently skipped (its changes would be missing from every answer).
    @Test(.enabled(if: launcher != nil, "root without /usr/bin/setpriv: write access cannot be taken away"))
    func aPendingLogInAReadOnlyFolderIsNamed() throws {
        let path = try readOnlyIndex(samples: "Index/samples/transcripts")
        try restoreWriteAccess()
        try folder.write("shelf/parley.sqlite-wal", Data(repeating: 7, count: 4096))
        try takeWriteAccess(path)
        defer { try? restoreWriteAccess() }
        let result = try reader.run(["search", "--index", path, "briefing"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("parley.sqlite-wal"), "\(result.stderr)")
        #expect(!result.stderr.contains("damaged"))
    }
}
