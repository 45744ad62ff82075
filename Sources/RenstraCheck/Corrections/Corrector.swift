import RenstraModel

/// Applies the corrections that are not a matter of judgement, and records each one: a
/// repeated row is dropped (it is already out of the tree), and an end-of-period Rp the
/// reconciliation blames is recomputed from the row's years. A yearly figure is never changed.
public enum Corrector {
    public static func apply(_ findings: [Finding], to document: RenstraDocument) -> (document: RenstraDocument, corrections: [Correction]) {
        var document = document
        // Every blamed end-of-period cell is recomputed in one walk of the tree.
        var blamed = Set(findings.filter { $0.code == .rowTotalMismatch }.map(\.location.at))
        var changes: [CellLocation: (FindingValue, Rupiah)] = [:]
        if !blamed.isEmpty {
            if var total = document.total {
                recompute(&blamed, akhir: &total.paguAkhir, years: total.pagu, into: &changes)
                document.total = total
            }
            for index in document.nodes.indices { recompute(&blamed, in: &document.nodes[index], into: &changes) }
        }
        var corrections: [Correction] = []
        for finding in findings {
            switch finding.code {
            case .duplicateRow:
                corrections.append(Correction(rule: .dropRepeatedRow, location: finding.location, from: finding.actual ?? .empty,
                                              to: .empty, finding: finding.code))
            case .rowTotalMismatch:
                if let (from, to) = changes.removeValue(forKey: finding.location.at) {
                    corrections.append(Correction(rule: .recomputeEndOfPeriodRp, location: finding.location,
                                                  from: from, to: .money(to), finding: finding.code))
                }
            default:
                continue
            }
        }
        return (document, corrections)
    }

    private static func recompute(_ blamed: inout Set<CellLocation>, in node: inout PlanNode,
                                  into changes: inout [CellLocation: (FindingValue, Rupiah)]) {
        guard !blamed.isEmpty else { return }
        recompute(&blamed, akhir: &node.paguAkhir, years: node.pagu, into: &changes)
        for index in node.children.indices { recompute(&blamed, in: &node.children[index], into: &changes) }
    }

    /// Sets the end-of-period Rp `akhir`, when it is one of the `blamed` cells, to the sum of its
    /// row's years, unless a year is unreadable or it already is the sum.
    private static func recompute(_ blamed: inout Set<CellLocation>, akhir: inout Pagu?, years: ByYear<Pagu>,
                                  into changes: inout [CellLocation: (FindingValue, Rupiah)]) {
        guard let printed = akhir, blamed.remove(printed.at) != nil, !printed.isUnreadable else { return }
        var sum = Rupiah.zero
        for pagu in years.values {
            switch pagu.state {
            case .value(let amount): guard let next = Rupiah.adding(sum, amount) else { return }; sum = next
            case .none, .missing: continue
            case .unreadable: return
            }
        }
        guard printed.value != sum else { return }
        akhir = Pagu(state: .value(sum), text: String(sum.value), at: printed.at)
        changes[printed.at] = (FindingValue.figure(printed) { .money($0) }, sum)
    }
}
