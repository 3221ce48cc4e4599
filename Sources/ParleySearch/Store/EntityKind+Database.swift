import GRDB
import ParleyText

/// `entity.kind` holds the raw value; its `CHECK` constraint (``Schema``) admits only the kinds.
extension EntityKind: DatabaseValueConvertible {}
