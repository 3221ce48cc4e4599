import Foundation
import GRDB
import ParleyText

/// One stored article as `parley article` and the server's article view show it: its text with every quotation
/// and every entity mention placed in it (Unicode-scalar offsets into ``text``, as everywhere in Parley).
public struct ArticleView: Sendable, Equatable {
    /// A quotation or a transcript turn of the article.
    public struct Quotation: Sendable, Equatable {
        public var start: Int
        public var end: Int
        /// `full`, `partial`, `other` or `turn`.
        public var kind: String
        public var speaker: String?
        /// `nil` when unattributed.
        public var speakerKind: EntityKind?
        /// The words that named the speaker (`he`, `the spokesman`, `MR. EARNEST`).
        public var speakerMention: String?
        public var cue: String?
        public var method: String?
        public var confidence: Double
    }

    /// One entity and where the article mentions it.
    public struct Entity: Sendable, Equatable {
        public var name: String
        /// One of ``EntityKind/mentioned``.
        public var kind: EntityKind
        public var mentions: [Range<Int>]
    }

    /// Another identity of the same text (a wire copy under another id or URL).
    public struct Copy: Sendable, Equatable {
        public var key: String
        public var source: String?
        public var published: String?
    }

    /// The article's own id when it had one, else its key (`url:…`, `hash:…`), as search results name it.
    public var key: String
    public var title: String
    public var source: String?
    public var published: String?
    public var url: String?
    public var byline: String?
    public var text: String
    public var copies: [Copy]
    /// In the order of the text.
    public var quotations: [Quotation]
    /// Most mentioned first.
    public var entities: [Entity]
}

extension ParleyIndex {
    /// The article a search result or a quotation names by `key` (its id, or `url:…` / `hash:…`); `nil` when no
    /// stored article has that key.
    public func article(key: String) throws(StoreError) -> ArticleView? {
        try read { db in
            // A key as shown is the stored key without its `id:`; a stored key that is a URL or hash is shown whole.
            guard
                let rowID = try Int64.fetchOne(
                    db, sql: "SELECT article_id FROM article_key WHERE key IN (?, ?) ORDER BY key = ? DESC LIMIT 1",
                    arguments: ["id:" + key, key, "id:" + key])
            else { return nil }
            guard
                let article = try Row.fetchOne(
                    db, sql: "SELECT title, source, published, url, byline, text FROM article WHERE id = ?",
                    arguments: [rowID])
            else { return nil }
            let keys = try Row.fetchAll(
                db,
                sql: "SELECT key, source, published FROM article_key WHERE article_id = ? ORDER BY ingested_at, key",
                arguments: [rowID])
            let shown = keys.map { ParleyIndex.displayKey($0["key"]) }
            let own = shown.first(where: { $0 == key || "id:" + $0 == key }) ?? shown.first ?? key
            let quotations: [ArticleView.Quotation] = try Row.fetchAll(
                db,
                sql: """
                    SELECT quote.start, quote."end", quote.kind, entity.name, entity.kind AS speaker_kind,
                           quote.speaker_mention, quote.cue, quote.method, quote.confidence
                    FROM quote LEFT JOIN entity ON entity.id = quote.speaker_id
                    WHERE quote.article_id = ? ORDER BY quote.start, quote.id
                    """, arguments: [rowID]
            ).map { (row: Row) -> ArticleView.Quotation in
                try ArticleView.Quotation(
                    start: row[0], end: row[1], kind: row[2], speaker: row[3],
                    speakerKind: (row[4] as String?).map(EntityKind.stored),
                    speakerMention: row[5], cue: row[6], method: row[7], confidence: row[8])
            }
            var entities: [Int64: ArticleView.Entity] = [:]
            var order: [Int64] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT entity.id, entity.name, entity.kind, mention.start, mention."end"
                    FROM passage JOIN mention ON mention.passage_id = passage.id
                    JOIN entity ON entity.id = mention.entity_id
                    WHERE passage.article_id = ? ORDER BY mention.start
                    """, arguments: [rowID])
            {
                let id: Int64 = row[0]
                if entities[id] == nil {
                    entities[id] = try ArticleView.Entity(name: row[1], kind: EntityKind.stored(row[2]), mentions: [])
                    order.append(id)
                }
                let start: Int = row[3], end: Int = row[4]
                entities[id]?.mentions.append(start..<max(start, end))
            }
            let listed = order.compactMap { entities[$0] }.enumerated()
                .sorted { ($0.element.mentions.count, -$0.offset) > ($1.element.mentions.count, -$1.offset) }
                .map(\.element)
            return ArticleView(
                key: own, title: article["title"], source: article["source"], published: article["published"],
                url: article["url"], byline: article["byline"], text: article["text"],
                copies: zip(shown, keys).filter { $0.0 != own }.map {
                    ArticleView.Copy(key: $0.0, source: $0.1["source"], published: $0.1["published"])
                },
                quotations: quotations, entities: listed)
        }
    }

    /// The speakers of the quotations (not turns: a hit names its turn's speaker) that begin in each of
    /// `passages`, each once, most quoted first: what a search result shows beside its text.
    static func quotationSpeakers(_ db: Database, passages: [Int64]) throws -> [Int64: [String]] {
        guard !passages.isEmpty else { return [:] }
        var speakers: [Int64: [String]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT quote.passage_id, entity.name, count(*) AS n
                FROM quote JOIN entity ON entity.id = quote.speaker_id
                WHERE quote.passage_id IN (SELECT value FROM json_each(?)) AND quote.kind IN ('full', 'partial')
                GROUP BY quote.passage_id, entity.id ORDER BY quote.passage_id, n DESC, entity.name
                """, arguments: ["[" + passages.map(String.init).joined(separator: ",") + "]"])
        {
            speakers[row[0], default: []].append(row[1])
        }
        return speakers
    }
}

extension SearchHit {
    /// Where the matched words are in ``text``: Unicode-scalar offsets from the passage's start, in order.
    public var marks: [Range<Int>] {
        var marks: [Range<Int>] = []
        var offset = 0
        var open: Int?
        for scalar in highlighted.unicodeScalars {
            switch scalar {
            case "\u{2}": open = offset
            case "\u{3}":
                if let start = open { marks.append(start..<offset) }
                open = nil
            default: offset += 1
            }
        }
        return marks
    }
}
