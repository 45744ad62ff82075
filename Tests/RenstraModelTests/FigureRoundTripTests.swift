import Foundation
@testable import RenstraModel
import Testing

/// A figure keeps its text as a print form of its value where one spells it, and its value
/// packed where it fits; whatever it keeps, `state` and `text` give back exactly what it was
/// made from.
@Suite struct FigureRoundTripTests {
    private static let cell = CellLocation(sheet: "Tabel 5.1", row: 12, column: 16)

    /// The Decimal as `Decimal(string:)` reads it, with the POSIX locale the reader uses.
    private static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    /// The bytes of a Decimal: equal bytes are the same significand, exponent and flags.
    private static func bytes(_ decimal: Decimal) -> [UInt8] {
        withUnsafeBytes(of: decimal) { Array($0) }
    }

    private static func expectRoundTrip<Value>(_ state: Figure<Value>.State, _ text: String, storedAsText: Bool = false) {
        let figure = Figure(state: state, text: text, at: cell, storedAsText: storedAsText)
        #expect(figure.state == state)
        #expect(Array(figure.text.utf8) == Array(text.utf8))
        #expect(figure.at == cell && figure.storedAsText == storedAsText)
        #expect(figure == Figure(state: state, text: text, at: cell, storedAsText: storedAsText))
    }

    // MARK: Pagu

    @Test(arguments: [
        // A workbook's numbers, in rupiah (1) and in ribu (1,000) or juta.
        (150_000_000, "150000000"), (150_000_000_000, "150000000"), (1_500, "1.5"), (0, "0"),
        (-2_500_000, "-2500"), (Int64.max, "9223372036854775807"), (Int64.min, "-9223372036854775808"),
        // As typed: grouped, English, unusual.
        (150_000_000, "150.000.000"), (150_000_000, "150,000,000"), (1_000_000_500, "1.000.000,5"),
        (1_000_000_500, "1.000.000,50"), (7, "007"), (0, "-0"), (1_000, "1E+3"), (1_000, "1.000"),
        (75_000_000, "Rp 75.000.000,00"), (6_319_911_000, "Rp. 6.319.911.000,-"), (-1_000, "(1.000)"),
        (150_000_000, " 150000000"), (150_000_000, "150000000 "), (1, ""), (1, "-"), (5, "5.0"),
        (Int64.min, "-9.223.372.036.854.775.808"), (Int64.min, "-9223372036854775.808"),
    ] as [(Int64, String)])
    func aPaguGivesBackItsValueAndText(rupiah: Int64, text: String) {
        Self.expectRoundTrip(Pagu.State.value(Rupiah(rupiah)), text)
        Self.expectRoundTrip(Pagu.State.value(Rupiah(rupiah)), text, storedAsText: true)
    }

    @Test(arguments: ["", "-", "–", "--", "######", "0", "nihil", "1.5O0"])
    func statesWithoutAValueGiveBackTheirText(text: String) {
        Self.expectRoundTrip(Pagu.State.none, text)
        Self.expectRoundTrip(Pagu.State.missing, text)
        Self.expectRoundTrip(Pagu.State.unreadable("letters among digits"), text)
        Self.expectRoundTrip(Target.State.unreadable(""), text)
    }

    // MARK: Target

    @Test(arguments: [
        ("12", "12"), ("27.18", "27.18"), ("27.18", "27,18"), ("100", "100"), ("0.015", "1.5E-2"), ("0.015", "0.015"),
        ("0.30000000000000004", "0.30000000000000004"), ("1234.5", "1.234,5"), ("1234.5", "1,234.5"), ("-12.5", "-12,5"),
        ("0.0", "0.0"), ("0", "-0"), ("150000000", "150000000"), ("150000000", "150.000.000"), ("7", "007"),
        ("1000", "1E+3"), ("1E+100", "1E+100"), ("1E-100", "1E-100"), ("1E+127", "1"), ("1E-128", ""),
        ("18446744073709551615", "18446744073709551615"), ("18446744073709551616", "18446744073709551616"),
        ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
        ("-12345678901234567890123456789012345678", "-12.345.678.901.234.567.890.123.456.789.012.345.678"),
        ("27.18", "27,18 %"), ("50", "50 KUMKM"), ("1.5", "1,50"),
    ])
    func aTargetGivesBackTheSameDecimalAndText(value: String, text: String) {
        let decimal = Self.decimal(value)
        Self.expectRoundTrip(Target.State.value(decimal), text)
        let figure = Target(state: .value(decimal), text: text, at: Self.cell)
        #expect(figure.value.map(Self.bytes) == Self.bytes(decimal))
        #expect(figure.value?.description == decimal.description)
    }

    @Test func decimalsBuiltOtherwiseComeBackBitForBit() {
        let decimals: [Decimal] = [
            Decimal(150_000_000), Decimal(12), Decimal(-5), Decimal(UInt64.max), Decimal(Int64.min),
            Decimal(sign: .plus, exponent: -2, significand: Decimal(2_718)), Decimal(sign: .minus, exponent: 127, significand: 1),
            Decimal(sign: .plus, exponent: -128, significand: Decimal(UInt64.max)), Decimal(), Decimal.nan,
            Decimal.greatestFiniteMagnitude, Decimal.leastNonzeroMagnitude, Decimal(string: "0.000")!,
        ]
        for decimal in decimals {
            let figure = Target(state: .value(decimal), text: decimal.description, at: Self.cell)
            #expect(figure.value.map(Self.bytes) == Self.bytes(decimal))
            #expect(figure.text == decimal.description)
        }
    }

    // MARK: Print forms

    @Test(arguments: [
        ("150000000", 150_000_000, PrintForm.plain, 0), ("150000000", 150_000_000_000, .plain, 1),
        ("150000000", 150_000_000_000_000, .plain, 2), ("1.5", 1_500, .plain, 1), ("-2500", -2_500, .plain, 0),
        ("150.000.000", 150_000_000, .grouped, 0), ("1.000.000,5", 1_000_000_500, .grouped, 1),
        ("150,000,000", 150_000_000, .groupedEnglish, 0), ("", 12, .empty, 0), ("-", 12, .dash, 0),
    ] as [(String, Int64, PrintForm, Int)])
    func usualTextsAreSpelledFromTheirValue(text: String, rupiah: Int64, form: PrintForm, thousands: Int) throws {
        let spelling = try #require(PrintForm.spelling(of: text, rupiah: rupiah))
        #expect(spelling.form == form && spelling.thousands == thousands)
    }

    @Test(arguments: [
        ("27.18", "27.18", PrintForm.plain), ("27,18", "27.18", .grouped), ("0.015", "0.015", .plain),
        ("150.000.000", "150000000", .grouped), ("1,234.5", "1234.5", .groupedEnglish), ("0.0", "0.0", .plain),
    ])
    func usualTargetTextsAreSpelledFromTheirValue(text: String, value: String, form: PrintForm) throws {
        let packed = try #require(PackedValue(Self.decimal(value)))
        let spelling = try #require(packed.spelling(of: text, Decimal.self))
        #expect(spelling.form == form && spelling.thousands == 0)
    }

    @Test(arguments: ["007", "-0", "1E+3", "1.000.000,50", "######", " 150000000", "Rp 150.000.000", "+5"])
    func otherTextsHaveNoForm(text: String) throws {
        #expect(PrintForm.spelling(of: text, rupiah: Int64(text.filter(\.isNumber)) ?? 0) == nil)
    }

    @Test func onlyDecimalsWithinSixtyFourBitsPack() {
        #expect(PackedValue(Decimal(UInt64.max)) != nil)
        #expect(PackedValue(Self.decimal("18446744073709551616")) == nil)
        #expect(PackedValue("text") == nil)
    }

    /// The usual figures are kept inline; only what no form spells is kept out of line.
    @Test func usualFiguresAreKeptInline() {
        func inline<Value>(_ figure: Figure<Value>) -> Bool {
            if case .inline = figure.storage { return true }
            return false
        }
        #expect(inline(Pagu(state: .value(Rupiah(150_000_000)), text: "150.000.000", at: Self.cell)))
        #expect(inline(Pagu(state: .value(Rupiah(150_000_000_000)), text: "150000000", at: Self.cell, storedAsText: true)))
        #expect(inline(Pagu(state: .none, text: "-", at: Self.cell)))
        #expect(inline(Target(state: .missing, text: "", at: Self.cell)))
        #expect(inline(Target(state: .value(Self.decimal("27.18")), text: "27,18", at: Self.cell)))
        #expect(!inline(Pagu(state: .unreadable("######"), text: "######", at: Self.cell)))
        #expect(!inline(Pagu(state: .value(Rupiah(1_500)), text: "1.5E3", at: Self.cell)))
        #expect(!inline(Target(state: .none, text: "nihil", at: Self.cell)))
    }
}
