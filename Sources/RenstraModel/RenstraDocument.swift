/// A source row that is not in the tree, and why. Nothing is dropped without one.
public struct IgnoredRow: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        case blank
        case title
        case header
        case columnNumbers = "column_numbers"
        case pageNumber = "page_number"
        case repeatedRow = "repeated_row"
        case unplaced
    }

    public let row: RowLocation
    public let reason: Reason
    /// The row's first text, to recognise it by.
    public let excerpt: String
    /// For a repeated row: the row it repeats.
    public let repeats: RowLocation?

    public init(row: RowLocation, reason: Reason, excerpt: String, repeats: RowLocation? = nil) {
        self.row = row
        self.reason = reason
        self.excerpt = excerpt
        self.repeats = repeats
    }
}

/// The grand total row of a table: pagu by year and for the period.
public struct TotalRow: Hashable, Sendable {
    public var row: RowLocation
    public var label: Text?
    public var pagu: ByYear<Pagu>
    public var paguAkhir: Pagu?

    public init(row: RowLocation, label: Text? = nil, pagu: ByYear<Pagu> = [:], paguAkhir: Pagu? = nil) {
        self.row = row
        self.label = label
        self.pagu = pagu
        self.paguAkhir = paguAkhir
    }
}

/// How many source rows were read, placed in the tree and ignored.
public struct RowCounts: Hashable, Sendable {
    public var read = 0
    public var placed = 0
    public var ignored = 0
    public init() {}
}

/// The money unit of the pagu columns.
public enum MoneyUnit: String, Hashable, Sendable, CaseIterable {
    case rupiah, ribu, juta

    /// Rupiah per unit.
    public var factor: Int64 {
        switch self {
        case .rupiah: return 1
        case .ribu: return 1_000
        case .juta: return 1_000_000
        }
    }
}

/// One Renstra matrix, normalised: where it came from, its period, the tree, the totals row and
/// every row that was not placed.
public struct RenstraDocument: Hashable, Sendable {
    /// The source file as the user named it.
    public var file: String
    public var sheet: String
    /// The mapping that read it, as `name@version`.
    public var mapping: String
    public var title: String?
    public var opd: String?
    /// The plan's years in order (`2015…2019`).
    public var years: [Int]
    /// The unit the header states for money, and the unit the values were read in.
    public var statedMoneyUnit: MoneyUnit?
    public var moneyUnit: MoneyUnit
    /// The header cell of the first year's pagu column, where a money unit is stated.
    public var paguHeader: CellLocation?
    /// Where each level's text fields sit.
    public var fieldColumns: FieldColumns
    /// Top-level nodes (urusan, or tujuan, or programs, depending on the layout).
    public var nodes: [PlanNode]
    /// The grand total row, when the table has one.
    public var total: TotalRow?
    public var ignoredRows: [IgnoredRow]
    public var rowCounts: RowCounts

    public init(file: String, sheet: String, mapping: String, title: String? = nil, opd: String? = nil,
                years: [Int], statedMoneyUnit: MoneyUnit? = nil, moneyUnit: MoneyUnit, paguHeader: CellLocation? = nil,
                fieldColumns: FieldColumns = FieldColumns(), nodes: [PlanNode] = [], total: TotalRow? = nil,
                ignoredRows: [IgnoredRow] = [], rowCounts: RowCounts = RowCounts()) {
        self.file = file
        self.sheet = sheet
        self.mapping = mapping
        self.title = title
        self.opd = opd
        self.years = years
        self.statedMoneyUnit = statedMoneyUnit
        self.moneyUnit = moneyUnit
        self.paguHeader = paguHeader
        self.fieldColumns = fieldColumns
        self.nodes = nodes
        self.total = total
        self.ignoredRows = ignoredRows
        self.rowCounts = rowCounts
    }

    /// Every node of the tree, depth first.
    public var allNodes: [PlanNode] {
        var all: [PlanNode] = []
        for node in nodes { node.appendAll(to: &all) }
        return all
    }

    /// Nodes of one level, in order.
    public func nodes(at level: Level) -> [PlanNode] { allNodes.filter { $0.level == level } }
}
