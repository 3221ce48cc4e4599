/// A direct quotation found in an article, with who said it.
///
/// Offsets are Unicode-scalar offsets (Python `str` indices) into the article text and cover the quoted text
/// without its marks: `text == article.text[start..<end]` in scalars. A quotation that runs over several
/// paragraphs keeps the paragraph breaks (and the repeated opening marks) inside.
public struct Quotation: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A quoted sentence or more.
        case full
        /// A fragment inside the writer's sentence: called the talks “rather useful, constructive”.
        case partial
        /// Scare quotes, titles, names: quoted, but nobody is quoted.
        case other
        /// A speaker's turn in a transcript (`MR. EARNEST: …` up to the next label): their own words, unquoted.
        case turn
    }

    /// How the speaker was found.
    public enum Method: String, Sendable, CaseIterable {
        /// The attribution names the speaker (`Marevsky said`, `said Yuri Tobolin, an aide`).
        case explicit
        /// `he added`, `she said`: the most recent person of that gender who spoke or was the subject.
        case pronoun
        /// `the palace spokesman said`: the person the article introduced with that role.
        case title
        /// `the Russian foreign minister said`, a role the article never names: the holder of that office on the
        /// article's date (``OfficeHolders``).
        case office
        /// A role nobody in the article or the office table fills (`a senior diplomat said`): the speaker is the
        /// role itself, as a label (`speakerKind == .role`).
        case role
        /// A quotation with no attribution of its own that goes on from the previous one.
        case continuation
        /// A transcript turn's speaker label (`MR. EARNEST:` → Josh Earnest), see ``Transcript``.
        case label
    }

    public var text: String
    public var start: Int
    public var end: Int
    /// UTF-8 byte range of `text` in the article.
    public var byteRange: Range<Int>
    public var kind: Kind
    /// The speaker's name as resolved in the article (its fullest form: `Yuri Tobolin` for `Tobolin`), or an
    /// organisation (`Valdoran Foreign Ministry`); `nil` when nothing attributes the quotation.
    public var speaker: String?
    /// How the attribution referred to the speaker: `Tobolin`, `he`, `the palace spokesman`.
    public var speakerMention: String?
    /// The cue verb as written: `said`, `told`, `according to`.
    public var cue: String?
    /// The words that attributed it: `Ushakov told reporters`, `he added`.
    public var attribution: String?
    public var method: Method?
    /// `organization` when the speaker is an organisation (`the Kremlin said`), `role` when it is a role label
    /// nobody fills (`senior diplomat`), `questioner` for a transcript's reporters (`Q`, `AFP`), else `person`.
    public var speakerKind = EntityKind.person
    /// Where the attribution was found: `after` or `before` the quotation in its sentence, `colon` (a clause
    /// ending with a colon before it), `next-sentence`, `continuation`; `nil` when nothing attributes it.
    public var rule: String?
    /// With `explain`: each rule's candidate, which won and why, and what the confidence means (one line each).
    public var explanation: [String] = []
    /// 0…1: how sure the extractor is of the speaker (and of it being a quotation at all).
    public var confidence: Double

    /// The confidence of a quotation no rule attributed, or whose speaker was dropped (a place or a title taken for
    /// a person): whether anyone named nearby said it is a coin toss. Below every calibrated rule's
    /// (``ConfidenceTable``), above a term's (``QuoteExtractor/termConfidence``).
    public static let unattributedConfidence = 0.5

    public init(
        text: String, start: Int, end: Int, byteRange: Range<Int>, kind: Kind, speaker: String? = nil,
        speakerMention: String? = nil, cue: String? = nil, attribution: String? = nil, method: Method? = nil,
        confidence: Double = Quotation.unattributedConfidence
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.byteRange = byteRange
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.attribution = attribution
        self.method = method
        self.confidence = confidence
    }
}
