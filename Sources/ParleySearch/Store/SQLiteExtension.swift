import GRDB
import GRDBSQLite
import ParleyText

/// What a connection needs to query a Parley index outside the `parley` binary (`sqlite3`, Python, Datasette): the
/// tokenizer `parley_v1` of the full-text tables, and the functions `parley_rank`, `parley_explain` and
/// `parley_corpus`. The loadable extension (`Scripts/build-extension`, entry point `sqlite3_parley_init`) calls
/// ``register(connection:)`` on the host's connection, which GRDB does not own.
///
/// `SENTENCE(…)` needs `parley_sentence`, which reads passage texts through GRDB: not registered here.
public enum SQLiteExtension {
    /// Registers the tokenizer and the rank functions on `connection`; SQLite's result code, and a message when it
    /// is not `SQLITE_OK`.
    public static func register(connection: OpaquePointer) -> (code: Int32, message: String?) {
        guard let api = fts5API(connection) else {
            return (SQLITE_ERROR, "parley: this SQLite has no FTS5 (SELECT fts5(?) failed)")
        }
        var code = ParleyFTS5Tokenizer.register(api: api)
        guard code == SQLITE_OK else { return (code, "parley: cannot register the tokenizer \(Tokenizer.name)") }
        code = RankFunction.register(api: api)
        guard code == SQLITE_OK else { return (code, "parley: cannot register \(RankFunction.name)") }
        return (SQLITE_OK, nil)
    }

    /// The connection's `fts5_api`, as SQLite hands it out (`SELECT fts5(?1)` with a pointer bound); `nil` without
    /// FTS5.
    static func fts5API(_ connection: OpaquePointer) -> UnsafeMutablePointer<fts5_api>? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        var api: UnsafeMutablePointer<fts5_api>?
        let type: StaticString = "fts5_api_ptr"
        type.utf8Start.withMemoryRebound(to: CChar.self, capacity: type.utf8CodeUnitCount) { name in
            _ = sqlite3_bind_pointer(statement, 1, &api, name, nil)
        }
        sqlite3_step(statement)
        return api
    }
}

extension ParleyFTS5Tokenizer {
    /// Registers `parley_v1` through FTS5's C interface: each table gets its own instance (``init()``), released
    /// by `xDelete`.
    static func register(api: UnsafeMutablePointer<fts5_api>) -> Int32 {
        var tokenizer = fts5_tokenizer(
            xCreate: { _, _, _, handle in
                handle?.pointee = OpaquePointer(Unmanaged.passRetained(ParleyFTS5Tokenizer()).toOpaque())
                return SQLITE_OK
            },
            xDelete: { handle in
                guard let handle else { return }
                Unmanaged<ParleyFTS5Tokenizer>.fromOpaque(UnsafeRawPointer(handle)).release()
            },
            xTokenize: { handle, context, flags, text, count, callback in
                guard let handle, let callback else { return SQLITE_ERROR }
                return Unmanaged<ParleyFTS5Tokenizer>.fromOpaque(UnsafeRawPointer(handle)).takeUnretainedValue()
                    .tokenize(
                        context: context, tokenization: FTS5Tokenization(rawValue: flags), pText: text, nText: count,
                        tokenCallback: callback)
            })
        return Tokenizer.name.withCString { name in
            api.pointee.xCreateTokenizer(api, name, nil, &tokenizer, nil)
        }
    }
}
