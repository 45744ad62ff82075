import RenstraModel

/// Runs every check over a normalised document and returns the findings in source order.
public enum Reconciler {
    /// Every check, each asserting one thing.
    static let checks: [any Check] = [
        PaguAddsUpToItsChildren(), EndOfPeriodRpIsTheSumOfItsYears(), EndOfPeriodTargetFollowsItsRule(),
        MonthlyTargetsFitInAYear(), RepeatedRowsAreReported(), EachCodeNamesOneThing(), EachKegiatanIsEnteredOnce(),
        FiguresAreReadable(), FiguresAreStoredAsNumbers(), YearlyRpIsNotTenTimesOff(), RowNumbersRunInSequence(),
        CodesSitUnderTheirParent(), IndikatorHasASatuan(), RowsHaveNames(), BaselineIsGiven(), BaselineIsInTheSatuan(),
        MoneyUnitFitsTheFigures(), TargetsComeWithMoney(),
    ]

    /// Every finding about `document`, by row, then column, then code.
    public static func findings(for document: RenstraDocument) -> [Finding] {
        let context = CheckContext(document)
        let keyed: [(key: FindingLocation.SortKey, finding: Finding)] = checks.flatMap { $0.findings(in: context) }
            .map { ($0.location.sortKey, $0) }
        return keyed.sorted { left, right in
            left.key != right.key ? left.key < right.key : left.finding.code < right.finding.code
        }.map(\.finding)
    }
}
