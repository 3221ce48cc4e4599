import ParleyText

/// An article ready to store: the record, its identity and hash, its passages and quotations.
///
/// Built outside the write transaction, so segmentation never holds the database lock.
public struct PreparedArticle: Sendable {
    public var record: ArticleRecord
    public var key: String
    public var contentHash: String
    /// Hash of title and text: what makes a re-read of the same key "unchanged".
    public var fingerprint: String
    public var passages: [Passage]
    /// Direct quotations with their speakers (kind `other` included: stored, hidden by default).
    public var quotations: [Quotation]
    /// People, places and organisations mentioned, canonical names through the gazetteer's aliases.
    public var mentions: [EntityMention]
    /// The title and passages tokenized for the full-text table, when the indexer did it on the reading thread.
    var fullText: PreparedFullText?

    public init(_ record: ArticleRecord, gazetteer: Gazetteer = .shipped, offices: OfficeHolders = .shipped) {
        self.record = record
        key = record.key
        contentHash = ContentHash.hex(of: record.text)
        fingerprint = Self.fingerprint(of: record)
        passages = Segmenter.passages(in: record.text)
        (quotations, mentions) = ArticleExtraction.extract(
            from: record.text, title: record.title, source: record.source, date: record.published,
            gazetteer: gazetteer, offices: offices)
    }

    /// Hash of title and text: what makes a re-read of the same key "unchanged".
    public static func fingerprint(of record: ArticleRecord) -> String {
        ContentHash.hex(of: record.title + "\u{0}" + record.text)
    }
}
