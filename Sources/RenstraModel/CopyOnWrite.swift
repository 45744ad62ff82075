/// A value kept in a shared box and copied only when it is changed while shared: a struct with
/// many fields that holds one of these is copied, passed and stored as a single reference, and
/// still behaves as a value.
@usableFromInline struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, Sendable {
    @usableFromInline var box: Box

    @inlinable init(_ value: Value) { box = Box(value) }

    @inlinable var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    @inlinable static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }

    @inlinable func hash(into hasher: inout Hasher) { hasher.combine(box.value) }

    /// Changed only through a `CopyOnWrite` that holds it alone, which makes sharing it safe.
    /// For the same reason no access to `value` can overlap a change of it, so the runtime's
    /// exclusivity check, which every read of a node's field would otherwise pay, is left out.
    @usableFromInline final class Box: @unchecked Sendable {
        @exclusivity(unchecked) @usableFromInline var value: Value
        @inlinable init(_ value: Value) { self.value = value }
    }
}
