import RenstraCheck

/// The report page's own words, in both languages of the findings.
enum ReportPhrases {
    static let pageTitle = Localized(id: "Laporan pemeriksaan Renstra", en: "Renstra check report")
    static let opd = Localized(id: "OPD", en: "Agency (OPD)")
    static let period = Localized(id: "Periode", en: "Period")
    static let source = Localized(id: "Sumber", en: "Source")
    static let sheet = Localized(id: "lembar", en: "sheet")
    static let mapping = Localized(id: "mapping", en: "mapping")
    static let unknown = Localized(id: "(tidak disebut)", en: "(not stated)")
    static let summary = Localized(id: "Ringkasan", en: "Summary")
    static let programs = Localized(id: "Program", en: "Programs")
    static let kegiatan = Localized(id: "Kegiatan", en: "Kegiatan (activities)")
    static let findings = Localized(id: "Temuan", en: "Findings")
    static let paguOfPrograms = Localized(id: "Jumlah pagu program (Rp)", en: "Sum of program pagu (Rp)")
    static let statedTotal = Localized(id: "Jumlah total tertulis (Rp)", en: "Stated grand total (Rp)")
    static let endOfPeriod = Localized(id: "Akhir periode", en: "End of period")
    static let matrix = Localized(id: "Matriks program dan kegiatan", en: "Program and kegiatan matrix")
    static let matrixHint = Localized(
        id: "Sel yang bertemuan diberi warna; arahkan atau klik untuk melihat temuannya.",
        en: "Cells with findings are coloured; hover or click one to see its findings.")
    static let kode = Localized(id: "Kode", en: "Code")
    static let nomor = Localized(id: "No", en: "No")
    static let level = Localized(id: "Tingkat", en: "Level")
    static let nama = Localized(id: "Nama", en: "Name")
    static let indikator = Localized(id: "Indikator", en: "Indicator")
    static let satuan = Localized(id: "Satuan", en: "Unit")
    static let kondisiAwal = Localized(id: "Kondisi awal", en: "Baseline")
    static let target = Localized(id: "Target", en: "Target")
    static let pagu = Localized(id: "Pagu (Rp)", en: "Pagu (Rp)")
    static let total = Localized(id: "Jumlah total", en: "Grand total")
    static let chart = Localized(id: "Pagu per tahun per program", en: "Pagu per year per program")
    static let chartEmpty = Localized(id: "Tidak ada pagu program untuk digambar.", en: "No program pagu to draw.")
    static let findingsList = Localized(id: "Daftar temuan", en: "List of findings")
    static let noFindings = Localized(id: "Tidak ada temuan.", en: "No findings.")
    static let cell = Localized(id: "sel", en: "cell")
    static let row = Localized(id: "baris", en: "row")
    static let see = Localized(id: "lihat", en: "see")
    static let notInTable = Localized(id: "(sel ini tidak tampil di matriks)", en: "(this cell is not shown in the matrix)")
    static let expected = Localized(id: "seharusnya", en: "expected")
    static let actual = Localized(id: "tertulis", en: "found")
    static let pass = Localized(id: "LULUS", en: "PASS")
    static let fail = Localized(id: "GAGAL", en: "FAIL")
    static let failingAt = Localized(id: "gagal pada tingkat {level} ke atas", en: "failing at {level} and above")
    static let closeDetail = Localized(id: "Tutup", en: "Close")

    /// The heading of a severity's count.
    static func plural(_ severity: Severity) -> Localized {
        switch severity {
        case .error: return Localized(id: "Kesalahan", en: "Errors")
        case .warning: return Localized(id: "Peringatan", en: "Warnings")
        case .info: return Localized(id: "Info", en: "Info")
        }
    }
}
