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
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let canonical = fields.first, fields.count > 1 else { return nil }
            return (canonical, Array(fields.dropFirst()))
        }
    }

    /// Records `variants` as names of `canonical` in the alias file and merges the stored entities they name
    /// into it (quotations and mentions follow).
    ///
    /// - Returns: how many stored entities were merged.
    public func addAlias(canonical: String, variants: [String]) throws -> Int {
        let line = ([canonical] + variants).joined(separator: "\t") + "\n"
        let manager = FileManager.default
        if !manager.fileExists(atPath: aliasFilePath) {
            let header = "# Parley aliases: the canonical name, then its variants, separated by tabs.\n"
            guard manager.createFile(atPath: aliasFilePath, contents: Data((header + line).utf8)) else {
                throw StoreError.cannotOpen(path: aliasFilePath, reason: "cannot create the alias file")
            }
        } else {
            guard let handle = FileHandle(forWritingAtPath: aliasFilePath) else {
                throw StoreError.cannotOpen(path: aliasFilePath, reason: "cannot write the alias file")
            }
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(line.utf8))
        }
        var merged = 0
        try write { db in
            try db.inTransaction {
                for variant in variants where NameFolding.fold(variant) != NameFolding.fold(canonical) {
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT id, kind FROM entity WHERE folded = ?", arguments: [NameFolding.fold(variant)])
                    for row in rows {
                        let id: Int64 = row[0], kind: String = row[1]
                        let folded = NameFolding.fold(canonical)
                        try db.execute(
                            sql: "INSERT OR IGNORE INTO entity (name, kind, folded, surname) VALUES (?, ?, ?, ?)",
                            arguments: [canonical, kind, folded, String(folded.split(separator: " ").last ?? "")])
                        let target = try Int64.fetchOne(
                            db, sql: "SELECT id FROM entity WHERE name = ? AND kind = ?", arguments: [canonical, kind])!  // inserted above
                        guard target != id else { continue }
                        try db.execute(sql: "UPDATE quote SET speaker_id = ? WHERE speaker_id = ?", arguments: [target, id])
                        try db.execute(sql: "UPDATE mention SET entity_id = ? WHERE entity_id = ?", arguments: [target, id])
                        try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [id])
                        merged += 1
                    }
                }
                return .commit
            }
        }
        return merged
    }
}
