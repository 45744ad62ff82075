import Spreadsheet
import Testing
@testable import RenstraMapping
@testable import RenstraModel

/// A whole pagu, or a target, printed as a print form prints it is read the short way
/// (`printedWhole`, `printedDecimal`), and kept exactly as the general reading keeps it.
@Suite struct PrintedFigureTests {
    @Test func onlyAWholeNumberAsAFormPrintsItIsReadTheShortWay() {
        let id = NumberParser(locale: .id), en = NumberParser(locale: .en)
        for (text, value) in [("0", 0), ("7", 7), ("150", 150), ("1.500", 1_500), ("150.000.000", 150_000_000),
                              ("999.999.999.999.999.999", 999_999_999_999_999_999)] as [(String, Int64)] {
            #expect(id.printedWhole(text) == value, "\(text)")
        }
        for text in ["", "00", "007", "0.500", "1.50", "1.5000", "1,5", "1500,-", "-5", ".500", "1..000", "1.000.",
                     "1 000", "Rp 1.000", "1.000.000.000.000.000.000", "1,000", "１５０"] {
            #expect(id.printedWhole(text) == nil, "\(text)")
        }
        #expect(en.printedWhole("150,000,000") == 150_000_000)
        #expect(en.printedWhole("150.000") == nil)
        #expect(NumberParser.printedWhole(cellNumber: "150000000") == 150_000_000)
        #expect(NumberParser.printedWhole(cellNumber: "150.000") == nil)
        #expect(NumberParser.printedWhole(cellNumber: "0150") == nil)
    }

    @Test func aPaguReadTheShortWayIsKeptAsTheGeneralReadingKeepsIt() throws {
        var random = SplitMix64(seed: 61)
        let sheet = SheetName("Tabel 6.1")
        for _ in 0..<2_000 {
            let digits = Int.random(in: 1...18, using: &random)
            let value = digits == 1 ? Int64.random(in: 0...9, using: &random)
                : Int64.random(in: 1...9, using: &random) * Self.power(digits - 1) + Int64.random(in: 0..<Self.power(digits - 1), using: &random)
            let locale: NumberLocale = Bool.random(using: &random) ? .id : .en
            let factor = [Int64(1), 1_000, 1_000_000, 1_000_000_000].randomElement(using: &random)!
            let asText = Bool.random(using: &random), grouped = asText && Bool.random(using: &random)
            let text = grouped ? Self.grouped(value, by: locale == .id ? "." : ",") : String(value)
            let cell = try asText ? CellValue.text(text) : .number(#require(NumberText(text)))
            let row = SourceRow(Row(number: 9, cells: [Cell(address: CellAddress(row: 9, column: 4)!, value: cell)]))
            let cellsAreText = asText && Bool.random(using: &random)
            let reader = FigureReader(sheet: sheet, parser: NumberParser(locale: locale), moneyFactor: factor, cellsAreText: cellsAreText)
            let read = reader.pagu(row, 4)
            let (rupiah, overflow) = value.multipliedReportingOverflow(by: factor)
            guard !overflow else { continue }
            let general = Pagu(state: .value(Rupiah(rupiah)), text: text, at: CellLocation(sheet: sheet, row: 9, column: 4),
                               storedAsText: asText && !cellsAreText)
            #expect(read.isKeptAlike(general) && read == general, "\(text) × \(factor) in \(locale)")
        }
    }

    @Test func onlyADecimalAsAFormPrintsItIsReadTheShortWay() {
        let id = NumberParser(locale: .id), en = NumberParser(locale: .en)
        for (text, digits) in [("51", (51, 0)), ("40,5", (405, 1)), ("0,015", (15, 3)), ("1.234,56", (123_456, 2)),
                               ("0", (0, 0)), ("12.345.678.901.234.567,8", (123_456_789_012_345_678, 1))] as [(String, (Int64, Int))] {
            let read = id.printedDecimal(text)
            #expect(read?.significand == digits.0 && read?.fractionDigits == digits.1, "\(text)")
        }
        for text in ["73,0", "40,50", "040,5", ",5", "5,", "1,2,3", "1.23,4", "1,5 %", "-1,5", "12.345.678.901.234.567,89", "27.18",
                     "50081,374"] {
            #expect(id.printedDecimal(text) == nil, "\(text)")
        }
        #expect(en.printedDecimal("1,234.5")?.significand == 12_345)
        #expect(en.printedDecimal("27,18") == nil)
        #expect(en.printedDecimal("50081.374")?.significand == 50_081_374)
    }

    @Test func aTargetReadTheShortWayIsKeptAsTheGeneralReadingKeepsIt() throws {
        var random = SplitMix64(seed: 62)
        let sheet = SheetName("Tabel 6.1")
        for _ in 0..<2_000 {
            let locale: NumberLocale = Bool.random(using: &random) ? .id : .en
            let (group, decimal) = locale == .id ? (Character("."), Character(",")) : (",", ".")
            let whole = Int64.random(in: 0...Self.power(Int.random(in: 0...12, using: &random)), using: &random)
            let fraction = Bool.random(using: &random) ? "" : String(Int.random(in: 1...999, using: &random))
            let asText = Bool.random(using: &random)
            let wholeText = asText && Bool.random(using: &random) ? Self.grouped(whole, by: group) : String(whole)
            let text = fraction.isEmpty ? wholeText : wholeText + String(asText ? decimal : ".") + fraction
            let cell = try asText ? CellValue.text(text) : .number(#require(NumberText(text)))
            let row = SourceRow(Row(number: 9, cells: [Cell(address: CellAddress(row: 9, column: 4)!, value: cell)]))
            let cellsAreText = asText && Bool.random(using: &random)
            let reader = FigureReader(sheet: sheet, parser: NumberParser(locale: locale), moneyFactor: 1, cellsAreText: cellsAreText)
            let read = reader.target(row, 4)
            let value = try #require(asText ? NumberParser(locale: locale).plainNumber(text) : NumberParser.read(cellNumber: text))
            let general = Target(state: .value(value), text: text, at: CellLocation(sheet: sheet, row: 9, column: 4),
                                 storedAsText: asText && !cellsAreText)
            #expect(read == general, "\(text) in \(locale)")
            // A text that no form prints (`1,10`, `50081,374`) is kept out of line either way.
            #expect(read.isKeptAlike(general) || Self.isOutOfLine(read) && Self.isOutOfLine(general), "\(text) in \(locale)")
        }
    }

    private static func isOutOfLine<Value>(_ figure: Figure<Value>) -> Bool {
        if case .spilled = figure.storage { true } else { false }
    }

    private static func power(_ exponent: Int) -> Int64 { (0..<exponent).reduce(1) { value, _ in value * 10 } }

    /// `value`'s digits in groups of three from the right, with `mark` between.
    private static func grouped(_ value: Int64, by mark: Character) -> String {
        var digits = Array(String(value)), text = ""
        while digits.count > 3 {
            text = String(mark) + String(digits.suffix(3)) + text
            digits.removeLast(3)
        }
        return String(digits) + text
    }
}
