import Foundation
import RenstraModel

/// What the target rules need of a row's yearly values, gathered in year order in one pass:
/// their sum, the first and the last, and whether they are all equal.
struct YearlyValues<Value: Equatable> {
    private(set) var sum: Value
    private(set) var first: Value?
    private(set) var last: Value?
    private(set) var allEqual = true

    init(zero: Value) { sum = zero }

    /// Adds the next year's value; false when the sum cannot hold it (an `Int64` overflow).
    mutating func add(_ value: Value, by adding: (Value, Value) -> Value?) -> Bool {
        guard let next = adding(sum, value) else { return false }
        sum = next
        if let first { allEqual = allEqual && value == first } else { first = value }
        last = value
        return true
    }
}

extension YearlyValues<Decimal> {
    /// The values of `targets` in the order of `years`, skipping dashes and empty cells.
    init(_ targets: ByYear<Target>, _ years: [Int]) {
        self.init(zero: 0)
        for year in years {
            if let value = targets[year]?.value { _ = add(value, by: +) }
        }
    }
}
