/// Scores entity extraction against hand-labelled passages, as the facets count them: the distinct entities
/// (kind and canonical name) of each passage, micro-averaged over all passages.
///
/// A passage's predicted entity counts once however often it is mentioned there, like a facet counts passages.
/// Used by `Tests/ParleyTextTests/EntityGoldSetTests.swift` and `parley-bench eval-entities`.
public enum EntityEvaluation {
    /// One labelled article: its paragraphs (joined with a blank line, as the readers give them) and, for each,
    /// the entities it mentions as `kind:name` (`organization:NATO`).
    public struct Article: Sendable {
        public var id: String
        public var paragraphs: [String]
        public var gold: [Set<String>]

        public init(id: String, paragraphs: [String], gold: [Set<String>]) {
            self.id = id
            self.paragraphs = paragraphs
            self.gold = gold
        }
    }

    public struct Counts: Sendable, Equatable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0

        public init() {}

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    public struct Score: Sendable {
        public var overall = Counts()
        public var byKind: [EntityKind: Counts] = [:]
        /// `id#paragraph kind:name`, for the report.
        public var missed: [String] = []
        public var spurious: [String] = []
    }

    /// The labelled articles of a JSON Lines file: `{"id", "paragraphs": [{"text", "entities": ["kind:name"]}]}`.
    public static func articles(at path: String) throws -> [Article] {
        try JSONLines.objects(at: path).compactMap { object in
            guard let id = object["id"] as? String, let paragraphs = object["paragraphs"] as? [[String: Any]] else {
                return nil
            }
            return Article(
                id: id, paragraphs: paragraphs.map { $0["text"] as? String ?? "" },
                gold: paragraphs.map { Set($0["entities"] as? [String] ?? []) })
        }
    }

    public static func score(_ articles: [Article], gazetteer: Gazetteer = .shipped) -> Score {
        var score = Score()
        for article in articles {
            let text = article.paragraphs.joined(separator: "\n\n")
            let mentions = ArticleExtraction.extract(from: text, gazetteer: gazetteer).mentions
            // Byte offset where each paragraph starts in `text`.
            var starts: [Int] = []
            var offset = 0
            for paragraph in article.paragraphs {
                starts.append(offset)
                offset += paragraph.utf8.count + 2
            }
            var predicted = Array(repeating: Set<String>(), count: article.paragraphs.count)
            for mention in mentions {
                let index = (starts.lastIndex { $0 <= mention.byteRange.lowerBound }) ?? 0
                predicted[index].insert(mention.kind.rawValue + ":" + mention.name)
            }
            for (index, gold) in article.gold.enumerated() where index < predicted.count {
                for entity in gold.union(predicted[index]) {
                    let kind = EntityKind(rawValue: String(entity.prefix { $0 != ":" })) ?? .person
                    let label = "\(article.id)#\(index + 1) \(entity)"
                    switch (gold.contains(entity), predicted[index].contains(entity)) {
                    case (true, true):
                        score.overall.truePositives += 1
                        score.byKind[kind, default: Counts()].truePositives += 1
                    case (true, false):
                        score.overall.falseNegatives += 1
                        score.byKind[kind, default: Counts()].falseNegatives += 1
                        score.missed.append(label)
                    case (false, _):
                        score.overall.falsePositives += 1
                        score.byKind[kind, default: Counts()].falsePositives += 1
                        score.spurious.append(label)
                    }
                }
            }
        }
        return score
    }
}
