/// A day given as a search bound: `2015-09-01`, `2015-09` or `2015`, widened to the first day (`since`) or the
/// last day (`until`) of the month or year, so `--until 2015-09` takes in all of September.
public struct DateBound: Sendable, Equatable {
    /// `YYYY-MM-DD`; compared as text with the first ten characters of an article's ISO-8601 date.
    public var day: String

    public init?(_ text: String, end: Bool) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
            zip(parts, widths).allSatisfy({ part, width in part.count == width && part.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1])! : nil
        let dayOfMonth = parts.count > 2 ? Int(parts[2])! : nil
        if let month, !(1...12).contains(month) { return nil }
        if let dayOfMonth, !(1...31).contains(dayOfMonth) { return nil }
        // "31" closes every month: only string order matters, and no stored date has a later day.
        let filler = end ? ["-12", "-31"] : ["-01", "-01"]
        day = text + filler.suffix(3 - parts.count).joined()
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
