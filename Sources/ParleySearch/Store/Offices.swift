import Foundation
import ParleyText

/// The user's office-holder file beside the index (`Index/offices.tsv` for the default index), found as
/// `aliases.tsv` is: rows `country TAB office TAB person TAB from[ TAB to]` that extend the shipped table
/// (``OfficeHolders``), so that `the Valdoran foreign minister` in an article resolves to whoever held the office
/// on its date. Extraction reads it: `parley index` for new articles, `parley reindex` for the stored ones.
extension ParleyIndex {
    public var officeFilePath: String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/offices.tsv"
    }

    /// The shipped office holders with the user's rows added, and a notice for each line of the user's file that
    /// is not an office row (skipped). No file, no rows and no notice.
    public func officeHolders() -> (holders: OfficeHolders, notices: [StoreNotice]) {
        var holders = OfficeHolders.shipped
        guard let text = try? String(contentsOfFile: officeFilePath, encoding: .utf8) else { return (holders, []) }
        let badLines = holders.add(tsv: text, isUser: true)
        return (holders, badLines.map { .badOfficeRow(path: officeFilePath, line: $0) })
    }
}
