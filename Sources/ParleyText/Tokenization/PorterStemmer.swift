/// The Porter stemming algorithm (M. F. Porter, 1980, "An algorithm for suffix stripping"), the same algorithm
/// as SQLite FTS5's `porter` tokenizer, on lower-case ASCII bytes in place.
///
/// `territory`, `territories` → `territori`; `negotiate`, `negotiations` → `negoti`;
/// `compromise`, `compromised` → `compromis`. Words of one or two letters are left alone.
/// Translated from the author's reference C implementation (public domain).
enum PorterStemmer {
    /// Room a word may grow by while stemmed (`-at` → `-ate` and the like, one letter at most).
    static let headroom = 8

    /// Stems `word` (lower-case `a`–`z` only) in place.
    static func stem(_ word: inout [UInt8]) {
        let count = word.count
        guard count > 2 else { return }
        for _ in 0..<headroom { word.append(0) }
        let newCount = word.withUnsafeMutableBufferPointer { stem($0.baseAddress!, count: count) }  // non-empty
        word.removeLast(word.count - newCount)
    }

    /// Stems the `count` letters at `word` in place; `word` must have room for ``headroom`` more bytes.
    ///
    /// - Returns: the stem's length.
    static func stem(_ word: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        guard count > 2 else { return count }
        var stemmer = Stemmer(b: word, k: count - 1)
        stemmer.run()
        return stemmer.k + 1
    }
}

private struct Stemmer {
    let b: UnsafeMutablePointer<UInt8>
    /// Index of the last letter of the current word.
    var k: Int
    /// General offset into the word, set by `ends`.
    var j = 0

    init(b: UnsafeMutablePointer<UInt8>, k: Int) {
        self.b = b
        self.k = k
    }

    mutating func run() {
        step1ab()
        guard k > 0 else { return }
        step1c()
        // Steps 2 to 5 only remove suffixes ending in one of these letters: skip them for all other words.
        switch b[k] {
        case 0x63, 0x65, 0x69, 0x6C, 0x6D, 0x6E, 0x72, 0x73, 0x74, 0x75: break  // c e i l m n r s t u
        default: return
        }
        step2()
        step3()
        step4()
        step5()
    }

    /// `b[i]` is a consonant (`y` is one at the start or after a vowel).
    @inline(__always) func cons(_ i: Int) -> Bool {
        switch b[i] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return false  // a e i o u
        case 0x79: return i == 0 ? true : !cons(i - 1)  // y
        default: return true
        }
    }

    /// The number of consonant sequences between 0 and `j`: [C](VC){m}[V].
    func m() -> Int {
        var n = 0
        var i = 0
        while true {
            if i > j { return n }
            if !cons(i) { break }
            i += 1
        }
        i += 1
        while true {
            while true {
                if i > j { return n }
                if cons(i) { break }
                i += 1
            }
            i += 1
            n += 1
            while true {
                if i > j { return n }
                if !cons(i) { break }
                i += 1
            }
            i += 1
        }
    }

    func vowelInStem() -> Bool {
        guard j >= 0 else { return false }
        for i in 0...j where !cons(i) { return true }
        return false
    }

    func doubleConsonant(_ j: Int) -> Bool {
        j >= 1 && b[j] == b[j - 1] && cons(j)
    }

    /// consonant-vowel-consonant ending at `i`, the last not w, x or y (`hop`, not `snow`).
    func cvc(_ i: Int) -> Bool {
        guard i >= 2, cons(i), !cons(i - 1), cons(i - 2) else { return false }
        let ch = b[i]
        return ch != 0x77 && ch != 0x78 && ch != 0x79
    }

    @inline(__always) mutating func ends(_ s: StaticString) -> Bool {
        let length = s.utf8CodeUnitCount
        guard length <= k + 1 else { return false }
        let suffix = UnsafeBufferPointer(start: s.utf8Start, count: length)
        guard b[k] == suffix[length - 1] else { return false }
        let start = k - length + 1
        for index in 0..<length where b[start + index] != suffix[index] { return false }
        j = k - length
        return true
    }

    /// Sets `b[j+1...k]` to `s`.
    mutating func setTo(_ s: StaticString) {
        let length = s.utf8CodeUnitCount
        for index in 0..<length { b[j + 1 + index] = s.utf8Start[index] }
        k = j + length
    }

    mutating func r(_ s: StaticString) {
        if m() > 0 { setTo(s) }
    }

    /// Plurals and -ed, -ing: caresses → caress, ponies → poni, meetings → meet, agreed → agree.
    mutating func step1ab() {
        if b[k] == 0x73 {  // s
            if ends("sses") {
                k -= 2
            } else if ends("ies") {
                setTo("i")
            } else if k >= 1 && b[k - 1] != 0x73 {
                k -= 1
            }
        }
        if ends("eed") {
            if m() > 0 { k -= 1 }
        } else if (ends("ed") || ends("ing")) && vowelInStem() {
            k = j
            if ends("at") {
                setTo("ate")
            } else if ends("bl") {
                setTo("ble")
            } else if ends("iz") {
                setTo("ize")
            } else if doubleConsonant(k) {
                k -= 1
                let ch = b[k]
                if ch == 0x6C || ch == 0x73 || ch == 0x7A { k += 1 }  // l s z
            } else if m() == 1 && cvc(k) {
                j = k
                setTo("e")
            }
        }
    }

    /// Terminal y → i when there is another vowel in the stem.
    mutating func step1c() {
        if ends("y") && vowelInStem() { b[k] = 0x69 }
    }

    /// Double suffixes to single ones: -ization → -ize, -ational → -ate …
    mutating func step2() {
        guard k >= 1 else { return }
        switch b[k - 1] {
        case 0x61:  // a
            if ends("ational") { r("ate") } else if ends("tional") { r("tion") }
        case 0x63:  // c
            if ends("enci") { r("ence") } else if ends("anci") { r("ance") }
        case 0x65:  // e
            if ends("izer") { r("ize") }
        case 0x6C:  // l
            if ends("bli") {
                r("ble")
            } else if ends("alli") {
                r("al")
            } else if ends("entli") {
                r("ent")
            } else if ends("eli") {
                r("e")
            } else if ends("ousli") {
                r("ous")
            }
        case 0x6F:  // o
            if ends("ization") { r("ize") } else if ends("ation") { r("ate") } else if ends("ator") { r("ate") }
        case 0x73:  // s
            if ends("alism") {
                r("al")
            } else if ends("iveness") {
                r("ive")
            } else if ends("fulness") {
                r("ful")
            } else if ends("ousness") {
                r("ous")
            }
        case 0x74:  // t
            if ends("aliti") { r("al") } else if ends("iviti") { r("ive") } else if ends("biliti") { r("ble") }
        case 0x67:  // g
            if ends("logi") { r("log") }
        default:
            break
        }
    }

    /// -ic-, -full, -ness …
    mutating func step3() {
        switch b[k] {
        case 0x65:  // e
            if ends("icate") { r("ic") } else if ends("ative") { r("") } else if ends("alize") { r("al") }
        case 0x69:  // i
            if ends("iciti") { r("ic") }
        case 0x6C:  // l
            if ends("ical") { r("ic") } else if ends("ful") { r("") }
        case 0x73:  // s
            if ends("ness") { r("") }
        default:
            break
        }
    }

    /// -ant, -ence … in context <c>vcvc<v>.
    mutating func step4() {
        guard k >= 1 else { return }
        var matched = false
        switch b[k - 1] {
        case 0x61: matched = ends("al")
        case 0x63: matched = ends("ance") || ends("ence")
        case 0x65: matched = ends("er")
        case 0x69: matched = ends("ic")
        case 0x6C: matched = ends("able") || ends("ible")
        case 0x6E: matched = ends("ant") || ends("ement") || ends("ment") || ends("ent")
        case 0x6F:
            if ends("ion") && j >= 0 && (b[j] == 0x73 || b[j] == 0x74) {
                matched = true
            } else {
                matched = ends("ou")
            }
        case 0x73: matched = ends("ism")
        case 0x74: matched = ends("ate") || ends("iti")
        case 0x75: matched = ends("ous")
        case 0x76: matched = ends("ive")
        case 0x7A: matched = ends("ize")
        default: matched = false
        }
        if matched && m() > 1 { k = j }
    }

    /// Final -e when m > 1, and -ll → -l.
    mutating func step5() {
        j = k
        if b[k] == 0x65 {  // e
            let a = m()
            if a > 1 || (a == 1 && !cvc(k - 1)) { k -= 1 }
        }
        if b[k] == 0x6C && doubleConsonant(k) && m() > 1 { k -= 1 }
    }
}
