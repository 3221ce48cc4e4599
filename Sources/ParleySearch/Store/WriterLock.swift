import Foundation

/// One writer at a time on an index: an advisory lock (`flock`) on a file beside it, `<index>.lock`, held by
/// `parley index`, `parley reindex` and `parley aliases add` for their whole run.
///
/// SQLite serialises transactions, not runs: a second `parley index` interleaving its batches with the first's
/// could see entities the first merged or deleted at its end and fail on a foreign key, and on a new file both
/// would create the schema. Readers never take this lock (WAL lets them read while a writer writes). The lock is a
/// separate file because closing any descriptor of the index itself would drop SQLite's own POSIX locks on it.
/// The kernel releases the lock when the process ends, however it ends (`kill -9` included); the empty file stays.
public final class WriterLock: Sendable {
    private let descriptor: Int32
    public let path: String

    /// How often a waiting writer tries again.
    static let pollInterval = 0.1

    /// Takes the lock of the index at `indexPath`, waiting while another process holds it: for at most `wait`
    /// seconds (`nil`: as long as it takes; 0: not at all). `waiting` is told once, when the wait begins.
    ///
    /// - Throws: ``StoreError/busyWriter(path:waited:)`` when the wait ran out, ``StoreError/cannotOpen(path:reason:)``
    ///   when the lock file cannot be created (a read-only folder: no writer could write there anyway).
    public static func acquire(for indexPath: String, wait: Double?, waiting: (String) -> Void) throws(StoreError)
        -> WriterLock
    {
        let path = indexPath + ".lock"
        let folder = (indexPath as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            if errno == EACCES || errno == EROFS || errno == EPERM {
                throw .cannotOpen(
                    path: indexPath,
                    reason: "its folder is read-only here (\(reason)), and this command writes; reading commands "
                        + "(search, quotes, stats, check) work")
            }
            throw .cannotOpen(path: indexPath, reason: "cannot create the writers' lock '\(path)': \(reason)")
        }
        let start = Date()
        var told = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .cannotOpen(path: indexPath, reason: "cannot lock '\(path)': \(reason)")
            }
            let waited = Date().timeIntervalSince(start)
            if let wait, waited >= wait {
                close(descriptor)
                throw .busyWriter(path: indexPath, waited: waited)
            }
            if !told {
                waiting(
                    "another parley is writing to '\(indexPath)'; waiting for it to finish"
                        + (wait.map { " (at most \(Self.seconds($0)))" } ?? " (--wait SECONDS to give up)"))
                told = true
            }
            Thread.sleep(forTimeInterval: pollInterval)
        }
        return WriterLock(descriptor: descriptor, path: path)
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)  // releases the lock
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
