/// Scores extracted quotations against hand-labelled ones: precision, recall and F1 of the quotation spans,
/// and how often the speaker is right. Used by `Scripts/eval-quotes` and by the tests that hold the floors.
public enum QuoteEvaluation {
    /// One labelled quotation.
    public struct Gold: Sendable {
        public var articleID: String
        /// Unicode-scalar offsets of the quoted text (marks excluded) in the article text.
        public var start: Int
        public var end: Int
        /// The canonical speaker (gold set) or the source as written (PolNeAR); `nil` when unattributed.
        public var speaker: String?

        public init(articleID: String, start: Int, end: Int, speaker: String?) {
            self.articleID = articleID
            self.start = start
            self.end = end
            self.speaker = speaker
        }
    }

    /// How a predicted speaker is compared with the labelled one.
    public enum SpeakerRule: Sendable {
        /// The same canonical name (or both none).
        case exact
        /// The labelled source is written as in the text (`Flynn, a top Trump surrogate,`): counted only when it
        /// holds a capitalised name, and right when the prediction shares its last capitalised word.
        case sharesName
    }

    public struct Score: Sendable, Equatable {
        public var predicted = 0
        public var gold = 0
        public var matched = 0
        public var speakerJudged = 0
        public var speakerRight = 0

        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var speakerAccuracy: Double { speakerJudged == 0 ? 0 : Double(speakerRight) / Double(speakerJudged) }
    }

    /// A prediction and a labelled quotation match when their spans overlap by at least `minimumOverlap` of
    /// their union (1.0: identical offsets); each is matched once, best overlap first.
    public static func score(
        predicted: [String: [Quotation]], gold: [Gold], minimumOverlap: Double, speakerRule: SpeakerRule
    ) -> Score {
        var score = Score()
        let goldByArticle = Dictionary(grouping: gold, by: \.articleID)
        score.gold = gold.count
        for (articleID, quotations) in predicted {
            let found = quotations.filter { $0.kind != .other && $0.kind != .turn }
            score.predicted += found.count
            var pairs: [(overlap: Double, found: Int, gold: Int)] = []
            let labelled = goldByArticle[articleID] ?? []
            for (f, quotation) in found.enumerated() {
                for (g, label) in labelled.enumerated() {
                    let intersection = min(quotation.end, label.end) - max(quotation.start, label.start)
                    guard intersection > 0 else { continue }
                    let union = max(quotation.end, label.end) - min(quotation.start, label.start)
                    let overlap = Double(intersection) / Double(union)
                    if overlap >= minimumOverlap { pairs.append((overlap, f, g)) }
                }
            }
            var usedFound = Set<Int>(), usedGold = Set<Int>()
            for pair in pairs.sorted(by: { $0.overlap > $1.overlap })
            where !usedFound.contains(pair.found) && !usedGold.contains(pair.gold) {
                usedFound.insert(pair.found)
                usedGold.insert(pair.gold)
                score.matched += 1
                let prediction = found[pair.found], label = labelled[pair.gold]
                switch speakerRule {
                case .exact:
                    score.speakerJudged += 1
                    if prediction.speaker == label.speaker { score.speakerRight += 1 }
                case .sharesName:
                    guard let source = label.speaker, let name = lastCapitalizedWord(source) else { continue }
                    score.speakerJudged += 1
                    let said = [prediction.speaker, prediction.speakerMention].compactMap { $0 }.joined(separator: " ")
                    if said.split(separator: " ").contains(where: { $0 == name || $0 == name + "’s" }) {
                        score.speakerRight += 1
                    }
                }
            }
        }
        return score
    }

    /// The surname an annotated source names: the last capitalised word of its head, the words before an
    /// appositive or a relative clause (`Yuri Tobolin, an aide to the president’s office,` → `Tobolin`; `Gen.
    /// Pavel Drozdin of the Valdoran army` → `Drozdin`); `nil` when the head names nobody (`he`, `Režek’s right-hand
    /// man`). Scripts/eval-attribution.py applies the same rule.
    static func lastCapitalizedWord(_ text: String) -> Substring? {
        var head = " " + text + " "
        for separator in [
            ",", " who ", " whose ", " which ", " of ", " from ", " at ", " in ", " for ", " on ", " (",
            " — ", " – ", " wearing ",
        ] {
            if let range = head.range(of: separator) { head = String(head[..<range.lowerBound]) }
        }
        var words = head.split(separator: " ").map(String.init)
        if let last = words.last, last.hasSuffix("’s") || last.hasSuffix("'s") {
            words[words.count - 1] = String(last.dropLast(2))
        } else if words.contains(where: { $0.hasSuffix("’s") || $0.hasSuffix("'s") }) {
            return nil  // `Režek’s right-hand man`: a role of someone, not a name
        }
        let names = words.map { $0.trimmingCharacters(in: ".") }.filter {
            ($0.first?.isUppercase ?? false)
                && !["He", "She", "They", "It", "We", "I", "The", "A", "An", "You"].contains($0)
        }
        return names.last.map { Substring($0) }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
