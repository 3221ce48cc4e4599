import Foundation
import ParleyTestSupport
import Testing

@testable import ParleySearch

@Suite struct SearchTests {
    /// A transcript turn no speaker was found for (`quote.speaker_id` NULL, as a briefing's bare `A` answers are
    /// in the White House transcripts) is a hit like any other: its owner's kind was read as text and crashed the
    /// process on NULL (`parley search Syria` at 10×, and `parley serve` with it).
    @Test func aTurnWithoutItsSpeakerIsAHit() throws {
        let (folder, index) = try Self.briefing(
            """
            MS. KOSTROVA: Good morning. The border posts on the Veyra open on Monday.

            Q Will the talks at Port Solenne resume this week?

            MS. KOSTROVA: Nobody is going home before the talks resume.
            """)
        _ = folder
        try index.dbQueue.write { try $0.execute(sql: "UPDATE quote SET speaker_id = NULL WHERE kind = 'turn'") }
        let results = try index.search(try SearchQuery("going home"), limit: 5)
        let hit = try #require(results.hits.first)
        #expect(hit.turn?.label == "MS. KOSTROVA")
        #expect(hit.turn?.speaker == nil)
        #expect(hit.turn?.isQuestioner == false)
    }

    /// The speaker facet counts a passage for the official whose turn it is, also in a turn's later passages, and
    /// not for a questioner: the same owners the hits show.
    @Test func theSpeakerFacetFollowsTurnsOverTheirPassages() throws {
        let (folder, index) = try Self.briefing(
            """
            MS. KOSTROVA: Good morning. The border posts on the Veyra open on Monday.

            The ferry from Port Solenne sails again on Tuesday.

            The harbour pilots return on Wednesday, and the grain convoy follows them.

            Q Will the grain convoy reach the capital before the talks?

            MR. DALVEN: The grain convoy reaches the capital on Friday.

            Q And the ferry?

            MS. KOSTROVA: Nobody is going home before the ferry sails.
            """)
        _ = folder
        for (text, speakers) in [
            ("harbour", 1), ("grain convoy", 2), ("ferry", 1), ("talks", 0), ("capital", 1), ("home", 1),
        ] {
            let results = try index.search(try SearchQuery(text), limit: 10, facets: true)
            let owners = Set(results.hits.compactMap { $0.turn?.isQuestioner == false ? $0.turn?.speaker : nil })
            let facet = try #require(results.facets).speakers
            #expect(Set(facet.map(\.value)) == owners, "'\(text)'")
            #expect(facet.count == speakers, "'\(text)': \(facet)")
        }
    }

    /// The facets' one statement holds the hits in a table when they are a window's (`few`), and finds them again
    /// for each facet otherwise: the same counts either way, copies folded or not.
    @Test func facetsAreTheSameWithTheHitsHeldOrFoundAgain() throws {
        let (folder, index) = try indexOf([
            Sample.article(
                "b1", title: "Briefing by Foreign Ministry Spokesperson Milena Kostrova",
                text: """
                    MS. KOSTROVA: Good morning. The border posts on the Veyra open on Monday.

                    The ferry from Port Solenne sails again on Tuesday.

                    Q Will the grain convoy reach the capital before the talks?

                    MR. DALVEN: The grain convoy reaches the capital on Friday.

                    Q And the ferry?

                    MS. KOSTROVA: Nobody is going home before the ferry sails.
                    """),
            Sample.article("a1", source: "Drevania Today", date: "2024-05-01"), Sample.article("a2"),
        ])
        _ = folder
        for folding in [false, true] {
            let (held, again) = try index.dbQueue.read { db in
                let hits = "SELECT rowid FROM passage_fts WHERE passage_fts MATCH 'the'"
                return (
                    try ParleyIndex.facets(db, hits: hits, arguments: [], foldingCopies: folding, few: true),
                    try ParleyIndex.facets(db, hits: hits, arguments: [], foldingCopies: folding, few: false)
                )
            }
            #expect(held == again)
            #expect(!held.speakers.isEmpty && !held.people.isEmpty && held.sources.count == 2 && held.years.count == 2)
        }
    }

    /// An index of one briefing by Milena Kostrova, whose transcript is `text`.
    static func briefing(_ text: String) throws -> (TemporaryFolder, ParleyIndex) {
        try indexOf([
            Sample.article("b1", title: "Briefing by Foreign Ministry Spokesperson Milena Kostrova", text: text)
        ])
    }

    static func sampleIndex() throws -> (TemporaryFolder, ParleyIndex) {
        try indexOf([
            Sample.article(
                "t1", title: "Valdora offers compromise",
                text: """
                    The palace offered a compromise on the Veyra Valley on Tuesday.

                    “A compromise is not a surrender,” Marevsky told reporters.
                    """),
            Sample.article(
                "t2", title: "Sanctions debate",
                text: """
                    Drevania’s parliament debated new sanctions against Valdora.

                    Foreign Minister Irena Vedrač said the territorial question was closed.
                    """),
            Sample.article("t3", title: "Erdoğan-style names", text: "Talgöz met Šelvik in Serin to negotiate."),
        ])
    }

    @Test func wordsAreANDedAndRankedByBM25() throws {
        let (_, index) = try Self.sampleIndex()
        let results = try index.search(SearchQuery("compromise Marevsky"))
        #expect(results.hits.count == 1)
        #expect(results.totalMatches == 1)
        #expect(results.hits[0].articleKey == "t1")
        #expect(results.hits[0].text == "“A compromise is not a surrender,” Marevsky told reporters.")
        let both = try index.search(SearchQuery("compromise"))
        #expect(both.hits.count == 2)
        #expect(both.hits[0].score <= both.hits[1].score)
    }

    @Test func phraseMatchesWordsInARow() throws {
        let (_, index) = try Self.sampleIndex()
        #expect(try index.search(SearchQuery("\"not a surrender\"")).hits.count == 1)
        #expect(try index.search(SearchQuery("\"surrender not\"")).hits.isEmpty)
        #expect(try index.search(SearchQuery("“offered a compromise”")).hits.count == 1)
    }

    @Test func stemmingCaseAndDiacritics() throws {
        let (_, index) = try Self.sampleIndex()
        #expect(try index.search(SearchQuery("negotiations")).hits.count == 1)
        #expect(try index.search(SearchQuery("SELVIK talgoz")).hits.count == 1)
        #expect(try index.search(SearchQuery("vedrac")).hits.count == 1)
        #expect(try index.search(SearchQuery("sanction")).hits.count == 2)  // the title matches too
    }

    @Test func prefixQuery() throws {
        let (_, index) = try Self.sampleIndex()
        #expect(try index.search(SearchQuery("territ*")).hits.count == 1)
    }

    @Test func titleWordsMatchEveryPassageOfTheArticle() throws {
        let (_, index) = try Self.sampleIndex()
        let hits = try index.search(SearchQuery("debate")).hits
        #expect(Set(hits.map(\.articleKey)) == ["t2"])
        #expect(hits.count == 2)
    }

    @Test func highlightMarksMatchedWordsAtTheRightOffsets() throws {
        let (_, index) = try Self.sampleIndex()
        let hit = try #require(try index.search(SearchQuery("vedrač territorial")).hits.first)
        #expect(
            hit.highlighted
                == "Foreign Minister Irena \u{2}Vedrač\u{3} said the \u{2}territorial\u{3} question was closed.")
    }

    @Test func limitAndTotal() throws {
        let (_, index) = try Self.sampleIndex()
        let results = try index.search(SearchQuery("valdora"), limit: 1)
        #expect(results.hits.count == 1)
        #expect(results.totalMatches == 3)
    }

    static let hostileQueries = [
        "NEAR(a b)", "a OR", "AND", "\"unbalanced", "“curly unbalanced", "(((", "col:word", "text:palace", "^start",
        "-minus", "+plus", "a*b", "*", "**palace", "palace\"\"", "\"\"", "'single'", "x\u{0}y", "rank MATCH 1",
        "'); DROP TABLE article; --", "NOT palace", "palace NOT", "{text title}: palace", "🇺🇦 palace", "ﬁnal",
        String(repeating: "palace ", count: 60), "\u{301}palace", "Marevsky’s", "\\palace",
    ]

    @Test(arguments: hostileQueries)
    func hostileQueryNeverFailsInSQLite(_ text: String) throws {
        let (_, index) = try Self.sampleIndex()
        do {
            let query = try SearchQuery(text)
            _ = try index.search(query)
        } catch let error as QueryError {
            #expect(!error.description.isEmpty)
        }
    }

    @Test(arguments: ["", "   ", "\"\"", "!!! ???", "*", "-- ;", "“”", "( )"])
    func queriesWithoutWordsAreRejectedClearly(_ text: String) {
        #expect(throws: QueryError.noSearchableWords(query: text)) { try SearchQuery(text) }
    }

    @Test func operatorsWithoutTheirTermsAreSearchedAsWords() throws {
        // `OR` between two terms joins them (see SearchQueryOrTests); `NEAR` without its parenthesis is a word.
        let query = try SearchQuery("palace OR NEAR")
        #expect(query.clauses == [[.word("palace"), .word("NEAR")]])
        #expect(query.terms == [.word("palace"), .word("NEAR")])
        #expect(query.matchPattern == "(\"palace\" OR \"NEAR\")")
        // `AND` is what a space means; `NOT` excludes the next term.
        #expect(try SearchQuery("palace AND NOT NEAR").matchPattern == "\"palace\" NOT (\"NEAR\")")
        // With nothing to apply to, they are words.
        #expect(try SearchQuery("OR palace AND").matchPattern == "\"OR\" AND \"palace\" AND \"AND\"")
        #expect(try SearchQuery("palace NOT").matchPattern == "\"palace\" AND \"NOT\"")
    }

    /// The query language: exclusions, groups, NEAR and fields, each to its FTS5 pattern; mistakes named by column.
    @Test(arguments: [
        ("territory -ceasefire", #""territory" NOT ("ceasefire")"#),
        ("territory NOT \"security guarantees\"", #""territory" NOT ("security guarantees")"#),
        (
            "(sanctions OR embargo) Iran -(Syria OR Libya)",
            #"(("sanctions" OR "embargo") AND "Iran") NOT ("Syria" OR "Libya")"#
        ),
        ("NEAR(ceasefire withdrawal, 5)", #"NEAR("ceasefire" "withdrawal", 5)"#),
        ("NEAR(\"security guarantees\" troops) OR truce", #"(NEAR("security guarantees" "troops", 10) OR "truce")"#),
        ("four-year -plan", #""four year" NOT ("plan")"#),
        ("a (b c) d", #""a" AND "b" AND "c" AND "d""#),
        // An exclusion of nothing is dropped, never passed on to the next term (review finding).
        ("iran -* russia", #""iran" AND "russia""#),
        ("iran -\"\" russia", #""iran" AND "russia""#),
        // A NOT with nothing after it is a word, in parentheses too.
        ("(iran NOT)", #""iran" AND "NOT""#),
        // A group ORed with a term: every clause of the group ORed with it (the distributive law).
        ("(truce talks) OR ceasefire", #"("truce" OR "ceasefire") AND ("talks" OR "ceasefire")"#),
        ("(a b) OR (c d)", #"("a" OR "c") AND ("a" OR "d") AND ("b" OR "c") AND ("b" OR "d")"#),
        // A clause holding another's terms adds nothing.
        ("(a b) OR a", #""a""#),
        ("SENTENCE(a \"b c\")", #"NEAR("a" "b c", 100)"#),
        ("((a OR b) c) OR d Valdora", #"("a" OR "b" OR "d") AND ("c" OR "d") AND "Valdora""#),
    ])
    func queryLanguagePatterns(text: String, pattern: String) throws {
        #expect(try SearchQuery(text).matchPattern == pattern)
    }

    @Test func fieldsAreFiltersNotWords() throws {
        let query = try SearchQuery(#"speaker:"Ilya Marevsky" territory since:2025-09 SOURCE:Reuters note:x"#)
        #expect(
            query.fields == [
                .init(name: "speaker", value: "Ilya Marevsky"), .init(name: "since", value: "2025-09"),
                .init(name: "source", value: "Reuters"),
            ])
        // An unknown field is text.
        #expect(query.matchPattern == #""territory" AND "note x""#)
        #expect(throws: QueryError.noSearchableWords(query: "speaker:ushakov")) { try SearchQuery("speaker:ushakov") }
        #expect(try SearchQuery("speaker:ushakov", fieldsOnly: true).hasWords == false)
    }

    @Test(arguments: [
        ("(ceasefire OR truce", QueryError.unbalancedParenthesis(column: 1)),
        ("ceasefire truce)", QueryError.unbalancedParenthesis(column: 16)),
        ("-ceasefire", QueryError.onlyExcluded(query: "-ceasefire")),
        (
            "(a1 a2) OR (b1 b2) OR (c1 c2) OR (d1 d2) OR (e1 e2) OR (f1 f2)",
            QueryError.unsupportedGrouping(
                column: 56, reason: "its ORs of groups make 64 combinations of terms (at most 32): write fewer")
        ),
        (
            "a OR -b",
            QueryError.unsupportedGrouping(
                column: 6, reason: "OR joins terms or groups, not an excluded term: put -term apart")
        ),
        (
            "NEAR(ceasefire)",
            QueryError.badNear(
                column: 1, reason: "NEAR needs two terms or more: NEAR(ceasefire withdrawal, 10)")
        ),
        ("NEAR(a b", QueryError.unbalancedParenthesis(column: 5)),
        (
            "SENTENCE(a)",
            QueryError.badSentence(
                column: 1, reason: "it needs two terms or more: SENTENCE(territory compromise)")
        ),
        (
            "x SENTENCE(a b, 5)",
            QueryError.badSentence(
                column: 3, reason: "it takes terms only: SENTENCE(territory compromise)")
        ),
        (
            "x -SENTENCE(a b)",
            QueryError.unsupportedGrouping(
                column: 3, reason: "SENTENCE(…) cannot be excluded: exclude its words (-word)")
        ),
        // In a group too (review finding: the group was excluded as NEAR(…, 100)).
        (
            "x -(SENTENCE(a b))",
            QueryError.unsupportedGrouping(
                column: 3, reason: "SENTENCE(…) cannot be excluded: exclude its words (-word)")
        ),
        (
            "x NOT (y OR SENTENCE(a b))",
            QueryError.unsupportedGrouping(
                column: 3, reason: "SENTENCE(…) cannot be excluded: exclude its words (-word)")
        ),
        // The unclosed one, not the last one opened.
        ("(iran (a OR b)", QueryError.unbalancedParenthesis(column: 1)),
        (
            "sanctions -source:tass iran",
            QueryError.unsupportedGrouping(
                column: 11, reason: "a field is a filter and cannot be excluded")
        ),
    ])
    func queryMistakesAreNamedByColumn(text: String, error: QueryError) {
        #expect(throws: error) { try SearchQuery(text) }
    }

    /// Two large groups ORed are refused before their combinations are built (review finding: 4 million clauses).
    @Test func largeGroupsOredAreRefusedAtOnce() {
        let text =
            "(" + (1...2_000).map { "a\($0)" }.joined(separator: " ") + ") OR ("
            + (1...2_000).map { "b\($0)" }.joined(separator: " ") + ")"
        #expect(
            throws: QueryError.unsupportedGrouping(
                column: 10_899, reason: "its ORs of groups make 4000000 combinations of terms (at most 32): write fewer"
            )
        ) { try SearchQuery(text) }
    }

    /// What each operator keeps, against the index's passages checked one by one.
    @Test func exclusionsAndNearKeepTheRightPassages() throws {
        let (folder, index) = try Self.sampleIndex()
        _ = folder
        func keys(_ text: String) throws -> Set<String> {
            Set(try index.search(SearchQuery(text), limit: 100, window: Int.max).hits.map(\.articleKey))
        }
        #expect(try keys("compromise") == ["t1"])
        #expect(try keys("Valdora") == ["t1", "t2"])
        #expect(try keys("Valdora -compromise") == ["t2"])
        #expect(try keys("Valdora NOT (compromise OR sanctions)") == [])
        #expect(try keys("NEAR(palace compromise, 2)") == ["t1"])
        #expect(try keys("NEAR(palace Tuesday, 2)") == [])
        #expect(try keys("(compromise sanctions) OR Valdora") == ["t1", "t2"])
        #expect(try keys("(compromise palace) OR Tuesday") == keys("compromise palace").union(keys("Tuesday")))
    }

    /// `SENTENCE(a b)`: both words in one sentence, not merely near each other; in the title as in the text (late in
    /// a long text of many-byte characters too); in an OR clause as one of its terms; in `quotes` and `timeline` too.
    @Test func sentenceKeepsTermsOfOneSentence() throws {
        let (folder, index) = try indexOf([
            Sample.article("s1", title: "Talks", text: "The compromise was rejected. Territory stays disputed."),
            Sample.article("s2", title: "Talks", text: "Mr. Vance refused to compromise on territory."),
            Sample.article("s3", title: "Territory compromise floated", text: "Envoys met in Serin."),
            Sample.article("s4", title: "Harbour", text: "The harbour reopened."),
            Sample.article("s5", title: "Talks", text: "“We will never compromise on territory,” Teodor Vance said."),
            // Two sentences of a title; late passages of a long text of many-byte characters.
            Sample.article("s6", title: "Compromise rejected. Territory disputed", text: "Aides left Serin."),
            Sample.article(
                "s7", title: "Talks", text: longText(last: "Vedrač’s aides will not compromise on territory.")),
            Sample.article(
                "s8", title: "Talks", text: longText(last: "Vedrač’s compromise failed. Territory is lost.")),
        ])
        _ = folder
        func longText(last: String) -> String {
            (1...40).map { "Déjà vu — «Port Solenne» talks resumed on day \($0); Ørsted’s envoy waited." }
                .joined(separator: "\n\n") + "\n\n" + last
        }
        func keys(_ text: String) throws -> [String] {
            try index.search(SearchQuery(text), limit: 100, window: Int.max).hits.map(\.articleKey).sorted()
        }
        #expect(try keys("NEAR(compromise territory, 100)") == ["s1", "s2", "s3", "s5", "s6", "s7", "s8"])
        #expect(try keys("SENTENCE(compromise territory)") == ["s2", "s3", "s5", "s7"])
        #expect(try keys("SENTENCE(compromise territory) OR harbour") == ["s2", "s3", "s4", "s5", "s7"])
        #expect(try keys("SENTENCE(compromise territory) -Vance") == ["s3", "s7"])
        // Many clauses: the function's numbers come as one argument (SQLite takes at most 127; review finding).
        let many = "SENTENCE(compromise territory) OR (" + (1...16).map { "w\($0)" }.joined(separator: " ") + ")"
        #expect(try keys(many) == ["s2", "s3", "s5", "s7"])
        #expect(try index.search(SearchQuery("SENTENCE(compromise territory)")).totalMatches == 4)
        let quotes = try index.quotes(SearchQuery("SENTENCE(compromise territory)"))
        #expect(quotes.map(\.articleKey) == ["s5"])
        #expect(try index.quotes(SearchQuery("SENTENCE(compromise harbour)")).isEmpty)
        #expect(
            try index.timeline(SearchQuery("SENTENCE(compromise territory)"), by: .year).map(\.matches).reduce(0, +)
                == 4)
    }

    /// A quotation's copies are the quotations of the same words by the same speaker, also one whose words run
    /// together (fewer than six words apart, so no words' hash of its own): found by a run of the words, kept by the
    /// key (review finding: a test of the hash alone left it out).
    @Test func copiesOfTheSameWordsAreFoundWhateverTheirHash() throws {
        let (folder, index) = try indexOf([
            Sample.article("w1", text: "“We will win, we will win, we will,” said Teodor Vance on Monday."),
            Sample.article("w2", text: "“We-will-win we-will-win we-will,” said Teodor Vance on Tuesday."),
        ])
        _ = folder
        let hits = try index.quotes(SearchQuery("win"), allCopies: true)
        let spaced = try index.quotes(SearchQuery("win")).first { $0.articleKey == "w1" }
        #expect(
            QuoteStatement.key(hits.first { $0.articleKey == "w2" }?.text ?? "")
                == QuoteStatement.key(spaced?.text ?? "x"))
        #expect(spaced?.copies.map(\.articleKey) == ["w2"])
    }

    /// A corrected headline (same text, new title) is what `SENTENCE(…)` reads, on a connection that read the old
    /// one: the article's text is kept between passages, its title is not (review finding).
    @Test func sentenceReadsANewTitle() throws {
        let folder = try TemporaryFolder()
        let index = try openIndex(folder)
        let text = "Envoys met in Serin on Monday."
        try ingest(
            index, [try folder.jsonl("a.jsonl", [Sample.article("t1", title: "Iran deal talks resume", text: text)])])
        #expect(try index.search(SearchQuery("SENTENCE(Iran deal)")).totalMatches == 1)
        try ingest(
            index,
            [try folder.jsonl("b.jsonl", [Sample.article("t1", title: "Iran waits. Deal talks resume", text: text)])])
        #expect(try index.search(SearchQuery("NEAR(Iran deal, 10)")).totalMatches == 1)
        #expect(try index.search(SearchQuery("SENTENCE(Iran deal)")).totalMatches == 0)
    }

    /// `(a b) OR c` is `(a OR c) AND (b OR c)`: `c` is in two clauses and weighs once, as in `c OR a`.
    @Test func aTermInSeveralClausesWeighsOnce() throws {
        let (folder, index) = try indexOf([
            Sample.article(
                "v1", title: "Harbour news",
                text: """
                    The Valdora delegation arrived.

                    The compromise on sanctions was signed.
                    """),
            Sample.article("v2", title: "Port report", text: "Valdora closed the port."),
            Sample.article("v3", title: "Trade", text: "Sanctions and a compromise were discussed in Tamesk."),
        ])
        _ = folder
        let grouped = try index.search(SearchQuery("(compromise sanctions) OR Valdora"), limit: 100, window: Int.max)
        #expect(grouped.totalMatches == 4)
        let plain = try index.search(SearchQuery("Valdora OR compromise"), limit: 100, window: Int.max)
        let scores = Dictionary(plain.hits.map { ($0.passageID, $0.score) }) { first, _ in first }
        let onlyValdora = grouped.hits.filter {
            !$0.text.localizedCaseInsensitiveContains("compromise")
                && !$0.text.localizedCaseInsensitiveContains("sanction")
        }
        #expect(onlyValdora.count == 2)
        for hit in onlyValdora { #expect(hit.score == scores[hit.passageID]) }
        let explained = try index.explanations(
            for: Array(grouped.hits.prefix(1)), query: SearchQuery("(compromise sanctions) OR Valdora"),
            filter: SearchFilter())
        #expect(explained.first?.filter { $0.hasPrefix("‘Valdora’") }.count == 1)
    }

    @Test func parsesPhrasesPrefixesAndUnbalancedQuotes() throws {
        #expect(
            try SearchQuery("\"security guarantees\" cease*").terms == [
                .phrase(["security", "guarantees"]), .prefix(["cease"]),
            ])
        #expect(try SearchQuery("\"open phrase words").terms == [.word("open"), .word("phrase"), .word("words")])
        #expect(try SearchQuery("say \"x\"\"y\"").matchPattern == "\"say\" AND \"x\" AND \"y\"")
        #expect(try SearchQuery("a\"b").matchPattern.contains("\"a\""))
    }

    @Test func tooManyTermsIsRefused() {
        let text = (1...70).map { "w\($0)" }.joined(separator: " ")
        #expect(throws: QueryError.tooManyTerms(count: 70, limit: SearchQuery.maxTerms)) { try SearchQuery(text) }
    }

    /// A passage repeated word for word by other articles is listed once, with each of the others by its first key
    /// (the earliest run, then the least key): an article recorded under two ids shows one of them, the same one
    /// whichever hit lists it.
    @Test func copiesAreListedByTheirArticlesFirstKeys() throws {
        let paragraph = "The joint commission agreed that the posts at Dunmere, Ostrel and Kaliv reopen on Monday."
        var articles: [[String: String]] = []
        // (The longest title ranks last: the article of two ids is a copy, not the passage shown.)
        let long = "Border crossings along the river to open again next week after the long talks"
        for (id, title) in [("p1", "Posts reopen"), ("p3", "Border news"), ("p2", long), ("a-p2", long)] {
            articles.append([
                "id": id, "title": title, "source": "Harbour Post", "date": "2025-12-18",
                "text": paragraph + "\n\nMore on \(title) tomorrow.",
            ])
        }
        let (folder, index) = try indexOf(articles)
        defer { _ = folder }
        let folded = try index.search(try SearchQuery("Dunmere Ostrel"), limit: 5, allCopies: false)
        let hit = try #require(folded.hits.first)
        #expect(folded.hits.count == 1)
        #expect(Set([hit.articleKey] + hit.copies) == ["p1", "p3", "a-p2"], "\(hit.articleKey) \(hit.copies)")
        #expect(hit.copies.count == 2 && hit.copies.contains("a-p2"), "\(hit.copies)")
    }
}

/// Search through Parley's tokenizer: the behaviours the tokenizer issue promises, end to end in FTS5.
@Suite struct TokenizerSearchTests {
    static func index(_ texts: [String]) throws -> (TemporaryFolder, ParleyIndex) {
        try indexOf(texts.enumerated().map { Sample.article("d\($0)", title: "T\($0)", text: $1) })
    }

    func keys(_ index: ParleyIndex, _ query: String) throws -> [String] {
        try index.search(SearchQuery(query), limit: 50).hits.map(\.articleKey).sorted()
    }

    @Test func acronymsAndPronounsStayApart() throws {
        let (_, index) = try Self.index([
            "Envoys from the US arrived.", "The U.S. delegation left.", "A U.S.A. flag flew.", "He told us so.",
        ])
        #expect(try keys(index, "US") == ["d0", "d1", "d2"])
        #expect(try keys(index, "U.S.") == ["d0", "d1", "d2"])
        #expect(try keys(index, "us") == ["d3"])
    }

    @Test func possessivesHyphensAndDiacritics() throws {
        let (_, index) = try Self.index([
            "Režek’s plan was rejected.", "A four-year truce with Erdoğan.", "The four year plan.",
            "U.S.-Russia channel reopened.",
        ])
        #expect(try keys(index, "Rezek") == ["d0"])
        #expect(try keys(index, "Režek's") == ["d0"])
        #expect(try keys(index, "four-year") == ["d1", "d2"])
        #expect(try keys(index, "\"four year\"") == ["d1", "d2"])
        #expect(try keys(index, "erdogan") == ["d1"])
        #expect(try keys(index, "Russia US") == ["d3"])
    }

    @Test func stemmedPrefixQueriesStillMatch() throws {
        let (_, index) = try Self.index(["Negotiations resumed.", "They will negotiate.", "A territorial claim."])
        #expect(try keys(index, "negotiat*") == ["d0", "d1"])
        #expect(try keys(index, "territ*") == ["d2"])
        #expect(try keys(index, "negotiating") == ["d0", "d1"])
    }

    @Test func highlightUsesTheSameTokens() throws {
        let (_, index) = try Self.index(["The U.S. and Šelvik’s team negotiated."])
        let hit = try #require(try index.search(SearchQuery("US selvik negotiations")).hits.first)
        #expect(hit.highlighted == "The \u{2}U.S.\u{3} and \u{2}Šelvik’s\u{3} team \u{2}negotiated\u{3}.")
    }

    /// An index whose full-text table was built with another tokenizer, an older Parley's (`parley_v0`, which a
    /// connection must register to build the table) or SQLite's own, is refused with the way out; `reindex` rebuilds
    /// the table with today's.
    @Test(arguments: ["parley_v0", "porter unicode61 remove_diacritics 2"])
    func outdatedTokenizerIsReportedAndReindexFixesIt(_ tokenizer: String) throws {
        let (folder, index) = try Self.index(["Compromise on territory."])
        // Simulate an index built by an older Parley with another tokenizer.
        try index.dbQueue.write { db in
            if tokenizer.hasPrefix("parley_") {
                LegacyTokenizer.name = tokenizer
                db.add(tokenizer: LegacyTokenizer.self)
            }
            try db.execute(sql: "DROP TABLE passage_fts")
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE passage_fts USING fts5(text, title, content = 'passage_text',
                        content_rowid = 'id', tokenize = '\(tokenizer)');
                    INSERT INTO passage_fts(passage_fts) VALUES ('rebuild');
                    UPDATE parley_meta SET value = '\(tokenizer)' WHERE key = 'tokenizer';
                    """)
        }
        try index.dbQueue.close()
        let path = folder.path("index/parley.sqlite")
        let error = #expect(throws: StoreError.self) { try ParleyIndex.open(at: path, mode: .existing) }
        #expect(error?.description.contains("Run 'parley reindex'") == true)
        let rebuilt = try ParleyIndex.open(at: path, mode: .rebuild)
        #expect(try rebuilt.rebuildFullText() == 1)
        let reopened = try ParleyIndex.open(at: path, mode: .existing)
        #expect(try reopened.search(SearchQuery("territorial")).hits.count == 1)
        try reopened.checkIntegrity()
    }
}
