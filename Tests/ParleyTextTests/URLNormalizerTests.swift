import Testing

@testable import ParleyText

@Suite("URLNormalizer")
struct URLNormalizerTests {
    @Test(
        "normalises scheme, host, fragment and trailing slash",
        arguments: [
            ("HTTPS://Example.COM/News/Story", "https://example.com/News/Story"),
            ("https://example.com/a/b/", "https://example.com/a/b"),
            ("https://example.com/a//", "https://example.com/a"),
            ("https://example.com/a#section-2", "https://example.com/a"),
            ("https://example.com/a/#top", "https://example.com/a"),
            ("https://example.com/", "https://example.com"),
            ("https://example.com", "https://example.com"),
            ("  https://example.com/x \n", "https://example.com/x"),
            (
                "HTTP://WWW.ValdoranTimes.example/2025/12/03/Talks-Resume/",
                "http://www.valdorantimes.example/2025/12/03/Talks-Resume"
            ),
        ])
    func normalises(input: String, expected: String) {
        #expect(URLNormalizer.normalize(input) == expected)
    }

    @Test(
        "query is kept as written, path case too",
        arguments: [
            ("https://example.com/a?b=2&a=1", "https://example.com/a?b=2&a=1"),
            ("https://example.com/a/?b=2&a=1#frag", "https://example.com/a?b=2&a=1"),
            ("https://example.com?Q=Valdora", "https://example.com?Q=Valdora"),
            ("https://example.com/Path/CASE?X=Y/", "https://example.com/Path/CASE?X=Y/"),
        ])
    func query(input: String, expected: String) {
        #expect(URLNormalizer.normalize(input) == expected)
    }

    @Test(
        "no scheme://host gives nil",
        arguments: [
            "", "   ", "example.com/news", "www.example.com", "://example.com", "https://", "https:///path",
            "mailto:desk@example.com", "ht tp://example.com", "/relative/path",
        ])
    func invalid(input: String) {
        #expect(URLNormalizer.normalize(input) == nil)
    }

    @Test("variants of one URL normalise to one string")
    func variantsAgree() {
        let variants = [
            "https://valdorantimes.example/politics/talks",
            "HTTPS://VALDORANTIMES.EXAMPLE/politics/talks/",
            "https://valdorantimes.example/politics/talks#comments",
            " https://Valdorantimes.Example/politics/talks/#top ",
        ]
        #expect(Set(variants.compactMap(URLNormalizer.normalize)).count == 1)
        #expect(
            URLNormalizer.normalize("https://valdorantimes.example/Politics/talks")
                != URLNormalizer.normalize(variants[0]))
    }
}
