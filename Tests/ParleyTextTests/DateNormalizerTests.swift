import Testing

@testable import ParleyText

@Suite("DateNormalizer")
struct DateNormalizerTests {
    @Test(
        "ISO-8601 dates and UTC times",
        arguments: [
            ("2025-12-03", "2025-12-03"),
            ("2025/12/03", "2025-12-03"),
            ("  2025-12-03\t", "2025-12-03"),
            ("2025-12-03T10:15:00Z", "2025-12-03T10:15:00Z"),
            ("2025-12-03t10:15:00z", "2025-12-03T10:15:00Z"),
            ("2025-12-03T10:15:00UTC", "2025-12-03T10:15:00Z"),
            ("2025-12-03T10:15:00 GMT", "2025-12-03T10:15:00Z"),
            ("2025-12-03T10:15", "2025-12-03T10:15:00Z"),
            ("2025-12-03T10:15:00", "2025-12-03T10:15:00Z"),
            ("2025-12-03 10:15:00", "2025-12-03T10:15:00Z"),
            ("2025-12-03 10:15", "2025-12-03T10:15:00Z"),
            ("0999-12-03", nil),
        ] as [(String, String?)])
    func isoForms(input: String, expected: String?) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(
        "numeric offsets are converted to UTC",
        arguments: [
            ("2025-12-03T10:15:00+02:00", "2025-12-03T08:15:00Z"),
            ("2025-12-03T10:15:00+0200", "2025-12-03T08:15:00Z"),
            ("2025-12-03T10:15:00+02", "2025-12-03T08:15:00Z"),
            ("2025-12-03T10:15:00 +02:00", "2025-12-03T08:15:00Z"),
            ("2025-12-03T10:15:00-05:30", "2025-12-03T15:45:00Z"),
            ("2025-12-03T10:15:00+05:45", "2025-12-03T04:30:00Z"),
            ("2025-12-03T10:15:00-0000", "2025-12-03T10:15:00Z"),
            // Negative offsets pushing the UTC time into the next day, month, year.
            ("2025-12-03T22:30:00-05:00", "2025-12-04T03:30:00Z"),
            ("2025-11-30T21:00:00-04:00", "2025-12-01T01:00:00Z"),
            ("2025-12-31T23:30:00-01:00", "2026-01-01T00:30:00Z"),
            ("2024-02-28T20:00:00-0800", "2024-02-29T04:00:00Z"),
            // Positive offsets pulling it back into the previous day, month, year.
            ("2025-01-01T01:00:00+02:00", "2024-12-31T23:00:00Z"),
            ("2024-03-01T00:30:00+01:00", "2024-02-29T23:30:00Z"),
            ("2025-03-01T00:30:00+01:00", "2025-02-28T23:30:00Z"),
            ("2025-12-03T00:00:00+14:00", "2025-12-02T10:00:00Z"),
        ])
    func offsets(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(
        "fractional seconds are dropped",
        arguments: [
            ("2025-12-03T10:15:00.250Z", "2025-12-03T10:15:00Z"),
            ("2025-12-03 10:15:00.250", "2025-12-03T10:15:00Z"),
            ("2025-12-03T10:15:59,999Z", "2025-12-03T10:15:59Z"),
            ("2025-12-03T10:15:00.123456+01:00", "2025-12-03T09:15:00Z"),
        ])
    func fractionalSeconds(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(
        "RFC 2822 dates",
        arguments: [
            ("Wed, 03 Dec 2025 10:15:00 GMT", "2025-12-03T10:15:00Z"),
            ("Wed, 03 Dec 2025 10:15:00 +0100", "2025-12-03T09:15:00Z"),
            ("Wed, 03 Dec 2025 10:15:00 -0800", "2025-12-03T18:15:00Z"),
            ("Wed, 03 Dec 2025 10:15:00 EST", "2025-12-03T15:15:00Z"),
            ("Wed, 03 Dec 2025 10:15:00 EDT", "2025-12-03T14:15:00Z"),
            ("Wed, 03 Dec 2025 22:15:00 PDT", "2025-12-04T05:15:00Z"),
            ("Wed, 3 Dec 2025 10:15:00 UT", "2025-12-03T10:15:00Z"),
            ("3 Dec 2025 10:15 +0100", "2025-12-03T09:15:00Z"),
            ("03 Dec 2025", "2025-12-03"),
            ("Thu, 01 Jan 2026 00:30:00 +0100", "2025-12-31T23:30:00Z"),
        ])
    func rfc2822(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(
        "spelled-out dates",
        arguments: [
            ("December 3, 2025", "2025-12-03"),
            ("Dec 3, 2025", "2025-12-03"),
            ("Dec. 3 2025", "2025-12-03"),
            ("3 December 2025", "2025-12-03"),
            ("september 30, 2025", "2025-09-30"),
            ("  March 1, 2024 ", "2024-03-01"),
        ])
    func spelledDates(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(
        "leap days",
        arguments: [
            ("2024-02-29", "2024-02-29"),
            ("2025-02-29", nil),
            ("2000-02-29", "2000-02-29"),
            ("1900-02-29", nil),
            ("February 29, 2024", "2024-02-29"),
            ("29 Feb 2025", nil),
            ("2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z"),
        ] as [(String, String?)])
    func leapDays(input: String, expected: String?) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(
        "anything else gives nil",
        arguments: [
            "yesterday", "", "   ", "2025-13-01", "2025-00-10", "2025-12-03Tfoo", "2025-12-32", "2025-04-31",
            "2025-12-03T25:00:00", "2025-12-03T10:60", "2025-02-29T10:00:00", "2025-12-03T10:15:61",
            "2025-12-03T10:15:00+15:00", "2025-12-03T10:15:00 XYZ",
            "2025-12-03 garbage", "2025-12-03T10:15:00Z and more", "12/03/2025", "20251203", "Smarch 3, 2025",
            "2025-12/03", "2025-12-03T10", "Wed, 03 Dec 2025 10:15:00 CET",
        ])
    func garbage(input: String) {
        #expect(DateNormalizer.normalize(input) == nil)
    }

    @Test(
        "Unix time in seconds",
        arguments: [
            (0, "1970-01-01T00:00:00Z"),
            (1_764_756_900, "2025-12-03T10:15:00Z"),
            (1_764_756_900.75, "2025-12-03T10:15:00Z"),
            (951_782_400, "2000-02-29T00:00:00Z"),
            (-86_400, "1969-12-31T00:00:00Z"),
            (-0.5, "1969-12-31T23:59:59Z"),
            (1e12, nil),
            (-4e10, nil),
            (.nan, nil),
            (.infinity, nil),
        ] as [(Double, String?)])
    func epochSeconds(seconds: Double, expected: String?) {
        #expect(DateNormalizer.normalize(epochSeconds: seconds) == expected)
    }

    @Test(
        "an out-of-range date or time followed by a zone is rejected, not rolled over",
        arguments: [
            "2025-12-03T25:00:00Z",
            "2025-12-03T10:60:00Z",
            "2025-12-03T10:15:61Z",
            "2025-02-29T10:00:00Z",
            "2025-02-30T10:00:00+02:00",
            "2025-04-31T10:00:00Z",
            "2025-13-01T00:00:00Z",
            "Sat, 29 Feb 2025 10:00:00 GMT",
            "31 Apr 2025 10:00 EST",
        ])
    func outOfRangeWithZone(input: String) {
        // A zone shifts the time to UTC; invalid fields must be refused before that, not rolled over.
        #expect(DateNormalizer.normalize(input) == nil)
    }

    @Test func wordsThatStartLikeMonthsAreNotMonths() {
        #expect(DateNormalizer.normalize("Mayday 3, 2025") == nil)
        #expect(DateNormalizer.normalize("Decade 3, 2025") == nil)
        #expect(DateNormalizer.normalize("Sept 3, 2025") == "2025-09-03")
    }
}
