import Foundation
import RenstraModel

/// A kondisi awal written with a unit (`16 %`, `12 bulan`) uses the indikator's satuan, so
/// that baseline and targets can be compared.
struct BaselineIsInTheSatuan: Check {
    func findings(in context: CheckContext) -> [Finding] {
        context.index.entries.enumerated().compactMap { position, entry -> Finding? in
            // Most baselines are a bare figure or words: those are passed over before the indikator is copied.
            guard !entry.node.indikator.isEmpty, let awal = entry.node.indikator[0].kondisiAwal,
                  let unit = Self.unit(of: awal.value) else { return nil }
            let indikator = entry.node.indikator[0]
            guard let satuan = indikator.satuan?.value else { return nil }
            let key = SatuanKind.key(satuan)
            guard key.contains(where: \.isLetter) || satuan.contains("%"), SatuanKind.key(unit) != key else { return nil }
            return Finding(code: .unitConflict, location: context.location(awal.at), subject: entry.subject,
                           program: context.index.program(of: position), expected: .text(satuan), actual: .text(unit),
                           related: [indikator.satuan!.at],
                           arguments: ["text": .text(awal.value), "unit": .text(unit), "satuan": .text(satuan)])
        }
    }

    /// The unit written after a figure: `16 %` → `%`, `12 bulan` → `bulan`; nil for words or a bare figure.
    static func unit(of text: String) -> String? {
        guard isFigureWithUnit(text) else { return nil }
        let unit = text.drop { $0.isNumber || $0 == "." || $0 == "," || $0.isWhitespace }
        let trimmed = unit.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.count > 12 ? nil : trimmed
    }

    /// Whether `text` matches `^[0-9][0-9.,]*\s*[^0-9\s][^0-9]*$` (ICU's `\s`: Unicode
    /// White_Space), without a regular expression:
    /// it starts with a digit, has only digits, dots and commas up to its last digit, and
    /// something other than a blank after it.
    static func isFigureWithUnit(_ text: String) -> Bool {
        // A bare figure, the usual baseline, is told in one pass over its bytes: nothing
        // follows its last digit.
        if text.utf8.last.map({ $0 &- 0x30 < 10 }) ?? true,
           text.utf8.allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
            return false
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, isDigit(first),
              let lastDigit = scalars.lastIndex(where: isDigit),
              scalars[..<lastDigit].allSatisfy({ isDigit($0) || $0 == "." || $0 == "," }) else { return false }
        return scalars[scalars.index(after: lastDigit)...].contains { !$0.properties.isWhitespace }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
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
