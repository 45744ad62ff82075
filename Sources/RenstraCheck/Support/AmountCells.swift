/// Exact whole-Rupiah amounts, or none, in eight bytes a cell where `Int64?` takes sixteen.
/// None is stored as the lowest Int64 value; an amount that falls on one of the two lowest is
/// kept aside, so that every amount stays exact. Filled by appending.
struct AmountCells: Sendable {
    /// The stored value of a cell without an amount.
    private static var none: Int64 { .min }
    /// The stored value of a cell whose amount is kept aside.
    private static var keptAside: Int64 { .min + 1 }

    private var cells: [Int64] = []
    private var aside: [Int: Int64] = [:]

    var count: Int { cells.count }

    /// The amount at `place`, or nil when it has none.
    subscript(place: Int) -> Int64? {
        get {
            let cell = cells[place]
            if cell > Self.keptAside { return cell }
            return cell == Self.keptAside ? aside[place] : nil
        }
        set {
            if cells[place] == Self.keptAside { aside[place] = nil }
            guard let amount = newValue else { cells[place] = Self.none; return }
            if amount > Self.keptAside {
                cells[place] = amount
            } else {
                cells[place] = Self.keptAside
                aside[place] = amount
            }
        }
    }

    mutating func append(_ amount: Int64?) {
        cells.append(Self.none)
        self[cells.count - 1] = amount
    }

    /// Gives back the room left over from appending.
    mutating func fit() { cells = cells.fitted() }
}
