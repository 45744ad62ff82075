/// Exact whole-Rupiah amounts in eight bytes a cell, where a cell may hold a mark instead of an
/// amount. A mark is stored as one of the lowest Int64 values, which no real amount is; an
/// amount that falls on one is kept aside, so that every amount stays exact.
struct AmountCells: Sendable {
    enum Mark: Int64 {
        /// A money cell the row does not have.
        case absent
        /// A money cell that cannot be read.
        case unreadable
        /// A sum that cannot be decided (a part unreadable, or the sum does not fit).
        case undecidable
    }

    /// The stored value of a cell whose amount is kept aside; every value below it is a mark.
    private static var keptAside: Int64 { .min + 3 }

    private var cells: [Int64]
    private var aside: [Int: Int64] = [:]

    init(count: Int, _ mark: Mark) {
        cells = Array(repeating: Int64.min + mark.rawValue, count: count)
    }

    /// The amount at `place`, or nil when it holds a mark.
    subscript(place: Int) -> Int64? {
        let cell = cells[place]
        if cell > Self.keptAside { return cell }
        return cell == Self.keptAside ? aside[place] : nil
    }

    /// Whether `place` holds `mark`.
    func holds(_ mark: Mark, at place: Int) -> Bool { cells[place] == Int64.min + mark.rawValue }

    mutating func set(_ place: Int, _ amount: Int64) {
        if cells[place] == Self.keptAside { aside[place] = nil }
        if amount > Self.keptAside {
            cells[place] = amount
        } else {
            cells[place] = Self.keptAside
            aside[place] = amount
        }
    }

    /// Sets `place` to `amount`, or to `mark` when there is none.
    mutating func set(_ place: Int, _ amount: Int64?, or mark: Mark) {
        if let amount { set(place, amount) } else { set(place, mark) }
    }

    mutating func set(_ place: Int, _ mark: Mark) {
        if cells[place] == Self.keptAside { aside[place] = nil }
        cells[place] = Int64.min + mark.rawValue
    }
}
