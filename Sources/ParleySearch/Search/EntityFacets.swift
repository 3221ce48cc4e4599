import GRDB
import ParleyText

/// An entity and how many passages mention it.
public struct EntityCount: Sendable, Equatable {
    public var name: String
    public var kind: EntityKind
    public var passages: Int
    public var articles: Int
}

extension ParleyIndex {
    /// Entities by number of passages that mention them, most first; `kind` filters (``EntityKind/mentioned``). Role
    /// labels (`Qatari prime minister`, kind `role`) are speakers, never listed here.
    public func entities(kind: EntityKind? = nil, limit: Int = 50) throws -> [EntityCount] {
        var condition = "entity.kind <> \(EntityKind.role.sqlLiteral)"
        var arguments: StatementArguments = []
        if let kind {
            condition += " AND entity.kind = ?"
            _ = arguments.append(contentsOf: [kind.rawValue])
        }
        _ = arguments.append(contentsOf: [limit])
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT entity.name, entity.kind, count(DISTINCT mention.passage_id) AS passages,
                           count(DISTINCT passage.article_id) AS articles
                    FROM mention JOIN entity ON entity.id = mention.entity_id
                    JOIN passage ON passage.id = mention.passage_id
                    WHERE \(condition)
                    GROUP BY entity.id ORDER BY passages DESC, entity.name LIMIT ?
                    """, arguments: arguments
            ).map { try EntityCount(name: $0[0], kind: EntityKind.stored($0[1]), passages: $0[2], articles: $0[3]) }
        }
    }
}
