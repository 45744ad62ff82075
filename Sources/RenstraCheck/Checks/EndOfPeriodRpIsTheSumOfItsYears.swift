/// A row's end-of-period Rp (kondisi kinerja pada akhir periode) is the sum of its yearly Rp.
/// The finding sits at the end-of-period cell, or at the one year whose parent's sum agrees
/// that it is that year which is off.
struct EndOfPeriodRpIsTheSumOfItsYears: Check {
    func findings(in context: CheckContext) -> [Finding] {
        context.moneyFindings.filter { $0.code == .rowTotalMismatch }
    }
}

extension CatalogueEntry {
    static let rowTotalMismatch = CatalogueEntry(
        code: .rowTotalMismatch, severity: .error,
        title: Localized(id: "Rp akhir periode tidak sama dengan jumlah tahunan",
                         en: "End-of-period Rp is not the sum of the years"),
        description: Localized(
            id: "Rp pada kolom kondisi kinerja akhir periode harus sama dengan jumlah Rp tahunan pada baris yang sama. Bila jumlah pada baris induknya menunjukkan bahwa satu angka tahunan yang keliru, temuan ditempatkan di angka tahunan itu; bila tidak, di sel akhir periode.",
            en: "The Rp in the end-of-period column must equal the sum of the row's yearly Rp. When the sum on the parent row shows that one yearly figure is the one that is off, the finding is placed at that year; otherwise at the end-of-period cell."),
        template: Localized(id: "{subject}: Rp akhir periode tertulis {stated}, tetapi jumlah tahunannya {sum}.",
                            en: "{subject}: the end-of-period Rp is {stated}, but the years add up to {sum}."))
}
