import Foundation
import RenstraModel

/// No yearly Rp is about ten (a hundred, a thousand) times off the row's other years: a zero
/// dropped or added in typing. Totals computed with the slip agree with it, so only this check
/// finds it. Only rows whose money is not itself a sum of rows below are looked at: a sum is
/// vouched for by its parts.
struct YearlyRpIsNotTenTimesOff: Check {
    /// How far the other years may spread and still give one typical level.
    static let spread: Int64 = 3
    /// How close to a power of ten the ratio must be: within a quarter.
    static let tolerance = 0.25

    func findings(in context: CheckContext) -> [Finding] {
        let ledger = context.money.ledger
        var findings: [Finding] = []
        for account in ledger.accounts where account.level != nil && account.children.isEmpty {
            let values = context.document.years.compactMap { year -> (Int, Pagu, Int64)? in
                guard let pagu = account.years[year], let value = pagu.value?.value, value > 0 else { return nil }
                return (year, pagu, value)
            }
            for (year, pagu, value) in values {
                let others = values.filter { $0.0 != year }.map(\.2).sorted()
                guard others.count >= 2, let low = others.first, let high = others.last, high <= low * Self.spread else { continue }
                let typical = others[others.count / 2]
                guard let power = Self.powerOfTen(Double(value) / Double(typical)) else { continue }
                let scaled = power > 0 ? value / Self.ten(power) : value * Self.ten(-power)
                findings.append(Finding(
                    code: .numberOutlier, location: context.location(pagu.at), subject: account.subject,
                    program: account.program, expected: .money(Rupiah(scaled)), actual: .money(Rupiah(value)),
                    related: values.filter { $0.0 != year }.map(\.1.at),
                    arguments: ["period": .period(.year(year)), "stated": .value(.money(Rupiah(value))),
                                "typical": .value(.money(Rupiah(typical))), "factor": .count(Int(Self.ten(abs(power)))),
                                "direction": .phrase(power > 0 ? .larger : .smaller)]))
            }
        }
        return findings
    }

    /// k (±1…±3) when `ratio` lies within the tolerance of 10^k.
    static func powerOfTen(_ ratio: Double) -> Int? {
        for power in [1, 2, 3, -1, -2, -3] {
            let target = pow(10.0, Double(power))
            if abs(ratio / target - 1) <= tolerance { return power }
        }
        return nil
    }

    private static func ten(_ power: Int) -> Int64 { (0..<power).reduce(Int64(1)) { value, _ in value * 10 } }
}

extension Localized {
    static let larger = Localized(id: "lebih besar dari", en: "larger than")
    static let smaller = Localized(id: "lebih kecil dari", en: "smaller than")
}

extension CatalogueEntry {
    static let numberOutlier = CatalogueEntry(
        code: .numberOutlier, severity: .warning,
        title: Localized(id: "Rp tahunan meleset kira-kira sepuluh kali lipat", en: "Yearly Rp about ten times off"),
        description: Localized(
            id: "Rp satu tahun kira-kira 10, 100 atau 1.000 kali lebih besar atau lebih kecil dari tahun-tahun lain pada baris yang sama, sementara tahun-tahun lain itu saling berdekatan: angka nol yang hilang atau berlebih. Rp akhir periode dan jumlah pada baris induknya biasanya dihitung dengan angka yang keliru itu, sehingga hanya pemeriksaan ini yang menemukannya. Hanya baris yang pagunya bukan jumlah baris di bawahnya yang diperiksa.",
            en: "One year's Rp is about 10, 100 or 1,000 times larger or smaller than the row's other years, which lie close together: a zero dropped or added. The end-of-period Rp and the parent's sums were usually computed with the slip, so only this check finds it. Only rows whose pagu is not the sum of rows below them are looked at."),
        template: Localized(id: "{subject}: Rp {period} sebesar {stated}, kira-kira {factor} kali {direction} tahun-tahun lain pada baris ini (sekitar {typical}).",
                            en: "{subject}: the {period} Rp is {stated}, about {factor} times {direction} the row's other years (about {typical})."))
}
