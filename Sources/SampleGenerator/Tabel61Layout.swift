/// Tabel 6.1 (Renstra 2020–2024) with the printed title and header: PROGRAM and KEGIATAN each
/// group their SASARAN, NAMA and INDIKATOR columns, and the money columns keep the printed
/// "PAGU (ribu)" although the figures are full Rupiah (a defect of the source the importer
/// must detect). As printed, a kegiatan's number and name share one cell (`1. Koordinasi …`).
/// Tujuan, indikator tujuan, sasaran and indikator sasaran are merged down over the rows they
/// govern. The total row has no label, as printed.
enum Tabel61Layout {
    static let titles = [
        "TABEL 6.1",
        "RENCANA PROGRAM, KEGIATAN, INDIKATOR KINERJA, KELOMPOK SASARAN DAN PENDANAAN INDIKATIF",
        "DINAS KOPERASI DAN UKM PROVINSI LAMPUNG",
        "PERIODE PELAKSANAAN TAHUN 2020-2024",
    ]

    static let fundingGroup = "CAPAIAN KINERJA PROGRAM DAN KERANGKA PENDANAAN"

    static let columns: [TableColumn] = [
        TableColumn(["TUJUAN"], width: 18, kind: .text, contextField: "tujuan"),
        TableColumn(["INDIKATOR TUJUAN"], width: 18, kind: .text, contextField: "indikator_tujuan"),
        TableColumn(["SASARAN"], width: 18, kind: .text, contextField: "sasaran"),
        TableColumn(["INDIKATOR SASARAN"], width: 18, kind: .text, contextField: "indikator_sasaran"),
        TableColumn(["PROGRAM", "SASARAN PROGRAM"], width: 20, kind: .text, field: "sasaran_program"),
        TableColumn(["PROGRAM", "NAMA PROGRAM"], width: 22, kind: .text, field: "program"),
        TableColumn(["PROGRAM", "INDIKATOR PROGRAM"], width: 22, kind: .text, field: "indikator_program"),
        TableColumn(["SAT"], width: 8, kind: .text, field: "satuan"),
        TableColumn(["KONDISI AWAL TAHUN 2018/2019"], width: 11, kind: .wrappedFigure, field: "kondisi_awal"),
        TableColumn(["KEGIATAN", "SASARAN KEGIATAN"], width: 22, kind: .text, field: "sasaran_kegiatan"),
        TableColumn(["KEGIATAN", "NAMA KEGIATAN"], width: 26, kind: .text, value: kegiatanName),
        TableColumn(["KEGIATAN", "INDIKATOR KEGIATAN"], width: 24, kind: .text, field: "indikator_kegiatan"),
    ] + (2020...2024).flatMap { year in [
        TableColumn([fundingGroup, "\(year)", "TARGET"], width: 8, kind: .figure, field: "t\(year)"),
        TableColumn([fundingGroup, "\(year)", "PAGU (ribu)"], width: 15, kind: .figure, field: "p\(year)"),
    ] }

    static let layout = TableLayout(header: TableHeader(titles: titles, columns: columns, numbersColumns: false))

    /// The printed NAMA KEGIATAN cell: the number (as printed, `1.`) and the name, or the name
    /// alone where the print has no number.
    @Sendable static func kegiatanName(_ row: SourceRow) -> String {
        [row["no"], row["kegiatan"]].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
