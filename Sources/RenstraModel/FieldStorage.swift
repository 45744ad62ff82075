/// Fields that a kept record can give back whole (see `NodeStore`).
@usableFromInline protocol KeptFields: Hashable, Sendable {
    /// The fields of the record at `record`.
    static func fields(_ record: KeptRecord) -> Self
}

/// Where a node's or an indikator's fields are: in a box shared until changed, so that a
/// struct with many fields is copied, passed and stored as one reference and still behaves as
/// a value; or in a record of a `NodeStore`, from which each field is read on demand.
///
/// One reference and a position: `object` is the box while `position` is `open`, and otherwise
/// the store's records, with the record at `position`. Copying one is a single retain.
@usableFromInline struct FieldStorage<Fields: KeptFields>: Hashable, @unchecked Sendable {
    @usableFromInline var object: FieldsObject
    @usableFromInline var position: UInt32

    /// The position of fields held in a box.
    @inlinable static var open: UInt32 { .max }

    @inlinable init(_ fields: Fields) {
        object = Box(fields)
        position = Self.open
    }

    init(kept record: KeptRecord) {
        object = record.store
        position = record.position
    }

    @inlinable var isOpen: Bool { position == Self.open }

    /// The box, while the fields are in one.
    @inlinable var box: Box { unsafeDowncast(object, to: Box.self) }

    /// The record, while the fields are kept.
    @inlinable var record: KeptRecord { KeptRecord(store: unsafeDowncast(object, to: KeptRecords.self), position: position) }

    /// The fields; changing them first takes them out of the record, or out of a shared box.
    @inlinable var fields: Fields {
        get { isOpen ? box.value : Fields.fields(record) }
        _modify {
            if !isOpen {
                object = Box(Fields.fields(record))
                position = Self.open
            } else if !isKnownUniquelyReferenced(&object) {
                object = Box(box.value)
            }
            let box = self.box
            yield &box.value
        }
    }

    @inlinable static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.object === rhs.object && lhs.position == rhs.position || lhs.fields == rhs.fields
    }

    @inlinable func hash(into hasher: inout Hasher) { hasher.combine(fields) }

    /// Changed only while held by one `FieldStorage`, which makes sharing it safe. For the same
    /// reason no access to `value` can overlap a change of it, so the runtime's exclusivity
    /// check, which every read of a field would otherwise pay, is left out.
    @usableFromInline final class Box: FieldsObject, @unchecked Sendable {
        @exclusivity(unchecked) @usableFromInline var value: Fields
        @inlinable init(_ value: Fields) { self.value = value }
    }
}

/// What a `FieldStorage` refers to: a box of fields, or a store's records. A Swift class, so
/// that whether a box is shared can be told.
@usableFromInline class FieldsObject {
    @usableFromInline init() {}
}
