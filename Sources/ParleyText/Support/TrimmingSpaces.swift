extension Substring {
    /// The text without the spaces (U+0020) at its start and its end, found by bytes: the office table's fields,
    /// the gazetteer's alias names and a turn label's affiliation. (Trimming by reversing the characters built each
    /// string a character at a time: 45,000 instructions a field, a tenth of a second for the shipped office table
    /// at every `parley index`.) A leading space that a combining mark follows is dropped, where trimming characters
    /// kept it (one character).
    func trimmingSpaces() -> String {
        guard let first = utf8.firstIndex(where: { $0 != 0x20 }), let last = utf8.lastIndex(where: { $0 != 0x20 })
        else { return "" }
        return String(self[first...last])
    }
}
