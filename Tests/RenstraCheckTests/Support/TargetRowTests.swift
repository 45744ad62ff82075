import Foundation
import Testing
@testable import RenstraCheck
import RenstraModel

/// `TargetRow` keeps, in one byte, which candidate rules give an end-of-period target and which
/// of them the row fits.
@Suite struct TargetRowTests {
    static func row(_ targets: [String], _ akhir: String, _ kind: SatuanKind) -> TargetRow {
        var byYear = ByYear<Target>()
        for (year, text) in zip(Tiny.years, targets) { byYear[year] = Tiny.target(text, Tiny.at("H", 3)) }
        return TargetRow(byYear, Tiny.target(akhir, Tiny.at("L", 3)), kind: kind,
                         years: PlanYears(Array(Tiny.years.prefix(targets.count))))
    }

    /// A row of values given as decimals, each written as its description.
    static func row(_ targets: [Decimal?], _ akhir: Decimal?, _ kind: SatuanKind) -> TargetRow {
        func target(_ value: Decimal?, _ at: CellLocation) -> Target {
            value.map { Target(state: .value($0), text: $0.description, at: at) } ?? Target(state: .missing, text: "", at: at)
        }
        var byYear = ByYear<Target>()
        for (year, value) in zip(Tiny.years, targets) { byYear[year] = target(value, Tiny.at("H", 3)) }
        return TargetRow(byYear, target(akhir, Tiny.at("L", 3)), kind: kind,
                         years: PlanYears(Array(Tiny.years.prefix(targets.count))))
    }

    @Test func aSummedCountFitsTheSumAndTellsTheRulesApart() {
        let row = Self.row(["30", "30"], "60", .count)
        #expect(row.giving == [TargetRules(.sum), TargetRules(.lastYear)] && row.fits == TargetRules(.sum))
        #expect(row.tellsRulesApart(.count) && row.firstFit(.count) == .sum)
    }

    @Test func aStockFitsTheLastYear() {
        let row = Self.row(["10", "20"], "20", .count)
        #expect(row.fits == TargetRules(.lastYear) && row.firstFit(.count) == .lastYear && row.tellsRulesApart(.count))
    }

    @Test func aRowBothRulesFitTellsNothing() {
        let row = Self.row(["0", "30"], "30", .count)
        #expect(row.fits == row.giving && !row.tellsRulesApart(.count) && row.firstFit(.count) == .sum)
    }

    /// Percentages have one candidate rule: a row fits it or not, and votes for nothing.
    @Test func aShareHasOneRule() {
        let row = Self.row(["27", "28"], "55", .share)
        #expect(row.giving == TargetRules(.lastYear) && row.fits.isEmpty)
        #expect(!Self.row(["27", "28"], "28", .share).tellsRulesApart(.share))
    }

    /// A constant needs equal years: over unequal months only the sum gives a target.
    @Test func unequalMonthsGiveNoConstant() {
        let row = Self.row(["12", "10"], "22", .months)
        #expect(row.giving == TargetRules(.sum) && row.fits == TargetRules(.sum) && row.tellsRulesApart(.months))
    }

    @Test func decimalTargetsAreAddedExactly() {
        #expect(Self.row(["1.5", "2.5"], "4", .count).fits == TargetRules(.sum))
        #expect(Self.row(["0.1", "0.2"], "0.3", .count).fits == TargetRules(.sum))
    }

    /// Values of different powers of ten are counted in the smallest: 31.4, 32.90 and 34 add
    /// up to 98.30, and 34.00 is the last year's 34.
    @Test func decimalsOfDifferentPlacesCompareExactly() {
        #expect(Self.row(["31.4", "32.90", "34"], "98.30", .count).fits == TargetRules(.sum))
        #expect(Self.row(["31.4", "32.90", "34"], "34.00", .count).fits == TargetRules(.lastYear))
        #expect(Self.row([Decimal(string: "-1.5"), 2], Decimal(string: "0.5"), .count).fits == TargetRules(.sum))
        #expect(Self.row(["12", "12.0"], "12", .months).fits == TargetRules(.constant))
    }

    /// Rows whose values do not fit an Int64 in a common unit are worked out as decimals, with
    /// the same answers: a sum past Int64, powers of ten too far apart, a significand past
    /// 2^64 (kept out of line).
    @Test func rowsPastInt64AreWorkedOutAsDecimals() {
        #expect(Self.row(["9000000000000000000", "9000000000000000000"], "18000000000000000000", .count).fits
                == TargetRules(.sum))
        let far = Decimal(sign: .plus, exponent: 20, significand: 1)
        #expect(Self.row([far, Decimal(string: "0.5")], Decimal(string: "100000000000000000000.5"), .count).fits
                == TargetRules(.sum))
        #expect(Self.row(["123456789012345678901234567890", "1"], "123456789012345678901234567891", .count).fits
                == TargetRules(.sum))
        #expect(Self.row(["123456789012345678901234567890", "1"], "1", .count).fits == TargetRules(.lastYear))
    }

    @Test func unreadableOrMissingTargetsLeaveNothingToJudge() {
        #expect(Self.row(["######", "5"], "9", .count).giving.isEmpty)
        #expect(Self.row(["30", "30"], "######", .count).giving.isEmpty)
        #expect(Self.row(["", "-"], "9", .count).giving.isEmpty)
        #expect(MemoryLayout<TargetRow>.size == 1)
    }
}
