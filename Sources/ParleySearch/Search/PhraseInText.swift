import Foundation
import GRDB
import ParleyText

/// A query of one phrase (`"the president said"`) scored in its candidates' own text, tokenized again, rather than
/// by FTS5: the same hits, length and score as `parley_rank` gives (``RankFunction/partScore(idf:frequency:norm:)``).
///
/// FTS5 finds a phrase by walking each of its words' doclists to the candidate, and a frequent word's is long: a walk
/// from one candidate to the next reads its doclist index entry by entry. `"the president said" AND` the level token
/// of `said` at 4 took 57 ms for 146 passages at 15.7 million passages, a lookup by id of `the` about 200 µs, where
/// reading a passage's text and title and tokenizing them takes about 50 µs (`Searcher.provenBest` narrows the
/// candidates by the level tokens of two of the words first, which FTS5 finds in a few milliseconds).
struct PhraseInText {
    /// The phrase's tokens, as FTS5 reads the quoted phrase (query mode).
    private let phrase: [[UInt8]]
    /// Whether hits in the title count (a query restricted to the text column: no).
    private let withTitle: Bool
    private let idf: Double
    private let averageLength: Double
    private var tokenizer = Tokenizer()
    private var text = DocumentTokens()
    private var title = DocumentTokens()

    /// A scorer for `query` when it is one phrase of several tokens, nothing excluded, no `SENTENCE`, matched in every
    /// column or in the text alone; `nil` otherwise. `frequency`: its argument to `parley_rank`; `rows` and
    /// `averageLength`: `parley_corpus`'s.
    init?(_ query: SearchQuery, frequency: RankArguments.Frequency, rows: Double, averageLength: Double) {
        guard query.excluded.isEmpty, query.clauses.count == 1, query.clauses[0].count == 1,
            query.column == nil || query.column == "text", let idf = frequency.idf(rows: rows)
        else { return nil }
        // The phrase as its pattern spells it (``SearchQuery/pattern(_:)``: a word of several tokens, `four-year`, is
        // one too), tokenized as FTS5 does.
        let spelled: String
        switch query.clauses[0][0] {
        case let .phrase(surfaces): spelled = surfaces.joined(separator: " ")
        case let .word(surface): spelled = surface
        case .prefix, .near, .sentence: return nil
        }
        let tokens = Tokenizer.tokens(in: spelled, mode: .query)
        guard tokens.count > 1, !tokens.contains(where: \.isColocated) else { return nil }
        phrase = tokens.map { Array($0.text.utf8) }
        withTitle = query.column == nil
        self.idf = idf
        self.averageLength = averageLength
    }

    /// The passages of `ids` that match the phrase, each with its score (`parley_rank`'s: negative, lower is better),
    /// in no particular order. Read `chunk` passages a statement; an article's text once for its passages in a
    /// chunk, and sliced as ``PassageTexts`` does (SQLite's `substr` walks a briefing's characters from its start
    /// for every passage: 24 of 38 µs a candidate of `"the president said"` at 15.7 million passages).
    mutating func scores(_ db: Database, ids: [Int64], chunk: Int = 500) throws -> [(id: Int64, score: Double)] {
        var scores: [(id: Int64, score: Double)] = []
        let articleText = try db.cachedStatement(sql: "SELECT CAST(text AS BLOB) FROM article WHERE id = ?")
        var article: (id: Int64, text: ArticleBytes)?
        for start in stride(from: 0, to: ids.count, by: chunk) {
            let slice = ids[start..<min(start + chunk, ids.count)]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT passage.id, passage.article_id, passage.start, passage."end", CAST(article.title AS BLOB)
                    FROM passage JOIN article ON article.id = passage.article_id
                    WHERE passage.id IN (\(slice.map(String.init).joined(separator: ",")))
                    ORDER BY passage.article_id
                    """)
            while let row = try rows.next() {
                let (id, articleID, from, to): (Int64, Int64, Int, Int) = (row[0], row[1], row[2], row[3])
                if article?.id != articleID {
                    // (The cursor is kept while its row is read: releasing it resets the statement.)
                    let texts = try Row.fetchCursor(articleText, arguments: [articleID])
                    let bytes = try texts.next()?.withUnsafeData(atIndex: 0) { data in data.map { Array($0) } ?? [] }
                    article = (articleID, ArticleBytes(bytes: bytes ?? []))
                }
                article!.text.slice(from, to).withUnsafeBufferPointer { text.record($0, tokenizer: &tokenizer) }
                try row.withUnsafeData(atIndex: 4) { data in
                    (data ?? Data()).withUnsafeBytes {
                        title.record($0.bindMemory(to: UInt8.self), tokenizer: &tokenizer)
                    }
                }
                if let score = score() { scores.append((id, score)) }
            }
        }
        return scores
    }

    /// The recorded row's score, `nil` when the phrase is not in it.
    private func score() -> Double? {
        let textHits = hits(in: text)
        let titleHits = withTitle ? hits(in: title) : 0
        guard textHits + titleHits > 0 else { return nil }
        let frequency = Double(textHits) * RankArguments.textWeight + Double(titleHits) * RankArguments.titleWeight
        let norm = RankFunction.norm(length: text.length + title.length, averageLength: averageLength)
        return -(0.0 + RankFunction.partScore(idf: idf, frequency: frequency, norm: norm))
    }

    /// How many times the phrase starts in `record` (overlapping: `a a` twice in `a a a`, as FTS5 counts).
    private func hits(in record: DocumentTokens) -> Int {
        let count = record.tokens.count
        guard count >= phrase.count else { return 0 }
        var hits = 0
        record.bytes.withUnsafeBufferPointer { bytes in
            record.tokens.withUnsafeBufferPointer { tokens in
                func matches(_ index: Int, _ word: [UInt8]) -> Bool {
                    let start = index == 0 ? 0 : Int(tokens[index - 1].end)
                    let end = Int(tokens[index].end)
                    guard end - start == word.count else { return false }
                    return word.withUnsafeBufferPointer {
                        memcmp($0.baseAddress!, bytes.baseAddress! + start, end - start) == 0
                    }
                }
                for at in 0...(count - phrase.count) {
                    var word = 0
                    while word < phrase.count, matches(at + word, phrase[word]) { word += 1 }
                    if word == phrase.count { hits += 1 }
                }
            }
        }
        return hits
    }
}
