import Foundation
import Testing

@testable import ParleySearch

/// `quotes` pages: a page within the first ``ParleyIndex/turnSearchLimit`` statements finds its turns through
/// `search`, a deeper one by scoring every matching passage. Both give one order (the same scores, ties by article
/// and place), so that paging through every statement neither repeats nor skips one.
@Suite struct QuotePagingTests {
    /// 440 made-up briefings of 12 turns each (5,280 turns holding `corridor`, many of them the same length: ties),
    /// and a few news articles whose quotations hold it.
    static let articles: [[String: String]] = {
        var articles: [[String: String]] = []
        for number in 1...440 {
            var turns: [String] = []
            for turn in 1...6 {
                let extra = String(repeating: " The posts at Dunmere and Kaliv stay shut.", count: (number + turn) % 3)
                turns.append("Q Will the corridor at Kaliv open this week, Minister, after round \(turn)?")
                turns.append(
                    "MS. KOSTROVA: The corridor opens when the commission agrees.\(extra)"
                        + (turn == number % 6 ? " The corridor is the commission's work." : ""))
            }
            articles.append([
                "id": "b\(number)", "title": "Briefing by Foreign Ministry Spokesperson Milena Kostrova, \(number)",
                "source": "Valdoran Ministry of Foreign Affairs", "date": "2025-\(10 + number % 3)-\(10 + number % 18)",
                "text": "MINISTRY PRESS CENTRE, BRIEFING \(number)\n\n" + turns.joined(separator: "\n\n"),
            ])
        }
        for number in 1...30 {
            articles.append([
                "id": "n\(number)", "title": "Corridor talks, day \(number)", "source": "Harbour Post",
                "date": "2025-11-\(10 + number % 18)",
                "text": "“The corridor at Kaliv will open when the commission agrees, not before round \(number),” "
                    + "said Milena Kostrova, the ministry's spokesperson, in Serin.",
            ])
        }
        return articles
    }()

    /// Turns of 300 briefings that name `corridor` once and of 140 later ones that name it in every turn (the newest
    /// matches are dense: an estimated frequency is far from the exact one), and quotations naming it among many
    /// that do not: the first page, found through `search`, is the head of the whole list, found by scoring every
    /// match.
    @Test func theFirstPageIsTheHeadOfTheWholeList() throws {
        var articles: [[String: String]] = []
        for number in 1...440 {
            var turns: [String] = []
            for turn in 1...6 {
                let word = number > 300 || turn == 1 ? "corridor" : "crossing"
                turns.append("Q Will the \(word) at Kaliv open this week, Minister, after round \(turn)?")
                turns.append(
                    "MS. KOSTROVA: The \(word) opens when the commission agrees."
                        + String(repeating: " The posts at Dunmere stay shut.", count: (number + turn) % 4))
            }
            articles.append([
                "id": "b\(number)", "title": "Briefing by Foreign Ministry Spokesperson Milena Kostrova, \(number)",
                "source": "Valdoran Ministry of Foreign Affairs", "date": "2025-11-\(10 + number % 18)",
                "text": "MINISTRY PRESS CENTRE, BRIEFING \(number)\n\n" + turns.joined(separator: "\n\n"),
            ])
        }
        for number in 1...400 {
            let topic = number % 2 == 0 ? "corridor at Kaliv" : "grain quota for Tamesk"
            articles.append([
                "id": "n\(number)", "title": "Talks, day \(number)", "source": "Harbour Post",
                "date": "2025-10-\(10 + number % 18)",
                "text": "“The \(topic) will be settled when the commission agrees, not before round \(number),” "
                    + "said Milena Kostrova, the ministry's spokesperson, in Serin.",
            ])
        }
        let (_, index) = try indexOf(articles)
        let query = try SearchQuery("corridor")
        let all = try index.quotes(query, limit: 6_000).map { "\($0.articleKey)@\($0.start)" }
        #expect(all.count > 1_000, "\(all.count)")
        for limit in [20, 200] {
            let page = try index.quotes(query, limit: limit).map { "\($0.articleKey)@\($0.start)" }
            #expect(page == Array(all.prefix(limit)), "limit \(limit)")
        }
    }

    /// A turn found through `search` shows the passage that matched with its words marked, as one found by scoring
    /// every matching passage does: the search reads its passages without their text, and only the turns kept are
    /// highlighted (a prefix through the words it stands for).
    @Test(arguments: ["corridor", "corrid*"]) func aTurnShowsItsPassageHighlighted(text: String) throws {
        let (folder, index) = try indexOf(Array(Self.articles.prefix(60)))
        defer { _ = folder }
        let query = try SearchQuery(text)
        let page = try index.quotes(query, limit: 20)
        #expect(page.count == 20 && page.allSatisfy { $0.kind == "turn" })
        for hit in page {
            let passage = try #require(hit.matchedPassage, "\(hit.articleKey)@\(hit.start)")
            #expect(passage.contains("\u{2}corridor\u{3}"), "\(passage)")
        }
        // Past the search's limit every matching passage is scored, and each turn's best passage highlighted alone.
        let every = try index.quotes(query, limit: ParleyIndex.turnSearchLimit + 1)
        #expect(page.map(\.matchedPassage) == every.prefix(20).map(\.matchedPassage))
    }

    /// A turn's text is read for the quotations shown alone, after copies are folded and the page cut: it is its
    /// article's between its offsets (``Schema/quoteText``) on every page, listing copies or not, and a quotation's is
    /// its own.
    @Test func aTurnsTextIsItsArticlesBetweenItsOffsets() throws {
        let (folder, index) = try indexOf(Array(Self.articles.prefix(60)) + Array(Self.articles.suffix(30)))
        defer { _ = folder }
        var kinds: Set<String> = []
        for (text, offset, allCopies) in [
            ("corridor", 0, false), ("corridor", 30, false), ("corridor", 0, true), ("\"will open\"", 0, true),
        ] {
            let page = try index.quotes(try SearchQuery(text), allCopies: allCopies, offset: offset, limit: 20)
            // (The news articles' quotations are near copies of one statement: listed with every copy.)
            #expect(page.count == 20, "\(text) from \(offset)")
            for hit in page {
                kinds.insert(hit.kind)
                let stored = try index.read { db in
                    try String.fetchOne(
                        db,
                        sql: "SELECT \(Schema.quoteText) FROM quote JOIN article ON article.id = quote.article_id "
                            + "WHERE quote.article_id = ? AND quote.start = ? AND quote.kind = ?",
                        arguments: [hit.articleRowID, hit.start, hit.kind])
                }
                #expect(!hit.text.isEmpty && hit.text == stored, "\(hit.articleKey)@\(hit.start)")
                if hit.kind == "turn", text == "corridor" {
                    #expect(
                        hit.matchedPassage?.contains("\u{2}corridor\u{3}") == true, "\(hit.articleKey)@\(hit.start)")
                }
            }
        }
        #expect(kinds.contains("turn") && kinds.count > 1, "\(kinds)")
    }

    /// When every match is scored (no more than the window) but the first passages ranked hold too few turns (news
    /// passages rank above them), the turns' later pages are the same ranking's next passages, not a second search:
    /// the turns found that way are those found by scoring every matching passage, in the same order.
    @Test func laterPagesOfFewMatchesFollowTheFirstRanking() throws {
        var articles = Array(Self.articles.prefix(60))
        for number in 1...150 {
            articles.append([
                "id": "w\(number)", "title": "Corridor", "source": "Harbour Post", "date": "2025-11-20",
                "text": "The corridor, the corridor and the corridor again: round \(number) at Kaliv.",
            ])
        }
        let (folder, index) = try indexOf(articles)
        defer { _ = folder }
        let query = try SearchQuery("corridor")
        let matches = try index.search(query, limit: 1).totalMatches
        #expect(matches > 200 && matches <= ParleyIndex.rankWindow, "\(matches) matches")
        let every = try index.quotes(query, kinds: ["turn"], limit: ParleyIndex.turnSearchLimit + 1)
        #expect(every.count > 100, "\(every.count) turns")
        for (offset, limit) in [(0, 20), (0, 60), (40, 20)] {
            let page = try index.quotes(query, kinds: ["turn"], offset: offset, limit: limit)
            #expect(
                page.map { "\($0.articleKey)@\($0.start)" }
                    == every[offset..<(offset + limit)].map { "\($0.articleKey)@\($0.start)" }, "from \(offset)")
            #expect(page.map(\.matchedPassage) == every[offset..<(offset + limit)].map(\.matchedPassage))
        }
    }

    /// A turn of several paragraphs is found by a word of a later one: a passage's turn is the last one starting at
    /// or before it that reaches it, whichever way the turns are found (through `search`, or by scoring every matching
    /// passage under a condition only a whole turn can meet).
    @Test func aTurnIsFoundByAWordOfItsLaterParagraphs() throws {
        let text = [
            "MINISTRY PRESS CENTRE, BRIEFING 1", "MS. KOSTROVA: Good morning. I have two announcements.",
            "The posts at Dunmere stay shut until the commission meets.", "The orchard levy on Tamesk is withdrawn.",
            "Q Thank you, Minister. Is the orchard levy withdrawn for good?", "MS. KOSTROVA: For this season.",
        ].joined(separator: "\n\n")
        let (folder, index) = try indexOf([
            [
                "id": "b1", "title": "Briefing by Foreign Ministry Spokesperson Milena Kostrova, 1",
                "source": "Valdoran Ministry of Foreign Affairs", "date": "2025-11-12", "text": text,
            ]
        ])
        defer { _ = folder }
        let query = try SearchQuery("levy")
        let bySearch = try index.quotes(query, kinds: ["turn"], limit: 10)
        let every = try index.quotes(query, kinds: ["turn"], limit: ParleyIndex.turnSearchLimit + 1)
        let opening = try #require(bySearch.first { $0.text.contains("Good morning") }, "\(bySearch.map(\.text))")
        #expect(opening.text.contains("orchard levy on Tamesk"))
        #expect(opening.matchedPassage?.contains("\u{2}levy\u{3}") == true, "\(opening.matchedPassage ?? "none")")
        #expect(bySearch.count == 2 && bySearch.contains { $0.text.contains("Is the orchard levy") })
        #expect(
            bySearch.map { "\($0.start) \($0.matchedPassage ?? "")" }
                == every.map { "\($0.start) \($0.matchedPassage ?? "")" })
    }

    @Test func deepPagesFollowTheFirstPagesOrder() throws {
        let (_, index) = try indexOf(Self.articles)
        let query = try SearchQuery("corridor")
        // Every statement at once: past the limit, by scoring every matching passage.
        let all = try index.quotes(query, limit: 6_000).map { "\($0.articleKey)@\($0.start)" }
        #expect(all.count > ParleyIndex.turnSearchLimit + 20, "\(all.count) statements: too few to reach a deep page")
        #expect(Set(all).count == all.count)
        let limit = ParleyIndex.turnSearchLimit
        // The first page and one just within the limit through search; one past it by scoring every match.
        for offset in [0, 700, limit - 20, limit - 10, limit] {
            let page = try index.quotes(query, offset: offset, limit: 20).map { "\($0.articleKey)@\($0.start)" }
            #expect(page == Array(all[offset..<min(offset + 20, all.count)]), "offset \(offset)")
        }
    }
}
