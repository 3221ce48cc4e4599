import Foundation

/// Something about the index a command reports on stderr without failing: the facts here, the wording in
/// `description`, the prefix in ``label``.
public enum StoreNotice: Sendable, Equatable, CustomStringConvertible {
    /// The stored quotations, speakers and entities come from an older extraction: everything still works, and
    /// `parley reindex` re-extracts them.
    case olderAnalysis(path: String, found: Int, current: Int)
    /// A line of the user's `offices.tsv` does not parse; it is skipped.
    case badOfficeRow(path: String, line: Int)
    /// An index an older Parley made is brought to this Parley's schema as it opens, once; the slow step reads every
    /// passage (``ParleyIndex/open(at:mode:onUpgrade:)``).
    case upgrading(path: String, passages: Int)

    /// `note` (nothing is wrong, something could be better) or `warning` (some input was skipped).
    public var label: String {
        switch self {
        case .olderAnalysis, .upgrading: "note"
        case .badOfficeRow: "warning"
        }
    }

    public var description: String {
        switch self {
        case let .olderAnalysis(path, found, current):
            "'\(path)' was analysed by Parley's extraction v\(found); this Parley extracts v\(current). "
                + "Run 'parley reindex' (with the same --index) to re-extract quotations, speakers and entities "
                + "from the stored text."
        case let .badOfficeRow(path, line):
            "\(path):\(line): not an office row (expected country, office, person, from[, to] separated by tabs); "
                + "skipped"
        case let .upgrading(path, passages):
            "upgrading '\(path)' to this Parley's schema, once: about \(passages.formatted()) passages to read "
                + "(about 25 µs each); other Parley commands on it wait or report it busy meanwhile"
        }
    }
}
