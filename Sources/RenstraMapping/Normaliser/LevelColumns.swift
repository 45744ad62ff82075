import RenstraModel

/// The columns of each field one level reads (its own, `program.nama`, before the shared
/// `nama`), looked up once when the sheet's columns are known.
struct LevelColumns {
    let kode: [Int]
    let nomor: [Int]
    let nama: [Int]
    let indikator: [Int]
    let satuan: [Int]
    let kondisiAwal: [Int]
    let lokasi: [Int]
    /// Whether the level has an indikator column of its own (`sasaran.indikator`).
    let hasOwnIndikator: Bool

    init(_ level: Level, in columns: ResolvedColumns) {
        kode = columns.columns(.kode, for: level)
        nomor = columns.columns(.nomor, for: level)
        nama = columns.columns(.nama, for: level)
        indikator = columns.columns(.indikator, for: level)
        satuan = columns.columns(.satuan, for: level)
        kondisiAwal = columns.columns(.kondisiAwal, for: level)
        lokasi = columns.columns(.lokasi, for: level)
        hasOwnIndikator = columns.fields[Field(level: level, kind: .indikator)] != nil
    }
}
