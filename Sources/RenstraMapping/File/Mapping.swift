import RenstraModel

/// A mapping file: how to find a Renstra matrix in a workbook and read it into a tree.
/// Version 1 of the format is described in `docs/mapping-format.md`.
public struct Mapping: Sendable {
    /// The newest format version this build reads.
    public static let highestSupportedVersion = 1

    public var version: Int
    /// Short kebab-case name, used by `--mapping NAME`.
    public var name: String
    public var title: String
    public var description: String?
    public var sheet: SheetSelector
    public var header: HeaderBlock
    public var columns: [ColumnRule]
    public var years: YearColumns?
    public var akhir: AkhirColumns?
    public var levels: [LevelRule]
    public var total: RowCondition?
    public var skip: SkipRules
    public var locale: NumberLocale
    public var money: MoneyRule
    /// The file the mapping was loaded from, for messages.
    public var source: String

    /// `name@version`, as the cleaned JSON records it.
    public var reference: String { "\(name)@\(version)" }
}

/// Which sheet holds the table.
public enum SheetSelector: Hashable, Sendable {
    /// The first sheet whose header block fits the mapping.
    case byHeader
    case name(String)
    /// 1-based position.
    case index(Int)
}

/// The header block: found as the first row holding every `anchor` label, `rows` rows tall,
/// optionally followed by a row of column numbers (1, 2, 3…).
public struct HeaderBlock: Hashable, Sendable {
    public var anchor: [LabelSet]
    public var rows: Int
    public var columnNumbers: Bool
    /// How far down to look for the header.
    public var searchRows: Int
}

/// One or more spellings of a header label (`Satuan`, `SAT`).
public struct LabelSet: Hashable, Sendable, CustomStringConvertible {
    public var spellings: [String]
    public var description: String { spellings.joined(separator: " / ") }
}

/// Where a field's column is: by its header path (outermost label first) or pinned by letter.
public struct ColumnRule: Hashable, Sendable {
    public var field: Field
    /// Labels from the outermost header row to the column's own label; each may have spellings.
    public var header: [LabelSet]
    /// Set when the field takes every column under the header, in order (a code split over columns).
    public var allColumns: Bool
    /// Which match to take when several columns fit equally well (1-based).
    public var occurrence: Int?
    /// A pinned column letter, used instead of the header.
    public var letter: String?
    public var required: Bool
}

/// The per-year target and pagu columns: a group header per year, with target and pagu under it.
public struct YearColumns: Hashable, Sendable {
    /// Year group labels, with `{year}` standing for the four digits (`Tahun {year}`).
    public var year: [String]
    public var target: LabelSet
    public var pagu: LabelSet
}

/// The end-of-period (kondisi akhir) target and pagu columns.
public struct AkhirColumns: Hashable, Sendable {
    public var group: LabelSet
    public var target: LabelSet
    public var pagu: LabelSet
}

/// How a row becomes a node of one level.
public struct LevelRule: Hashable, Sendable {
    public var level: Level
    /// A carried level opens a node whenever its field shows a new value (merged cells carried
    /// down); it reads no figures of its own row.
    public var carried: Bool
    public var when: RowCondition
    /// The last part of the code is the row number (`2 11 15 3 2`: number 2).
    public var numberInCode: Bool
    /// The name starts with the row number (`1. Koordinasi …`): it is split off as the number.
    public var numberInName: Bool
}

/// A test on a row's fields.
public struct RowCondition: Hashable, Sendable {
    public var filled: [Field] = []
    public var empty: [Field] = []
    /// The code must have one of these numbers of parts.
    public var codeParts: [Int] = []
    /// One of the row's texts must read as one of these labels (`Jumlah`, `Total`).
    public var label: LabelSet?
}

/// Which non-data rows to recognise and set aside.
public struct SkipRules: Hashable, Sendable {
    public var repeatedHeaders = true
    public var columnNumbers = true
    public var pageNumbers = true
    public var repeatedRows = true
}

/// The unit money is read in.
public struct MoneyRule: Hashable, Sendable {
    public enum Unit: Hashable, Sendable {
        /// Use the unit the pagu header states (`PAGU (ribu)`), rupiah when it states none.
        case stated
        /// As `stated`, unless the first figures are far too large for it (a header saying
        /// ribu over full Rupiah): then rupiah.
        case detect
        case fixed(MoneyUnit)
    }

    public var unit: Unit
}
