import Foundation
import RenstraModel

/// A kondisi awal written with a unit (`16 %`, `12 bulan`) uses the indikator's satuan, so
/// that baseline and targets can be compared.
struct BaselineIsInTheSatuan: Check {
    func findings(in context: CheckContext) -> [Finding] {
        context.index.entries.enumerated().compactMap { position, entry -> Finding? in
            guard let indikator = entry.node.indikator.first, let awal = indikator.kondisiAwal,
                  let satuan = indikator.satuan?.value, SatuanKind.key(satuan).contains(where: \.isLetter) || satuan.contains("%"),
                  let unit = Self.unit(of: awal.value), SatuanKind.key(unit) != SatuanKind.key(satuan) else { return nil }
            return Finding(code: .unitConflict, location: context.location(awal.at), subject: entry.subject,
                           program: context.index.program(of: position), expected: .text(satuan), actual: .text(unit),
                           related: [indikator.satuan!.at],
                           arguments: ["text": .text(awal.value), "unit": .text(unit), "satuan": .text(satuan)])
        }
    }

    /// The unit written after a figure: `16 %` → `%`, `12 bulan` → `bulan`; nil for words or a bare figure.
    static func unit(of text: String) -> String? {
        guard let match = text.range(of: #"^[0-9][0-9.,]*\s*([^0-9\s][^0-9]*)$"#, options: .regularExpression) else { return nil }
        let unit = text[match].drop { $0.isNumber || $0 == "." || $0 == "," || $0.isWhitespace }
        let trimmed = unit.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.count > 12 ? nil : trimmed
    }
}

extension CatalogueEntry {
    static let unitConflict = CatalogueEntry(
        code: .unitConflict, severity: .warning,
        title: Localized(id: "Kondisi awal dalam satuan lain", en: "Kondisi awal in another unit"),
        description: Localized(
            id: "Kondisi awal ditulis dengan satuan (`16 %`, `12 bulan`) yang berbeda dari satuan indikatornya, sehingga kondisi awal dan target tidak dapat dibandingkan. Bentuk pendek dianggap sama (`bln` = `bulan`, `persen` = `%`).",
            en: "The kondisi awal is written with a unit (`16 %`, `12 bulan`) other than the indikator's satuan, so baseline and targets cannot be compared. Short forms count as the same (`bln` = `bulan`, `persen` = `%`)."),
        template: Localized(id: "{subject}: kondisi awal \"{text}\" dalam satuan {unit}, sedangkan targetnya dalam {satuan}.",
                            en: "{subject}: the kondisi awal \"{text}\" is in {unit}, but the targets are in {satuan}."))
}
