import Foundation

/// Names as compared when a user looks a speaker up: lower case, no diacritics, single spaces
/// (`Šelvik` = `selvik`, `Katarina  ŠELVIK` = `katarina selvik`).
public enum NameFolding {
    public static func fold(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "." })
            .joined(separator: " ")
    }
}
