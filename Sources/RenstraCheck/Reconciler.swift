import Dispatch
import RenstraModel

/// Runs every check over a normalised document and returns the findings in source order.
public enum Reconciler {
    /// Every check, each asserting one thing. The one that takes longest on a long table comes
    /// first, so that the others run beside it.
    static let checks: [any Check] = [
        EachKegiatanIsEnteredOnce(), PaguAddsUpToItsChildren(), EndOfPeriodRpIsTheSumOfItsYears(),
        EndOfPeriodTargetFollowsItsRule(), MonthlyTargetsFitInAYear(), RepeatedRowsAreReported(), EachCodeNamesOneThing(),
        FiguresAreReadable(), FiguresAreStoredAsNumbers(), YearlyRpIsNotTenTimesOff(), RowNumbersRunInSequence(),
        CodesSitUnderTheirParent(), IndikatorHasASatuan(), RowsHaveNames(), BaselineIsGiven(), BaselineIsInTheSatuan(),
        MoneyUnitFitsTheFigures(), TargetsComeWithMoney(),
    ]

    /// Every finding about `document`, by row, then column, then code. The checks run in
    /// parallel, on every core.
    public static func findings(for document: RenstraDocument) -> [Finding] {
        let context = CheckContext(document)
        let found = Slots<[Finding]>(count: checks.count)
        DispatchQueue.concurrentPerform(iterations: checks.count) { found.set($0, checks[$0].findings(in: context)) }
        let findings = found.all.flatMap { $0 }
        // Sorts small keys, not the findings themselves; the position keeps the sort stable.
        let keys = findings.indices.map { (key: findings[$0].location.at.order, code: findings[$0].code, position: $0) }
        return keys.sorted { left, right in
            left.key != right.key ? left.key < right.key
                : left.code != right.code ? left.code < right.code : left.position < right.position
        }.map { findings[$0.position] }
    }
}
