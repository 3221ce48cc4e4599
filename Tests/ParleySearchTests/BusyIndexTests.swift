import Foundation
import GRDB
import Testing

@testable import ParleySearch

/// Opening an index while another connection holds its write lock waits for the lock; it never reports the
/// file as damaged.
@Suite struct BusyIndexTests {
    @Test func openingWaitsForAWriterInsteadOfCallingTheIndexDamaged() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("index/parley.sqlite")
        try ingest(try openIndex(folder), [try folder.jsonl("a.jsonl", [Sample.article("a1")])])
        let writer = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            // In WAL mode readers pass an ordinary writer; an exclusive locking mode (as a checkpointing or
            // recovering connection holds for a moment) shuts them out until it is released.
            try? writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                try db.execute(sql: "BEGIN IMMEDIATE; UPDATE parley_meta SET value = value; COMMIT")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.5)
                try db.execute(sql: "PRAGMA locking_mode = NORMAL")
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM parley_meta")  // releases the lock
            }
            done.signal()
        }
        locked.wait()
        let started = Date()
        let index = try ParleyIndex.open(at: path, mode: .existing)
        #expect(Date().timeIntervalSince(started) >= 0.2, "the open waited for the writer")
        #expect(try index.count("article") == 1)
        done.wait()
    }
}
