import Foundation

/// A figure of the plan as its cell gave it: the value when it could be read, what was
/// printed, and where. A dash means "none planned" and an unreadable cell stays unreadable:
/// neither is ever turned into zero.
public struct Figure<Value: Hashable & Sendable>: Hashable, Sendable {
    public enum State: Hashable, Sendable {
        case value(Value)
        /// Printed as `-`: nothing planned.
        case none
        /// The cell is empty.
        case missing
        /// Cannot be read; the reason says why (`######`, letters among digits…).
        case unreadable(String)
    }

    // Declared in this order so that a `Pagu` takes 48 bytes rather than 56: the cell fills
    // the padding after the state. A large table holds millions of figures.
    /// The cell's text as displayed (`150.000.000`, `-`, `######`); empty when missing.
    public let text: String
    public let state: State
    /// True when a workbook held the figure as text rather than as a number.
    public let storedAsText: Bool
    public let at: CellLocation

    public init(state: State, text: String, at: CellLocation, storedAsText: Bool = false) {
        self.state = state
        self.text = text
        self.at = at
        self.storedAsText = storedAsText
    }

    /// The value, when there is one.
    public var value: Value? {
        if case .value(let value) = state { return value }
        return nil
    }
}

/// Money: exact whole Rupiah, scaled from ribu or juta where the mapping says so.
public typealias Pagu = Figure<Rupiah>

/// A performance target: an exact decimal in the indikator's satuan.
public typealias Target = Figure<Decimal>

/// A piece of text from one cell, with its location.
public struct Text: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public let at: CellLocation

    public init(_ value: String, at: CellLocation) {
        self.value = value
        self.at = at
    }

    public var description: String { value }
}
