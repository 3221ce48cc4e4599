import GRDB
import ParleyText

extension EntityKind {
    /// The kind `entity.kind` holds. Its `CHECK` constraint (``Schema``) admits only the kinds; a value outside them
    /// (a constraint bypassed by hand) is a damaged index, reported as a failure of the read that met it, never a
    /// crash of the process (`parley check` names the row).
    static func stored(_ value: String) throws -> EntityKind {
        guard let kind = EntityKind(rawValue: value) else {
            throw DatabaseError(
                resultCode: .SQLITE_CORRUPT,
                message: "entity.kind '\(value)' is no kind this Parley knows; 'parley check' checks the index")
        }
        return kind
    }
}
