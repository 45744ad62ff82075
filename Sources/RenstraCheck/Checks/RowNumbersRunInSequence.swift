import RenstraModel

/// The rows of one level under one parent are numbered 1, 2, 3… without skipping or repeating
/// a number, and none is left without one. Rows whose codes differ before their last part are
/// numbered apart: a table without bidang rows restarts its program numbers at each bidang.
/// A program whose numbering breaks is reported once, at the first number out of sequence;
/// each row without a number is reported at its cell.
struct RowNumbersRunInSequence: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        var findings: [Finding] = []
        func number(_ siblings: [Int]) {
            // Siblings without a number between them have no numbering to check.
            guard siblings.contains(where: { index.entries[$0].node.nomor != nil }) else { return }
            for level in Level.allCases {
                let group = siblings.filter { index.levels[$0] == level }
                for run in Self.runsByParentCode(group, index) { findings += check(run, context) }
            }
        }
        number(index.roots)
        for position in index.entries.indices { number(index.children(of: position)) }
        return findings
    }

    private func check(_ group: [Int], _ context: CheckContext) -> [Finding] {
        let index = context.index
        let numbers = group.map { index.entries[$0].node.nomor.flatMap(Self.number) }
        guard numbers.contains(where: { $0 != nil }) else { return [] }
        var findings: [Finding] = []
        var next = 1
        var breaks: [(position: Int, expected: Int)] = []
        for (position, number) in zip(group, numbers) {
            guard let number else {
                let node = index.entries[position].node
                if node.nomor == nil, let cell = context.document.fieldColumns.cell(.nomor, for: node.level, in: node.row)
                    ?? node.nama?.at {
                    findings.append(Finding(code: .ordinalGap, location: context.location(cell), subject: index.entries[position].subject,
                                            program: index.program(of: position), expected: .text(String(next)), actual: .empty,
                                            arguments: ["stated": .value(.empty), "expected": .value(.text(String(next)))]))
                    next += 1
                }
                continue
            }
            if number != next { breaks.append((position, next)) }
            next = number + 1
        }
        guard let first = breaks.first, let nomor = index.entries[first.position].node.nomor else { return findings }
        let printed = Self.excerpt(group.map { index.entries[$0].node.nomor?.value ?? "–" },
                                   around: Set(breaks.compactMap { broken in group.firstIndex(of: broken.position) }))
        findings.append(Finding(
            code: .ordinalGap, location: context.location(nomor.at), subject: index.entries[first.position].subject,
            program: index.program(of: first.position), expected: .text(String(first.expected)), actual: .text(nomor.value),
            related: breaks.dropFirst().compactMap { index.entries[$0.position].node.nomor?.at },
            arguments: ["stated": .value(.text(nomor.value)), "expected": .value(.text(String(first.expected)))],
            notes: [Note(.sequenceNote, ["printed": .text(printed), "count": .count(group.count)])]))
        return findings
    }

    /// The group split by the code its rows sit under (their code without its last part), in
    /// order of first appearance; rows without a code stay together.
    static func runsByParentCode(_ group: [Int], _ index: NodeIndex) -> [[Int]] {
        var order: [[String]?] = []
        var runs: [[String]?: [Int]] = [:]
        for position in group {
            let parts = index.entries[position].node.kodeParts
            let key: [String]? = parts.count >= 2 ? parts.dropLast().map(KodePart.key) : nil
            if runs[key] == nil { order.append(key) }
            runs[key, default: []].append(position)
        }
        return order.map { runs[$0]! }
    }

    /// The printed numbers, with long runs away from the breaks shortened to `…`.
    static func excerpt(_ numbers: [String], around breaks: Set<Int>) -> String {
        let shown = numbers.indices.filter { index in
            index == 0 || index == numbers.count - 1 || breaks.contains { abs($0 - index) <= 2 }
        }
        var pieces: [String] = []
        for (offset, index) in shown.enumerated() {
            if offset > 0, index != shown[offset - 1] + 1 { pieces.append("…") }
            pieces.append(numbers[index])
        }
        return pieces.joined(separator: ", ")
    }

    /// `12`, `12.`, `12)` → 12.
    static func number(_ nomor: Text) -> Int? {
        var text = nomor.value
        if text.last == "." || text.last == ")" { text.removeLast() }
        return Int(text)
    }
}

extension Localized {
    static let sequenceNote = Localized(
        id: "Tertulis berurutan: {printed}; seharusnya 1 sampai {count}.",
        en: "Printed in order: {printed}; expected 1 to {count}.")
}

extension CatalogueEntry {
    static let ordinalGap = CatalogueEntry(
        code: .ordinalGap, severity: .warning,
        title: Localized(id: "Nomor urut melompat, berulang atau kosong", en: "Row numbers skip, repeat or are missing"),
        description: Localized(
            id: "Baris-baris satu tingkat di bawah satu induk (kegiatan satu program) bernomor 1, 2, 3… tanpa melompat atau mengulang. Penomoran yang putus dilaporkan sekali per induk, pada nomor pertama yang tidak berurutan, dengan seluruh urutan di catatan; baris tanpa nomor dilaporkan di selnya.",
            en: "The rows of one level under one parent (a program's kegiatan) are numbered 1, 2, 3… without skipping or repeating. A broken numbering is reported once per parent, at the first number out of sequence, with the whole sequence in the note; a row without a number is reported at its cell."),
        template: Localized(id: "{subject}: nomor urut {stated}, padahal berikutnya {expected}.",
                            en: "{subject}: row number {stated} where {expected} comes next."))
}
