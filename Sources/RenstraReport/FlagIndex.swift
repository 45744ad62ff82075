import RenstraCheck
import RenstraModel

/// Which findings point at which cell, so the matrix can colour a cell and the findings list can
/// link back to it. Each finding gets a stable anchor (`f-1`, `f-2`… in report order).
struct FlagIndex {
    /// A finding with its anchor.
    struct Entry {
        let anchor: String
        let finding: Finding
    }

    let entries: [Entry]
    private let byCell: [CellLocation: [Entry]]
    private let byRelatedCell: [CellLocation: [Entry]]

    init(_ findings: [Finding]) {
        entries = findings.enumerated().map { Entry(anchor: "f-\($0.offset + 1)", finding: $0.element) }
        var byCell: [CellLocation: [Entry]] = [:]
        var byRelatedCell: [CellLocation: [Entry]] = [:]
        for entry in entries {
            let location = entry.finding.location
            byCell[location.at, default: []].append(entry)
            for related in entry.finding.related { byRelatedCell[related, default: []].append(entry) }
        }
        self.byCell = byCell
        self.byRelatedCell = byRelatedCell
    }

    /// The findings located at `cell`, in report order.
    func findings(at cell: CellLocation) -> [Entry] { byCell[cell] ?? [] }

    /// The findings that name `cell` as one of their other cells.
    func findingsRelating(to cell: CellLocation) -> [Entry] { byRelatedCell[cell] ?? [] }
}

extension HTMLOutput {
    /// The anchor of a matrix cell: `c-M60`.
    func anchor(of cell: CellLocation) {
        markup("c-")
        self.cell(cell)
    }

    /// The anchor of a matrix row: `r-54`.
    func anchor(ofRow row: Int) {
        markup("r-")
        number(row)
    }
}
