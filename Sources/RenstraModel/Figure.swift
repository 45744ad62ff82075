import Foundation

/// A figure of the plan as its cell gave it: the value when it could be read, what was
/// printed, and where. A dash means "none planned" and an unreadable cell stays unreadable:
/// neither is ever turned into zero.
///
/// A large table holds millions of figures, so each takes 24 bytes: its cell, and either its
/// value packed in a word (`PackedValue`) with the print form that spells its text from that
/// value (`PrintForm`), or, for the few that neither covers, a reference to the whole figure
/// kept out of line (`FigureSpill`). `state` and `text` give back exactly what `init` was
/// given. What is read on every figure (the state, the value, the text) is inlinable, so that
/// each module gets code specialised for Pagu and Target.
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

    /// How a figure is kept: inline, or, when its state or text will not pack, out of line.
    @usableFromInline enum Storage: Sendable {
        case inline(PackedValue, FigureShape)
        case spilled(FigureSpill<Value>)
    }

    @usableFromInline let storage: Storage
    public let at: CellLocation

    @inlinable public init(state: State, text: String, at: CellLocation, storedAsText: Bool = false) {
        self.at = at
        var kind: FigureShape.Kind?, packed = PackedValue.zero
        switch state {
        case .value(let value):
            if let value = PackedValue(value) { kind = .value; packed = value }
        case .none: kind = FigureShape.Kind.none
        case .missing: kind = FigureShape.Kind.missing
        case .unreadable: break
        }
        if let kind, let spelling = kind == .value ? packed.spelling(of: text, Value.self) : PrintForm.spelling(of: text) {
            storage = .inline(packed, FigureShape(kind: kind, form: spelling.form, thousands: spelling.thousands,
                                                  storedAsText: storedAsText))
        } else {
            storage = .spilled(FigureSpill(state: state, text: text, storedAsText: storedAsText))
        }
    }

    /// A figure as a kept record gave it back (`RecordReader`).
    init(storage: Storage, at: CellLocation) {
        self.storage = storage
        self.at = at
    }

    @inlinable public var state: State {
        switch storage {
        case .inline(let packed, let shape):
            switch shape.kind {
            case .value: .value(packed.value(Value.self))
            case .none: .none
            case .missing: .missing
            }
        case .spilled(let spill): spill.state
        }
    }

    /// The cell's text as displayed (`150.000.000`, `-`, `######`); empty when missing.
    @inlinable public var text: String {
        switch storage {
        case .inline(let packed, let shape):
            switch shape.form {
            case .empty: ""
            case .dash: "-"
            case .plain, .grouped, .groupedEnglish:
                packed.number(Value.self, thousands: shape.thousands)!.text(shape.form.marks!)
            }
        case .spilled(let spill): spill.text
        }
    }

    /// True when a workbook held the figure as text rather than as a number.
    @inlinable public var storedAsText: Bool {
        switch storage {
        case .inline(_, let shape): shape.storedAsText
        case .spilled(let spill): spill.storedAsText
        }
    }

    /// Whether the cell is empty; read from how the figure is kept, without making its state.
    @inlinable public var isMissing: Bool {
        switch storage {
        case .inline(_, let shape): shape.kind == .missing
        case .spilled(let spill): if case .missing = spill.state { true } else { false }
        }
    }

    /// Whether the cell cannot be read (only a figure kept out of line can be unreadable).
    @inlinable public var isUnreadable: Bool {
        switch storage {
        case .inline: false
        case .spilled(let spill): if case .unreadable = spill.state { true } else { false }
        }
    }

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

extension Figure where Value == Rupiah {
    /// The figure of `rupiah` printed as `text`, its whole number of units of 1000^`thousands`
    /// Rupiah as a print form prints it: no leading zero, the digits plain or grouped by
    /// threes with `.` or `,` (`NumberParser.printedWhole` reads no other). The same figure as
    /// `init(state: .value(rupiah), text: text, …)` makes, without spelling the value again to
    /// find the form, which is most of the work of reading a pagu. It trusts its caller to give
    /// such a text (a debug build checks), so it is the package's own.
    package init(rupiah: Rupiah, printedAs text: String, thousands: Int, at: CellLocation, storedAsText: Bool) {
        var printed = text
        let mark = printed.withUTF8 { $0.first { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") } }
        let form: PrintForm = mark == nil ? .plain : mark == UInt8(ascii: ".") ? .grouped : .groupedEnglish
        self.init(storage: .inline(PackedValue(word: UInt64(bitPattern: rupiah.value), header: 0, decimalFlags: 0),
                                   FigureShape(kind: .value, form: form, thousands: thousands, storedAsText: storedAsText)),
                  at: at)
        assert(isKeptAlike(Self(state: .value(rupiah), text: text, at: at, storedAsText: storedAsText)),
               "\(text) is not \(rupiah.value) printed at thousands \(thousands)")
    }
}

extension Figure where Value == Decimal {
    /// The figure of `decimal` printed as `text`, as a print form prints it with `decimalMark`
    /// (`.` in English, `,` in Indonesian) before its fraction: no leading zero, no zero ending
    /// the fraction, the whole digits plain or grouped by threes with the other mark
    /// (`NumberParser.printedDecimal` reads no other). The same figure as
    /// `init(state: .value(decimal), text: text, …)` makes, without spelling the value again.
    /// Like the pagu's, it trusts its caller, and is the package's own.
    package init(decimal: Decimal, printedAs text: String, decimalMark: UInt8, at: CellLocation, storedAsText: Bool) {
        guard let packed = PackedValue(decimal) else {
            self.init(state: .value(decimal), text: text, at: at, storedAsText: storedAsText)
            return
        }
        var printed = text
        let (mark, hasComma) = printed.withUTF8 { bytes in
            (bytes.first { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }, bytes.contains(UInt8(ascii: ",")))
        }
        // English prints a fraction after `.` in the plain form; any other mark is a grouped form's.
        let form: PrintForm = mark == nil ? .plain
            : decimalMark == UInt8(ascii: ",") ? .grouped
            : hasComma ? .groupedEnglish : .plain
        self.init(storage: .inline(packed, FigureShape(kind: .value, form: form, thousands: 0, storedAsText: storedAsText)), at: at)
        assert(isKeptAlike(Self(state: .value(decimal), text: text, at: at, storedAsText: storedAsText)),
               "\(text) is not \(decimal) printed with \(decimalMark)")
    }
}

extension Figure {
    /// Whether `other` is kept exactly as this figure: inline, with the same value and shape.
    func isKeptAlike(_ other: Self) -> Bool {
        guard case .inline(let packed, let shape) = storage, case .inline(let otherPacked, let otherShape) = other.storage
        else { return false }
        return packed.word == otherPacked.word && packed.header == otherPacked.header
            && packed.decimalFlags == otherPacked.decimalFlags && shape.bits == otherShape.bits && at == other.at
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
