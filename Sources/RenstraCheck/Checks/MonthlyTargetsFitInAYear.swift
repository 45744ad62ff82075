import Foundation
import RenstraModel

/// A yearly target in `bulan` is at most 12: a year has twelve months. When the end-of-period
/// target was added up with the excess, the note says what it would be with 12.
struct MonthlyTargetsFitInAYear: Check {
    static let monthsInAYear: Decimal = 12

    func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (position, entry) in context.index.entries.enumerated() {
            guard context.satuanKinds[position] == .months, let indikator = entry.node.indikator.first else { continue }
            let satuan = indikator.satuan?.value ?? ""
            for year in context.document.years {
                guard let target = indikator.targets[year], let value = target.value, value > Self.monthsInAYear else { continue }
                var notes: [Note] = []
                if let akhir = indikator.targetAkhir, let total = akhir.value {
                    let sum = context.document.years.compactMap { indikator.targets[$0]?.value }.reduce(0, +)
                    if total == sum {
                        notes.append(Note(.addedUpNote, ["akhir": .value(.number(total)), "cell": .text(akhir.at.cell),
                                                         "fixed": .value(.number(sum - value + Self.monthsInAYear))]))
                    }
                }
                findings.append(Finding(code: .targetOutOfRange, location: context.location(target.at), subject: entry.subject,
                                        program: context.index.program(of: position), expected: .number(Self.monthsInAYear),
                                        actual: .number(value), related: [indikator.targetAkhir?.at].compactMap { $0 },
                                        arguments: ["period": .period(.year(year)), "stated": .value(.number(value)),
                                                    "satuan": .text(satuan), "limit": .value(.number(Self.monthsInAYear))],
                                        notes: notes))
            }
        }
        return findings
    }
}

extension Localized {
    static let addedUpNote = Localized(
        id: "Target akhir periode {akhir} ({cell}) dijumlahkan dengan angka ini; dengan 12 nilainya {fixed}.",
        en: "The end-of-period target {akhir} ({cell}) was added up with it; with 12 it would be {fixed}.")
}

extension CatalogueEntry {
    static let targetOutOfRange = CatalogueEntry(
        code: .targetOutOfRange, severity: .warning,
        title: Localized(id: "Target melampaui batas satuannya", en: "Target beyond what its satuan allows"),
        description: Localized(
            id: "Target tahunan yang satuannya `bulan` lebih dari 12, padahal setahun hanya dua belas bulan. Biasanya salinan dari baris lain; target akhir periode yang dijumlahkan dengannya ikut keliru.",
            en: "A yearly target in `bulan` above 12, while a year has twelve months. It is usually copied from another row; an end-of-period target added up with it is off too."),
        template: Localized(id: "{subject}: target {period} tertulis {stated} {satuan}, lebih dari {limit} {satuan} dalam setahun.",
                            en: "{subject}: the {period} target is {stated} {satuan}, more than the {limit} {satuan} a year has."))
}
