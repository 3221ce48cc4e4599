import GRDB
import ParleyText

/// What `parley check` found: one line a check, each fine or not, and what to run when one is not.
public struct IndexCheck: Sendable {
    public struct Line: Sendable {
        public var name: String
        public var isFine: Bool
        public var detail: String
    }

    public var lines: [Line] = []
    /// What to run to repair what failed, most thorough first; empty when every check passed.
    public var repairs: [String] = []

    public var isFine: Bool { lines.allSatisfy(\.isFine) }
}

extension ParleyIndex {
    /// Checks the index: SQLite's own integrity and foreign keys, both FTS5 tables against their content, counts
    /// that must agree (every article has its passages and a key, every passage its full-text row, every quotation
    /// its passage in its own article, every turn its passages), and the extraction and tokenizer versions.
    ///
    /// Reads only (the FTS5 checks run in a transaction that is rolled back).
    public func check() throws(StoreError) -> IndexCheck {
        var check = IndexCheck()
        func add(_ name: String, _ problems: [String], fine: String, repair: String) {
            check.lines.append(
                .init(
                    name: name, isFine: problems.isEmpty,
                    detail: problems.isEmpty ? fine : problems.joined(separator: "; ")))
            if !problems.isEmpty, !check.repairs.contains(repair) { check.repairs.append(repair) }
        }
        let rebuild =
            "restore the file from a copy, or index the sources again into a new file (parley index --index NEW …)"
        var fullText = try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(5)")
            add("sqlite", integrity == ["ok"] ? [] : integrity, fine: "ok (pages and indexes)", repair: rebuild)
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            add(
                "references", orphans == 0 ? [] : ["\(orphans) rows point at rows that are gone"],
                fine: "ok (foreign keys)", repair: rebuild)
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            let articles = try count("SELECT count(*) FROM article")
            let passages = try count("SELECT count(*) FROM passage")
            let quotations = try count("SELECT count(*) FROM quote WHERE kind <> 'turn'")
            let turns = try count("SELECT count(*) FROM quote WHERE kind = 'turn'")
            let mentions = try count("SELECT count(*) FROM mention")
            var problems: [String] = []
            let noPassage = try count(
                "SELECT count(*) FROM article WHERE NOT EXISTS (SELECT 1 FROM passage WHERE article_id = article.id)")
            if noPassage > 0 { problems.append("\(noPassage) articles without passages") }
            let noKey = try count(
                "SELECT count(*) FROM article WHERE NOT EXISTS (SELECT 1 FROM article_key WHERE article_id = article.id)"
            )
            if noKey > 0 { problems.append("\(noKey) articles without a key") }
            let misplaced = try count(
                """
                SELECT count(*) FROM quote JOIN passage ON passage.id = quote.passage_id
                WHERE passage.article_id <> quote.article_id
                """)
            if misplaced > 0 { problems.append("\(misplaced) quotations in another article's passage") }
            let brokenTurns = try count(
                """
                SELECT count(*) FROM quote WHERE kind = 'turn' AND (last_passage_id IS NULL OR last_passage_id < passage_id
                    OR (SELECT article_id FROM passage WHERE id = quote.last_passage_id) IS NOT quote.article_id)
                """)
            if brokenTurns > 0 { problems.append("\(brokenTurns) turns whose passages are not their article's") }
            add(
                "counts", problems,
                fine: "ok (\(articles) articles, \(passages) passages, \(quotations) quotations, \(turns) turns, "
                    + "\(mentions) mentions)",
                repair: "parley reindex")
            var fullText: [String] = []
            let passageRows = try count("SELECT count(*) FROM passage_fts_docsize")
            if passageRows != passages { fullText.append("\(passageRows) full-text rows for \(passages) passages") }
            let quoteRows = try count("SELECT count(*) FROM quote_fts_docsize")
            if quoteRows != quotations { fullText.append("\(quoteRows) full-text rows for \(quotations) quotations") }
            return fullText
        }
        // FTS5's own check compares each table with its content; it is run as a write, here rolled back. Where
        // the index cannot be written, only the row counts above compare the tables with their text.
        if isReadOnlyPlace {
            add(
                "full text", fullText,
                fine: "row counts agree (FTS5's own check not run: it needs write access, and the index is "
                    + "read-only here)",
                repair: "parley reindex --text-only")
        } else {
            do {
                try dbQueue.inTransaction { db in
                    for table in ["passage_fts", "quote_fts"] {
                        do {
                            try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('integrity-check', 1)")
                        } catch let error as DatabaseError {
                            fullText.append("\(table): \(error.message ?? "\(error.resultCode)")")
                        }
                    }
                    if fullText.isEmpty, try db.tableExists("term_passages") {
                        let wrong = try TermPassages.mismatches(db)
                        if wrong > 0 { fullText.append("term_passages: \(wrong) words counted otherwise than FTS5's") }
                    }
                    return .rollback
                }
            } catch let error as DatabaseError {
                fullText.append("not checked: \(error.message ?? "\(error.resultCode)")")
            } catch {
                fullText.append("not checked: \(error)")
            }
            add(
                "full text", fullText, fine: "ok (passages and quotations match their text)",
                repair: "parley reindex --text-only")
        }
        switch try followsAliasFile() {
        case false:
            add(
                "aliases", ["\(aliasFilePath) changed since the index merged its entities"], fine: "",
                repair: "parley reindex (any parley index or aliases add also merges them)")
        case true: add("aliases", [], fine: "ok (entities follow \(aliasFilePath))", repair: "")
        case nil: add("aliases", [], fine: "not recorded yet (the next parley index records it)", repair: "")
        }
        let tokenizer = try read { try Schema.builtTokenizer($0) } ?? "unknown"
        add(
            "tokenizer",
            tokenizer == Schema.fullTextLayout ? [] : ["\(tokenizer), this Parley's is \(Schema.fullTextLayout)"],
            fine: "\(tokenizer) (current)", repair: "parley reindex --text-only")
        add(
            "analysis",
            analysis >= Schema.analysis ? [] : ["extraction v\(analysis), this Parley's is v\(Schema.analysis)"],
            fine: "extraction v\(analysis) (current)", repair: "parley reindex")
        return check
    }
}
