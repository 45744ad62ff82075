import RenstraModel

/// Every figure cell holds a number, a dash or nothing. `######`, `1OO.000.000` and words
/// are reported; the import treats them as missing, never as 0.
struct FiguresAreReadable: Check {
    func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        /// `owner` is the node's place in the index; nil for the grand total.
        func check<Value>(_ figure: Figure<Value>?, _ kind: Localized, _ period: Period, _ owner: Int?) {
            guard let figure, case .unreadable = figure.state else { return }
            findings.append(Finding(code: .unreadableNumber, location: context.location(figure.at),
                                    subject: context.subject(of: owner),
                                    program: owner.flatMap(context.index.program(of:)), actual: .text(figure.text),
                                    arguments: ["figure": .phrase(kind), "period": .period(period), "text": .text(figure.text),
                                                "reason": .phrase(Self.reason(figure.text))]))
        }
        let years = context.document.years
        for (position, entry) in context.index.entries.enumerated() where context.figureFlags[position].contains(.unreadable) {
            let node = entry.node
            for indikator in node.indikator {
                for year in years { check(indikator.targets[year], .target, .year(year), position) }
                check(indikator.targetAkhir, .target, .endOfPeriod, position)
            }
            for year in years { check(node.pagu[year], .pagu, .year(year), position) }
            check(node.paguAkhir, .pagu, .endOfPeriod, position)
        }
        if let total = context.document.total {
            for year in years { check(total.pagu[year], .pagu, .year(year), nil) }
            check(total.paguAkhir, .pagu, .endOfPeriod, nil)
        }
        return findings
    }

    /// Why the text is no number, from what it looks like.
    static func reason(_ text: String) -> Localized {
        if !text.isEmpty, text.allSatisfy({ $0 == "#" }) { return .hashesReason }
        if text.hasPrefix("#") { return .errorReason }
        let hasDigit = text.contains(where: \.isNumber), hasLetter = text.contains(where: \.isLetter)
        if hasDigit && hasLetter { return .lettersReason }
        return hasDigit ? .formatReason : .wordsReason
    }
}

extension Localized {
    static let target = Localized(id: "target", en: "target")
    static let pagu = Localized(id: "pagu", en: "pagu")
    static let hashesReason = Localized(id: "angkanya terlalu lebar untuk kolomnya saat dicetak",
                                        en: "the figure was too wide for its column when printed")
    static let errorReason = Localized(id: "sel berisi galat rumus", en: "the cell holds a formula error")
    static let lettersReason = Localized(id: "ada huruf di antara angkanya", en: "a letter stands among the digits")
    static let formatReason = Localized(id: "titik dan komanya tidak sesuai format angka mana pun",
                                        en: "its dots and commas fit no number format")
    static let wordsReason = Localized(id: "berisi kata, bukan angka", en: "it holds words, not a figure")
}

extension CatalogueEntry {
    static let unreadableNumber = CatalogueEntry(
        code: .unreadableNumber, severity: .error,
        title: Localized(id: "Angka tidak terbaca", en: "Unreadable figure"),
        description: Localized(
            id: "Sel target atau pagu berisi sesuatu yang bukan angka: `######` (angka terlalu lebar untuk kolomnya), huruf di antara angka (`1OO.000.000`), atau kata. Nilainya tidak dapat dipulihkan dari berkas ini; sel dianggap kosong, tidak pernah dihitung sebagai 0, dan setiap jumlah yang memuatnya tidak diperiksa.",
            en: "A target or pagu cell holds something that is not a number: `######` (the figure was too wide for its column), a letter among the digits (`1OO.000.000`), or words. The value cannot be recovered from this file; the cell is treated as missing, never counted as 0, and no sum that includes it is checked."),
        template: Localized(id: "{subject}: sel {figure} {period} berisi \"{text}\", bukan angka ({reason}).",
                            en: "{subject}: the {period} {figure} cell holds \"{text}\", not a number ({reason})."))
}
