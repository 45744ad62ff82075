import RenstraModel

/// Every code is well formed and sits under its parent's: kegiatan 2.11.15.2 under program
/// 2.11.15, program 2.11.15 under bidang 2.11. When none of a parent's rows fits its code but
/// they share a shorter one, the parent's code is the one that is off (a stray part, as in
/// `2 11 15` printed on the bidang 2.11 subtotal); otherwise each row that does not fit is.
struct CodesSitUnderTheirParent: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        var findings: [Finding] = []
        for (position, entry) in index.entries.enumerated() {
            if entry.node.kodeParts.isEmpty, let kode = entry.node.kode {
                findings.append(finding(position, kode, .malformed, expected: nil, context))
            }
            let parent = entry.node.kodeParts
            let children = index.children(of: position).filter { !index.entries[$0].node.kodeParts.isEmpty }
            guard !parent.isEmpty, !children.isEmpty else { continue }
            let misfits = children.filter { !Self.fits(index.entries[$0].node.kodeParts, under: parent) }
            guard !misfits.isEmpty else { continue }
            let shared = Self.commonPrefix(children.map { index.entries[$0].node.kodeParts })
            if misfits.count == children.count, !shared.isEmpty, shared.count < parent.count,
               Self.same(shared, parent.prefix(shared.count)), let kode = entry.node.kode {
                findings.append(finding(position, kode, .strayPart, expected: shared.joined(separator: " "), context,
                                        related: children.compactMap { index.entries[$0].node.kode?.at }))
                continue
            }
            for child in misfits {
                guard let kode = index.entries[child].node.kode else { continue }
                findings.append(finding(child, kode, .notUnderParent, expected: nil, context,
                                        parent: parent.dotted, related: [entry.node.kode?.at].compactMap { $0 }))
            }
        }
        return findings
    }

    private func finding(_ position: Int, _ kode: Text, _ problem: Localized, expected: String?, _ context: CheckContext,
                         parent: String? = nil, related: [CellLocation] = []) -> Finding {
        var notes: [Note] = []
        if let expected { notes.append(Note(.strayPartNote, ["expected": .text(expected)])) }
        if let parent { notes.append(Note(.parentNote, ["parent": .text(parent)])) }
        return Finding(code: .codeMismatch, location: context.location(kode.at), subject: context.index.entries[position].subject,
                       program: context.index.program(of: position), expected: expected.map(FindingValue.text),
                       actual: .text(kode.value), related: related,
                       arguments: ["kode": .text(kode.value), "problem": .phrase(problem)], notes: notes)
    }

    /// Whether `child` extends `parent`, part by part (`03` is `3`).
    static func fits(_ child: KodeParts, under parent: KodeParts) -> Bool {
        child.count > parent.count && (child.starts(with: parent) || zip(child, parent).allSatisfy(KodePart.same))
    }

    static func same(_ a: KodeParts, _ b: Slice<KodeParts>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy(KodePart.same)
    }

    static func commonPrefix(_ codes: [KodeParts]) -> KodeParts {
        guard var prefix = codes.first else { return [] }
        for code in codes.dropFirst() {
            while !same(prefix, code.prefix(prefix.count)) { prefix.removeLast() }
        }
        return prefix
    }
}

extension Localized {
    static let malformed = Localized(id: "bukan kode yang sah (bagian-bagian angka paling banyak tiga digit)",
                                     en: "is not a valid code (parts of up to three digits)")
    static let strayPart = Localized(id: "memuat bagian yang tidak dimiliki baris-baris di bawahnya",
                                     en: "has a part the rows under it do not share")
    static let notUnderParent = Localized(id: "tidak berada di bawah kode induknya", en: "does not sit under its parent's code")
    static let strayPartNote = Localized(id: "Semua baris di bawahnya diawali {expected}.", en: "All the rows under it start with {expected}.")
    static let parentNote = Localized(id: "Kode induknya {parent}.", en: "Its parent's code is {parent}.")
}

extension CatalogueEntry {
    static let codeMismatch = CatalogueEntry(
        code: .codeMismatch, severity: .error,
        title: Localized(id: "Kode tidak sesuai", en: "Code does not fit"),
        description: Localized(
            id: "Kode harus sah (bagian-bagian angka, atau X/XX untuk program penunjang) dan berada di bawah kode induknya: kegiatan 2.11.15.2 di bawah program 2.11.15, program 2.11.15 di bawah bidang 2.11. Bila tidak satu pun baris di bawah suatu induk sesuai kodenya tetapi semuanya berawalan sama yang lebih pendek, kode induk itulah yang keliru (bagian nyasar); bila tidak, setiap baris yang tidak sesuai dilaporkan.",
            en: "A code must be well formed (numeric parts, or X/XX for a Program Penunjang) and sit under its parent's code: kegiatan 2.11.15.2 under program 2.11.15, program 2.11.15 under bidang 2.11. When none of a parent's rows fits its code but they all share a shorter one, the parent's code is the one that is off (a stray part); otherwise each row that does not fit is reported."),
        template: Localized(id: "{subject}: kode \"{kode}\" {problem}.", en: "{subject}: the code \"{kode}\" {problem}."))
}
