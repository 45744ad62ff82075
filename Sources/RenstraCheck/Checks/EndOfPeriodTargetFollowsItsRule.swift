import Foundation
import RenstraModel

/// The end-of-period target follows from the yearly targets by the rule of its indikator's
/// satuan (domain rule V10): the last year's value for percentages and indices; for counts the
/// sum, or the last value for a stock; for `bulan`, the sum or the constant yearly value.
/// Where a kind allows two rules, the table's own majority decides, and a row that follows the
/// other rule is reported as inconsistent. Targets are never added up across levels.
struct EndOfPeriodTargetFollowsItsRule: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let rows = TargetRow.all(context), kinds = context.satuanKinds
        // The rows' votes, by satuan kind and rule, and the rule each kind's majority chose.
        var votes = [[Int]](repeating: [Int](repeating: 0, count: TargetRule.allCases.count), count: SatuanKind.allCases.count)
        for position in rows.indices where rows[position].tellsRulesApart(kinds[position]) {
            votes[kinds[position].rawValue][rows[position].firstFit(kinds[position])!.rawValue] += 1
        }
        let majorities = votes.map { tally -> TargetRule? in
            guard let best = tally.max(), best > 0, tally.filter({ $0 == best }).count == 1 else { return nil }
            return TargetRule(rawValue: tally.firstIndex(of: best)!)
        }
        return rows.indices.compactMap { position -> Finding? in
            let row = rows[position], kind = kinds[position]
            let candidates = TargetRule.candidates(kind)
            let rule = majorities[kind.rawValue] ?? candidates[0]
            // The rule's end-of-period target, or the first candidate's that gives one.
            guard let applied = row.giving.contains(rule) ? rule : candidates.first(where: row.giving.contains),
                  !row.fits.contains(applied) else { return nil }
            let entry = context.index.entries[position]
            let indikator = entry.node.indikator[0], akhir = indikator.targetAkhir!
            let expected = applied.akhir(YearlyValues(indikator.targets, context.document.years))!
            let tally = votes[kind.rawValue]
            let satuan = indikator.satuan?.value ?? "–"
            var notes = [Self.why(kind, rule, satuan: satuan, votes: tally[rule.rawValue], of: tally.reduce(0, +))]
            if let other = row.firstFit(kind) { notes.append(Note(.otherRuleNote, ["other": .phrase(other.name), "rule": .phrase(rule.name)])) }
            let actual = FindingValue.figure(akhir) { .number($0) }
            return Finding(code: .targetTotalMismatch, location: context.location(akhir.at), subject: entry.subject,
                           program: context.index.program(of: position), expected: .number(expected), actual: actual,
                           related: context.document.years.compactMap { indikator.targets[$0]?.at },
                           arguments: ["stated": .value(actual), "expected": .value(.number(expected)), "rule": .phrase(rule.name)],
                           notes: notes)
        }
    }

    /// Which rule was assumed, and why.
    private static func why(_ kind: SatuanKind, _ rule: TargetRule, satuan: String, votes: Int, of total: Int) -> Note {
        switch kind {
        case .share, .index: return Note(.lastYearRuleNote, ["satuan": .text(satuan)])
        case .count, .months:
            guard total > 0 else { return Note(.defaultRuleNote, ["satuan": .text(satuan), "rule": .phrase(rule.name)]) }
            return Note(kind == .months ? .monthsRuleNote : .countRuleNote,
                        ["satuan": .text(satuan), "rule": .phrase(rule.name), "votes": .count(votes), "total": .count(total)])
        }
    }
}

extension Localized {
    static let lastYearRuleNote = Localized(
        id: "Satuan {satuan} adalah persentase atau indeks: target akhir periode adalah nilai tahun terakhir.",
        en: "Satuan {satuan} is a percentage or an index: the end-of-period target is the last year's value.")
    static let countRuleNote = Localized(
        id: "Satuan {satuan} menghitung orang, kegiatan atau barang; tabel ini memakai {rule} untuk target seperti itu ({votes} dari {total} baris yang membedakan aturannya).",
        en: "Satuan {satuan} counts people, events or things; this table uses the {rule} for such targets ({votes} of the {total} rows that tell the rules apart).")
    static let monthsRuleNote = Localized(
        id: "Satuan {satuan} menghitung bulan; tabel ini memakai {rule} untuk target bulanan ({votes} dari {total} baris yang membedakan aturannya).",
        en: "Satuan {satuan} counts months; this table uses the {rule} for monthly targets ({votes} of the {total} rows that tell the rules apart).")
    static let defaultRuleNote = Localized(
        id: "Tidak ada baris dalam tabel yang menunjukkan aturannya untuk satuan {satuan}; {rule} diandaikan.",
        en: "No row of the table shows which rule it uses for satuan {satuan}; the {rule} is assumed.")
    static let otherRuleNote = Localized(
        id: "Angkanya sesuai {other}, yang dapat dibenarkan (misalnya untuk stok), tetapi baris lain tabel ini memakai {rule}: tidak konsisten, belum tentu salah.",
        en: "It fits the {other} instead, which is defensible (for a stock, say), but the table's other rows use the {rule}: inconsistent rather than wrong.")
}

extension CatalogueEntry {
    static let targetTotalMismatch = CatalogueEntry(
        code: .targetTotalMismatch, severity: .warning,
        title: Localized(id: "Target akhir periode tidak sesuai aturan", en: "End-of-period target fits no rule"),
        description: Localized(
            id: "Target akhir periode harus mengikuti target tahunan menurut aturan satuan indikatornya: nilai tahun terakhir untuk persentase dan indeks; untuk hitungan, jumlah tahunan (atau nilai terakhir untuk stok); untuk `bulan`, jumlah atau nilai tetap per tahun. Bila satu jenis satuan membolehkan dua aturan, mayoritas baris tabel itu sendiri yang menentukan, dan baris yang memakai aturan lain dilaporkan sebagai tidak konsisten. Aturan yang diandaikan dan alasannya ada di catatan. Target tidak pernah dijumlahkan antar-tingkat.",
            en: "The end-of-period target must follow from the yearly targets by the rule of the indikator's satuan: the last year's value for percentages and indices; for counts the sum of the years (or the last value for a stock); for `bulan`, the sum or the constant yearly value. Where a kind allows two rules, the majority of the table's own rows decides, and a row that follows the other rule is reported as inconsistent. The note names the rule assumed and why. Targets are never added up across levels."),
        template: Localized(id: "{subject}: target akhir periode tertulis {stated}; sebagai {rule} seharusnya {expected}.",
                            en: "{subject}: the end-of-period target is {stated}; as the {rule} it would be {expected}."))
}
