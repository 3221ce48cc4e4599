/// Transcripts: briefings, press conferences, interviews and council meetings, where each paragraph run is one
/// speaker's turn, opened by a label (`MR. EARNEST:`, `Q`, `Sergey Lavrov:`, `Mr. NEBENZIA (Russian Federation):`).
///
/// 1. Labels: every paragraph is read for one (``TurnLabel``). Prose labels (`Note:`, `Update:`) never count; a
///    mixed-case label that is not a questioner, has no honorific, office or full name and stands only once
///    (`Serin:`) does not either.
/// 2. Detection is over the whole document, not its first lines: at least ``minimumLabels`` labels of at least two
///    kinds, one of them not a questioner, the text from the first label on at least ``minimumCoverage`` of the
///    document, labels at least ``minimumLabelShare`` of its paragraphs from there, and no long prose after the
///    last label (``maximumTailShare``). A news article with a short Q&A is still an article. A single speaker's
///    remarks (`THE PRESIDENT:` and 30 paragraphs) count when the label opens the document (within
///    ``openingParagraphs``) and its turn covers ``minimumRemarksCoverage`` of it.
/// 3. A turn is its label's paragraph and every unlabelled paragraph after it, up to the next label; a closing
///    `END 2:03 P.M. EDT` is no one's words. Header lines (`President: Mr. Aldo Brenn (Casmira)`) are not turns:
///    they name who holds a role.
/// 4. Each label is resolved once per document (``TurnResolver``).
public enum Transcript {
    /// Fewer labelled paragraphs than this is an article that quotes a few lines of an exchange.
    static let minimumLabels = 3
    /// The turns must hold at least this share of the document's text (the rest is header lines and prose).
    static let minimumCoverage = 0.5
    /// From the first label on, at least this share of paragraphs must open with a label: an article that
    /// embeds a Q&A in its middle and goes on in prose fails it.
    static let minimumLabelShare = 0.08
    /// …and after the last label, at most this share of those paragraphs (and more than ``longestTail``) is no
    /// exchange's last answer but the article going on.
    static let maximumTailShare = 0.5
    static let longestTail = 12
    /// One speaker answering unlabelled questions (a gaggle whose `Q`s were lost): this many labels at least.
    static let minimumSingleSpeakerLabels = 5
    /// Remarks by one speaker: the label within the document's first paragraphs (header lines come first)…
    static let openingParagraphs = 10
    /// …and its turn at least this share of the text.
    static let minimumRemarksCoverage = 0.8

    /// The turns of `text` as quotations of kind `turn` (method `label`, speaker resolved from the label, the
    /// title and opening lines, the date and the office table), in text order; empty when `text` is no transcript.
    public static func turns(
        in text: String, title: String = "", source: String? = nil, date: String? = nil,
        gazetteer: Gazetteer = .shipped, offices: OfficeHolders = .shipped
    ) -> [Quotation] {
        var copy = text
        return copy.withUTF8 { bytes in
            let paragraphs = Segmenter.paragraphs(in: bytes)
            let lexed = paragraphs.map { ArticleLexer.tokens(in: bytes, span: $0) }
            return segmentedTurns(
                in: bytes, paragraphs: paragraphs, lexed: lexed, title: title, source: source, date: date,
                gazetteer: gazetteer, offices: offices
            ).map(\.turn)
        }
    }

    /// The labelled turns, before resolution: label, its paragraph and the byte range of the turn's words.
    struct Segment {
        var label: TurnLabel
        var firstParagraph: Int
        var byteRange: Range<Int>
    }

    /// The turns of segments already cut (``segments(in:paragraphs:)``).
    static func turns(
        segments: [Segment], headers: [String: String], in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [ByteSpan],
        lexed: [[LexToken]], title: String, source: String?, date: String?, gazetteer: Gazetteer,
        offices: OfficeHolders
    ) -> [Quotation] {
        resolve(
            segments: segments, headers: headers, in: bytes, paragraphs: paragraphs, lexed: lexed, title: title,
            source: source, date: date, gazetteer: gazetteer, offices: offices
        ).map(\.turn)
    }

    /// Each turn with the segment it was cut from (its label's paragraph), for ``TurnEvaluation``.
    static func segmentedTurns(
        in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [ByteSpan], lexed: [[LexToken]], title: String,
        source: String?, date: String?, gazetteer: Gazetteer, offices: OfficeHolders
    ) -> [(segment: Segment, turn: Quotation)] {
        guard let (segments, headers) = segments(in: bytes, paragraphs: paragraphs) else { return [] }
        return resolve(
            segments: segments, headers: headers, in: bytes, paragraphs: paragraphs, lexed: lexed, title: title,
            source: source, date: date, gazetteer: gazetteer, offices: offices)
    }

    private static func resolve(
        segments: [Segment], headers: [String: String], in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [ByteSpan],
        lexed: [[LexToken]], title: String, source: String?, date: String?, gazetteer: Gazetteer,
        offices: OfficeHolders
    ) -> [(segment: Segment, turn: Quotation)] {
        let opening = segments.first.map { 0..<$0.firstParagraph } ?? 0..<0
        var resolver = TurnResolver(
            bytes: bytes, paragraphs: paragraphs, lexed: lexed, opening: opening, title: title, source: source,
            date: date, headers: headers, isCouncil: segments.contains { $0.label.affiliation != nil },
            gazetteer: gazetteer, offices: offices)
        let interviewers = Self.interviewers(in: bytes, segments: segments)
        var counter = ScalarCounter()
        var result: [(segment: Segment, turn: Quotation)] = []
        result.reserveCapacity(segments.count)
        for segment in segments {
            let resolution = resolver.resolve(segment.label)
            var turn = Quotation(
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[segment.byteRange]), as: UTF8.self),
                start: counter.scalarOffset(ofByte: segment.byteRange.lowerBound, in: bytes),
                end: counter.scalarOffset(ofByte: segment.byteRange.upperBound, in: bytes),
                byteRange: segment.byteRange, kind: .turn, speaker: resolution.speaker,
                speakerMention: segment.label.text, method: resolution.speaker == nil ? nil : .label,
                confidence: resolution.confidence)
            turn.speakerKind = interviewers.contains(segment.label.key) ? .questioner : resolution.kind
            turn.rule = "label"
            turn.explanation = ["label ‘\(segment.label.text)’: \(resolution.reason)"]
            result.append((segment, turn))
        }
        return result
    }

    /// Named speakers who only ask (`TAPPER:`, `PELL:` in a broadcast interview): at least ``minimumQuestions`` turns,
    /// ``interviewerShare`` of them asking something (a question mark), beside a speaker whose turns mostly do not.
    /// Only in a transcript with no questioner labels, and only a bare name: `MR. EARNEST:` moderating governors
    /// (`Gregory, you want to kick us off?`) is no interviewer.
    static func interviewers(in bytes: UnsafeBufferPointer<UInt8>, segments: [Segment]) -> Set<String> {
        guard !segments.contains(where: { $0.label.role == .questioner }) else { return [] }
        var asked: [String: (questions: Int, turns: Int)] = [:]
        for segment in segments where segment.label.role == .speaker {
            let isQuestion = segment.byteRange.contains { bytes[$0] == 0x3F }
            asked[segment.label.key, default: (0, 0)].questions += isQuestion ? 1 : 0
            asked[segment.label.key, default: (0, 0)].turns += 1
        }
        let answers = asked.values.contains { Double($0.questions) < (1 - interviewerShare) * Double($0.turns) }
        guard answers else { return [] }
        let bareNames = Set(
            segments.filter { $0.label.honorific == nil && $0.label.titleWords.isEmpty }.map(\.label.key))
        return Set(
            asked.filter {
                bareNames.contains($0.key) && $0.value.turns >= minimumQuestions
                    && Double($0.value.questions) >= interviewerShare * Double($0.value.turns)
            }.keys)
    }

    /// An interviewer asks at least this many times…
    static let minimumQuestions = 2
    /// …and this share of their turns end with a question mark.
    static let interviewerShare = 0.6

    /// The turns of a transcript and its header lines (``TurnLabel/officeKey`` → the name it gives); `nil` when the
    /// document is not a transcript.
    static func segments(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [ByteSpan])
        -> (segments: [Segment], headers: [String: String])?
    {
        var labels: [(paragraph: Int, label: TurnLabel)] = []
        var known: [String: TurnLabel?] = [:]
        for (index, paragraph) in paragraphs.enumerated() {
            if let label = TurnLabel.parse(bytes, paragraph: paragraph, known: &known), !label.isStopLabel {
                labels.append((index, label))
            }
        }
        guard !labels.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for (_, label) in labels { counts[label.key, default: 0] += 1 }
        labels.removeAll { entry in
            let label = entry.label
            guard label.role == .speaker else { return false }
            if label.isAllCaps { return label.key.count < 2 && counts[label.key, default: 0] < 2 }
            return label.honorific == nil && label.titleWords.isEmpty && !label.isFullName
                && counts[label.key, default: 0] < 2
        }
        // Header lines: a role and a name, no sentence (`President: Mr. Aldo Brenn (Casmira)`), before the second turn.
        var headers: [String: String] = [:]
        var turnsSeen = 0
        labels.removeAll { entry in
            guard turnsSeen < 2 else { return false }
            if entry.label.name.isEmpty
                || entry.label.role == .speaker && entry.label.titleWords.isEmpty
                    && entry.label.honorific == nil,
                let name = headerName(bytes, from: entry.label.textStart, to: paragraphs[entry.paragraph].upperBound)
            {
                if entry.label.role == .speaker { headers[entry.label.officeKey] = name }
                return true
            }
            turnsSeen += 1
            return false
        }
        let keys = Set(labels.map(\.label.key))
        let total = (paragraphs.last?.upperBound ?? 0) - (paragraphs.first?.lowerBound ?? 0)
        guard let first = labels.first, total > 0 else { return nil }
        let fromFirst =
            Double((paragraphs.last?.upperBound ?? 0) - paragraphs[first.paragraph].lowerBound) / Double(total)
        let span = paragraphs.count - first.paragraph
        let tail = paragraphs.count - 1 - (labels.last?.paragraph ?? 0)
        let isFormal = first.label.isAllCaps && (first.label.honorific != nil || !first.label.titleWords.isEmpty)
        // Somebody answers more than once (a list of sections, `STAT OF THE WEEK:` `SHORT READS:`, has no repeated
        // speaker), and most turns are words, not figures (`Hillary Clinton: 1,769.`).
        var repeated = false
        var keyCounts: [String: Int] = [:]
        for (_, label) in labels where label.role != .questioner {
            // `KATE BOULDUAN`, then `BOULDUAN`: the same speaker.
            let speaker = label.name.last.map { $0.uppercased() } ?? label.key
            keyCounts[speaker, default: 0] += 1
            if keyCounts[speaker]! >= 2 { repeated = true }  // just set
        }
        let wordy = labels.filter { hasWords(bytes, from: $0.label.textStart, to: paragraphs[$0.paragraph].upperBound) }
        let isExchange =
            labels.count >= minimumLabels && repeated && wordy.count * 2 >= labels.count
            && (keys.count >= 2 || isFormal && labels.count >= minimumSingleSpeakerLabels)
            && labels.contains { $0.label.role != .questioner } && fromFirst >= minimumCoverage
            && Double(labels.count) / Double(span) >= minimumLabelShare
            && (tail <= longestTail || Double(tail) <= maximumTailShare * Double(span))
        let isRemarks =
            labels.count <= 2 && first.paragraph < openingParagraphs && first.label.role == .speaker
            && isFormal && fromFirst >= minimumRemarksCoverage
        guard isExchange || isRemarks else { return nil }
        var segments: [Segment] = []
        for (number, entry) in labels.enumerated() {
            var last = number + 1 < labels.count ? labels[number + 1].paragraph - 1 : paragraphs.count - 1
            // `END 2:03 P.M. EDT`, `* * *`, `4:49 P.M. EDT`: closing lines are nobody's words.
            while last > entry.paragraph, isClosingLine(bytes, paragraphs[last]) { last -= 1 }
            var start = entry.label.textStart
            if start >= paragraphs[entry.paragraph].upperBound {
                // The label alone on its line: the turn starts with the next paragraph.
                guard last > entry.paragraph else { continue }
                start = paragraphs[entry.paragraph + 1].lowerBound
            }
            let end = paragraphs[last].upperBound
            guard end > start else { continue }
            segments.append(Segment(label: entry.label, firstParagraph: entry.paragraph, byteRange: start..<end))
        }
        return segments.isEmpty ? nil : (segments, headers)
    }

    /// A header line's name: `Mr. Aldo Brenn (Casmira)` → `Aldo Brenn`; `nil` when the words are a sentence (a word
    /// in lower case, or a final period that ends no honorific).
    static func headerName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
        guard start < end, end - start <= 120 else { return nil }
        var line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if let open = line.firstIndex(of: "(") { line = String(line[..<open]) }
        var words = line.split(separator: " ").map(String.init)
        guard (1...6).contains(words.count) else { return nil }
        if let first = words.first, TurnLabel.honorifics.contains(first.uppercased().filter { $0 != "." }) {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        for word in words {
            guard let scalar = word.unicodeScalars.first,
                scalar.properties.isUppercase || TurnLabel.particles.contains(word),
                !word.contains(where: { "?!,;:\"“”".contains($0) }), !word.hasSuffix(".")
            else { return nil }
        }
        return words.map { $0.count > 1 && TurnLabel.isCapitals($0) ? TurnLabel.naturalCase($0) : $0 }
            .joined(separator: " ")
    }

    /// Whether the bytes hold at least ``minimumTurnWords`` words that start with a letter (or the turn goes on in the
    /// next paragraph: the label stood alone).
    static func hasWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if start >= end { return true }
        var words = 0
        var previousIsSpace = true
        for index in start..<end {
            let byte = bytes[index]
            if previousIsSpace, (byte | 0x20) &- 0x61 < 26 || byte >= 0xC0 { words += 1 }
            if words >= minimumTurnWords { return true }
            previousIsSpace = byte == 0x20
        }
        return false
    }

    /// A turn of fewer words than this is a figure or a heading (`Clinton: 547.`), unless most turns are longer.
    static let minimumTurnWords = 3

    /// `END`, `END 2:03 P.M. EDT`, `* * *`, `4:49 P.M. EDT`: a short line with no lower-case letter.
    static func isClosingLine(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: ByteSpan) -> Bool {
        guard paragraph.count <= 40 else { return false }
        for index in paragraph.lowerBound..<paragraph.upperBound where bytes[index] &- 0x61 < 26 { return false }
        return true
    }
}
