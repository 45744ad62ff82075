/// Tabel 5.1 (Renstra 2015–2019) as the Dinas would keep it: the printed title, a three-row
/// header, a row numbering the 28 columns, then the body. The code parts have a column each
/// under "Kode"; the left context columns (misi, tujuan, sasaran, indikator and target
/// sasaran) are merged down over the rows they govern.
enum Tabel51Layout {
    static let titles = [
        "TABEL 5.1",
        "MATRIKS RENCANA PROGRAM, KEGIATAN, INDIKATOR KINERJA, KELOMPOK SASARAN DAN PENDANAAN INDIKATIF OPD",
        "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI LAMPUNG",
        "PERIODE PELAKSANAAN TAHUN 2015-2019",
    ]

    static let planGroup = "Target Kinerja Program/Kegiatan dan Kerangka Pendanaan"
    static let endGroup = "Kondisi Kinerja Pada Akhir Periode Renstra OPD"

    static let columns: [TableColumn] = [
        TableColumn(["Ket"], width: 16, kind: .text, field: "ket"),
        TableColumn(["Misi RPJMD"], width: 20, kind: .text, contextField: "misi"),
        TableColumn(["Tujuan"], width: 14, kind: .text, contextField: "tujuan"),
        TableColumn(["Sasaran"], width: 20, kind: .text, contextField: "sasaran"),
        TableColumn(["Indikator Sasaran"], width: 22, kind: .text, contextField: "indikator_sasaran"),
        TableColumn(["Target Sasaran"], width: 9, kind: .wrappedFigure, contextField: "target_sasaran"),
        TableColumn(["Kode", "Urusan"], width: 7, kind: .code, field: "k_urusan"),
        TableColumn(["Kode", "Bidang"], width: 7, kind: .code, field: "k_bidang"),
        TableColumn(["Kode", "Program"], width: 8, kind: .code, field: "k_program"),
        TableColumn(["Kode", "Kegiatan"], width: 8, kind: .code, field: "k_kegiatan"),
        TableColumn(["Kode", "No"], width: 5, kind: .code, field: "no"),
        TableColumn(["Nama Program/Kegiatan"], width: 32, kind: .text, field: "nama"),
        TableColumn(["Indikator Kinerja Program (Outcome)/Kegiatan (Output)"], width: 32, kind: .text, field: "indikator"),
        TableColumn(["Satuan"], width: 9, kind: .text, field: "satuan"),
        TableColumn(["Data Capaian Pada Awal Tahun Perencanaan"], width: 20, kind: .wrappedFigure, field: "awal"),
    ] + (2015...2019).flatMap { year in [
        TableColumn([planGroup, "Tahun \(year)", "Target"], width: 8, kind: .figure, field: "t\(year)"),
        TableColumn([planGroup, "Tahun \(year)", "Rp"], width: 15, kind: .figure, field: "rp\(year)"),
    ] } + [
        TableColumn([endGroup, "Target"], width: 8, kind: .figure, field: "t_akhir"),
        TableColumn([endGroup, "Rp"], width: 16, kind: .figure, field: "rp_akhir"),
        TableColumn(["Lokasi Pelaksanaan"], width: 12, kind: .text, field: "lokasi"),
    ]

    static let layout = TableLayout(header: TableHeader(titles: titles, columns: columns, numbersColumns: true))
}
