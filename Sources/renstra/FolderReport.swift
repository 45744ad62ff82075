import Foundation
import RenstraCheck

/// The end of a folder run: one table row per file (file, mapping, programs, findings by
/// severity, verdict), the reasons of the files that could not be read, and a count of verdicts;
/// or, for a machine, one JSON line per file.
struct FolderReport {
    let outcomes: [FileOutcome]
    let language: Language

    /// The worst verdict's exit status: 2 when a file could not be read, 1 when one failed, else 0.
    var exitStatus: Int32 { outcomes.map(\.verdict).max()?.exitStatus ?? 0 }

    // MARK: table

    func table() -> String {
        let header = [Words.file, Words.mapping, Words.programs, Severity.error.plural, Severity.warning.plural, Severity.info.plural, Words.verdict]
            .map { $0.text(language) }
        let rows = outcomes.map { outcome in
            [outcome.file, outcome.mapping ?? "—", String(outcome.programs), String(outcome.errors),
             String(outcome.warnings), String(outcome.infos), verdict(outcome.verdict)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [2, 3, 4, 5]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return numeric.contains(column) ? pad + text : text + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
        let unreadable = outcomes.filter { $0.reason != nil }
        if !unreadable.isEmpty {
            lines.append("")
            lines += unreadable.compactMap(\.reason)
        }
        lines.append("")
        lines.append(tally())
        return lines.joined(separator: "\n") + "\n"
    }

    /// `3 files: 1 pass, 1 fail, 1 unreadable`, naming only the verdicts given.
    private func tally() -> String {
        let counts = FileOutcome.Verdict.allCases.compactMap { verdict -> String? in
            let count = outcomes.filter { $0.verdict == verdict }.count
            return count == 0 ? nil : "\(count) \(self.verdict(verdict))"
        }
        return Words.files.text(language, filling: ["count": String(outcomes.count)])
            + ": " + counts.joined(separator: ", ")
    }

    private func verdict(_ verdict: FileOutcome.Verdict) -> String {
        switch verdict {
        case .pass: return VerdictWords.pass.text(language)
        case .fail: return VerdictWords.fail.text(language)
        case .imported: return Words.imported.text(language)
        case .unreadable: return Words.unreadable.text(language)
        }
    }

    // MARK: JSON Lines

    /// One JSON object per file and line, keys sorted; `verdict` is pass, fail or unreadable.
    func jsonLines() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for outcome in outcomes {
            data.append(try encoder.encode(outcome))
            data.append(0x0A)
        }
        return data
    }


    /// The table's words.
    private enum Words {
        static let file = Localized(id: "berkas", en: "file")
        static let mapping = Localized(id: "mapping", en: "mapping")
        static let programs = Localized(id: "program", en: "programs")
        static let verdict = Localized(id: "hasil", en: "verdict")
        static let imported = Localized(id: "diimpor", en: "imported")
        static let unreadable = Localized(id: "tak terbaca", en: "unreadable")
        static let files = Localized(id: "{count} berkas", en: "{count} files")
    }
}
