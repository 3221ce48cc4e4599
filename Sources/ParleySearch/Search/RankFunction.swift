import Foundation
import GRDB
import GRDBSQLite
import ParleyText

/// `parley_rank(passage_fts, w0, w1, df0, df1, …)`: FTS5's BM25 with the document frequencies given.
///
/// FTS5's own `bm25()` counts, once per query, every row that matches each phrase (to compute its IDF):
/// a query holding `said` walks millions of rows before it scores the first one. Here the caller passes each
/// phrase's document frequency (`df0` for the query's first phrase, …), measured or estimated cheaply, and
/// the score is otherwise the same formula as FTS5's: k1 = 1.2, b = 0.75, `w0`, `w1` the column weights,
/// IDF = ln((N − df + 0.5) / (df + 0.5)) floored at 1e-6, more negative is better, except that a row shorter than
/// the average is scored at the average length (``ImpactLevels/lengthFloor``). With exact frequencies it equals
/// `bm25(passage_fts, w0, w1)` for a row at least as long as the average (tested). ``RankArguments`` builds the
/// arguments and says what they mean: -1 means "IDF 1" (a one-phrase query's IDF is the same for every row, cannot
/// change the order, and is not measured), -2 a repeated phrase, which weighs nothing, -3 a word a prefix stands for
/// (``PrefixExpansion``), whose hits count as the phrase's before it. Phrases past the frequencies given weigh nothing.
enum RankFunction {
    static let name = "parley_rank"

    /// `parley_explain(passage_fts, w0, w1, df0, …)`: the same score, as text: one line a phrase (its hits in the
    /// text and the title, its IDF and its share of the score), then the passage's length against the average.
    static let explainName = "parley_explain"

    /// `parley_corpus(passage_fts)`: the row count and the average row length (text and title) the scores use, as
    /// `rows<TAB>average`, for a search's bounds (`ImpactLevels`).
    static let corpusName = "parley_corpus"

    /// BM25's IDF of a phrase in `documentFrequency` of `rows` rows, as FTS5 computes it: ln((N − df + 0.5) / (df +
    /// 0.5)), floored at 1e-6. An estimated frequency may exceed the row count (passage ids have holes where articles
    /// were replaced): it is clamped, or the IDF is the log of a negative number.
    static func idf(documentFrequency: Double, rows: Double) -> Double {
        let df = min(max(documentFrequency, 0), rows)
        let idf = log((rows - df + 0.5) / (df + 0.5))
        return idf > 0 ? idf : 1e-6
    }

    /// BM25's length part for a row of `length` tokens (text and title) at `averageLength`, a row shorter than the
    /// average at the average (``ImpactLevels/lengthFloor``): the one expression `parley_rank` and ``PhraseInText``
    /// use, so that both give the same double.
    @inline(__always)
    static func norm(length: Int, averageLength: Double) -> Double {
        norm(relative: max(Double(length) / averageLength, ImpactLevels.lengthFloor))
    }

    @inline(__always)
    static func norm(relative: Double) -> Double { ImpactLevels.k1 * (1 - ImpactLevels.b + ImpactLevels.b * relative) }

    /// A phrase's part of a row's score: its IDF, its hits weighted by column, the row's ``norm(length:averageLength:)``.
    @inline(__always)
    static func partScore(idf: Double, frequency: Double, norm: Double) -> Double {
        idf * frequency * (ImpactLevels.k1 + 1) / (frequency + norm)
    }

    static func register(_ db: Database) throws {
        let rc = register(api: UnsafeMutablePointer(mutating: FTS5.api(db)))
        guard rc == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: "cannot register \(name)")
        }
    }

    /// Registers `parley_rank`, `parley_explain` and `parley_corpus` through FTS5's C interface (GRDB's connections
    /// and the loadable extension's, ``SQLiteExtension``); SQLite's result code.
    static func register(api: UnsafeMutablePointer<fts5_api>) -> Int32 {
        let functions: [(String, fts5_extension_function)] = [
            (name, rank), (explainName, explain), (corpusName, corpus),
        ]
        for (function, implementation) in functions {
            let rc = function.withCString { cName in
                api.pointee.xCreateFunction(api, cName, nil, implementation, nil)
            }
            guard rc == SQLITE_OK else { return rc }
        }
        return SQLITE_OK
    }
}

/// One phrase's part of a score (``RankFunction``).
private struct ScorePart {
    /// The hits, weighted by column.
    var frequency = 0.0
    var textHits = 0
    var titleHits = 0
    var idf = 0.0
    var score = 0.0
    /// The phrase's frequency argument, `nil` when none was given.
    var given: RankArguments.Frequency?
}

private func rank(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, argCount: Int32,
    args: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard
        let (parts, _, _) = scoreParts(
            api: api, fts: fts, context: context, argCount: argCount, args: args, withThreshold: true)
    else { return }
    sqlite3_result_double(context, -parts.reduce(0) { $0 + $1.score })
}

private func explain(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, argCount: Int32,
    args: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard
        let (parts, length, average) = scoreParts(api: api, fts: fts, context: context, argCount: argCount, args: args)
    else { return }
    var lines = parts.enumerated().map { phrase, part in
        "\(phrase)\t\(part.textHits)\t\(part.titleHits)\t\(part.idf)\t\(part.score)"
    }
    lines.append("length\t\(length)\t\(average)")
    let text = lines.joined(separator: "\n")
    sqlite3_result_text(context, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
}

private func corpus(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, argCount: Int32,
    args: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api = api?.pointee, let fts else { return }
    guard let (rows, average) = corpusSize(api: api, fts: fts, context: context) else { return }
    sqlite3_result_text(context, "\(rows)\t\(average)", -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
}

/// The row count (at least 1) and the average length of the text and the title together (at least 1); `nil` after
/// reporting an error. The `impact` column's level tokens are no words: its length is left out.
private func corpusSize(api: Fts5ExtensionApi, fts: OpaquePointer, context: OpaquePointer?) -> (Double, Double)? {
    var rowCount: sqlite3_int64 = 0
    var textTotal: sqlite3_int64 = 0
    var titleTotal: sqlite3_int64 = 0
    var rc = api.xRowCount(fts, &rowCount)
    if rc == SQLITE_OK { rc = api.xColumnTotalSize(fts, 0, &textTotal) }
    if rc == SQLITE_OK, api.xColumnCount(fts) > 1 { rc = api.xColumnTotalSize(fts, 1, &titleTotal) }
    guard rc == SQLITE_OK else {
        sqlite3_result_error_code(context, rc)
        return nil
    }
    let rows = Double(max(rowCount, 1))
    return (rows, max(Double(textTotal + titleTotal) / rows, 1))
}

/// What `parley_rank` keeps for the statement that calls it (FTS5's auxiliary data, released with the statement): the
/// row count and the average length, which FTS5 would read again from `passage_fts_data` for each row (most of the
/// cost of scoring a row whose length is in the page cache), each phrase's IDF, and the threshold of the search that
/// runs it (``RankThreshold``), looked up once rather than a row.
private final class RankStatement {
    let rows: Double
    let averageLength: Double
    let threshold: RankThreshold.Scope?
    /// Each part's IDF, and the frequency argument it is for (the arguments may differ from row to row).
    private var idfs: [(frequency: RankArguments.Frequency, idf: Double?)] = []

    init(rows: Double, averageLength: Double, threshold: RankThreshold.Scope?) {
        self.rows = rows
        self.averageLength = averageLength
        self.threshold = threshold
    }

    /// The IDF of part `part`, whose frequency argument is `frequency` (``RankArguments/Frequency/idf(rows:)``).
    func idf(_ frequency: RankArguments.Frequency, part: Int) -> Double? {
        if part < idfs.count, idfs[part].frequency == frequency { return idfs[part].idf }
        let idf = frequency.idf(rows: rows)
        while idfs.count <= part { idfs.append((.repeated, nil)) }
        idfs[part] = (frequency, idf)
        return idf
    }
}

private let releaseRankStatement: @convention(c) (UnsafeMutableRawPointer?) -> Void = { kept in
    if let kept { Unmanaged<RankStatement>.fromOpaque(kept).release() }
}

/// Each phrase's part of the row's score, the row's length and the average length; `nil` after reporting an error.
///
/// `withThreshold`, under a search's threshold (``RankThreshold``), a row whose best possible score, its hits at the
/// shortest length scored (``ImpactLevels/lengthFloor``), is worse than the threshold gets parts that score 0 and
/// length 0, its length not read: reading it is a lookup in `passage_fts_docsize`, most of the cost of scoring a row
/// in a large index.
private func scoreParts(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, argCount: Int32,
    args: UnsafeMutablePointer<OpaquePointer?>?, withThreshold: Bool = false
) -> ([ScorePart], Int, Double)? {
    guard let api = api?.pointee, let fts else { return nil }
    func fail(_ rc: Int32) -> ([ScorePart], Int, Double)? {
        sqlite3_result_error_code(context, rc)
        return nil
    }
    let phraseCount = Int(api.xPhraseCount(fts))
    func argument(_ index: Int) -> OpaquePointer? { index < Int(argCount) ? args?[index] : nil }

    let statement: RankStatement
    if let kept = api.xGetAuxdata(fts, 0) {
        statement = Unmanaged<RankStatement>.fromOpaque(kept).takeUnretainedValue()
    } else {
        guard let (rows, averageLength) = corpusSize(api: api, fts: fts, context: context) else { return nil }
        // The search's scope is open before its statement runs, and outlives it: read once.
        let threshold = withThreshold ? RankThreshold.scope(on: sqlite3_context_db_handle(context)) : nil
        statement = RankStatement(rows: rows, averageLength: averageLength, threshold: threshold)
        // (On an error FTS5 releases it.)
        let rc = api.xSetAuxdata(fts, Unmanaged.passRetained(statement).toOpaque(), releaseRankStatement)
        guard rc == SQLITE_OK else { return fail(rc) }
    }
    let averageLength = statement.averageLength

    let textWeight = argument(RankArguments.Position.textWeight).map(sqlite3_value_double) ?? 1
    let titleWeight = argument(RankArguments.Position.titleWeight).map(sqlite3_value_double) ?? 1
    var parts: [ScorePart] = []
    var iterator = Fts5PhraseIter()
    var column: Int32 = 0
    var offset: Int32 = 0
    var rc = SQLITE_OK
    for phrase in 0..<phraseCount {
        let given = argument(RankArguments.Position.firstFrequency + phrase).map {
            RankArguments.Frequency(argument: sqlite3_value_int64($0))
        }
        // A word a prefix stands for adds its hits to the prefix's first word (``PrefixExpansion``).
        let continues = given == .continued && !parts.isEmpty
        if !continues { parts.append(ScorePart()) }
        rc = api.xPhraseFirst(fts, Int32(phrase), &iterator, &column, &offset)
        guard rc == SQLITE_OK else { return fail(rc) }
        while column >= 0 {
            // Column 2 is `impact`: level tokens, matched only by the bounds' patterns, weigh nothing.
            if column == 0 {
                parts[parts.count - 1].frequency += textWeight
                parts[parts.count - 1].textHits += 1
            } else if column == 1 {
                parts[parts.count - 1].frequency += titleWeight
                parts[parts.count - 1].titleHits += 1
            }
            api.xPhraseNext(fts, &iterator, &column, &offset)
        }
        if !continues { parts[parts.count - 1].given = given }
    }
    /// The row's score at `norm`, its parts set.
    func score(_ norm: Double) -> Double {
        var total = 0.0
        for at in parts.indices {
            // A phrase with no frequency given weighs nothing: the patterns a search adds to narrow its candidates
            // (`Searcher.provenBest`) follow the query's own phrases. A phrase an earlier clause holds too (`(a b) OR
            // c`: `c` twice) weighs once, there.
            let frequency = parts[at].frequency
            guard frequency > 0, let given = parts[at].given, let idf = statement.idf(given, part: at) else {
                continue
            }
            parts[at].idf = idf
            parts[at].score = RankFunction.partScore(idf: idf, frequency: frequency, norm: norm)
            total += parts[at].score
        }
        return total
    }
    let bounded = statement.threshold?.worst
    if let worst = bounded {
        // The shortest length's norm is the smallest, and each part's score falls as the norm grows, in floating
        // point too: no length scores the row higher. A row no longer than the average scores exactly this. A row
        // that can at best tie with the worst kept cannot enter when its id is the larger (``BestMatches``): in id
        // order, as FTS5 walks, every tie after the worst kept (the passages of one hit no longer than the average
        // tie by the thousand).
        let best = score(RankFunction.norm(relative: ImpactLevels.lengthFloor))
        if -best > worst.score || (-best == worst.score && api.xRowid(fts) > worst.id) {
            for at in parts.indices { parts[at].score = 0 }
            return (parts, 0, averageLength)
        }
    }
    var length: Int32 = 0
    var titleLength: Int32 = 0
    rc = api.xColumnSize(fts, 0, &length)
    if rc == SQLITE_OK, api.xColumnCount(fts) > 1 { rc = api.xColumnSize(fts, 1, &titleLength) }
    guard rc == SQLITE_OK else { return fail(rc) }
    length += titleLength
    let relative = max(Double(length) / averageLength, ImpactLevels.lengthFloor)
    // At the floor, the bound's parts are the row's.
    if bounded == nil || relative != ImpactLevels.lengthFloor { _ = score(RankFunction.norm(relative: relative)) }
    return (parts, Int(length), averageLength)
}

/// The score a search's candidates must beat, while it scores them, on each connection that has one: `parley_rank`
/// gives 0 to a row that cannot beat it without reading the row's length (``scoreParts``).
///
/// A search keeps the best matches it has seen (``BestMatches``); once as many as it keeps, a match no better than the
/// worst kept cannot enter, and every later match of the same statement is scored after it (each row is stepped once
/// the one before was offered), so the worst kept is the threshold for the next row.
enum RankThreshold {
    /// One search's threshold: the worst match kept (its score, more negative is better, and its id: a tie with a
    /// larger id cannot enter either); `nil` until it keeps as many as its limit.
    final class Scope: @unchecked Sendable {
        var worst: (score: Double, id: Int64)?
    }

    private static let scopes = ConnectionScopes<Scope>()

    /// The threshold of the search running on `connection`, if one runs there.
    static func scope(on connection: OpaquePointer?) -> Scope? { scopes.current(on: connection) }

    /// Runs `body` with a threshold on `db`'s connection, which `body` sets as it goes; none afterwards.
    static func scoring<T>(_ db: Database, _ body: (Scope) throws -> T) rethrows -> T {
        let scope = Scope()
        return try scopes.open(scope, on: db.sqliteConnection) { try body(scope) }
    }
}
