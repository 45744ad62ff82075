import RenstraModel

/// Figures are stored as numbers, and row numbers are written alike. A workbook figure held as
/// text (`150.000.000` typed as text) and a row number written unlike the others of its level
/// (`1.` among `1`, `2`, `3`) are read correctly, and reported so the file can be tidied.
struct FiguresAreStoredAsNumbers: Check {
    func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        /// `owner` is the node's place in the index; nil for the grand total.
        func check<Value>(_ figure: Figure<Value>?, _ kind: Localized, _ owner: Int?, _ value: (Value) -> FindingValue) {
            guard let figure, figure.storedAsText, let reading = figure.value else { return }
            findings.append(Finding(code: .numberAsText, location: context.location(figure.at),
                                    subject: context.subject(of: owner),
                                    program: owner.flatMap(context.index.program(of:)), expected: value(reading),
                                    actual: .text(figure.text),
                                    arguments: ["field": .phrase(kind), "text": .text(figure.text),
                                                "value": .value(value(reading))]))
        }
        for (position, entry) in context.index.entries.enumerated() where context.figureFlags[position].contains(.storedAsText) {
            let node = entry.node
            for indikator in node.indikator {
                for target in indikator.targets.values { check(target, .target, position) { .number($0) } }
                check(indikator.targetAkhir, .target, position) { .number($0) }
            }
            for pagu in node.pagu.values { check(pagu, .pagu, position) { .money($0) } }
            check(node.paguAkhir, .pagu, position) { .money($0) }
        }
        if let total = context.document.total {
            for pagu in total.pagu.values { check(pagu, .pagu, nil) { .money($0) } }
            check(total.paguAkhir, .pagu, nil) { .money($0) }
        }
        return findings + rowNumbers(context)
    }

    /// Row numbers written with a trailing dot where most of their level's are plain, or the reverse.
    private func rowNumbers(_ context: CheckContext) -> [Finding] {
        let numbered = context.index.entries.indices.compactMap { position -> (Int, Text, Bool)? in
            guard let nomor = context.index.entries[position].node.nomor else { return nil }
            if nomor.value.allSatisfy(\.isNumber) { return (position, nomor, false) }
            if nomor.value.dropLast().allSatisfy(\.isNumber), nomor.value.count > 1,
               nomor.value.last == "." || nomor.value.last == ")" { return (position, nomor, true) }
            return nil
        }
        var findings: [Finding] = []
        for level in Level.allCases {
            let ofLevel = numbered.filter { context.index.entries[$0.0].node.level == level }
            let dotted = ofLevel.filter(\.2).count
            guard dotted * 2 != ofLevel.count else { continue }
            let usual = dotted * 2 > ofLevel.count
            for (position, nomor, isDotted) in ofLevel where isDotted != usual {
                let plain = String(nomor.value.filter(\.isNumber))
                findings.append(Finding(code: .numberAsText, location: context.location(nomor.at),
                                        subject: context.index.entries[position].subject,
                                        program: context.index.program(of: position),
                                        expected: .text(usual ? plain + "." : plain), actual: .text(nomor.value),
                                        arguments: ["field": .phrase(.rowNumber), "text": .text(nomor.value),
                                                    "value": .text(plain)],
                                        notes: [Note(.rowNumberStyleNote, ["count": .count(usual ? dotted : ofLevel.count - dotted),
                                                                            "total": .count(ofLevel.count),
                                                                            "example": .text(usual ? "1." : "1")])]))
            }
        }
        return findings
    }
}

extension Localized {
    static let rowNumber = Localized(id: "nomor urut", en: "row number")
    static let rowNumberStyleNote = Localized(
        id: "{count} dari {total} nomor urut pada tingkat ini ditulis seperti \"{example}\".",
        en: "{count} of the {total} row numbers of this level are written like \"{example}\".")
}

extension CatalogueEntry {
    static let numberAsText = CatalogueEntry(
        code: .numberAsText, severity: .info,
        title: Localized(id: "Angka tersimpan sebagai teks", en: "Figure stored as text"),
        description: Localized(
            id: "Angka yang disimpan buku kerja sebagai teks, atau nomor urut yang ditulis berbeda dari nomor lain pada tingkatnya (`1.` di antara `1`, `2`, `3`). Angkanya terbaca dengan benar; temuan ini hanya agar berkasnya dirapikan.",
            en: "A figure a workbook holds as text, or a row number written unlike the other numbers of its level (`1.` among `1`, `2`, `3`). It is read correctly; the finding is only so the file can be tidied."),
        template: Localized(id: "{subject}: {field} \"{text}\" ditulis sebagai teks; dibaca sebagai {value}.",
                            en: "{subject}: the {field} \"{text}\" is written as text; it reads as {value}."))
}
