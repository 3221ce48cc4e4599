import ArgumentParser
import ParleyText

struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Print the index terms Parley makes of a text, with their character offsets.",
        discussion: """
            The tool to reach for when a search does not match: it shows what the index holds for a text \
            (folded, stemmed, acronyms kept upper-case) or, with --query, what a query word looks for. \
            Offsets count characters (Unicode scalars) in TEXT.
            """)

    @Flag(help: "Tokenize as a query word (capitals of two or three letters are always acronyms).")
    var query = false

    @Flag(help: "Tokenize as the prefix of a prefix query (word*): the prefix and its stemmed alternatives.")
    var prefix = false

    @Argument(help: ArgumentHelp("The text to tokenize (several arguments are joined by spaces).", valueName: "text"))
    var text: [String]

    func validate() throws {
        if text.isEmpty { throw ValidationError("Give a text: parley tokens \"U.S.-Russia talks\"") }
        if query && prefix { throw ValidationError("Choose --query or --prefix, not both.") }
    }

    func run() throws {
        let input = text.joined(separator: " ")
        let mode: Tokenizer.Mode = prefix ? .prefix : query ? .query : .document
        Console.print(Self.render(Tokenizer.tokens(in: input, mode: mode), in: input), terminator: "")
    }

    static func render(_ tokens: [Token], in text: String) -> String {
        guard !tokens.isEmpty else { return "(no tokens)\n" }
        let bytes = Array(text.utf8)
        // Scalar offset of every byte offset, in one pass (tokens come in order, but colocated ones repeat).
        var scalarOffsets = [Int](repeating: 0, count: bytes.count + 1)
        for (index, byte) in bytes.enumerated() {
            scalarOffsets[index + 1] = scalarOffsets[index] + (byte & 0xC0 == 0x80 ? 0 : 1)
        }
        func scalarOffset(_ byte: Int) -> Int { scalarOffsets[byte] }
        let width = max(tokens.map(\.text.count).max() ?? 0, 5)
        var out = ""
        for token in tokens {
            let start = scalarOffset(token.byteRange.lowerBound), end = scalarOffset(token.byteRange.upperBound)
            let surface = String(decoding: bytes[token.byteRange], as: UTF8.self)
            let name = token.isColocated ? "| " + token.text : token.text
            out += name.padding(to: width + 2) + "\(start)–\(end)".padding(to: 10) + surface + "\n"
        }
        return out
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
