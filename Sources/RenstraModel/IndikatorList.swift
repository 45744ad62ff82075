/// The indikator of a node, in order. Nearly every row has one, or none: the first is held in
/// the list itself and only the others in an array, so a large table's kegiatan carry their
/// indikator without an array allocation each.
public struct IndikatorList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    // The array first: the list then takes 20 bytes, and a node's level fits in the four after.
    /// The indikator after the first; empty while there is no first.
    @usableFromInline var rest: [Indikator] = []
    /// The first indikator.
    @usableFromInline var head: Indikator?

    @inlinable public init() {}

    @inlinable public init(_ indikator: some Sequence<Indikator>) {
        for item in indikator { append(item) }
    }

    @inlinable public init(arrayLiteral indikator: Indikator...) { self.init(indikator) }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { head == nil ? 0 : 1 + rest.count }

    @inlinable public subscript(position: Int) -> Indikator {
        get { position == 0 ? head! : rest[position - 1] }
        set {
            if position == 0 {
                precondition(head != nil, "no indikator \(position) in the list")
                head = newValue
            } else {
                rest[position - 1] = newValue
            }
        }
    }

    /// Adds `indikator` after the others.
    @inlinable public mutating func append(_ indikator: Indikator) {
        if head == nil { head = indikator } else { rest.append(indikator) }
    }
}
