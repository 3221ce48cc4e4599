/// Parses the query syntax of ``SearchQuery`` (see there): first into lexemes with their columns, then into
/// clauses, excluded terms and fields. Columns are 1-based, in characters of the query as typed.
struct QueryParser {
    let characters: [Character]
    let query: String

    struct Parsed {
        var clauses: [[SearchQuery.Term]] = []
        var excluded: [SearchQuery.Term] = []
        var fields: [SearchQuery.Field] = []
    }

    private enum Lexeme {
        case open, close, or, and, not, minus
        /// A word as typed (it may end with `*`), or a quoted phrase's text.
        case word(String), quoted(String)
        case near([SearchQuery.Term], distance: Int)
        case sentence([SearchQuery.Term])
        case field(name: String, value: String)
    }

    private struct Located {
        var lexeme: Lexeme
        var column: Int
    }

    mutating func parse() throws(QueryError) -> Parsed {
        let lexemes = try lex()
        var position = 0
        let parsed = try sequence(lexemes, &position, openedAt: nil)
        return parsed
    }

    // MARK: Lexing

    private func lex() throws(QueryError) -> [Located] {
        var lexemes: [Located] = []
        var index = 0
        func isSpace(_ character: Character) -> Bool { character.isWhitespace }
        func isWordEnd(_ character: Character) -> Bool {
            isSpace(character) || character == "(" || character == ")" || SearchQuery.isDoubleQuote(character)
        }
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if isSpace(character) {
                index += 1
            } else if character == "(" {
                lexemes.append(Located(lexeme: .open, column: column))
                index += 1
            } else if character == ")" {
                lexemes.append(Located(lexeme: .close, column: column))
                index += 1
            } else if SearchQuery.isDoubleQuote(character) {
                // A quoted phrase; an unclosed quote is dropped and its text read as words.
                if let close = characters[(index + 1)...].firstIndex(where: SearchQuery.isDoubleQuote) {
                    lexemes.append(Located(lexeme: .quoted(String(characters[(index + 1)..<close])), column: column))
                    index = close + 1
                } else {
                    index += 1
                }
            } else if character == "-", index + 1 < characters.count, !isSpace(characters[index + 1]),
                characters[index + 1] != ")", characters[index + 1] != "-",
                index == 0 || isSpace(characters[index - 1]) || characters[index - 1] == "("
            {
                lexemes.append(Located(lexeme: .minus, column: column))
                index += 1
            } else {
                var end = index
                while end < characters.count, !isWordEnd(characters[end]) { end += 1 }
                let word = String(characters[index..<end])
                if word == "NEAR", end < characters.count, characters[end] == "(" {
                    let (terms, distance, after) = try near(from: end, column: column)
                    lexemes.append(Located(lexeme: .near(terms, distance: distance ?? 10), column: column))
                    index = after
                    continue
                }
                if word == "SENTENCE", end < characters.count, characters[end] == "(" {
                    let (terms, _, after) = try near(from: end, column: column, operator: "SENTENCE")
                    lexemes.append(Located(lexeme: .sentence(terms), column: column))
                    index = after
                    continue
                }
                if let colon = word.firstIndex(of: ":"), SearchQuery.fieldNames.contains(word[..<colon].lowercased()) {
                    let name = word[..<colon].lowercased()
                    var value = String(word[word.index(after: colon)...])
                    // `speaker:"Ilya Marevsky"`: the quoted value right after the colon.
                    if value.isEmpty, end < characters.count, SearchQuery.isDoubleQuote(characters[end]),
                        let close = characters[(end + 1)...].firstIndex(where: SearchQuery.isDoubleQuote)
                    {
                        value = String(characters[(end + 1)..<close])
                        end = close + 1
                    }
                    let trimmed = value.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty {
                        lexemes.append(Located(lexeme: .field(name: name, value: trimmed), column: column))
                        index = end
                        continue
                    }
                }
                switch word {
                case "OR": lexemes.append(Located(lexeme: .or, column: column))
                case "AND": lexemes.append(Located(lexeme: .and, column: column))
                case "NOT": lexemes.append(Located(lexeme: .not, column: column))
                default: lexemes.append(Located(lexeme: .word(word), column: column))
                }
                index = end
            }
        }
        return lexemes
    }

    /// `NEAR(terms, N)` (or `SENTENCE(terms)`) from the `(` at `open`: its terms, its distance (`nil` when not
    /// given), and the index after `)`.
    private func near(from open: Int, column: Int, operator name: String = "NEAR") throws(QueryError)
        -> ([SearchQuery.Term], Int?, Int)
    {
        var index = open + 1
        var inQuote = false
        while index < characters.count {
            if SearchQuery.isDoubleQuote(characters[index]) { inQuote.toggle() }
            if !inQuote, characters[index] == ")" { break }
            index += 1
        }
        guard index < characters.count else { throw .unbalancedParenthesis(column: open + 1) }
        var inside = String(characters[(open + 1)..<index])
        var distance: Int?
        if let comma = inside.lastIndex(of: ","),
            let number = Int(inside[inside.index(after: comma)...].trimmingCharacters(in: .whitespaces))
        {
            guard name == "NEAR" else {
                throw .badSentence(column: column, reason: "it takes terms only: SENTENCE(territory compromise)")
            }
            guard (0...1_000).contains(number) else {
                throw .badNear(column: column, reason: "the distance must be a number of words from 0 to 1000")
            }
            distance = number
            inside = String(inside[..<comma])
        }
        var terms: [SearchQuery.Term] = []
        var rest = Substring(inside)
        while let quote = rest.firstIndex(where: SearchQuery.isDoubleQuote) {
            terms += Self.words(rest[..<quote])
            let after = rest.index(after: quote)
            guard let close = rest[after...].firstIndex(where: SearchQuery.isDoubleQuote) else {
                rest = rest[after...]
                break
            }
            terms += Self.phrase(String(rest[after..<close]))
            rest = rest[rest.index(after: close)...]
        }
        terms += Self.words(rest)
        guard terms.count >= 2 else {
            if name == "NEAR" {
                throw .badNear(column: column, reason: "NEAR needs two terms or more: NEAR(ceasefire withdrawal, 10)")
            }
            throw .badSentence(column: column, reason: "it needs two terms or more: SENTENCE(territory compromise)")
        }
        return (terms, distance, index + 1)
    }

    // MARK: Parsing

    /// One item of a sequence: its clauses (a term is one clause of one term), whether it is excluded, and
    /// whether it is joined by OR to the next.
    private struct Item {
        var clauses: [[SearchQuery.Term]]
        var negated: Bool
        var column: Int
        var orNext = false
    }

    /// How deep groups may nest: each level is a call of ``sequence(_:_:openedAt:depth:)``, and 60,000 `(` in a row
    /// overflowed the stack (a crash of `parley search`, and of `parley serve` with it).
    static let maxDepth = 32

    /// The lexemes from `position` to the `)` closing the `(` at `openedAt` (`nil`: the whole query), `depth` groups
    /// deep.
    private func sequence(_ lexemes: [Located], _ position: inout Int, openedAt: Int?, depth: Int = 0)
        throws(QueryError) -> Parsed
    {
        let nested = openedAt != nil
        var parsed = Parsed()
        var items: [Item] = []
        /// The column of a `-` or `NOT` waiting for its term, and whether it was the word `NOT`.
        var negateNext: Int?
        var negationIsWord = false
        /// `OR` right after an item: joins it to the next item, if one comes.
        var pendingOr: Located?
        func add(_ clauses: [[SearchQuery.Term]], column: Int) {
            guard !clauses.isEmpty else {
                // `-*`, `-""`: an exclusion of nothing is dropped with it, never passed on to the next term.
                negateNext = nil
                return
            }
            if let or = pendingOr {
                if items.isEmpty {
                    items.append(Item(clauses: [Self.words("OR")], negated: false, column: or.column))
                } else {
                    items[items.count - 1].orNext = true
                }
                pendingOr = nil
            }
            items.append(Item(clauses: clauses, negated: negateNext != nil, column: negateNext ?? column))
            negateNext = nil
        }
        func flushOr() {
            // An OR with nothing after it is a word.
            if let or = pendingOr {
                items.append(Item(clauses: [Self.words("OR")], negated: false, column: or.column))
                pendingOr = nil
            }
            // So is a NOT (a `-` always has something after it).
            if let not = negateNext {
                if negationIsWord { items.append(Item(clauses: [Self.words("NOT")], negated: false, column: not)) }
                negateNext = nil
            }
        }
        while position < lexemes.count {
            let located = lexemes[position]
            position += 1
            switch located.lexeme {
            case .open:
                guard depth < Self.maxDepth else {
                    throw .unsupportedGrouping(
                        column: located.column, reason: "groups nest at most \(Self.maxDepth) deep")
                }
                let inner = try sequence(lexemes, &position, openedAt: located.column, depth: depth + 1)
                if !inner.excluded.isEmpty || !inner.fields.isEmpty {
                    throw .unsupportedGrouping(
                        column: located.column, reason: "exclusions and fields go outside parentheses")
                }
                add(inner.clauses, column: located.column)
            case .close:
                guard nested else { throw .unbalancedParenthesis(column: located.column) }
                flushOr()
                return try combine(items, into: parsed)
            case .or:
                if pendingOr != nil || items.isEmpty || negateNext != nil {
                    add([Self.words("OR")], column: located.column)
                } else {
                    pendingOr = located
                }
            case .and:
                // `AND` with no term on one side is a word.
                var last = position >= lexemes.count
                if !last, case .close = lexemes[position].lexeme { last = true }
                if items.isEmpty || pendingOr != nil || last { add([Self.words("AND")], column: located.column) }
            case .not:
                if negateNext != nil { add([Self.words("NOT")], column: located.column) }
                negateNext = located.column
                negationIsWord = true
            case .minus:
                negateNext = located.column
                negationIsWord = false
            case let .word(word):
                add(Self.words(Substring(word)).map { [$0] }, column: located.column)
            case let .quoted(text):
                add(Self.phrase(text).map { [$0] }, column: located.column)
            case let .near(terms, distance):
                add([[.near(terms, distance: distance)]], column: located.column)
            case let .sentence(terms):
                if let not = negateNext {
                    throw .unsupportedGrouping(
                        column: not, reason: "SENTENCE(…) cannot be excluded: exclude its words (-word)")
                }
                add([[.sentence(terms)]], column: located.column)
            case let .field(name, value):
                guard !nested else {
                    throw .unsupportedGrouping(column: located.column, reason: "fields go outside parentheses")
                }
                if let not = negateNext {
                    throw .unsupportedGrouping(column: not, reason: "a field is a filter and cannot be excluded")
                }
                parsed.fields.append(SearchQuery.Field(name: name, value: value))
            }
        }
        if let openedAt { throw .unbalancedParenthesis(column: openedAt) }
        flushOr()
        return try combine(items, into: parsed)
    }

    /// Joins the items of a sequence: ORed items into one clause, excluded ones into `excluded`, the rest ANDed.
    private func combine(_ items: [Item], into parsed: Parsed) throws(QueryError) -> Parsed {
        var parsed = parsed
        var index = 0
        while index < items.count {
            var item = items[index]
            while item.orNext, index + 1 < items.count {
                let next = items[index + 1]
                guard !item.negated, !next.negated else {
                    throw .unsupportedGrouping(
                        column: next.column, reason: "OR joins terms or groups, not an excluded term: put -term apart")
                }
                item.clauses = try Self.either(item.clauses, next.clauses, column: next.column)
                item.orNext = next.orNext
                index += 1
            }
            if item.negated {
                // `-(SENTENCE(a b))` would exclude the words within 100 words of each other, not in one sentence.
                if item.clauses.joined().contains(where: { if case .sentence = $0 { true } else { false } }) {
                    throw .unsupportedGrouping(
                        column: item.column, reason: "SENTENCE(…) cannot be excluded: exclude its words (-word)")
                }
                guard item.clauses.count == 1 else {
                    throw .unsupportedGrouping(
                        column: item.column, reason: "exclude terms one by one (-a -b) or joined by OR (-(a OR b))")
                }
                parsed.excluded += item.clauses[0]
            } else {
                parsed.clauses += item.clauses
            }
            index += 1
        }
        return parsed
    }

    /// At most this many clauses a query once its groups are distributed (``either(_:_:column:)``).
    static let maxClauses = 32

    /// `a OR b` of two conjunctions of clauses, as one: `(A1 A2) OR (B1 B2)` is every `Ai OR Bj` ANDed (the
    /// distributive law), the form FTS5's expression, the ranking and the impact levels take. A clause holding all
    /// of another's terms adds nothing and is dropped (`(a b) OR a` is `a`).
    static func either(_ first: [[SearchQuery.Term]], _ second: [[SearchQuery.Term]], column: Int) throws(QueryError)
        -> [[SearchQuery.Term]]
    {
        // Refused before it is built: two groups of 2,000 words would make 4 million clauses to compare.
        guard first.count * second.count <= maxClauses * 4 else {
            throw .unsupportedGrouping(
                column: column,
                reason:
                    "its ORs of groups make \(first.count * second.count) combinations of terms (at most \(maxClauses)): write fewer"
            )
        }
        var product: [[SearchQuery.Term]] = []
        for a in first {
            for b in second {
                var clause = a
                for term in b where !clause.contains(term) { clause.append(term) }
                product.append(clause)
            }
        }
        var kept: [[SearchQuery.Term]] = []
        for (at, clause) in product.enumerated() {
            // Absorbed: another clause's terms are all here (the earlier of two equal clauses stays).
            let absorbed = product.enumerated().contains { other, smaller in
                other != at && smaller.allSatisfy(clause.contains)
                    && (smaller.count < clause.count || other < at)
            }
            if !absorbed { kept.append(clause) }
        }
        guard kept.count <= maxClauses else {
            throw .unsupportedGrouping(
                column: column,
                reason:
                    "its ORs of groups make \(kept.count) combinations of terms (at most \(maxClauses)): write fewer")
        }
        return kept
    }

    // MARK: Terms

    /// The terms of plain words: `word*` a prefix, a word of several tokens a phrase.
    static func words(_ text: Substring) -> [SearchQuery.Term] {
        text.split(whereSeparator: { $0.isWhitespace }).flatMap { word -> [SearchQuery.Term] in
            let isPrefix = word.count > 1 && word.hasSuffix("*")
            let tokens = SearchQuery.tokenSurfaces(isPrefix ? String(word.dropLast()) : String(word))
            if isPrefix, !tokens.isEmpty { return [.prefix(tokens)] }
            if tokens.count == 1 { return [.word(tokens[0])] }
            return tokens.count > 1 ? [.phrase(tokens)] : []
        }
    }

    static func words(_ text: String) -> [SearchQuery.Term] { words(Substring(text)) }

    /// The term of a quoted phrase (a word when it holds one token; nothing when none).
    static func phrase(_ text: String) -> [SearchQuery.Term] {
        let tokens = SearchQuery.tokenSurfaces(text)
        if tokens.count == 1 { return [.word(tokens[0])] }
        return tokens.count > 1 ? [.phrase(tokens)] : []
    }
}
