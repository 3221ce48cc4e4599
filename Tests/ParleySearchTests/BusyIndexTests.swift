import Foundation
import GRDB
import ParleyTestSupport
import Synchronization
import Testing

@testable import ParleySearch

/// Opening an index while another connection holds its write lock waits for the lock; it never reports the
/// file as damaged.
@Suite struct BusyIndexTests {
    @Test func openingWaitsForAWriterInsteadOfCallingTheIndexDamaged() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        try ingest(try openIndex(folder), [try folder.jsonl("a.jsonl", [Sample.article("a1")])])
        // The writer waits for locks too: the indexing connection above may still be checkpointing as it closes
        // (without a timeout, its BEGIN failed now and then, and the test waited for a lock never taken).
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        let locked = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)
        Thread.detachNewThread {
            // In WAL mode readers pass an ordinary writer; an exclusive locking mode (as a checkpointing or
            // recovering connection holds for a moment) shuts them out until it is released.
            do {
                try writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                    try db.execute(sql: "BEGIN IMMEDIATE; UPDATE parley_meta SET value = value; COMMIT")
                    locked.signal()
                    Thread.sleep(forTimeInterval: 0.5)
                    try db.execute(sql: "PRAGMA locking_mode = NORMAL")
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM parley_meta")  // releases the lock
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
                locked.signal()
            }
            done.signal()
        }
        #expect(locked.wait(timeout: .now() + 60) == .success, "the writer never took its lock")
        if let failure = failure.withLock({ $0 }) {
            Issue.record("the writer failed: \(failure)")
            return
        }
        let started = Date()
        let index = try ParleyIndex.open(at: path, mode: .existing)
        #expect(Date().timeIntervalSince(started) >= 0.2, "the open waited for the writer")
        #expect(try index.count("article") == 1)
        #expect(done.wait(timeout: .now() + 60) == .success)
    }
}
