import Foundation
import ParleyTestSupport
import Testing

/// Attribution through the binary, one test per kind of miss the attribution issue lists, on short fictional
/// articles (invented countries, people and words): `parley index` then `parley quotes --format jsonl`.
@Suite(.enabled(if: BinaryRunner.isAvailable, "the parley binary is not built: run 'swift build' first"))
struct AttributionCommandTests {
    let folder: TemporaryFolder
    let parley: BinaryRunner

    init() throws {
        (folder, parley) = try BinaryRunner.inTemporaryFolder()
    }

    /// Indexes `texts` (one article each, dated `date`) and returns the quotations' `quote` → object.
    func quotations(_ texts: [String], date: String = "2025-10-01", offices: String? = nil) throws -> [String: [String:
        Any]]
    {
        if let offices { _ = try folder.write("Index/offices.tsv", offices) }
        let file = try folder.jsonl(
            "articles.jsonl",
            texts.enumerated().map { number, text in
                [
                    "id": "fixture-\(number)", "title": "Fixture \(number)", "date": date, "source": "Test Wire",
                    "text": text,
                ]
            })
        let indexed = try parley.run(["index", "-q", file])
        #expect(indexed.status == 0, "\(indexed.stderr)")
        let listed = try parley.run(["quotes", "--format", "jsonl", "--limit", "1000", "--all-kinds"])
        var result: [String: [String: Any]] = [:]
        for line in listed.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            result[try #require(object["quote"] as? String)] = object
        }
        return result
    }

    func speaker(_ quotes: [String: [String: Any]], _ quote: String) -> String? {
        quotes[quote]?["speaker"] as? String
    }

    @Test func colonInThePreviousParagraphOrSentence() throws {
        let quotes = try quotations([
            """
            Presidential aide Tomas Vrell spoke to reporters in Kalvor on Monday. The presidential aide stated:

            “The corridor will open when the guns fall silent, not one hour before.”

            Foreign Minister Ada Lennart was blunter. Lennart told the assembly: “We have waited long enough.”
            """
        ])
        #expect(
            speaker(quotes, "The corridor will open when the guns fall silent, not one hour before.") == "Tomas Vrell")
        #expect(
            quotes["The corridor will open when the guns fall silent, not one hour before."]?["method"] as? String
                == "title")
        #expect(speaker(quotes, "We have waited long enough.") == "Ada Lennart")
    }

    @Test func attributionInTheNextSentence() throws {
        let quotes = try quotations([
            """
            Defence Minister Oren Castel visited the border on Tuesday.

            “No convoy will cross without our inspectors.” The minister said this at a meeting with local officials.

            “We keep our word.” Castel made the remarks after the meeting.
            """
        ])
        #expect(speaker(quotes, "No convoy will cross without our inspectors.") == "Oren Castel")
        #expect(speaker(quotes, "We keep our word.") == "Oren Castel")
    }

    @Test func quoteOnlyParagraphsContinueTheSpeaker() throws {
        let quotes = try quotations([
            """
            “The talks are over for this week,” envoy Mira Soltan said on Friday.

            “We will come back when there is something new to discuss.”

            “Until then, the ceasefire holds.”
            """
        ])
        #expect(speaker(quotes, "We will come back when there is something new to discuss.") == "Mira Soltan")
        #expect(speaker(quotes, "Until then, the ceasefire holds.") == "Mira Soltan")
        #expect(quotes["Until then, the ceasefire holds."]?["method"] as? String == "continuation")
    }

    @Test func sourceAndQuoteLayoutAndElidedOpenings() throws {
        let quotes = try quotations([
            """
            Source: Kalvoran Foreign Ministry spokesman Ivo Darnel on social media

            Quote: “[…] nobody in Kalvor asked for this escalation, and nobody here wants it.”

            Details: Darnel said the embassy would stay open.
            """
        ])
        let quote = "[…] nobody in Kalvor asked for this escalation, and nobody here wants it."
        #expect(speaker(quotes, quote) == "Ivo Darnel")
        #expect(quotes[quote]?["kind"] as? String == "full")
    }

    @Test func organisationsAndStatementsSpeak() throws {
        let quotes = try quotations([
            """
            The Kalvoran Foreign Ministry issued a statement on Sunday. “The border posts will reopen at dawn,” the statement said.

            The ministry said in a statement that talks would resume. “We expect both delegations in Orsk,” the ministry said.
            """
        ])
        #expect(speaker(quotes, "The border posts will reopen at dawn,") == "Kalvoran Foreign Ministry")
        #expect(speaker(quotes, "We expect both delegations in Orsk,") == "Kalvoran Foreign Ministry")
    }

    @Test func theSubjectSpeaksNotOtherNamesInTheSentence() throws {
        let quotes = try quotations([
            """
            President Lena Varga met Prime Minister Otto Brandl in Orsk on Monday.

            Varga said after her call with Brandl: “We agreed on the sequence, not yet on the dates.”

            “Brandl knows our terms,” Varga added.

            Varga spoke first, then Brandl answered questions. “The maps are ready,” she said.
            """
        ])
        #expect(speaker(quotes, "We agreed on the sequence, not yet on the dates.") == "Lena Varga")
        #expect(speaker(quotes, "Brandl knows our terms,") == "Lena Varga")
        #expect(speaker(quotes, "The maps are ready,") == "Lena Varga")
    }

    @Test func rolesResolveInTheArticleThenTheOfficeTableThenAsALabel() throws {
        let offices = "Kalvora|Kalvoran\tforeign minister\tAda Lennart\t2024-01-01\t\n"
        let quotes = try quotations(
            [
                """
                Kalvoran Prime Minister Otto Brandl arrived in Orsk on Monday. “We came to sign,” the Kalvoran prime minister said.

                “Nothing is agreed until everything is agreed,” the Kalvoran foreign minister said.

                “The text is still moving,” a senior diplomat said.

                “Our patience has limits,” the Dravish interior minister said.
                """
            ], offices: offices)
        #expect(speaker(quotes, "We came to sign,") == "Otto Brandl")
        #expect(quotes["We came to sign,"]?["method"] as? String == "title")
        #expect(speaker(quotes, "Nothing is agreed until everything is agreed,") == "Ada Lennart")
        #expect(quotes["Nothing is agreed until everything is agreed,"]?["method"] as? String == "office")
        #expect(speaker(quotes, "Our patience has limits,") == "Dravish interior minister")
        #expect(quotes["Our patience has limits,"]?["method"] as? String == "role")
        #expect(speaker(quotes, "The text is still moving,") == "a senior diplomat")
    }

    @Test func theOfficeHolderDependsOnTheArticleDate() throws {
        let offices = """
            Kalvora|Kalvoran\tforeign minister\tAda Lennart\t2020-01-01\t2024-06-30
            Kalvora|Kalvoran\tforeign minister\tPiet Moravec\t2024-06-30\t
            """
        let quotes = try quotations(
            ["“We will not sign,” the Kalvoran foreign minister said."], date: "2022-03-04", offices: offices)
        #expect(speaker(quotes, "We will not sign,") == "Ada Lennart")
    }

    @Test func shortPartialQuotationsBelongToTheirSubject() throws {
        let quotes = try quotations([
            """
            Foreign Minister Ada Lennart called the talks “constructive” on Monday. She described them as “successful” and warned of “grave” consequences if the deadline passed.

            Lennart dismissed the opposition's report as “fiction”. The so-called “Orsk formula” was not discussed.
            """
        ])
        for quote in ["constructive", "successful", "grave", "fiction"] {
            #expect(speaker(quotes, quote) == "Ada Lennart", "\(quote)")
            #expect(quotes[quote]?["kind"] as? String == "partial", "\(quote)")
        }
        #expect(quotes["Orsk formula"]?["kind"] as? String == "other")
    }

    @Test func minConfidenceKeepsConfidentSpeakersOnly() throws {
        let quotes = try quotations([
            """
            “We will stay until the work is done,” envoy Mira Soltan said.

            “Nobody knows when that will be.”

            A banner read “Peace now”. “The bridge is closed,” a notice on the gate said.
            """
        ])
        let all = quotes.values.filter { ($0["kind"] as? String) != "other" }.count
        let confident = try parley.run(["quotes", "--format", "jsonl", "--min-confidence", "0.9"])
        #expect(confident.status == 0, "\(confident.stderr)")
        let objects = try confident.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(!objects.isEmpty && objects.count < all)
        for object in objects {
            #expect((object["confidence"] as? Double ?? 0) >= 0.9)
            #expect(object["speaker"] is String)
        }
        let bad = try parley.run(["quotes", "--min-confidence", "1.5"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("'--min-confidence' must be between 0 and 1"))
        let search = try parley.run(["search", "--speaker", "Soltan", "--min-confidence", "0.99", "work"])
        #expect(search.status == 1, "no attribution is that sure")
        // Alone: passages holding a quotation attributed at least that surely (the banner's passage has none).
        let alone = try parley.run(["search", "--min-confidence", "0.9", "work", "OR", "bridge"])
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stdout.contains("[work]") && !alone.stdout.contains("[bridge]"), "\(alone.stdout)")
    }

    @Test func explainShowsTheCandidatesAndTheWinner() throws {
        _ = try quotations([
            """
            Envoy Mira Soltan spoke after the session.

            “The ceasefire holds,” Soltan said. “For now.”
            """
        ])
        let result = try parley.run(["quotes", "--explain", "--speaker", "Soltan"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("after the quotation, in its sentence: ‘Soltan said’ (chosen)"))
        #expect(result.stdout.contains("continuation of the previous quotation, by Mira Soltan: chosen"))
        #expect(result.stdout.contains("on PolNeAR's development folds, smoothed towards their method's share"))
        let json = try parley.run(["quotes", "--explain", "--format", "jsonl", "--speaker", "Soltan", "--limit", "1"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["explanation"] as? [String])?.isEmpty == false)
    }
}
