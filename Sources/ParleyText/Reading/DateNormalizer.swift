/// Turns the date strings news exporters write into ISO-8601.
///
/// Accepted forms (leading/trailing white space ignored):
/// - `2025-12-03`, `2025/12/03` → `2025-12-03`
/// - `2025-12-03T10:15`, `2025-12-03T10:15:00`, `2025-12-03 10:15:00.250`, optionally followed by `Z`, `UTC`,
///   `+02:00`, `+0200` or `+02` → `2025-12-03T10:15:00Z` (converted to UTC; a time without an offset is taken as UTC)
/// - RFC 2822: `Wed, 03 Dec 2025 10:15:00 GMT`, `3 Dec 2025 10:15 +0100`, with `GMT`, `UT`, `UTC`, `Z`,
///   US zone names (`EST` … `PDT`) or a numeric offset
/// - `December 3, 2025`, `Dec 3, 2025`, `3 December 2025` → `2025-12-03`
/// - Unix time in seconds (a JSON number), see ``normalize(epochSeconds:)``
///
/// Anything else gives `nil`; the caller keeps the date empty and warns.
public enum DateNormalizer {
    /// Days since 1970-01-01 of a date of the proleptic Gregorian calendar, as SQLite counts them.
    public static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        DateTime.daysFromCivil(year, month, day)
    }

    /// The date `days` after 1970-01-01: year, month, day.
    public static func civilFromDays(_ days: Int) -> (Int, Int, Int) { DateTime.civilFromDays(days) }

    public static func normalize(_ input: String) -> String? {
        var scanner = DateScanner(Array(input.utf8))
        scanner.skipSpaces()
        guard !scanner.isAtEnd else { return nil }
        let result: DateTime?
        if scanner.peekIsDigit, scanner.digitRunLength() == 4 {
            result = scanner.isoDate()
        } else {
            result = scanner.rfc2822() ?? scanner.spelledDate()
        }
        guard let result, result.isValid else { return nil }
        return result.iso
    }

    /// Unix time in seconds → `YYYY-MM-DDTHH:MM:SSZ`; `nil` outside years 1000–9999.
    public static func normalize(epochSeconds: Double) -> String? {
        guard epochSeconds.isFinite, abs(epochSeconds) < 2.5e11 else { return nil }
        var dateTime = DateTime(year: 1970, month: 1, day: 1, time: (0, 0, 0))
        dateTime.shift(seconds: Int(epochSeconds.rounded(.down)))
        return dateTime.isValid ? dateTime.iso : nil
    }
}

private struct DateTime {
    var year: Int, month: Int, day: Int
    /// `nil` for a date without a time of day.
    var time: (hour: Int, minute: Int, second: Int)?

    var isValid: Bool {
        guard (1000...9999).contains(year), (1...12).contains(month),
            (1...DateTime.daysIn(month: month, year: year)).contains(day)
        else { return false }
        guard let time else { return true }
        return (0...23).contains(time.hour) && (0...59).contains(time.minute) && (0...60).contains(time.second)
    }

    var iso: String {
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let time else { return date }
        return date + "T\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(min(time.second, 59), 2))Z"
    }

    /// Moves the time by `seconds` (used to convert a local time to UTC).
    mutating func shift(seconds: Int) {
        let clock = time ?? (0, 0, 0)
        let total =
            DateTime.daysFromCivil(year, month, day) * 86_400 + clock.hour * 3600 + clock.minute * 60
            + clock.second + seconds
        let days = Int((Double(total) / 86_400).rounded(.down))
        let rest = total - days * 86_400
        (year, month, day) = DateTime.civilFromDays(days)
        time = (rest / 3600, rest % 3600 / 60, rest % 60)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a date of the proleptic Gregorian calendar, as SQLite counts them (Howard Hinnant's
    /// `days_from_civil`).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `z0` days after 1970-01-01: year, month, day (Howard Hinnant's `civil_from_days`).
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

private let fullMonthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
]
private let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
private let zoneOffsets: [String: Int] = [
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7,
]

/// A cursor over the date's bytes; every method consumes what it recognises and fails with `nil`.
private struct DateScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[index] }
    var peekIsDigit: Bool { peek.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    var peekIsLetter: Bool { peek.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? false }

    mutating func skipSpaces() { while let b = peek, b == 0x20 || b == 0x09 { index += 1 } }

    func digitRunLength() -> Int {
        var end = index
        while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
        return end - index
    }

    mutating func number(maxDigits: Int) -> Int? {
        let length = digitRunLength()
        guard length > 0, length <= maxDigits else { return nil }
        var value = 0
        for _ in 0..<length {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        return value
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func word() -> String {
        var letters: [UInt8] = []
        while peekIsLetter, let b = peek {
            letters.append(b | 0x20)
            index += 1
        }
        return String(decoding: letters, as: UTF8.self)
    }

    mutating func month() -> Int? {
        let name = word()
        guard name.count >= 3, let index = monthNames.firstIndex(of: String(name.prefix(3))) else { return nil }
        // `Dec`, `Sept`, `December`: the abbreviation or the whole name, not `Mayday`.
        guard name.count == 3 || name == "sept" || name == fullMonthNames[index] else { return nil }
        return index + 1
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD`, then an optional time and zone.
    mutating func isoDate() -> DateTime? {
        guard let year = number(maxDigits: 4) else { return nil }
        let separator = peek
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") else { return nil }
        index += 1
        guard let month = number(maxDigits: 2), take(separator!), let day = number(maxDigits: 2) else { return nil }
        var result = DateTime(year: year, month: month, day: day, time: nil)
        skipSpaces()
        if isAtEnd { return result }
        guard take(UInt8(ascii: "T")) || take(UInt8(ascii: "t")) || bytes[index - 1] == 0x20 else { return nil }
        skipSpaces()
        guard let time = clock() else { return nil }
        result.time = time
        return zone(applyingTo: result)
    }

    /// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fraction`.
    mutating func clock() -> (Int, Int, Int)? {
        guard let hour = number(maxDigits: 2), take(UInt8(ascii: ":")), let minute = number(maxDigits: 2) else {
            return nil
        }
        var second = 0
        if take(UInt8(ascii: ":")) {
            guard let value = number(maxDigits: 2) else { return nil }
            second = value
            if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                guard digitRunLength() > 0 else { return nil }
                index += digitRunLength()
            }
        }
        return (hour, minute, second)
    }

    /// An optional zone after a time; converts to UTC. Fails on trailing garbage.
    mutating func zone(applyingTo dateTime: DateTime) -> DateTime? {
        // Validate before shifting: a shift would roll `Feb 29` or `25:00` over into a real time.
        guard dateTime.isValid else { return nil }
        skipSpaces()
        var result = dateTime
        if isAtEnd { return result }
        if let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            index += 1
            let digits = digitRunLength()
            var hours = 0, minutes = 0
            if digits == 4 {
                guard let value = number(maxDigits: 4) else { return nil }
                (hours, minutes) = (value / 100, value % 100)
            } else if digits == 2 || digits == 1 {
                guard let value = number(maxDigits: 2) else { return nil }
                hours = value
                if take(UInt8(ascii: ":")) {
                    guard let value = number(maxDigits: 2) else { return nil }
                    minutes = value
                }
            } else {
                return nil
            }
            guard hours <= 14, minutes < 60 else { return nil }
            let offset = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
            result.shift(seconds: -offset)
        } else if peekIsLetter {
            guard let hours = zoneOffsets[word()] else { return nil }
            result.shift(seconds: -hours * 3600)
        } else {
            return nil
        }
        skipSpaces()
        return isAtEnd ? result : nil
    }

    /// `[Wed, ]03 Dec 2025[ 10:15[:00] ZONE]`. On failure the caller starts over from the beginning.
    mutating func rfc2822() -> DateTime? {
        if peekIsLetter {
            _ = word()
            _ = take(UInt8(ascii: ","))
            skipSpaces()
        }
        guard let day = number(maxDigits: 2) else { return nil }
        skipSpaces()
        guard let month = month() else { return nil }
        skipSpaces()
        guard let year = number(maxDigits: 4) else { return nil }
        let date = DateTime(year: year, month: month, day: day, time: nil)
        skipSpaces()
        if isAtEnd { return date }
        guard let time = clock() else { return nil }
        return zone(applyingTo: DateTime(year: year, month: month, day: day, time: time))
    }

    /// `December 3, 2025` / `Dec. 3 2025`.
    mutating func spelledDate() -> DateTime? {
        index = 0
        skipSpaces()
        guard let month = month() else { return nil }
        _ = take(UInt8(ascii: "."))
        skipSpaces()
        guard let day = number(maxDigits: 2) else { return nil }
        _ = take(UInt8(ascii: ","))
        skipSpaces()
        guard let year = number(maxDigits: 4) else { return nil }
        skipSpaces()
        return isAtEnd ? DateTime(year: year, month: month, day: day, time: nil) : nil
    }
}
