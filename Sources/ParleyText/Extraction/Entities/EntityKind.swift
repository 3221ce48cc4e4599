/// What an entity is: the one list of kinds, from extraction to the `entity` table (`entity.kind` stores the raw
/// value) and the output (`speaker_kind`, `kind`).
///
/// Mentions (``EntityMention``) and the gazetteer's entries are people, places and organisations. A quotation's
/// speaker (``Quotation/speakerKind``) is a person, an organisation, a role label or a questioner.
public enum EntityKind: String, Sendable, CaseIterable, Codable, Hashable {
    case person, organization, place
    /// A role nobody in the article or the office table fills (`a senior diplomat said`): the speaker is the role
    /// itself, as a label.
    case role
    /// A transcript's reporter or outlet asking (`Q`, `AFP`): a speaker `--speaker` never matches.
    case questioner

    /// The kinds an entity mention can have (what `--entity` and `parley entities` list).
    public static let mentioned: [EntityKind] = [.person, .place, .organization]

    /// The raw value as an SQL string literal, for conditions on `entity.kind` (`'questioner'`).
    public var sqlLiteral: String { "'\(rawValue)'" }
}
