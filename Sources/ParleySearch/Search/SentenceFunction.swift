import GRDB
import GRDBSQLite
import ParleyText

/// `parley_sentence(fts, clause, first, count, isSentence, …)`: 1 when the row's `SENTENCE(…)` terms hold, else 0.
///
/// The arguments come in fours, one for each term of each clause holding a `SENTENCE` term
/// (``SearchQuery/sentenceCondition(table:)``): the clause's number, the term's first phrase and phrase count, and
/// whether it is a `SENTENCE`. A clause holds when one of its terms does: a `SENTENCE` term when one sentence of one
/// column holds a hit of each of its phrases, another term when each of its phrases has a hit. Sentences are
/// ``Sentences/spans(in:)`` of the column's text; FTS5 gives each hit as a token position, and the column's tokens
/// (through the table's own tokenizer, as FTS5 numbered them) place each position in a sentence.
enum SentenceFunction {
    static let name = "parley_sentence"

    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        let rc = name.withCString { cName in
            api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), cName, nil, sameSentence, nil)
        }
        guard rc == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: "cannot register \(name)")
        }
    }
}

/// The token positions' start bytes, filled by `xTokenize`'s callback.
private final class TokenStarts {
    var starts: [Int] = []
}

private func sameSentence(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, argCount: Int32,
    args: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api = api?.pointee, let fts, let args else { return }
    // Each phrase's hits: (column, token position).
    var hits = [[(column: Int32, position: Int32)]](repeating: [], count: Int(api.xPhraseCount(fts)))
    var count: Int32 = 0
    var rc = api.xInstCount(fts, &count)
    for hit in 0..<count where rc == SQLITE_OK {
        var phrase: Int32 = 0, column: Int32 = 0, position: Int32 = 0
        rc = api.xInst(fts, hit, &phrase, &column, &position)
        if rc == SQLITE_OK, Int(phrase) < hits.count { hits[Int(phrase)].append((column, position)) }
    }
    guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }

    // Each column's sentence number by token position, worked out once a row, when a SENTENCE term needs it.
    var sentencesByColumn: [Int32: [Int]] = [:]
    func sentences(_ column: Int32) -> [Int] {
        if let known = sentencesByColumn[column] { return known }
        var text: UnsafePointer<CChar>?
        var length: Int32 = 0
        guard api.xColumnText(fts, column, &text, &length) == SQLITE_OK, let text, length > 0 else { return [] }
        let starts = TokenStarts()
        _ = api.xTokenize(fts, text, length, Unmanaged.passUnretained(starts).toOpaque()) { box, flags, _, _, start, _ in
            // A colocated token shares the position of the one before it.
            if flags & FTS5_TOKEN_COLOCATED == 0, let box {
                Unmanaged<TokenStarts>.fromOpaque(box).takeUnretainedValue().starts.append(Int(start))
            }
            return SQLITE_OK
        }
        let spans = text.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Sentences.spans(in: UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        // Both in order: walk them together.
        var numbers: [Int] = []
        numbers.reserveCapacity(starts.starts.count)
        var sentence = 0
        for start in starts.starts {
            while sentence + 1 < spans.count, start >= spans[sentence].upperBound { sentence += 1 }
            numbers.append(sentence)
        }
        sentencesByColumn[column] = numbers
        return numbers
    }

    func termHolds(first: Int, count: Int, isSentence: Bool) -> Bool {
        let phrases = first..<min(first + count, hits.count)
        guard phrases.count == count, phrases.allSatisfy({ !hits[$0].isEmpty }) else { return false }
        guard isSentence else { return true }
        let columns = Set(hits[first].map(\.column))
        for column in columns.sorted() {
            let numbers = sentences(column)
            var shared: Set<Int>?
            for phrase in phrases {
                let here = Set(hits[phrase].filter { $0.column == column && Int($0.position) < numbers.count }
                    .map { numbers[Int($0.position)] })
                shared = shared.map { $0.intersection(here) } ?? here
                if shared?.isEmpty == true { break }
            }
            if shared?.isEmpty == false { return true }
        }
        return false
    }

    var clauses: [Int: Bool] = [:]
    var argument = 0
    while argument + 3 < Int(argCount) {
        let values = (0..<4).map { Int(sqlite3_value_int64(args[argument + $0])) }
        argument += 4
        if clauses[values[0]] == true { continue }
        clauses[values[0]] = termHolds(first: values[1], count: values[2], isSentence: values[3] != 0)
    }
    sqlite3_result_int(context, clauses.values.allSatisfy { $0 } ? 1 : 0)
}
