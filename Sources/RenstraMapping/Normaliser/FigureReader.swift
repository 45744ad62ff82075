import Foundation
import RenstraModel
import Spreadsheet

/// Turns a figure cell into a `Pagu` or a `Target`: numbers of a workbook from their exact
/// text, text (every CSV field, or a figure a workbook stored as text) by the mapping's locale.
struct FigureReader {
    let sheet: SheetName
    let parser: NumberParser
    /// Rupiah per unit of the money columns.
    let moneyFactor: Int64
    /// True for CSV, where every field is text and "stored as text" means nothing.
    let cellsAreText: Bool

    func pagu(_ row: SourceRow, _ column: Int) -> Pagu {
        let at = location(row, column)
        let cell = row.cell(column)
        // A whole figure as a print form prints it, the usual case, is kept without spelling it again.
        if let cell, let thousands = moneyThousands, let whole = printedWhole(cell),
           case (let scaled, false) = whole.multipliedReportingOverflow(by: moneyFactor) {
            // Zero prints as `0` at every scale; a figure keeps the first.
            return Pagu(rupiah: Rupiah(scaled), printedAs: cell.text, thousands: scaled == 0 ? 0 : thousands, at: at,
                        storedAsText: cell.kind == .text && !cellsAreText)
        }
        // Any other whole figure (`150000000,00`) is scaled without going through `Decimal`.
        if let (whole, text, asText) = wholeFigure(cell) {
            let (scaled, overflow) = whole.multipliedReportingOverflow(by: moneyFactor)
            let state: Pagu.State = overflow ? .unreadable("not a whole number of rupiah") : .value(Rupiah(scaled))
            return Pagu(state: state, text: text, at: at, storedAsText: asText)
        }
        let (state, text, asText) = read(cell, in: row)
        switch state {
        case .value(let decimal):
            guard let rupiah = Self.rupiah(decimal, factor: moneyFactor) else {
                return Pagu(state: .unreadable("not a whole number of rupiah"), text: text, at: at, storedAsText: asText)
            }
            return Pagu(state: .value(rupiah), text: text, at: at, storedAsText: asText)
        case .none: return Pagu(state: .none, text: text, at: at)
        case .missing: return Pagu(state: .missing, text: text, at: at)
        case .unreadable(let why): return Pagu(state: .unreadable(why), text: text, at: at)
        }
    }

    func target(_ row: SourceRow, _ column: Int) -> Target {
        // A figure as a print form prints it, the usual case, is kept without spelling it again;
        // its Decimal is made as the general reading makes it (`NumberParser.plainNumber` for
        // text, `NumberParser.read(cellNumber:)` for a number).
        let cell = row.cell(column)
        if let cell, cell.kind == .text, let digits = parser.printedDecimal(cell.text) {
            return Target(decimal: NumberParser.decimal(digits), printedAs: cell.text, decimalMark: parser.locale.decimalByte,
                          at: location(row, column), storedAsText: !cellsAreText)
        }
        if let cell, cell.kind == .number, let whole = NumberParser.printedWhole(cellNumber: cell.text) {
            return Target(decimal: Decimal(whole), printedAs: cell.text, decimalMark: UInt8(ascii: "."),
                          at: location(row, column), storedAsText: false)
        }
        let (state, text, asText) = read(cell, in: row)
        return Target(state: state, text: text, at: location(row, column), storedAsText: asText)
    }

    /// The unit a figure written as text carries after its number: `KUMKM` for `50 KUMKM`,
    /// `%` for `100 %`; nil for a number cell, a bare figure or anything that is not a figure.
    func unit(_ row: SourceRow, _ column: Int) -> String? {
        guard let cell = row.cell(column), case .text(let raw) = row.value(of: cell),
              case .number(_, let percent, let suffix) = parser.read(raw) else {
            return nil
        }
        return suffix ?? (percent ? "%" : nil)
    }

    func location(_ row: SourceRow, _ column: Int) -> CellLocation {
        CellLocation(sheet: sheet, row: row.number, column: column)
    }

    /// The scale of the money columns in thousands (1 for ribu); nil for a factor that is not
    /// a power of a thousand up to a billion.
    private var moneyThousands: Int? {
        switch moneyFactor {
        case 1: 0
        case 1_000: 1
        case 1_000_000: 2
        case 1_000_000_000: 3
        default: nil
        }
    }

    /// The whole number a number cell or a text cell prints as a print form would (see
    /// `NumberParser.printedWhole`); nil for any other cell.
    private func printedWhole(_ cell: SourceCell) -> Int64? {
        switch cell.kind {
        case .number: NumberParser.printedWhole(cellNumber: cell.text)
        case .text: parser.printedWhole(cell.text)
        case .other: nil
        }
    }

    /// A figure that `read` would give as a whole number: its value, its text and whether it
    /// counts as stored as text; nil for any other cell.
    private func wholeFigure(_ cell: SourceCell?) -> (Int64, String, Bool)? {
        // A number cell's text is its number's text.
        guard let cell else { return nil }
        switch cell.kind {
        case .number: return NumberParser.wholeNumber(cell.text).map { ($0, cell.text, false) }
        case .text:
            guard let plain = parser.plainDigits(cell.text), plain.fractionDigits == 0 else { return nil }
            return (plain.significand, cell.text, !cellsAreText)
        case .other: return nil
        }
    }

    /// `cell`, one of `row`'s cells, as a figure: its state, its text and whether it counts as
    /// stored as text.
    private func read(_ cell: SourceCell?, in row: SourceRow) -> (Figure<Decimal>.State, String, Bool) {
        guard let cell else { return (.missing, "", false) }
        switch cell.kind {
        case .number:
            guard let decimal = NumberParser.read(cellNumber: cell.text) else { return (.unreadable("not a number"), cell.text, false) }
            return (.value(decimal), cell.text, false)
        case .text:
            let text = cell.text
            switch parser.read(text) {
            // A figure written with its unit (`50 KUMKM`, `100 %`) is text because of the unit,
            // as T-C.27 writes its targets: only a bare figure counts as a number stored as text.
            case .number(let decimal, let percent, let suffix):
                return (.value(decimal), text, !cellsAreText && suffix == nil && !percent)
            case .none: return (.none, text, false)
            case .empty: return (.missing, "", false)
            case .unreadable(let why): return (.unreadable(why.description), text, false)
            }
        case .other:
            let value = row.value(of: cell)
            if case .error(let code) = value { return (.unreadable("the cell holds the error \(code)"), code, false) }
            return (.unreadable(UnreadableNumber.text.description), SourceRow.text(of: value), false)
        }
    }

    /// `decimal × factor` as whole Rupiah, or nil when it has a fraction or does not fit.
    static func rupiah(_ decimal: Decimal, factor: Int64) -> Rupiah? {
        var scaled = decimal * Decimal(factor)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, rounded.magnitude <= Decimal(Int64.max) else { return nil }
        return Rupiah(NSDecimalNumber(decimal: rounded).int64Value)
    }
}
