import Foundation
import GRDB
import GRDBSQLite
import ParleyText

/// `parley_sentence(fts, 'P;clause,first,count,isSentence,…')`: 1 when the row's `SENTENCE(…)` terms hold, else 0.
///
/// The numbers come as one text (SQLite takes at most 127 arguments, and a query's ORs of groups make many). A
/// leading 1 says the table is `passage_fts`: its text is then read from the article (``PassageTexts``).
/// The numbers come in fours, one for each term of each clause holding a `SENTENCE` term
/// (``SearchQuery/sentenceCondition(table:)``): the clause's number, the term's first phrase and phrase count, and
/// whether it is a `SENTENCE`. A clause holds when one of its terms does: a `SENTENCE` term when one sentence of one
/// column holds a hit of each of its phrases, another term when each of its phrases has a hit. Sentences are
/// ``Sentences/spans(in:)`` of the column's text; FTS5 gives each hit as a token position, and the column's tokens
/// (through the table's own tokenizer, as FTS5 numbered them) place each position in a sentence.
enum SentenceFunction {
    static let name = "parley_sentence"

    static func register(_ db: Database) throws {
        try PassageTexts.registerFunction(db, name: name, sameSentence)
    }
}

private func sameSentence(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?, argCount: Int32,
    args: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api = api?.pointee, let fts, let args, argCount >= 1,
        let specText = sqlite3_value_text(args[0])
    else { return }
    // `P;c,f,n,s,…`: P is 1 for `passage_fts`, then the quadruples (``SearchQuery/sentenceCondition(table:)``).
    let spec = String(cString: specText)
    let parts = spec.split(separator: ";", maxSplits: 1)
    let isPassageTable = parts.first == "1"
    let quadruples = (parts.count > 1 ? parts[1] : "").split(separator: ",").compactMap { Int($0) }
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
        // No hit lies past the last position of the column's hits: the tokens after it are not needed.
        let last = hits.lazy.flatMap { $0 }.filter { $0.column == column }.map { Int($0.position) }.max() ?? 0
        let text = PassageTexts.columnText(api, fts, column: column, cached: isPassageTable).text
        let numbers = text.map { sentenceNumbers($0, last: last) } ?? []
        sentencesByColumn[column] = numbers
        return numbers
    }
    /// The sentence number of each token position up to `last`.
    func sentenceNumbers(_ text: ArraySlice<UInt8>, last: Int) -> [Int] {
        let tokens = PassageTexts.tokenRanges(api, fts, text, through: last).ranges
        let spans = text.withUnsafeBufferPointer { Sentences.spans(in: $0) }
        // Both in order: walk them together.
        var numbers: [Int] = []
        numbers.reserveCapacity(tokens.count)
        var sentence = 0
        for start in tokens.map(\.lowerBound) {
            while sentence + 1 < spans.count, start >= spans[sentence].upperBound { sentence += 1 }
            numbers.append(sentence)
        }
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
                let here = Set(
                    hits[phrase].filter { $0.column == column && Int($0.position) < numbers.count }
                        .map { numbers[Int($0.position)] })
                shared = shared.map { $0.intersection(here) } ?? here
                if shared?.isEmpty == true { break }
            }
            if shared?.isEmpty == false { return true }
        }
        return false
    }

    var clauses: [Int: Bool] = [:]
    var numbers = quadruples
    while numbers.count >= 4 {
        let values = Array(numbers.prefix(4))
        numbers.removeFirst(4)
        if clauses[values[0]] == true { continue }
        clauses[values[0]] = termHolds(first: values[1], count: values[2], isSentence: values[3] != 0)
    }
    sqlite3_result_int(context, clauses.values.allSatisfy { $0 } ? 1 : 0)
}
