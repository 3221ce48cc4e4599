import Foundation

/// Scores transcript turns against hand-labelled documents (`Tests/TranscriptGold`): whether each document is
/// told a transcript or not, where each turn starts (its label's paragraph) and who each turn's speaker is.
///
/// Used by `Tests/ParleyTextTests/TranscriptGoldSetTests.swift` and `parley-bench eval-turns`.
public enum TurnEvaluation {
    /// One labelled document.
    public struct Document: Sendable {
        public var id: String
        public var title: String
        public var date: String?
        public var source: String?
        public var layout: String
        public var isTranscript: Bool
        public var text: String
        /// Gold turns: the label's paragraph (0-based, paragraphs split on blank lines), the label, the speaker and
        /// whether it is a questioner.
        public var turns: [(paragraph: Int, label: String, speaker: String?, isQuestioner: Bool)]
    }

    public struct Score: Sendable {
        /// Documents told right (transcript or not), of all.
        public var documentsRight = 0, documents = 0
        /// Turns found where the gold has one, turns found where it has none, gold turns missed.
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        /// Of the turns found where the gold has one: speaker right (exact name), questioner flag right.
        public var speakersRight = 0, questionersRight = 0
        /// Per layout: (turns found and right speaker, gold turns).
        public var byLayout: [String: (right: Int, gold: Int)] = [:]
        /// `id#paragraph want → got`, for the report.
        public var errors: [String] = []

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Share of the gold turns found with the right speaker.
        public var speakerAccuracy: Double { ratio(speakersRight, truePositives + falseNegatives) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// The documents of a JSON Lines gold file (format: `Tests/TranscriptGold/README.md`).
    public static func documents(at path: String) throws -> [Document] {
        try JSONLines.objects(at: path).compactMap { object in
            guard let id = object["id"] as? String, let text = object["text"] as? String else { return nil }
            let turns = (object["turns"] as? [[String: Any]] ?? []).map {
                (
                    paragraph: $0["paragraph"] as? Int ?? -1, label: $0["label"] as? String ?? "",
                    speaker: $0["speaker"] as? String, isQuestioner: $0["questioner"] as? Bool ?? false
                )
            }
            return Document(
                id: id, title: object["title"] as? String ?? "", date: object["date"] as? String,
                source: object["source"] as? String, layout: object["layout"] as? String ?? "",
                isTranscript: object["transcript"] as? Bool ?? !turns.isEmpty, text: text, turns: turns)
        }
    }

    public static func score(
        _ documents: [Document], gazetteer: Gazetteer = .shipped, offices: OfficeHolders = .shipped
    ) -> Score {
        var score = Score()
        for document in documents {
            var text = document.text
            let found = text.withUTF8 { bytes in
                let paragraphs = Segmenter.paragraphs(in: bytes)
                let lexed = paragraphs.map { ArticleLexer.tokens(in: bytes, span: $0) }
                return Transcript.segmentedTurns(
                    in: bytes, paragraphs: paragraphs, lexed: lexed, title: document.title, source: document.source,
                    date: document.date, gazetteer: gazetteer, offices: offices)
            }
            score.documents += 1
            if found.isEmpty != document.isTranscript {
                score.documentsRight += 1
            } else {
                score.errors.append(
                    "\(document.id): "
                        + (document.isTranscript ? "transcript not found" : "an article taken for a transcript"))
            }
            let predicted = Dictionary(found.map { ($0.segment.firstParagraph, $0.turn) }) { first, _ in first }
            let gold = Dictionary(document.turns.map { ($0.paragraph, $0) }) { first, _ in first }
            var layout = score.byLayout[document.layout] ?? (0, 0)
            layout.gold += gold.count
            for (paragraph, want) in gold.sorted(by: { $0.key < $1.key }) {
                guard let got = predicted[paragraph] else {
                    score.falseNegatives += 1
                    score.errors.append("\(document.id)#\(paragraph) ‘\(want.label)’ missed")
                    continue
                }
                score.truePositives += 1
                if got.speaker == want.speaker {
                    score.speakersRight += 1
                    layout.right += 1
                } else {
                    score.errors.append(
                        "\(document.id)#\(paragraph) ‘\(want.label)’ want \(want.speaker ?? "nobody") → got \(got.speaker ?? "nobody")"
                    )
                }
                if (got.speakerKind == .questioner) == want.isQuestioner {
                    score.questionersRight += 1
                } else {
                    score.errors.append(
                        "\(document.id)#\(paragraph) ‘\(want.label)’ "
                            + (want.isQuestioner ? "is a questioner" : "is no questioner"))
                }
            }
            for paragraph in predicted.keys.sorted() where gold[paragraph] == nil {
                score.falsePositives += 1
                score.errors.append(
                    "\(document.id)#\(paragraph) ‘\(predicted[paragraph]?.speakerMention ?? "")’ is no turn")
            }
            score.byLayout[document.layout] = layout
        }
        return score
    }
}
