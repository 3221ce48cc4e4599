// `parley-bench stages FILE...`: where `parley index` spends its time, stage by stage, as one JSON object.
//
// Each stage runs alone over the whole corpus, in `parley index`'s order: reading (decompressing, parsing
// and normalising records), segmenting, extracting (quotations, speakers, entities: one lexing pass),
// tokenizing (Parley's tokenizer over every passage and title, through the FTS5 API as SQLite calls it).
// Scripts/bench gives the rest of the ingest time to writing (SQLite: B-trees, FTS5 segments, commits).

import ArgumentParser
import Foundation
import GRDB
import ParleySearch
import ParleyText

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Time each stage of `parley index` alone over the whole corpus, as one JSON object.")

    @OptionGroup var articles: ArticleFiles

    func run() throws { try runStages(articles.files) }
}

func runStages(_ files: [String]) throws {
    var records: [ArticleRecord] = []
    let read = seconds {
        ArticleReader().read(paths: files) { (event: ReadEvent) in
            if case let .article(record) = event { records.append(record) }
        }
    }
    var passages: [[Passage]] = []
    let segment = seconds { passages = records.map { Segmenter.passages(in: $0.text) } }
    let gazetteer = Gazetteer.shipped
    var quotations = 0
    let extract = seconds {
        for record in records {
            quotations +=
                ArticleExtraction.extract(
                    from: record.text, title: record.title, source: record.source, date: record.published,
                    gazetteer: gazetteer
                ).quotations.count
        }
    }
    let tokenizer = try DatabaseQueue().write { db in
        db.add(tokenizer: ParleyFTS5Tokenizer.self)
        return try db.makeTokenizer(ParleyFTS5Tokenizer.tokenizerDescriptor())
    }
    // Each passage with its article's title, as `parley index` gives them to FTS5.
    let columns = zip(records, passages).lazy.flatMap { record, cut in
        cut.lazy.flatMap { [$0.text, record.title] }
    }
    var tokens = 0
    let tokenizeTime = seconds { tokens = countTokens(tokenizer, in: columns) }
    let result: [String: Any] = [
        "articles": records.count, "passages": passages.reduce(0) { $0 + $1.count }, "quotations": quotations,
        "tokens": tokens, "read_s": read, "segment_s": segment, "extract_s": extract, "tokenize_s": tokenizeTime,
    ]
    try printJSON(result)
}
