/// Tabel T-C.27 of Permendagri 86/2017, "Rencana Program, Kegiatan, dan Pendanaan Perangkat
/// Daerah", filled with Tabel 5.1's programs and kegiatan: the title, a three-row header, a row
/// numbering the 20 columns, then the body.
///
/// What the form has no place for is put as a dinas filling it in would: the code is one cell
/// (`2.11.15`, `2.11.15.02`, see `DottedCode`); the row number opens the name (`1. Bimbingan
/// teknis …`, as Tabel 6.1 prints its kegiatan); the satuan follows each target figure
/// (`50 KUMKM`). The urusan and bidang subtotals are left out (the form lists programs and
/// kegiatan); so are misi, indikator sasaran and target sasaran, which have no column. Tujuan
/// and sasaran are merged down over the rows they govern, as in Tabel 5.1.
enum TC27Layout {
    static let titles = [
        "TABEL T-C.27",
        "RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN PERANGKAT DAERAH",
        "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI LAMPUNG",
        "PERIODE PELAKSANAAN TAHUN 2015-2019",
    ]

    static let planGroup = "Target Kinerja Program dan Kerangka Pendanaan"
    static let endGroup = "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah"
    /// Column (19) of every program and kegiatan row.
    static let unitKerja = "Dinas Koperasi dan UKM"
    /// The context columns of the form, outermost first.
    static let contextFields = ["tujuan", "sasaran"]

    static let columns: [TableColumn] = [
        TableColumn(["Tujuan"], width: 14, kind: .text, contextField: "tujuan"),
        TableColumn(["Sasaran"], width: 20, kind: .text, contextField: "sasaran"),
        TableColumn(["Kode"], width: 11, kind: .code, value: DottedCode.text),
        TableColumn(["Program dan Kegiatan"], width: 34, kind: .text, value: numberedName),
        TableColumn(["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"], width: 32,
                    kind: .text, field: "indikator"),
        TableColumn(["Data Capaian pada Tahun Awal Perencanaan"], width: 20, kind: .wrappedFigure, field: "awal"),
    ] + (2015...2019).flatMap { year in [
        TableColumn([planGroup, "Tahun \(year)", "Target"], width: 11, kind: .figure, value: target("t\(year)")),
        TableColumn([planGroup, "Tahun \(year)", "Rp"], width: 15, kind: .figure, field: "rp\(year)"),
    ] } + [
        TableColumn([endGroup, "Target"], width: 11, kind: .figure, value: target("t_akhir")),
        TableColumn([endGroup, "Rp"], width: 16, kind: .figure, field: "rp_akhir"),
        TableColumn(["Unit Kerja Perangkat Daerah Penanggung-jawab"], width: 16, kind: .text) {
            $0.kind == .total ? "" : unitKerja
        },
        TableColumn(["Lokasi"], width: 12, kind: .text, field: "lokasi"),
    ]

    static let layout = TableLayout(header: TableHeader(titles: titles, columns: columns, numbersColumns: true))

    /// The clean sheet of Tabel 5.1's rows as T-C.27.
    static func grid(_ source: [SourceRow], styles: SampleStyles) -> SheetGrid {
        layout.cleanGrid(rows(source), styles: styles)
    }

    /// The rows of the form: each printed program and kegiatan once, and the grand total. A
    /// tujuan or sasaran that starts on a subtotal row left out moves down to the next row.
    static func rows(_ source: [SourceRow]) -> [SourceRow] {
        var rows: [SourceRow] = []
        var carried: [String: String] = [:]
        for row in source where !row.isRepeat {
            if row.kind == .urusan || row.kind == .bidang {
                for field in contextFields where !row[field].isEmpty { carried[field] = row[field] }
                continue
            }
            var record = row.record
            for field in contextFields where record[field].isEmpty {
                if let value = carried[field] { record = record.replacing(field, with: value) }
            }
            carried = [:]
            rows.append(SourceRow(record: record, kind: row.kind, page: row.page, isRepeat: false))
        }
        return rows
    }

    /// Column (4): the row number as printed, with a dot after it, then the name
    /// (`1. Bimbingan teknis …`); the name alone where there is no number.
    @Sendable static func numberedName(_ row: SourceRow) -> String {
        let number = row["no"], name = row["nama"]
        guard !number.isEmpty else { return name }
        return (number.hasSuffix(".") ? number : number + ".") + " " + name
    }

    /// A target column showing the source field `field` with the row's satuan after a plain
    /// figure (`50 KUMKM`); `-`, an empty cell and a row without satuan stay as printed.
    static func target(_ field: String) -> @Sendable (SourceRow) -> String {
        { row in
            let printed = row[field], satuan = row["satuan"]
            return IndonesianNumber(printed: printed) == nil || satuan.isEmpty ? printed : printed + " " + satuan
        }
    }
}
