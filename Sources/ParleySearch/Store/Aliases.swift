import Foundation
import GRDB
import ParleyText

/// The user's alias file beside the index (`Index/aliases.tsv` for the default index): one line per entity,
/// the canonical name first, then its variants, separated by tabs. It extends the shipped list; adding a line
/// with `parley aliases add` also merges the entities already stored, without reading the sources again.
extension ParleyIndex {
    public var aliasFilePath: String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/aliases.tsv"
    }

    /// The shipped gazetteer with the user's aliases added.
    public func gazetteer() -> Gazetteer {
        var gazetteer = Gazetteer.shipped
        if let text = try? String(contentsOfFile: aliasFilePath, encoding: .utf8) { gazetteer.addAliases(text) }
        return gazetteer
    }

    /// The user's alias lines: canonical name and variants.
    public func userAliases() -> [(canonical: String, variants: [String])] {
        guard let text = try? String(contentsOfFile: aliasFilePath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard let canonical = fields.first, fields.count > 1 else { return nil }
            return (canonical, Array(fields.dropFirst()))
        }
    }

    /// Records `variants` as names of `canonical` in the alias file and merges the stored entities they name
    /// into it (quotations and mentions follow), as one step.
    ///
    /// The merge and the record of the file it follows (``Schema/recordAliases(_:text:)``) are one transaction,
    /// and the new file replaces the old one (a whole file, renamed into place) as its last step before the commit:
    /// a failure restores the old file. A crash between the rename and the commit leaves the file one line ahead of
    /// the index; the next command that writes (``applyAliasFileIfChanged()``) merges it, and `parley check` says so
    /// until then.
    ///
    /// - Returns: how many stored entities were merged.
    public func addAlias(canonical: String, variants: [String]) throws -> Int {
        let line = ([canonical] + variants).joined(separator: "\t") + "\n"
        // A file that is there but cannot be read as UTF-8 is the user's: never replaced by a file without it.
        let existed = FileManager.default.fileExists(atPath: aliasFilePath)
        let old: String?
        do {
            old = existed ? try String(contentsOfFile: aliasFilePath, encoding: .utf8) : nil
        } catch {
            throw StoreError.cannotOpen(
                path: aliasFilePath, reason: "cannot read the alias file as UTF-8 text; fix or move it, then add again")
        }
        let header = "# Parley aliases: the canonical name, then its variants, separated by tabs.\n"
        let previous = old.map { $0.isEmpty || $0.hasSuffix("\n") ? $0 : $0 + "\n" } ?? header
        let text = previous + line
        var replaced = false
        do {
            return try write { db in
                var merged = 0
                try db.inTransaction {
                    merged = try EntityCatalog(db: db).merge(canonical: canonical, variants: variants)
                    try Schema.recordAliases(db, text: text)
                    try Self.replaceFile(aliasFilePath, with: text)
                    replaced = true
                    return .commit
                }
                return merged
            }
        } catch {
            if replaced {
                if let old {
                    try? Self.replaceFile(aliasFilePath, with: old)
                } else if !existed {
                    try? FileManager.default.removeItem(atPath: aliasFilePath)
                }
            }
            throw error
        }
    }

    /// Merges the entities of every line of the alias file when it changed since the index last followed it (a
    /// hand edit, or an `aliases add` that crashed before its commit). Called when a writing command opens the
    /// index; a no-op when they agree.
    ///
    /// - Returns: how many stored entities were merged.
    @discardableResult
    public func applyAliasFileIfChanged() throws(StoreError) -> Int {
        let text = try? String(contentsOfFile: aliasFilePath, encoding: .utf8)
        return try write { db in
            guard try Schema.followsAliases(db, text: text) != true else { return 0 }
            var merged = 0
            try db.inTransaction {
                for alias in userAliases() {
                    merged += try EntityCatalog(db: db).merge(canonical: alias.canonical, variants: alias.variants)
                }
                try Schema.recordAliases(db, text: text)
                return .commit
            }
            return merged
        }
    }

    /// Whether the stored entities follow the alias file (`parley check`); `nil` when the index has not recorded
    /// it yet (the next writing command does).
    public func followsAliasFile() throws(StoreError) -> Bool? {
        let text = try? String(contentsOfFile: aliasFilePath, encoding: .utf8)
        return try read { try Schema.followsAliases($0, text: text) }
    }

    /// Writes `text` to a temporary file beside `path`, flushed, then renames it over `path`: a reader or a crash
    /// sees the old file or the new one, never half of one.
    static func replaceFile(_ path: String, with text: String) throws {
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw StoreError.cannotOpen(path: path, reason: "cannot write the alias file beside it")
        }
        if let handle = FileHandle(forWritingAtPath: temporary) {
            try? handle.synchronize()
            try? handle.close()
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StoreError.cannotOpen(path: path, reason: "cannot replace the alias file: \(reason)")
        }
    }
}
