/// Bounds that keep a hostile file from exhausting memory or time. The defaults read any
/// honest workbook; tighten or loosen them per call.
public struct ReadLimits: Sendable {
    /// Most bytes one zip entry may inflate to. Parts are streamed, so this bounds time, not
    /// memory; Excel's tallest sheet (1,048,576 rows) with twenty filled columns inflates to
    /// about 800 MB, which an honest 1,000,000-kegiatan Renstra reaches.
    public var maxPartBytes: Int64 = 1 << 30
    /// Most bytes all entries read together may inflate to.
    public var maxTotalBytes: Int64 = 2 << 30
    /// Most entries a package may list.
    public var maxEntries: Int = 10_000
    /// Highest inflated/compressed ratio tolerated once an entry passes `ratioGraceBytes`.
    /// Honest sheet XML compresses 10–60×; Apache POI's 100× is known to refuse real workbooks
    /// with large formatted ranges, and deflate cannot exceed about 1030×.
    public var maxCompressionRatio: Int64 = 250
    /// Bytes an entry may inflate to before the ratio is enforced.
    public var ratioGraceBytes: Int64 = 100 << 10
    /// Most characters one cell's text may hold.
    public var maxCellTextBytes: Int = 16 << 20
    /// Most shared strings a workbook may declare in use.
    public var maxSharedStrings: Int = 20_000_000
    /// Most bytes a CSV file may hold.
    public var maxCSVBytes: Int64 = 2 << 30
    /// Most columns a CSV record may hold; never more than a sheet has (`CellAddress.maxColumn`).
    public var maxCSVColumns: Int = CellAddress.maxColumn
    /// Most records a CSV file may hold; never more than a sheet has (`CellAddress.maxRow`).
    public var maxCSVRows: Int = CellAddress.maxRow

    public init() {}

    /// The defaults.
    public static let standard = ReadLimits()
}
