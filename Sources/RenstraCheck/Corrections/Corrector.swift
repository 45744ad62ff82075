import RenstraModel

/// Applies the corrections that are not a matter of judgement, and records each one: a
/// repeated row is dropped (it is already out of the tree), and an end-of-period Rp the
/// reconciliation blames is recomputed from the row's years. A yearly figure is never changed.
public enum Corrector {
    public static func apply(_ findings: [Finding], to document: RenstraDocument) -> (document: RenstraDocument, corrections: [Correction]) {
        var document = document
        var corrections: [Correction] = []
        for finding in findings {
            switch finding.code {
            case .duplicateRow:
                corrections.append(Correction(rule: .dropRepeatedRow, location: finding.location, from: finding.actual ?? .empty,
                                              to: .empty, finding: finding.code))
            case .rowTotalMismatch:
                if let (from, to) = recompute(finding.location.at, in: &document) {
                    corrections.append(Correction(rule: .recomputeEndOfPeriodRp, location: finding.location,
                                                  from: from, to: .money(to), finding: finding.code))
                }
            default:
                continue
            }
        }
        return (document, corrections)
    }

    /// Sets the end-of-period Rp at `cell` to the sum of its row's years; nil when `cell` is
    /// no end-of-period Rp, a year is unreadable, or it already is the sum.
    private static func recompute(_ cell: CellLocation, in document: inout RenstraDocument) -> (FindingValue, Rupiah)? {
        if var total = document.total, let change = recompute(cell, akhir: &total.paguAkhir, years: total.pagu) {
            document.total = total
            return change
        }
        for index in document.nodes.indices {
            if let change = recompute(cell, in: &document.nodes[index]) { return change }
        }
        return nil
    }

    private static func recompute(_ cell: CellLocation, in node: inout PlanNode) -> (FindingValue, Rupiah)? {
        if let change = recompute(cell, akhir: &node.paguAkhir, years: node.pagu) { return change }
        for index in node.children.indices {
            if let change = recompute(cell, in: &node.children[index]) { return change }
        }
        return nil
    }

    private static func recompute(_ cell: CellLocation, akhir: inout Pagu?, years: ByYear<Pagu>) -> (FindingValue, Rupiah)? {
        guard let printed = akhir, printed.at == cell, !printed.stateIsUnreadable else { return nil }
        var sum = Rupiah.zero
        for pagu in years.values {
            switch pagu.state {
            case .value(let amount): guard let next = Rupiah.adding(sum, amount) else { return nil }; sum = next
            case .none, .missing: continue
            case .unreadable: return nil
            }
        }
        guard printed.value != sum else { return nil }
        akhir = Pagu(state: .value(sum), text: String(sum.value), at: printed.at)
        return (FindingValue.figure(printed) { .money($0) }, sum)
    }
}
