import XLSXWriter

/// Tabel 5.1 re-laid out by hand, as a planner reworks a copy of it: every value is Tabel
/// 5.1's, but the table stands on a second sheet behind a cover sheet; the code is one column
/// (`2.11.15.02`, see `DottedCode`) with the row number beside it under `Kode`; satuan comes
/// before the indikator and the left context columns (Ket, misi, tujuan, sasaran, indikator
/// and target sasaran) follow lokasi at the right; an empty column stands between 2016 and
/// 2017; and two kegiatan rows are hidden.
enum RelaidLayout {
    static let coverSheet = "Sampul"
    static let tableSheet = "Matriks Renstra"

    /// The hidden kegiatan, by their Tabel 5.1 code and row number as printed.
    static let hiddenCodes: Set<String> = ["2 11 15 3 2", "5 4 17 2 1."]

    static let columns: [TableColumn] = [
        TableColumn(["Kode", "Urusan/Bidang/Program/Kegiatan"], width: 12, kind: .code, value: DottedCode.text),
        TableColumn(["Kode", "No"], width: 5, kind: .code, field: "no"),
        TableColumn(["Nama Program/Kegiatan"], width: 32, kind: .text, field: "nama"),
        TableColumn(["Satuan"], width: 9, kind: .text, field: "satuan"),
        TableColumn(["Indikator Kinerja Program (Outcome)/Kegiatan (Output)"], width: 32, kind: .text, field: "indikator"),
        TableColumn(["Data Capaian Pada Awal Tahun Perencanaan"], width: 20, kind: .wrappedFigure, field: "awal"),
    ] + years(2015...2016) + [TableColumn.gap(width: 3)] + years(2017...2019) + [
        TableColumn([Tabel51Layout.endGroup, "Target"], width: 8, kind: .figure, field: "t_akhir"),
        TableColumn([Tabel51Layout.endGroup, "Rp"], width: 16, kind: .figure, field: "rp_akhir"),
        TableColumn(["Lokasi Pelaksanaan"], width: 12, kind: .text, field: "lokasi"),
        TableColumn(["Ket"], width: 16, kind: .text, field: "ket"),
        TableColumn(["Misi RPJMD"], width: 20, kind: .text, contextField: "misi"),
        TableColumn(["Tujuan"], width: 14, kind: .text, contextField: "tujuan"),
        TableColumn(["Sasaran"], width: 20, kind: .text, contextField: "sasaran"),
        TableColumn(["Indikator Sasaran"], width: 22, kind: .text, contextField: "indikator_sasaran"),
        TableColumn(["Target Sasaran"], width: 9, kind: .wrappedFigure, contextField: "target_sasaran"),
    ]

    static let layout = TableLayout(header: TableHeader(titles: Tabel51Layout.titles, columns: columns, numbersColumns: true))

    /// The Target and Rp columns of `years`, under Tabel 5.1's group label.
    private static func years(_ years: ClosedRange<Int>) -> [TableColumn] {
        years.flatMap { year in [
            TableColumn([Tabel51Layout.planGroup, "Tahun \(year)", "Target"], width: 8, kind: .figure, field: "t\(year)"),
            TableColumn([Tabel51Layout.planGroup, "Tahun \(year)", "Rp"], width: 15, kind: .figure, field: "rp\(year)"),
        ] }
    }

    /// The table sheet: Tabel 5.1's clean sheet in this layout, with the `hiddenCodes` rows hidden.
    static func tableGrid(_ rows: [SourceRow], styles: SampleStyles) -> SheetGrid {
        var grid = layout.cleanGrid(rows, styles: styles)
        for (offset, row) in rows.filter({ !$0.isRepeat }).enumerated() where hiddenCodes.contains(code(of: row)) {
            grid.hideRow(layout.bodyTop + offset)
        }
        return grid
    }

    /// The cover sheet before the table: what the workbook is, and on which sheet.
    static func coverGrid(styles: SampleStyles) -> SheetGrid {
        var grid = SheetGrid(columnWidths: [110])
        grid.put(.text("RENCANA STRATEGIS (RENSTRA) TAHUN 2015-2019"), row: 1, column: 1, style: styles.title)
        grid.put(.text("DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI LAMPUNG"), row: 2, column: 1, style: styles.title)
        grid.put(.text("Lampiran: Tabel 5.1 Matriks Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran dan "
                       + "Pendanaan Indikatif OPD, pada lembar \"\(tableSheet)\""),
                 row: 4, column: 1, style: CellStyle(alignment: Alignment(horizontal: .left, vertical: .top, wrapText: true)))
        RowHeights.fit(&grid)
        return grid
    }

    /// A row's Tabel 5.1 code and row number as printed, separated by blanks (`2 11 15 3 2`).
    private static func code(of row: SourceRow) -> String {
        ["k_urusan", "k_bidang", "k_program", "k_kegiatan", "no"].map { row[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
