/// Tabel 5.1's code written in one cell the way Permendagri nomenclature prints it: urusan,
/// then bidang, program and kegiatan with at least two digits each, joined by dots
/// (`2 11 15 2` → `2.11.15.02`, `5 4 15` → `5.04.15`). The row number is not part of it.
enum DottedCode {
    /// The code of `row`, empty when the row has none (the grand total).
    @Sendable static func text(of row: SourceRow) -> String {
        let parts = ["k_urusan", "k_bidang", "k_program", "k_kegiatan"].map { row[$0] }.filter { !$0.isEmpty }
        return parts.enumerated().map { index, part in
            index == 0 || part.count >= 2 ? part : "0" + part
        }.joined(separator: ".")
    }
}
