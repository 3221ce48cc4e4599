import Testing

@testable import ParleyText

/// Every case asserts the exact list of sentence strings (and, below, exact scalar ranges). People and places
/// are fictional.
@Suite("SentenceSplitter (through Segmenter.sentences)")
struct SentenceSplitterTests {
    @Test(
        "sentence boundaries in news prose",
        arguments: [
            ("Mr. Smith went home. He slept.", ["Mr. Smith went home.", "He slept."]),
            ("Gen. Pavel Drozdin arrived.", ["Gen. Pavel Drozdin arrived."]),
            ("J. D. Halvorsen spoke.", ["J. D. Halvorsen spoke."]),
            ("The rate rose 3.5 percent. It fell.", ["The rate rose 3.5 percent.", "It fell."]),
            (
                "“Who will guarantee this?” she asked. Then she left.",
                ["“Who will guarantee this?” she asked.", "Then she left."]
            ),
            ("“We are ready.” He added more.", ["“We are ready.”", "He added more."]),
            ("U.S. officials met.", ["U.S. officials met."]),
            ("The talks begin at 9 a.m. on Monday.", ["The talks begin at 9 a.m. on Monday."]),
            ("The talks begin at 9 a.m. The envoys are late.", ["The talks begin at 9 a.m.", "The envoys are late."]),
            ("Bring papers, e.g. this form.", ["Bring papers, e.g. this form."]),
            ("Wow! Really?", ["Wow!", "Really?"]),
            ("Are you sure?! Yes.", ["Are you sure?!", "Yes."]),
            ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
            ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
            ("He paused… and then spoke.", ["He paused… and then spoke."]),
            (
                "Dr. Orlen met Prof. Vask on Jan. 5 in St. Anselm.",
                ["Dr. Orlen met Prof. Vask on Jan. 5 in St. Anselm."]
            ),
            ("They met in 2025. The talks failed.", ["They met in 2025.", "The talks failed."]),
            ("Version 2.0 shipped. Users noticed.", ["Version 2.0 shipped.", "Users noticed."]),
            ("He said so (quietly.) Then he left.", ["He said so (quietly.)", "Then he left."]),
            ("She wrote: 'Done.' Nobody replied.", ["She wrote: 'Done.'", "Nobody replied."]),
            ("He left.\u{00A0}She stayed.", ["He left.", "She stayed."]),
            ("No terminator here", ["No terminator here"]),
            ("Dotted.names.stay together.", ["Dotted.names.stay together."]),
            ("Valdor Corp. The company declined.", ["Valdor Corp.", "The company declined."]),
            ("She trusts Valdor Corp. executives.", ["She trusts Valdor Corp. executives."]),
            ("«Assez.» Le ministre est parti.", ["«Assez.»", "Le ministre est parti."]),
        ])
    func boundaries(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "titles and abbreviations are not sentence ends",
        arguments: [
            (
                "Mr. Marevsky arrived in Port Solenne. He spoke briefly.",
                ["Mr. Marevsky arrived in Port Solenne.", "He spoke briefly."]
            ),
            (
                "Mrs. Šelvik met Dr. Vask. They talked for an hour.",
                ["Mrs. Šelvik met Dr. Vask.", "They talked for an hour."]
            ),
            (
                "Gen. Oren Vask and Lt. Col. Anya Kestrel inspected the line.",
                ["Gen. Oren Vask and Lt. Col. Anya Kestrel inspected the line."]
            ),
            ("Sen. Lena Korvath and Rep. Tomas Leventis voted.", ["Sen. Lena Korvath and Rep. Tomas Leventis voted."]),
            (
                "Gov. Mira Oduya of Veyra signed the decree. It takes effect today.",
                ["Gov. Mira Oduya of Veyra signed the decree.", "It takes effect today."]
            ),
            ("The convoy reached St. Anselm at dawn.", ["The convoy reached St. Anselm at dawn."]),
            (
                "The office is on Harbour St. The envoys met there.",
                ["The office is on Harbour St.", "The envoys met there."]
            ),
            ("Ms. Varga lives at No. 12 Kessel Road.", ["Ms. Varga lives at No. 12 Kessel Road."]),
            (
                "Resolution No. 2417 passed. Drevania abstained.",
                ["Resolution No. 2417 passed.", "Drevania abstained."]
            ),
            (
                "Was the answer yes or No. The chair did not say.",
                ["Was the answer yes or No.", "The chair did not say."]
            ),
            ("The minister said no. Marevsky left.", ["The minister said no.", "Marevsky left."]),
            ("Talks resumed on Jan. 14 in Kessel.", ["Talks resumed on Jan. 14 in Kessel."]),
            (
                "The ceasefire began in Feb. The shelling stopped.",
                ["The ceasefire began in Feb.", "The shelling stopped."]
            ),
            ("They met on Sept. 3, Oct. 9 and Dec. 1.", ["They met on Sept. 3, Oct. 9 and Dec. 1."]),
            (
                "The court ruled in Valdora vs. Drevania on Monday.",
                ["The court ruled in Valdora vs. Drevania on Monday."]
            ),
            (
                "Bring documents, e.g. passports, and visas, i.e. exit permits.",
                ["Bring documents, e.g. passports, and visas, i.e. exit permits."]
            ),
            (
                "Bring papers, e.g. Valdoran passports. Then wait.",
                ["Bring papers, e.g. Valdoran passports.", "Then wait."]
            ),
            ("Ships, fuel, grain etc. The list was long.", ["Ships, fuel, grain etc.", "The list was long."]),
            ("She cited Marevsky et al. in her report.", ["She cited Marevsky et al. in her report."]),
            (
                "The contract went to Veyra Shipping Co. The deal was signed.",
                ["The contract went to Veyra Shipping Co.", "The deal was signed."]
            ),
            (
                "Prof. Vask, Capt. Leventis and Sgt. Oduya testified.",
                ["Prof. Vask, Capt. Leventis and Sgt. Oduya testified."]
            ),
            ("Amb. Katarina Šelvik presented her credentials.", ["Amb. Katarina Šelvik presented her credentials."]),
            ("See Art. 5 of the treaty. It is clear.", ["See Art. 5 of the treaty.", "It is clear."]),
            (
                "The figures are in Vol. 3, p. 12. Nobody read them.",
                ["The figures are in Vol. 3, p. 12.", "Nobody read them."]
            ),
            (
                "The talks were led by Tomas Leventis Jr. He was late.",
                ["The talks were led by Tomas Leventis Jr.", "He was late."]
            ),
            ("Tomas Leventis Jr. was late.", ["Tomas Leventis Jr. was late."]),
            ("Messrs. Vask and Leventis declined to comment.", ["Messrs. Vask and Leventis declined to comment."]),
            ("Approx. 300 troops left. More will follow.", ["Approx. 300 troops left.", "More will follow."]),
            (
                "The rally was held at Mt. Veyra. Thousands came.",
                ["The rally was held at Mt. Veyra.", "Thousands came."]
            ),
            ("He met Mr. Marevsky’s aide. She took notes.", ["He met Mr. Marevsky’s aide.", "She took notes."]),
            ("Mr. “Big” Marevsky laughed.", ["Mr. “Big” Marevsky laughed."]),
            ("Mr.\u{00A0}Marevsky arrived. He sat.", ["Mr.\u{00A0}Marevsky arrived.", "He sat."]),
        ])
    func abbreviations(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "dotted acronyms end a sentence only before a sentence start",
        arguments: [
            (
                "The envoy held talks with the U.S. He said they went well.",
                ["The envoy held talks with the U.S.", "He said they went well."]
            ),
            ("The U.S. delegation left Port Solenne.", ["The U.S. delegation left Port Solenne."]),
            ("The U.N. Security Council met. It adjourned.", ["The U.N. Security Council met.", "It adjourned."]),
            (
                "Observers came from the U.K. The mission starts today.",
                ["Observers came from the U.K.", "The mission starts today."]
            ),
            ("E.U. ministers met in Kessel. They agreed.", ["E.U. ministers met in Kessel.", "They agreed."]),
            (
                "Drevania wants to join the E.U. But Valdora objects.",
                ["Drevania wants to join the E.U.", "But Valdora objects."]
            ),
            ("The U.S.-Valdora talks resumed.", ["The U.S.-Valdora talks resumed."]),
            (
                "Talks with the U.N. “We are hopeful,” Marevsky said.",
                ["Talks with the U.N.", "“We are hopeful,” Marevsky said."]
            ),
            ("The U.S. Senate approved the deal.", ["The U.S. Senate approved the deal."]),
            ("Both the U.S. and the U.N. sent observers.", ["Both the U.S. and the U.N. sent observers."]),
            ("The U.S. “war” policy failed.", ["The U.S. “war” policy failed."]),
            ("The U.S.\u{00A0}delegation left.", ["The U.S.\u{00A0}delegation left."]),
            ("The vote is at 3 p.m. on Friday.", ["The vote is at 3 p.m. on Friday."]),
            (
                "The vote ended at 11 p.m. Officials counted all night.",
                ["The vote ended at 11 p.m.", "Officials counted all night."]
            ),
            ("The meeting ends at 5 p.m. Marevsky will speak.", ["The meeting ends at 5 p.m. Marevsky will speak."]),
            ("He left for the U.S.A. Then he returned.", ["He left for the U.S.A.", "Then he returned."]),
            ("She holds a Ph.D. in law from Kessel.", ["She holds a Ph.D. in law from Kessel."]),
            (
                "U.S. officials said the talks failed. U.N. officials disagreed.",
                ["U.S. officials said the talks failed.", "U.N. officials disagreed."]
            ),
            ("He flew to the U.S. It was his first visit.", ["He flew to the U.S.", "It was his first visit."]),
            ("He flew to the U.S. In Kessel he met no one.", ["He flew to the U.S.", "In Kessel he met no one."]),
            (
                "Aid came from the E.U. Mr. Vask said it was late.",
                ["Aid came from the E.U.", "Mr. Vask said it was late."]
            ),
        ])
    func dottedAcronyms(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "initials are not sentence ends",
        arguments: [
            ("J. D. Varga met Ilya Marevsky.", ["J. D. Varga met Ilya Marevsky."]),
            (
                "Katarina A. Šelvik spoke first. Then Marevsky spoke.",
                ["Katarina A. Šelvik spoke first.", "Then Marevsky spoke."]
            ),
            ("I. M. Kestrel and O. Vask signed.", ["I. M. Kestrel and O. Vask signed."]),
            (
                "The letter was signed by Š. Marevsky. It was brief.",
                ["The letter was signed by Š. Marevsky.", "It was brief."]
            ),
            ("Plan B. The envoys had none.", ["Plan B.", "The envoys had none."]),
            ("The note was signed J. A. Oduya.", ["The note was signed J. A. Oduya."]),
            ("The report by Ž. Kestrel was leaked.", ["The report by Ž. Kestrel was leaked."]),
            ("Lt. Col. R. J. Drevin Jr. retired.", ["Lt. Col. R. J. Drevin Jr. retired."]),
        ])
    func initials(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "decimals, versions, numbers and dotted names",
        arguments: [
            (
                "Talks collapsed in 2024. Drevania blamed Valdora.",
                ["Talks collapsed in 2024.", "Drevania blamed Valdora."]
            ),
            (
                "Version v2.0.1 of the app shipped. Users complained.",
                ["Version v2.0.1 of the app shipped.", "Users complained."]
            ),
            ("The vote was 52.3 to 47.7 percent.", ["The vote was 52.3 to 47.7 percent."]),
            ("The fee is $1.5bn. Valdora will pay.", ["The fee is $1.5bn.", "Valdora will pay."]),
            ("Section 4.2.1 applies. Read it.", ["Section 4.2.1 applies.", "Read it."]),
            ("He scored 9.8. Judges agreed.", ["He scored 9.8.", "Judges agreed."]),
            ("The border is 1,200.5 km long.", ["The border is 1,200.5 km long."]),
            ("Ceasefire 2.0 began today.", ["Ceasefire 2.0 began today."]),
            (
                "Visit valdora.example.org for details. It works.",
                ["Visit valdora.example.org for details.", "It works."]
            ),
            ("Talks ended at 10.30 on Friday.", ["Talks ended at 10.30 on Friday."]),
            ("The summit ended. 2026 will bring new talks.", ["The summit ended.", "2026 will bring new talks."]),
            ("Prices rose 5%. Then they fell.", ["Prices rose 5%.", "Then they fell."]),
            ("The vote: 52 to 48. Marevsky won.", ["The vote: 52 to 48.", "Marevsky won."]),
            (
                "1. The first point is peace. 2. The second is trade.",
                ["1. The first point is peace.", "2. The second is trade."]
            ),
            ("2025. The year talks began.", ["2025.", "The year talks began."]),
            ("The 3rd. The 4th.", ["The 3rd.", "The 4th."]),
        ])
    func numbers(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "ellipses end a sentence only before a capitalised start",
        arguments: [
            ("He paused... and then spoke.", ["He paused... and then spoke."]),
            ("“We will see…” Marevsky said.", ["“We will see…” Marevsky said."]),
            ("“We will see…” Then silence.", ["“We will see…”", "Then silence."]),
            (
                "The list: grain, fuel, medicine... The trucks are waiting.",
                ["The list: grain, fuel, medicine...", "The trucks are waiting."]
            ),
            ("Wait…. The convoy stopped.", ["Wait….", "The convoy stopped."]),
            ("… and then the talks resumed.", ["… and then the talks resumed."]),
            ("... Then the lights went out.", ["... Then the lights went out."]),
            ("...Then the lights went out.", ["...Then the lights went out."]),
            ("He said . . . nothing.", ["He said . . . nothing."]),
            ("He said . . . Then he left.", ["He said . . .", "Then he left."]),
            ("He hesitated…and then agreed.", ["He hesitated…and then agreed."]),
            ("Is this the end…? No.", ["Is this the end…?", "No."]),
            ("The talks … would resume, Valdora said.", ["The talks … would resume, Valdora said."]),
        ])
    func ellipses(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "quotations: an end inside a quotation ends after the closing mark",
        arguments: [
            (
                "“We are ready for sure.” He added that talks would resume.",
                ["“We are ready for sure.”", "He added that talks would resume."]
            ),
            ("“Who will guarantee this?” she asked.", ["“Who will guarantee this?” she asked."]),
            (
                "“We will stay,” Marevsky said. “We have no choice.”",
                ["“We will stay,” Marevsky said.", "“We have no choice.”"]
            ),
            (
                "“Why now?” asked Katarina Šelvik. “Because,” he said.",
                ["“Why now?” asked Katarina Šelvik.", "“Because,” he said."]
            ),
            (
                "“Why now?” Katarina Šelvik asked. Nobody answered.",
                ["“Why now?” Katarina Šelvik asked.", "Nobody answered."]
            ),
            (
                "“Enough!” Marevsky shouted. The hall fell silent.",
                ["“Enough!” Marevsky shouted.", "The hall fell silent."]
            ),
            ("“Why now?” Marevsky left the room.", ["“Why now?”", "Marevsky left the room."]),
            (
                "He called the plan “a betrayal.” Drevania rejected it.",
                ["He called the plan “a betrayal.”", "Drevania rejected it."]
            ),
            (
                "He called the plan “a betrayal”. Drevania rejected it.",
                ["He called the plan “a betrayal”.", "Drevania rejected it."]
            ),
            ("She wrote: ‘We are done.’ Nobody replied.", ["She wrote: ‘We are done.’", "Nobody replied."]),
            ("He said \"We are done.\" Nobody replied.", ["He said \"We are done.\"", "Nobody replied."]),
            ("\"Is it over?\" she asked. \"Yes.\"", ["\"Is it over?\" she asked.", "\"Yes.\""]),
            (
                "“We will not yield. We never have,” Marevsky said.",
                ["“We will not yield.", "We never have,” Marevsky said."]
            ),
            ("“Is this peace?” “No,” she said.", ["“Is this peace?”", "“No,” she said."]),
            ("“Is this peace?” — she asked.", ["“Is this peace?” — she asked."]),
            ("(The talks ended.) Marevsky left.", ["(The talks ended.)", "Marevsky left."]),
            ("The envoy (Dr. Vask) spoke. He was brief.", ["The envoy (Dr. Vask) spoke.", "He was brief."]),
            ("He asked: “Why?”", ["He asked: “Why?”"]),
            ("“Stop!” “Go!” “Wait!”", ["“Stop!”", "“Go!”", "“Wait!”"]),
            ("“He said ‘never.’” Then he left.", ["“He said ‘never.’”", "Then he left."]),
            ("‘Why?’ she asked.", ["‘Why?’ she asked."]),
            (
                "“Who pays?” asked Mira Oduya. The minister said nothing.",
                ["“Who pays?” asked Mira Oduya.", "The minister said nothing."]
            ),
            ("«Pourquoi?» demanda-t-il. «Parce que.»", ["«Pourquoi?» demanda-t-il.", "«Parce que.»"]),
            ("“Why?” Mr. Marevsky asked. He left.", ["“Why?” Mr. Marevsky asked.", "He left."]),
            ("“Why?” J. D. Varga asked. He left.", ["“Why?” J. D. Varga asked.", "He left."]),
            ("He said: “No.” And left.", ["He said: “No.”", "And left."]),
            (
                "“We are done.” “Are you sure?” “Yes!” Marevsky said.",
                ["“We are done.”", "“Are you sure?”", "“Yes!” Marevsky said."]
            ),
            ("The film “Why Not?” won a prize.", ["The film “Why Not?” won a prize."]),
        ])
    func quotations(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "terminator runs and what follows them",
        arguments: [
            ("Really?!? Yes!!", ["Really?!?", "Yes!!"]),
            ("Stop! The border is closed.", ["Stop!", "The border is closed."]),
            ("Is it over? no one knows.", ["Is it over? no one knows."]),
            ("Why? Because Valdora said so.", ["Why?", "Because Valdora said so."]),
            ("The talks failed . The envoys left.", ["The talks failed .", "The envoys left."]),
            ("End.Start again.", ["End.Start again."]),
            ("It ended. (Officials confirmed it.)", ["It ended.", "(Officials confirmed it.)"]),
            ("It ended. — Reporting by Mira Oduya", ["It ended. — Reporting by Mira Oduya"]),
            ("He left.\tShe stayed.", ["He left.", "She stayed."]),
            ("Yes. No. Maybe.", ["Yes.", "No.", "Maybe."]),
            ("The answer was No. Marevsky left.", ["The answer was No.", "Marevsky left."]),
            ("The ruling cites Art. IV of the accord.", ["The ruling cites Art. IV of the accord."]),
            ("He agreed, i.e. Valdora won.", ["He agreed, i.e. Valdora won."]),
            ("The port? Closed. The border? Open.", ["The port?", "Closed.", "The border?", "Open."]),
        ])
    func terminators(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "non-ASCII letters, scripts and emoji",
        arguments: [
            ("Šelvik spoke. Ćosić replied.", ["Šelvik spoke.", "Ćosić replied."]),
            (
                "Élodie Drevin left. Über-envoy Marevsky stayed.",
                ["Élodie Drevin left.", "Über-envoy Marevsky stayed."]
            ),
            ("The café closed. éclairs were sold out.", ["The café closed. éclairs were sold out."]),
            ("Flags waved 🇺🇦. Crowds cheered 😀! The end.", ["Flags waved 🇺🇦.", "Crowds cheered 😀!", "The end."]),
            (
                "Talks in Port Solenne ended. 和平 talks continue.",
                ["Talks in Port Solenne ended.", "和平 talks continue."]
            ),
            ("Это конец. Переговоры завершены.", ["Это конец.", "Переговоры завершены."]),
            ("Η συνάντηση έληξε. οι πρέσβεις έφυγαν.", ["Η συνάντηση έληξε. οι πρέσβεις έφυγαν."]),
            (
                "Cafe\u{0301} talks ended. Then e\u{0301}lan returned.",
                ["Cafe\u{0301} talks ended.", "Then e\u{0301}lan returned."]
            ),
            ("😀 Done. 🇺🇦 Next.", ["😀 Done.", "🇺🇦 Next."]),
        ])
    func nonASCII(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "a sentence never spans a paragraph; spaces around are trimmed",
        arguments: [
            ("One.\nTwo.", ["One.", "Two."]),
            ("A quote “spans\nparagraphs.” Really.", ["A quote “spans", "paragraphs.”", "Really."]),
            ("  Leading and trailing.  ", ["Leading and trailing."]),
            ("Line one\r\nLine two.", ["Line one", "Line two."]),
            ("\u{00A0}Spaced.\u{00A0}\u{00A0}Out.\u{00A0}", ["Spaced.", "Out."]),
            ("Talks with the U.S.\nHe said they went well.", ["Talks with the U.S.", "He said they went well."]),
            ("Mr.\nMarevsky", ["Mr.", "Marevsky"]),
            ("\n\n  \n", []),
        ])
    func paragraphEdges(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test(
        "sentence offsets are Unicode scalar offsets",
        arguments: [
            ("Šelvik spoke. Then she left.", [0..<13, 14..<28]),
            ("😀 Flags. 🇺🇦 More.", [0..<8, 9..<17]),
            ("“Why?” she asked.\nÉ. Marevsky left. He won.", [0..<17, 18..<35, 36..<43]),
            ("Cafe\u{0301} closed. Then.", [0..<13, 14..<19]),
            ("  Spaced out.  ", [2..<13]),
            ("和平谈判 talks go on. 😀😀 Yes!", [0..<17, 18..<25]),
            ("", []),
        ])
    func scalarRanges(text: String, expected: [Range<Int>]) {
        #expect(Segmenter.sentenceScalarRanges(in: text) == expected)
        // The same sentences as the byte spans.
        let scalars = Array(text.unicodeScalars)
        let fromRanges = Segmenter.sentenceScalarRanges(in: text).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        #expect(fromRanges == sentenceTexts(text))
    }

    @Test("a dotted acronym ends the sentence when a sentence-starting word follows")
    func acronymBeforeSentenceStarter() {
        // Documented: dotted acronyms (`U.S.`) do not end a sentence "unless the next word is one that starts
        // sentences (`He`, `The` …)"; the final `S` of `U.S.` must not be taken for an initial.
        #expect(sentenceTexts("He moved to the U.S. He liked it.") == ["He moved to the U.S.", "He liked it."])
        #expect(
            sentenceTexts("Talks moved to the U.K. The envoys agreed.")
                == ["Talks moved to the U.K.", "The envoys agreed."])
    }

    @Test("sentences follow paragraphs; none spans a newline")
    func acrossParagraphs() {
        let text = "One sentence. Two sentences\nthree starts a paragraph.\n\nFour. Five!"
        #expect(
            sentenceTexts(text) == ["One sentence.", "Two sentences", "three starts a paragraph.", "Four.", "Five!"])
    }

    @Test("sentence spans are trimmed and cover the paragraph in order")
    func spansCoverParagraph() {
        let text = "  “Who pays?” asked Mira Oduya.   The minister said nothing… Then, at 9 a.m., he left.  "
        let spans = Segmenter.sentences(in: text)
        #expect(
            spans.map { substring(text, $0) } == [
                "“Who pays?” asked Mira Oduya.", "The minister said nothing…", "Then, at 9 a.m., he left.",
            ])
        for (a, b) in zip(spans, spans.dropFirst()) {
            #expect(a.upperBound < b.lowerBound)
            // Only white space between sentences.
            let gap = substring(text, ByteSpan(a.upperBound, b.lowerBound))
            #expect(gap.allSatisfy { $0.isWhitespace })
        }
    }

    @Test(
        "a terminator at the very end, with closing marks, stays in the last sentence",
        arguments: [
            "He asked: “Why?”", "It ended.)", "Wait…", "Done.\u{00BB}",
        ])
    func terminatorAtEnd(text: String) {
        #expect(sentenceTexts(text) == [text])
    }
}
