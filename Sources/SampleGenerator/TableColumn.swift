/// One column of a sample table: its place in the header, its width, how its cells look and
/// which printed value of a source row it shows.
struct TableColumn: Sendable {
    /// Header labels from the outermost group down to the column's own label, e.g.
    /// `["Target Kinerja …", "Tahun 2015", "Rp"]`.
    let header: [String]
    /// Width in characters.
    let width: Double
    let kind: ColumnKind
    /// The source field of a left context column (misi, tujuan, sasaran…): its value is given
    /// on the first row it governs and is merged down over them (see `ContextSpans`). Context
    /// cells are never set apart with the row's bold and fill. Nil for other columns.
    let contextField: String?
    /// The printed value of a source row in this column.
    let value: @Sendable (SourceRow) -> String

    /// A column showing the source field `field` as is.
    init(_ header: [String], width: Double, kind: ColumnKind, field: String) {
        self.init(header, width: width, kind: kind) { $0[field] }
    }

    /// A left context column showing the source field `field`.
    init(_ header: [String], width: Double, kind: ColumnKind, contextField field: String) {
        self.header = header
        self.width = width
        self.kind = kind
        self.contextField = field
        self.value = { $0[field] }
    }

    init(_ header: [String], width: Double, kind: ColumnKind, value: @escaping @Sendable (SourceRow) -> String) {
        self.header = header
        self.width = width
        self.kind = kind
        self.contextField = nil
        self.value = value
    }

    /// An empty column inserted by hand: no header label, no column number, no values; its
    /// cells carry the body's grid lines.
    static func gap(width: Double) -> TableColumn {
        TableColumn([], width: width, kind: .text) { _ in "" }
    }

    /// Whether this is a gap inserted by hand (see `gap(width:)`).
    var isGap: Bool { header.isEmpty }

    /// The content of this column on `row`, under the number/text rule for figure columns.
    func content(of row: SourceRow) -> GridContent? {
        let printed = value(row)
        return kind == .text ? GridContent.words(printed) : GridContent.figure(printed)
    }
}
