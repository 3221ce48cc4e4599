/// Cuts a top-level JSON array into its elements' bytes as the file's chunks arrive, so that a `.json` array of any
/// size is read holding one chunk and one element at a time (the issue measured 1.74 GB for a 68.7 MB array parsed
/// whole).
///
/// It tracks only strings, escapes and bracket depth: the elements' own syntax is left to the JSON parser, so a
/// broken element is reported by its item number and the next one is read.
struct JSONArrayScanner {
    enum Piece {
        /// One element's bytes (without the spaces around it), 0-based `item`.
        case element([UInt8], item: Int)
        /// Something wrong at `item`, or outside the elements (`item` = `nil`).
        case problem(ReadIssue.Problem, item: Int?)
        /// The file ends after whole elements, before the array's `]`: `items` elements were read.
        case unclosed(items: Int)
    }

    private enum Phase { case before, inside, after, done }

    private var phase = Phase.before
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var element: [UInt8] = []
    /// Bytes of the current element past ``maxElementBytes``, which are counted, not kept.
    private var dropped = 0
    private var item = 0
    private var sawByte = false
    let maxElementBytes: Int

    init(maxElementBytes: Int) { self.maxElementBytes = maxElementBytes }

    /// Whether `first`, the file's first byte that is not a space (after a byte-order mark), opens an array.
    static func opensArray(_ first: UInt8) -> Bool { first == UInt8(ascii: "[") }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// Feeds the next bytes of the file; returns the elements completed and the problems found in them.
    mutating func feed(_ bytes: ArraySlice<UInt8>) -> [Piece] {
        var pieces: [Piece] = []
        func emit(_ piece: Piece) { pieces.append(piece) }
        for byte in bytes {
            switch phase {
            case .done:
                return pieces
            case .before:
                if Self.isSpace(byte) || (!sawByte && (byte == 0xEF || byte == 0xBB || byte == 0xBF)) { continue }
                sawByte = true
                guard Self.opensArray(byte) else {
                    phase = .done
                    emit(.problem(.notAnArray, item: nil))
                    return pieces
                }
                phase = .inside
            case .after:
                if !Self.isSpace(byte) {
                    phase = .done
                    emit(.problem(.textAfterArray, item: nil))
                    return pieces
                }
            case .inside:
                if inString {
                    if escaped {
                        escaped = false
                    } else if byte == 0x5C {
                        escaped = true
                    } else if byte == 0x22 {
                        inString = false
                    }
                    keep(byte)
                } else if depth == 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") {
                    pieces += close(last: byte == UInt8(ascii: "]"))
                } else if Self.isSpace(byte), element.isEmpty, dropped == 0 {
                    continue
                } else {
                    switch byte {
                    case 0x22: inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                    default: break
                    }
                    keep(byte)
                    if depth < 0 {
                        phase = .done
                        emit(.problem(.unmatchedClosingBracket, item: item))
                        return pieces
                    }
                }
            }
        }
        return pieces
    }

    /// The end of the file: reports an array left open.
    mutating func finish() -> [Piece] {
        defer { phase = .done }
        switch phase {
        case .before: return [.problem(.emptyFile, item: nil)]
        case .inside:
            // A file cut short after a whole element keeps it; an element cut short is reported.
            if depth == 0, !inString, dropped == 0, !element.isEmpty {
                return close(last: false) + [.unclosed(items: item)]
            }
            if element.isEmpty, dropped == 0 { return [.unclosed(items: item)] }
            return [.problem(.arrayEndsInElement, item: item)]
        case .after, .done: return []
        }
    }

    private mutating func keep(_ byte: UInt8) {
        if dropped > 0 || element.count >= maxElementBytes {
            if dropped == 0 {
                dropped = element.count
                element = []
            }
            dropped += 1
        } else {
            element.append(byte)
        }
    }

    private mutating func close(last: Bool) -> [Piece] {
        defer {
            element = []
            dropped = 0
            if last { phase = .after }
        }
        while let byte = element.last, Self.isSpace(byte) { element.removeLast() }
        if dropped > 0 {
            item += 1
            return [.problem(.elementTooLong(megabytes: dropped >> 20), item: item - 1)]
        } else if !element.isEmpty {
            item += 1
            return [.element(element, item: item - 1)]
        } else if !last || item > 0 {
            if !last { item += 1 }
            return [.problem(.missingElement, item: last ? item : item - 1)]
        }
        return []
    }
}
