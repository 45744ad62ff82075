import Foundation
import Testing
import RenstraModel

/// `Target.scaledValue` reads a packed value's significand and power of ten without making a
/// `Decimal`, and gives nothing where it cannot.
@Suite struct ScaledTargetTests {
    static let at = CellLocation(sheet: SheetName("T"), row: 3, column: 4)

    static func target(_ value: Decimal?, _ text: String) -> Target {
        Target(state: value.map { .value($0) } ?? (text == "-" ? .none : .missing), text: text, at: at)
    }

    @Test func aPackedValueGivesItsSignificandAndPowerOfTen() throws {
        let value = try #require(Self.target(Decimal(string: "27.18"), "27,18").scaledValue)
        #expect(value.significand == 2718 && value.exponent == -2)
        let negative = try #require(Self.target(Decimal(string: "-0.015"), "-0,015").scaledValue)
        #expect(negative.significand == -15 && negative.exponent == -3)
        let whole = try #require(Self.target(Decimal(150), "150").scaledValue)
        #expect(Decimal(whole.significand) * pow(Decimal(10), whole.exponent) == Decimal(150))
    }

    /// A value whose text no print form spells (`73,0`) is kept out of line, and read the same.
    @Test func aValueKeptOutOfLineGivesItsPartsToo() throws {
        let value = try #require(Self.target(Decimal(73), "73,0").scaledValue)
        #expect(Decimal(value.significand) * pow(Decimal(10), value.exponent) == Decimal(73))
        let fraction = try #require(Self.target(Decimal(string: "0.5"), "0,50 %").scaledValue)
        #expect(fraction.significand == 5 && fraction.exponent == -1)
    }

    @Test func noValueOrAValueTooLongGivesNothing() throws {
        #expect(Self.target(nil, "-").scaledValue == nil)
        #expect(Self.target(nil, "").scaledValue == nil)
        // A significand past 2^64.
        #expect(Self.target(Decimal(string: "123456789012345678901234567890"), "123456789012345678901234567890").scaledValue == nil)
        // Past Int64 but below 2^64: packed, but not an Int64.
        #expect(Self.target(Decimal(string: "18446744073709551615"), "18446744073709551615").scaledValue == nil)
        #expect(Target(state: .unreadable("######"), text: "######", at: Self.at).scaledValue == nil)
    }
}
