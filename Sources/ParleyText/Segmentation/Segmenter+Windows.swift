/// Passage windows: packing the sentences of a long paragraph.
extension Segmenter {
    /// A sentence, or a fragment of one longer than a passage, ready to be packed into windows.
    private struct Piece {
        var span: ByteSpan
        /// Scalar offsets relative to the paragraph start.
        var startScalar: Int
        var endScalar: Int
        /// Whether the piece ends inside a quotation that fits in a passage (so a window must not close here).
        var endsInsideShortQuotation = false
    }

    /// A paragraph as passage spans: whole if short, else greedy windows of whole sentences.
    ///
    /// Greedy: a window takes the next sentence while it stays within ``maxPassageScalars``; past that, only
    /// while the window ends inside a quotation no longer than a passage and stays within
    /// ``maxQuotedPassageScalars``. A sentence longer than a passage is first cut by ``hardSplit``.
    static func windows(of paragraph: ByteSpan, in bytes: UnsafeBufferPointer<UInt8>) -> [ByteSpan] {
        let limit = maxPassageScalars
        if paragraph.count <= limit || ByteClass.scalarCount(paragraph, in: bytes) <= limit { return [paragraph] }

        var counter = ScalarCounter(startingAtByte: paragraph.lowerBound)
        var pieces: [Piece] = []
        for sentence in SentenceSplitter.sentences(in: bytes, paragraph: paragraph) {
            // Fewer bytes than the limit means fewer scalars too; count only the long ones.
            if sentence.count <= limit || ByteClass.scalarCount(sentence, in: bytes) <= limit {
                let start = counter.scalarOffset(ofByte: sentence.lowerBound, in: bytes)
                let end = counter.scalarOffset(ofByte: sentence.upperBound, in: bytes)
                pieces.append(Piece(span: sentence, startScalar: start, endScalar: end))
            } else {
                for fragment in hardSplit(sentence, in: bytes, limit: limit) {
                    let start = counter.scalarOffset(ofByte: fragment.lowerBound, in: bytes)
                    let end = counter.scalarOffset(ofByte: fragment.upperBound, in: bytes)
                    pieces.append(Piece(span: fragment, startScalar: start, endScalar: end))
                }
            }
        }
        markShortQuotations(in: &pieces, QuotationScanner.quotations(in: bytes, paragraph: paragraph))

        var result: [ByteSpan] = []
        guard var window = pieces.first else { return [paragraph] }
        for piece in pieces.dropFirst() {
            let grown = piece.endScalar - window.startScalar
            if grown <= limit || (window.endsInsideShortQuotation && grown <= maxQuotedPassageScalars) {
                window.span = ByteSpan(window.span.lowerBound, piece.span.upperBound)
                window.endScalar = piece.endScalar
                window.endsInsideShortQuotation = piece.endsInsideShortQuotation
            } else {
                result.append(window.span)
                window = piece
            }
        }
        result.append(window.span)
        return result
    }

    /// Marks the pieces that end inside a quotation of at most ``maxPassageScalars`` scalars.
    private static func markShortQuotations(in pieces: inout [Piece], _ quotations: [QuotationScanner.Quotation]) {
        var next = 0  // both lists are in text order: one pass
        for index in pieces.indices {
            let end = pieces[index].span.upperBound
            while next < quotations.count, quotations[next].byteRange.upperBound <= end { next += 1 }
            guard next < quotations.count else { return }
            let quotation = quotations[next]
            pieces[index].endsInsideShortQuotation =
                quotation.byteRange.lowerBound < end && quotation.scalarCount <= maxPassageScalars
        }
    }

    /// Cuts an over-long sentence at the last white space before each `limit` scalars (or mid-word when
    /// there is none).
    static func hardSplit(_ span: ByteSpan, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [ByteSpan] {
        var result: [ByteSpan] = []
        var start = span.lowerBound
        while start < span.upperBound {
            var scalars = 0
            var index = start
            var lastSpace: Int?
            while index < span.upperBound {
                if ByteClass.isScalarStart(bytes[index]) {
                    if scalars == limit { break }
                    scalars += 1
                }
                if ByteClass.isSpace(bytes[index]), index > start { lastSpace = index }
                index += 1
            }
            let end = index < span.upperBound ? (lastSpace ?? index) : index
            let piece = ByteClass.trimmed(ByteSpan(start, end), in: bytes)
            if piece.count > 0 { result.append(piece) }
            start = end
            while start < span.upperBound, ByteClass.isSpace(bytes[start]) { start += 1 }
        }
        return result
    }
}
