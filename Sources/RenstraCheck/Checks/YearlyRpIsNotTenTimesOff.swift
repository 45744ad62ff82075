import RenstraModel

/// No yearly Rp is about ten (a hundred, a thousand) times off the row's other years: a zero
/// dropped or added in typing. Totals computed with the slip agree with it, so only this check
/// finds it. Only rows whose money is not itself a sum of rows below are looked at: a sum is
/// vouched for by its parts.
struct YearlyRpIsNotTenTimesOff: Check {
    /// How far the other years may spread and still give one typical level.
    static let spread: Int64 = 3

    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index, years = context.years
        var findings: [Finding] = []
        // The row's yearly Rp above zero in year order, with the place of each among the row's
        // pagu figures, and the same amounts sorted; kept between rows.
        var byYear = [(item: Int, value: Int64)?](repeating: nil, count: years.count)
        var values: [(place: Int, item: Int, value: Int64)] = [], sorted: [Int64] = []
        for position in index.entries.indices where context.figureFlags[position].hasPaguOfItsOwn {
            // The figures are read in place, by index, rather than copied out.
            let pagu = index.entries[position].node.pagu, paguYears = pagu.keys, figures = pagu.values
            for place in byYear.indices { byYear[place] = nil }
            for item in figures.indices {
                if let place = years.place(of: paguYears[item]), let value = figures[item].value?.value, value > 0 {
                    byYear[place] = (item, value)
                }
            }
            values.removeAll(keepingCapacity: true)
            for place in byYear.indices { if let (item, value) = byYear[place] { values.append((place, item, value)) } }
            guard values.count >= 3 else { continue }
            sorted.removeAll(keepingCapacity: true)
            sorted.append(contentsOf: values.lazy.map(\.value))
            sorted.sort()
            for (place, item, value) in values {
                // The other years, sorted: `sorted` without one occurrence of `value`.
                let left = sorted.firstIndex(of: value)!, count = sorted.count - 1
                func other(_ rank: Int) -> Int64 { sorted[rank < left ? rank : rank + 1] }
                let low = other(0), high = other(count - 1)
                guard high <= low * Self.spread else { continue }
                let typical = other(count / 2)
                guard let power = Self.powerOfTen(value, over: typical) else { continue }
                let scaled = power > 0 ? value / Self.ten(power) : value * Self.ten(-power)
                let year = years.years[place]
                findings.append(Finding(
                    code: .numberOutlier, location: context.location(figures[item].at), subject: index.entries[position].subject,
                    program: index.program(of: position), expected: .money(Rupiah(scaled)), actual: .money(Rupiah(value)),
                    related: values.filter { $0.place != place }.map { figures[$0.item].at },
                    arguments: ["period": .period(.year(year)), "stated": .value(.money(Rupiah(value))),
                                "typical": .value(.money(Rupiah(typical))), "factor": .count(Int(Self.ten(abs(power)))),
                                "direction": .phrase(power > 0 ? .larger : .smaller)]))
            }
        }
        return findings
    }

    /// k (±1…±3) when `value / typical` lies within a quarter of 10^k, decided exactly:
    /// |value / (typical · 10^k) − 1| ≤ 1/4.
    static func powerOfTen(_ value: Int64, over typical: Int64) -> Int? {
        // Most values lie within (1/8, 15/2) of the typical one, strictly between the ranges of
        // k = -1 (3/40 to 1/8) and k = 1 (15/2 to 25/2): no power fits them.
        if 8 * Int128(value) > Int128(typical), 2 * Int128(value) < 15 * Int128(typical) { return nil }
        for power in [1, 2, 3, -1, -2, -3] {
            let scale = Int128(ten(abs(power)))
            let (stated, expected) = power > 0 ? (Int128(value), Int128(typical) * scale)
                                               : (Int128(value) * scale, Int128(typical))
            if 4 * (stated - expected).magnitude <= expected.magnitude { return power }
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
