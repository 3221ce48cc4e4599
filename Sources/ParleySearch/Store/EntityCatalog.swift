import Foundation
import GRDB
import ParleyText

/// The one owner of the `entity` table's rules: every write to it and every lookup of an entity by name goes
/// through here, inside the caller's read or transaction.
///
/// - **Identity.** An entity is a name and an ``EntityKind``; `folded` is the name without case or accents
///   (``NameFolding``), `surname` the folded name's last word. ``id(name:kind:)`` creates one on first use.
/// - **Merging.** After each indexing run, the people named several ways become one (``mergeSurnames()``); an alias
///   line merges its variants into its canonical name (``merge(canonical:variants:)``). Quotations and mentions
///   follow the entity they merge into, and the passages whose filter tokens change are rewritten
///   (``PassageFullText``).
/// - **Clean-up.** An entity no quotation and no mention refers to is deleted (``deleteUnused()``), after a
///   re-extraction.
/// - **Lookup.** `--speaker` and `--entity` names resolve to ids by ``resolve(_:among:note:)``: full name or surname,
///   case- and accent-insensitive, with a suggestion when nothing matches.
struct EntityCatalog {
    /// Entity ids by kind and name, for one indexing run (entities are never deleted during a run; a rolled-back
    /// batch clears it): a mention costs a dictionary lookup, not a query.
    final class IDCache {
        var ids: [String: Int64] = [:]
    }

    let db: Database
    var cache = IDCache()

    /// How much more often the main bearer of a surname must be named than all its other bearers together before
    /// the surname alone is taken to be them: 5 (≥ 83% of the full-name mentions). `Clinton` (Hillary 3.1 times
    /// Bill) stays ambiguous; `Ryan` (Paul Ryan) and `Cameron` (David Cameron) do not.
    static let dominantBearerRatio = 5

    /// How many times the quotations of all other bearers of a surname its main bearer needs before `--speaker
    /// SURNAME` means them: 5, as ``dominantBearerRatio`` does for mentions.
    static let dominantSpeakerRatio = 5

    // MARK: Writing

    /// The id of the entity `name` of `kind`, created on first use.
    func id(name: String, kind: EntityKind) throws -> Int64 {
        let key = kind.rawValue + "\u{0}" + name
        if let id = cache.ids[key] { return id }
        let find = try db.cachedStatement(sql: "SELECT id FROM entity WHERE name = ? AND kind = ?")
        let id: Int64
        if let found = try Int64.fetchOne(find, arguments: [name, kind.rawValue]) {
            id = found
        } else {
            let folded = NameFolding.fold(name)
            try db.cachedStatement(sql: "INSERT INTO entity (name, kind, folded, surname) VALUES (?, ?, ?, ?)")
                .execute(arguments: [name, kind.rawValue, folded, Self.surname(ofFolded: folded)])
            id = db.lastInsertedRowID
        }
        cache.ids[key] = id
        return id
    }

    /// Deletes the entities no quotation and no mention refers to.
    ///
    /// - Returns: how many were deleted.
    @discardableResult
    func deleteUnused() throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM entity
                WHERE NOT EXISTS (SELECT 1 FROM quote WHERE quote.speaker_id = entity.id)
                  AND NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity_id = entity.id)
                """)
        return db.changesCount
    }

    /// One canonical entity per person across articles, run once at the end of each indexing run (set-based):
    ///
    /// 1. A full name written with and without accents (`François Hollande`, `Francois Hollande`) is one person;
    ///    so is a full name with middle initials and without (`Paul D. Ryan`, `Paul Ryan`).
    /// 2. A person stored by surname only (`Ushakov`, from an article that never gave the full name) becomes the
    ///    full-name person with that surname (`Yuri Ushakov`), quotations and mentions included, when there is one,
    ///    or when one of several has at least ``dominantBearerRatio`` times the mentions and quotations of all the
    ///    others together (`Ryan` → `Paul Ryan` 490 beside `George Ryan` 1).
    /// 3. Otherwise the surname is ambiguous (`Clinton`: Hillary 1,313 and Bill 396): it is no person of its own in
    ///    the facets. Its mentions are dropped (the full names keep theirs; `--entity Clinton` offers both), and the
    ///    entity itself goes unless a quotation names it as its speaker (the attribution decides those).
    ///    `parley reindex` re-extracts, so a later run with clearer evidence can still merge it.
    func mergeSurnames() throws {
        let person = EntityKind.person.sqlLiteral
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS surname_merge (single INTEGER PRIMARY KEY, full INTEGER NOT NULL);
                DELETE FROM surname_merge;
                INSERT INTO surname_merge (single, full)
                    SELECT e.id, (SELECT min(f.id) FROM entity f WHERE f.kind = \(person) AND f.folded = e.folded)
                    FROM entity e WHERE e.kind = \(person)
                    AND e.id > (SELECT min(f.id) FROM entity f WHERE f.kind = \(person) AND f.folded = e.folded);
                \(Self.applyMerge)
                """)
        try mergeMiddleInitials()
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS person_weight (
                    id INTEGER PRIMARY KEY, surname TEXT NOT NULL, weight INTEGER NOT NULL);
                DELETE FROM person_weight;
                INSERT INTO person_weight (id, surname, weight)
                    SELECT f.id, f.surname,
                        (SELECT count(*) FROM mention WHERE entity_id = f.id)
                        + (SELECT count(*) FROM quote WHERE speaker_id = f.id)
                    FROM entity f
                    WHERE f.kind = \(person) AND f.folded <> f.surname
                    AND f.surname IN (SELECT folded FROM entity WHERE kind = \(person) AND folded = surname);
                CREATE INDEX IF NOT EXISTS temp.person_weight_surname ON person_weight(surname, weight);
                INSERT INTO surname_merge (single, full)
                    SELECT s.id, (SELECT w.id FROM person_weight w WHERE w.surname = s.folded
                                  ORDER BY w.weight DESC, w.id LIMIT 1)
                    FROM entity s
                    WHERE s.kind = \(person) AND s.folded = s.surname
                    AND EXISTS (SELECT 1 FROM person_weight w WHERE w.surname = s.folded)
                    AND (SELECT max(weight) FROM person_weight w WHERE w.surname = s.folded)
                        >= \(Self.dominantBearerRatio) * ((SELECT sum(weight) FROM person_weight w WHERE w.surname = s.folded)
                                    - (SELECT max(weight) FROM person_weight w WHERE w.surname = s.folded));
                \(Self.applyMerge)
                DELETE FROM mention WHERE entity_id IN (
                    SELECT s.id FROM entity s
                    WHERE s.kind = \(person) AND s.folded = s.surname
                    AND EXISTS (SELECT 1 FROM person_weight w WHERE w.surname = s.folded));
                DELETE FROM entity
                    WHERE kind = \(person) AND folded = surname
                    AND EXISTS (SELECT 1 FROM person_weight w WHERE w.surname = entity.folded)
                    AND NOT EXISTS (SELECT 1 FROM quote WHERE speaker_id = entity.id);
                """)
        // The passages whose speakers or entities moved get their filter tokens again.
        try PassageFullText.rewriteChanged(db)
    }

    /// `Donald J. Trump`, `Paul D. Ryan`: a full name with middle initials is the person stored without them,
    /// when there is one (`Donald Trump`).
    private func mergeMiddleInitials() throws {
        let person = EntityKind.person.sqlLiteral
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, folded FROM entity WHERE kind = \(person) AND folded LIKE '% _ %'")
        let find = try db.cachedStatement(sql: "SELECT id FROM entity WHERE kind = \(person) AND folded = ?")
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO surname_merge (single, full) VALUES (?, ?)")
        for row in rows {
            let id: Int64 = row[0]
            let words = (row[1] as String).split(separator: " ")
            guard words.count > 2 else { continue }
            let kept = [words[0]] + words[1..<(words.count - 1)].filter { $0.count > 1 } + [words[words.count - 1]]
            guard kept.count < words.count,
                let full = try Int64.fetchOne(find, arguments: [kept.joined(separator: " ")]), full != id
            else { continue }
            try insert.execute(arguments: [id, full])
        }
        try db.execute(sql: Self.applyMerge)
    }

    /// Moves the quotations and mentions of each `surname_merge.single` to its `full`, then deletes the single.
    private static let applyMerge = """
        UPDATE quote SET speaker_id = (SELECT full FROM surname_merge WHERE single = quote.speaker_id)
            WHERE speaker_id IN (SELECT single FROM surname_merge);
        UPDATE mention SET entity_id = (SELECT full FROM surname_merge WHERE single = mention.entity_id)
            WHERE entity_id IN (SELECT single FROM surname_merge);
        DELETE FROM entity WHERE id IN (SELECT single FROM surname_merge);
        DELETE FROM surname_merge;
        """

    /// Moves quotations and mentions of the entities named by `variants` to `canonical` (created with the same
    /// kind), deleting the variants' entities: one alias line (``ParleyIndex/addAlias(canonical:variants:)``).
    ///
    /// - Returns: how many stored entities were merged.
    func merge(canonical: String, variants: [String]) throws -> Int {
        // An index in an older full-text layout has no filter terms to keep (nor their view): `parley reindex`,
        // which it needs before anything else, rebuilds its full-text table from the merged entities.
        let hasFacets = try Schema.builtTokenizer(db) == Schema.fullTextLayout
        if hasFacets { try PassageFullText.watch(db) }
        var merged = 0
        let folded = NameFolding.fold(canonical)
        for variant in variants where NameFolding.fold(variant) != folded {
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, kind FROM entity WHERE folded = ?", arguments: [NameFolding.fold(variant)])
            for row in rows {
                let id: Int64 = row[0], kind: String = row[1]
                try db.execute(
                    sql: "INSERT OR IGNORE INTO entity (name, kind, folded, surname) VALUES (?, ?, ?, ?)",
                    arguments: [canonical, kind, folded, Self.surname(ofFolded: folded)])
                // Inserted above, or there already: never nil.
                let target = try Int64.fetchOne(
                    db, sql: "SELECT id FROM entity WHERE name = ? AND kind = ?", arguments: [canonical, kind])!
                guard target != id else { continue }
                try db.execute(sql: "UPDATE quote SET speaker_id = ? WHERE speaker_id = ?", arguments: [target, id])
                try db.execute(sql: "UPDATE mention SET entity_id = ? WHERE entity_id = ?", arguments: [target, id])
                try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [id])
                merged += 1
            }
        }
        // The passages of the merged entities' quotations and mentions get their filter tokens again.
        if hasFacets { try PassageFullText.rewriteChanged(db) }
        return merged
    }

    /// `entity.surname`: the folded name's last word.
    private static func surname(ofFolded folded: String) -> String {
        String(folded.split(separator: " ").last ?? "")
    }

    // MARK: Looking up

    /// Which entities a name may resolve to.
    enum Scope {
        /// Speakers of some quotation, questioners excepted (`--speaker`).
        case speakers
        /// People, places and organisations mentioned in some passage (`--entity`; role labels are speakers only).
        case mentioned

        /// SQL on `entity`.
        var condition: String {
            switch self {
            case .speakers:
                "entity.kind <> \(EntityKind.questioner.sqlLiteral) "
                    + "AND EXISTS (SELECT 1 FROM quote WHERE quote.speaker_id = entity.id)"
            case .mentioned:
                "entity.kind NOT IN (\(EntityKind.role.sqlLiteral), \(EntityKind.questioner.sqlLiteral)) "
                    + "AND EXISTS (SELECT 1 FROM mention WHERE mention.entity_id = entity.id)"
            }
        }
    }

    /// The ids of the entities `names` name in `scope`: each name matches canonical names case- and
    /// accent-insensitively, by full name or, for people, by surname (the last word); several names mean any of
    /// them.
    ///
    /// A surname several speakers share is the one of them with at least ``dominantSpeakerRatio`` times the
    /// quotations of all the others together (`Obama`: Barack Obama, not Michelle Obama); `note` is told so. For
    /// mentions, several matches are ambiguous.
    ///
    /// - Throws: ``QueryError/ambiguousSpeaker(name:candidates:)`` or ``QueryError/ambiguousEntity(name:candidates:)``
    ///   when a name matches several, ``QueryError/unknownSpeaker(name:suggestion:)`` or
    ///   ``QueryError/unknownEntity(name:suggestion:)`` when it matches none (with the nearest name).
    func resolve(_ names: [String], among scope: Scope, note: ((String) -> Void)? = nil) throws -> [Int64] {
        let ambiguous = scope == .speakers ? QueryError.ambiguousSpeaker : QueryError.ambiguousEntity
        let unknown = scope == .speakers ? QueryError.unknownSpeaker : QueryError.unknownEntity
        func candidates(_ narrowing: String = "", _ arguments: StatementArguments = []) throws
            -> [(id: Int64, name: String, folded: String, kind: String)]
        {
            try Row.fetchAll(
                db,
                sql: "SELECT entity.id, entity.name, entity.folded, entity.kind FROM entity WHERE \(scope.condition)"
                    + narrowing, arguments: arguments
            ).map { (id: $0[0] as Int64, name: $0[1] as String, folded: $0[2] as String, kind: $0[3] as String) }
        }
        var ids: [Int64] = []
        for name in names {
            let wanted = NameFolding.fold(name)
            // The entities the name may match (the rules below decide), through the `folded` and `surname` indexes:
            // testing the scope of every entity took 100 ms at 50× (25,627 entities) before a name was compared. A
            // name of several words may also end a person's (`al assad`), whose surname is then its last word: the
            // index finds them (a `LIKE` over every person took 8 ms at 50×).
            // Flat ORs: SQLite searches an index for each (an OR inside an AND searched `kind` alone).
            var narrowing = " AND (entity.folded = ? OR (entity.kind = ? AND entity.surname = ?)"
            var arguments: StatementArguments = [wanted, EntityKind.person.rawValue, wanted]
            if wanted.contains(" "), let last = wanted.split(separator: " ").last {
                narrowing += " OR (entity.kind = ? AND entity.surname = ? AND entity.folded LIKE ? ESCAPE '!')"
                arguments += [
                    EntityKind.person.rawValue, String(last),
                    "% " + wanted.replacing("!", with: "!!").replacing("%", with: "!%").replacing("_", with: "!_"),
                ]
            }
            let named = try candidates(narrowing + ")", arguments)
            let exact = named.filter { $0.folded == wanted }
            // By surname: people only (`Africa` is not `South Africa`, `Ministry` not `Foreign Ministry`).
            let bySurname = named.filter {
                $0.kind == EntityKind.person.rawValue
                    && ($0.folded.hasSuffix(" " + wanted)
                        || $0.folded.split(separator: " ").last.map(String.init) == wanted)
            }
            let matches = exact.isEmpty ? bySurname : exact
            if matches.count == 1 || (matches.count > 1 && Set(matches.map(\.name)).count == 1) {
                ids += matches.map(\.id)
            } else if matches.count > 1, scope == .speakers, let main = try dominantSpeaker(among: matches.map(\.id)) {
                ids.append(main.id)
                let others = main.others.map { "\($0.name) (\($0.count))" }.joined(separator: ", ")
                note?(
                    "'\(name)' is taken as \(main.name) (\(main.count) quotations); also \(others). "
                        + "Give a full name for another.")
            } else if matches.count > 1 {
                throw ambiguous(name, matches.map(\.name).sorted())
            } else {
                let nearest = try candidates().min {
                    Self.distance(wanted, $0.folded, surnameToo: true)
                        < Self.distance(wanted, $1.folded, surnameToo: true)
                }
                let suggestion = nearest.flatMap {
                    Self.distance(wanted, $0.folded, surnameToo: true) <= max(2, wanted.count / 3) ? $0.name : nil
                }
                throw unknown(name, suggestion)
            }
        }
        return ids
    }

    /// The speaker among `ids` with at least ``dominantSpeakerRatio`` times the quotations of the others together.
    private func dominantSpeaker(among ids: [Int64]) throws
        -> (id: Int64, name: String, count: Int, others: [(name: String, count: Int)])?
    {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT entity.id, entity.name, (SELECT count(*) FROM quote WHERE speaker_id = entity.id) AS n
                FROM entity WHERE id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY n DESC, name
                """
        ).map { (id: $0[0] as Int64, name: $0[1] as String, count: $0[2] as Int) }
        guard let main = rows.first else { return nil }
        let rest = rows.dropFirst()
        guard main.count >= Self.dominantSpeakerRatio * rest.reduce(0, { $0 + $1.count }) else { return nil }
        return (main.id, main.name, main.count, rest.map { ($0.name, $0.count) })
    }

    /// Edit distance between `a` and `b` (or `b`'s last word, when closer).
    static func distance(_ a: String, _ b: String, surnameToo: Bool) -> Int {
        var best = levenshtein(Array(a.unicodeScalars), Array(b.unicodeScalars))
        if surnameToo, let last = b.split(separator: " ").last {
            best = min(best, levenshtein(Array(a.unicodeScalars), Array(last.unicodeScalars)))
        }
        return best
    }

    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
