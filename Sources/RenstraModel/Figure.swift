import Foundation

/// A figure of the plan as its cell gave it: the value when it could be read, what was
/// printed, and where. A dash means "none planned" and an unreadable cell stays unreadable:
/// neither is ever turned into zero.
///
/// A large table holds millions of figures, so each takes 32 bytes: its value packed in a
/// word (`PackedValue`), its text as the print form that spells it from that value
/// (`PrintForm`), and only what neither covers out of line (`FigureSpill`). `state` and `text`
/// give back exactly what `init` was given. What is read on every figure (the state, the
/// value, the text) is inlinable, so that each module gets code specialised for Pagu and Target.
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

    // Declared in this order so that the shape fills the tail of the packed value and the
    // whole takes 32 bytes.
    @usableFromInline let packed: PackedValue
    @usableFromInline let shape: FigureShape
    public let at: CellLocation
    /// The state or the text when they are not kept inline; nil for nearly every figure.
    @usableFromInline let spill: FigureSpill<Value>?

    @inlinable public init(state: State, text: String, at: CellLocation, storedAsText: Bool = false) {
        var kind = FigureShape.Kind.outOfLine, packed = PackedValue.zero
        switch state {
        case .value(let value):
            if let value = PackedValue(value) { kind = .value; packed = value }
        case .none: kind = .none
        case .missing: kind = .missing
        case .unreadable: break
        }
        let spelling = kind == .value ? packed.spelling(of: text, Value.self) : PrintForm.spelling(of: text)
        self.packed = packed
        self.shape = FigureShape(kind: kind, form: spelling?.form ?? .verbatim, thousands: spelling?.thousands ?? 0,
                                 storedAsText: storedAsText)
        self.at = at
        spill = kind == .outOfLine || spelling == nil
            ? FigureSpill(state: kind == .outOfLine ? state : nil, text: spelling == nil ? text : nil)
            : nil
    }

    @inlinable public var state: State {
        switch shape.kind {
        case .value: .value(packed.value(Value.self))
        case .none: .none
        case .missing: .missing
        case .outOfLine: spill!.state!
        }
    }

    /// The cell's text as displayed (`150.000.000`, `-`, `######`); empty when missing.
    @inlinable public var text: String {
        switch shape.form {
        case .verbatim: spill!.text!
        case .empty: ""
        case .dash: "-"
        case .plain, .grouped, .groupedEnglish:
            packed.number(Value.self, thousands: shape.thousands)!.text(shape.form.marks!)
        }
    }

    /// True when a workbook held the figure as text rather than as a number.
    @inlinable public var storedAsText: Bool { shape.storedAsText }

    /// The value, when there is one.
    @inlinable public var value: Value? {
        if case .value(let value) = state { return value }
        return nil
    }

    /// Equal when state, text, cell and `storedAsText` are, however each is kept.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.at == rhs.at && lhs.storedAsText == rhs.storedAsText && lhs.state == rhs.state && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(state)
        hasher.combine(text)
        hasher.combine(at)
        hasher.combine(storedAsText)
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
