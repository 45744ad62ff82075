/// A place in one of the checks' tables (a node, an account, a name), or none, in four bytes
/// where `Int?` takes sixteen: the tables of a large document hold millions of them.
struct OptionalPlace: Sendable, Equatable {
    /// The place, or -1 for none.
    private let raw: Int32

    static let none = OptionalPlace(nil)

    init(_ place: Int?) {
        precondition((place ?? 0) < Int(Int32.max), "more places than a check's table holds")
        raw = Int32(place ?? -1)
    }

    var place: Int? { raw < 0 ? nil : Int(raw) }
}
