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

    /// Documents of fewer nodes than this are checked on the calling thread alone: for them,
    /// starting Dispatch's worker threads costs more than running the checks side by side saves
    /// (about 3% of a whole `renstra check` of 1,000 kegiatan on two cores).
    static let parallelFrom = 2_000

    /// Every finding about `document`, by row, then column, then code. The checks run in
    /// parallel, on every core, from `parallelFrom` nodes.
    public static func findings(for document: RenstraDocument) -> [Finding] {
        let context = CheckContext(document)
        let found = Slots<[Finding]>(count: checks.count)
        performParts(checks.count, inParallel: context.inParallel) {
            found.set($0, checks[$0].findings(in: context))
        }
        let findings = found.all.flatMap { $0 }
        // Sorts small keys, not the findings themselves; the position keeps the sort stable.
        let keys = findings.indices.map { (key: findings[$0].location.at.order, code: findings[$0].code, position: $0) }
        return keys.sorted { left, right in
            left.key != right.key ? left.key < right.key
                : left.code != right.code ? left.code < right.code : left.position < right.position
        }.map { findings[$0.position] }
    }
}
