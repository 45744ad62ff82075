/// A transcribed table of `samples/source`: its file, its fixed columns and the row kinds it uses.
struct SourceTable: Sendable {
    let fileName: String
    let columns: [String]
    let kinds: Set<RowKind>

    /// Tabel 5.1, Renstra 2015–2019: one line per printed row, page-break repeats included.
    static let tabel51 = SourceTable(
        fileName: "tabel-5.1.tsv",
        columns: ["seed_line", "page", "kind", "repeat", "ket", "misi", "tujuan", "sasaran", "indikator_sasaran",
                  "target_sasaran", "k_urusan", "k_bidang", "k_program", "k_kegiatan", "no", "nama", "indikator",
                  "satuan", "awal"] + SourceTable.yearColumns(2015...2019, target: "t", money: "rp")
            + ["t_akhir", "rp_akhir", "lokasi"],
        kinds: [.urusan, .bidang, .program, .kegiatan, .total])

    /// Tabel 6.1, Renstra 2020–2024.
    static let tabel61 = SourceTable(
        fileName: "tabel-6.1.tsv",
        columns: ["seed_line", "page", "kind", "tujuan", "indikator_tujuan", "sasaran", "indikator_sasaran",
                  "sasaran_program", "program", "indikator_program", "satuan", "kondisi_awal", "sasaran_kegiatan", "no",
                  "kegiatan", "indikator_kegiatan"] + SourceTable.yearColumns(2020...2024, target: "t", money: "p"),
        kinds: [.program, .kegiatan, .total])

    /// `t2015 rp2015 t2016 rp2016 …`: a target and a money column per year.
    static func yearColumns(_ years: ClosedRange<Int>, target: String, money: String) -> [String] {
        years.flatMap { ["\(target)\($0)", "\(money)\($0)"] }
    }

    /// Reads the table from `directory`, checking kinds, pages and repeat flags.
    func load(from directory: String) throws(SampleError) -> [SourceRow] {
        let table = try TSVTable(path: directory + "/" + fileName, columns: columns)
        let hasRepeatColumn = columns.contains("repeat")
        var rows: [SourceRow] = []
        for record in table.records {
            guard let kind = RowKind(rawValue: record["kind"]), kinds.contains(kind) else {
                throw .unexpectedValue(file: fileName, line: record.line, column: "kind", value: record["kind"])
            }
            guard let page = Int(record["page"]), page > 0 else {
                throw .unexpectedValue(file: fileName, line: record.line, column: "page", value: record["page"])
            }
            let repeatFlag = hasRepeatColumn ? record["repeat"] : ""
            guard repeatFlag == "" || repeatFlag == "repeat" else {
                throw .unexpectedValue(file: fileName, line: record.line, column: "repeat", value: repeatFlag)
            }
            rows.append(SourceRow(record: record, kind: kind, page: page, isRepeat: repeatFlag == "repeat"))
        }
        return rows
    }
}
