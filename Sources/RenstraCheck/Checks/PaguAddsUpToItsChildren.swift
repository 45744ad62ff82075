/// A parent's pagu is the sum of its children's, exact to the Rupiah, for every year and for
/// the period: program ← kegiatan, bidang and urusan ← programs, grand total ← the top rows.
/// A wrong subtotal is reported once, where it is wrong; a correct total over it is not.
struct PaguAddsUpToItsChildren: Check {
    func findings(in context: CheckContext) -> [Finding] {
        context.moneyFindings.filter { $0.code == .paguSumMismatch }
    }
}

extension CatalogueEntry {
    static let paguSumMismatch = CatalogueEntry(
        code: .paguSumMismatch, severity: .error,
        title: Localized(id: "Pagu tidak sama dengan jumlah rinciannya",
                         en: "Pagu is not the sum of the rows under it"),
        description: Localized(
            id: "Pagu program pada suatu tahun, dan untuk seluruh periode, harus sama dengan jumlah pagu kegiatannya; subtotal bidang dan urusan sama dengan jumlah programnya; jumlah total sama dengan jumlah baris teratas. Selisih dihitung tepat sampai rupiah. Bila satu sel menjelaskan selisihnya, temuan ditempatkan di sel itu.",
            en: "A program's pagu for each year, and for the whole period, must equal the sum of its kegiatan; a bidang or urusan subtotal the sum of its programs; the grand total the sum of the top rows. The difference is exact to the Rupiah. When one cell explains the difference, the finding is placed at that cell."),
        template: Localized(id: "{subject}: pagu {period} tertulis Rp {stated}, tetapi jumlah rincian di bawahnya Rp {sum}.",
                            en: "{subject}: the {period} pagu is Rp {stated}, but the rows under it add up to Rp {sum}."))
}
