import RenstraModel

/// Each kegiatan is entered once: no two kegiatan bear the same name (or names a typo apart)
/// under different codes. The later one is reported; the note says whether its indikator,
/// satuan and figures are the same too, in which case its pagu is likely counted twice.
/// Names a typo apart are looked for among names of about the same length that share their
/// first or their last `anchor` letters. Real names often share their first words
/// (`Penyediaan …`), so each such group keeps only its latest `window` names: a long table is
/// read in linear time, and a typo twin is missed only when more than `window` names with the
/// same opening (or ending) stand between the two.
struct EachKegiatanIsEnteredOnce: Check {
    /// Names at least this long may differ by `typos` edits and still be the same name.
    static let typoLength = 25
    static let typos = 2
    static let anchor = 10
    static let window = 512

    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        let kegiatan = index.entries.indices.filter {
            [.kegiatan, .subKegiatan].contains(index.entries[$0].node.level) && index.entries[$0].node.nama != nil
        }
        let names = kegiatan.map { Array(TextFolding.fold(index.entries[$0].node.nama!.value).utf8) }
        var exact: [[UInt8]: Int] = [:]
        var byStart: [ArraySlice<UInt8>: [Int]] = [:], byEnd: [ArraySlice<UInt8>: [Int]] = [:]
        var findings: [Finding] = []
        for later in kegiatan.indices {
            let name = names[later]
            var earlier = exact[name]
            if earlier == nil, name.count >= Self.typoLength {
                earlier = Self.earliest(in: byStart[name.prefix(Self.anchor)]?.suffix(Self.window) ?? [],
                                        and: byEnd[name.suffix(Self.anchor)]?.suffix(Self.window) ?? []) {
                    abs(names[$0].count - name.count) <= Self.typos && Self.sameName(names[$0], name)
                }
            }
            if exact[name] == nil { exact[name] = later }
            if name.count >= Self.typoLength {
                byStart[name.prefix(Self.anchor), default: []].append(later)
                byEnd[name.suffix(Self.anchor), default: []].append(later)
            }
            guard let earlier else { continue }
            let node = index.entries[kegiatan[later]].node, other = index.entries[kegiatan[earlier]]
            let notes = Self.sameFigures(node, other.node)
                ? [Note(.identicalNote, ["money": .value(.money(node.paguAkhir?.value ?? Self.sum(node)))])]
                : [Note(.differentNote)]
            findings.append(Finding(code: .duplicateName, location: context.location(node.nama!.at),
                                    subject: index.entries[kegiatan[later]].subject, program: index.program(of: kegiatan[later]),
                                    actual: .text(node.nama!.value), related: [other.node.nama!.at],
                                    arguments: ["other": .subject(other.subject), "row": .count(other.node.row.row)],
                                    notes: notes))
        }
        return findings
    }

    /// The smallest position of two ascending lists that `matches`, without sorting them.
    static func earliest(in first: ArraySlice<Int>, and second: ArraySlice<Int>, where matches: (Int) -> Bool) -> Int? {
        var i = first.startIndex, j = second.startIndex
        while i < first.endIndex || j < second.endIndex {
            let takeFirst = j == second.endIndex || (i < first.endIndex && first[i] <= second[j])
            let position = takeFirst ? first[i] : second[j]
            if takeFirst { i += 1 } else { j += 1 }
            if matches(position) { return position }
        }
        return nil
    }

    static func sameName(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a == b || (min(a.count, b.count) >= typoLength && TextFolding.within(typos, a, b))
    }

    /// Same indikator, satuan, targets and pagu, cell for cell; a dash and an empty cell both mean nothing.
    static func sameFigures(_ a: PlanNode, _ b: PlanNode) -> Bool {
        func same<Value>(_ x: Figure<Value>?, _ y: Figure<Value>?) -> Bool {
            switch (x?.state, y?.state) {
            case (.value(let m)?, .value(let n)?): return m == n
            case (.unreadable?, .unreadable?): return x?.text == y?.text
            case (nil, nil): return true
            case (.value?, _), (_, .value?), (.unreadable?, _), (_, .unreadable?), (nil, _), (_, nil): return false
            default: return true
            }
        }
        func same<Value>(_ x: [Int: Figure<Value>], _ y: [Int: Figure<Value>]) -> Bool {
            Set(x.keys).union(y.keys).allSatisfy { same(x[$0], y[$0]) }
        }
        let first = a.indikator.first, second = b.indikator.first
        return TextFolding.fold(first?.nama?.value ?? "") == TextFolding.fold(second?.nama?.value ?? "")
            && TextFolding.fold(first?.satuan?.value ?? "") == TextFolding.fold(second?.satuan?.value ?? "")
            && same(first?.targets ?? [:], second?.targets ?? [:]) && same(first?.targetAkhir, second?.targetAkhir)
            && same(a.pagu, b.pagu) && same(a.paguAkhir, b.paguAkhir)
    }

    /// The yearly pagu added up (zero in the impossible case that the sum does not fit).
    private static func sum(_ node: PlanNode) -> Rupiah {
        node.pagu.values.compactMap(\.value).reduce(Rupiah?.some(.zero)) { total, next in total.flatMap { Rupiah.adding($0, next) } } ?? .zero
    }
}

extension Localized {
    static let identicalNote = Localized(
        id: "Indikator, satuan dan semua angkanya juga sama: bila dientri dua kali, Rp {money} terhitung dua kali dalam jumlah.",
        en: "Its indikator, satuan and every figure are the same too: if it was entered twice, Rp {money} is counted twice in the sums.")
    static let differentNote = Localized(
        id: "Angkanya berbeda: periksa apakah keduanya memang kegiatan yang berlainan.",
        en: "The figures differ: check that they really are two kegiatan.")
}

extension CatalogueEntry {
    static let duplicateName = CatalogueEntry(
        code: .duplicateName, severity: .warning,
        title: Localized(id: "Kegiatan yang sama dengan dua kode", en: "Same kegiatan under two codes"),
        description: Localized(
            id: "Dua kegiatan bernama sama (tanpa memperhatikan huruf besar dan spasi, atau hanya berbeda salah ketik untuk nama panjang) dengan kode yang berbeda. Bila indikator, satuan dan angkanya juga sama, kegiatan itu kemungkinan dientri dua kali dan pagunya terhitung dua kali.",
            en: "Two kegiatan bear the same name (regardless of case and spacing, or a typo apart for long names) under different codes. When their indikator, satuan and figures are the same too, the kegiatan was likely entered twice and its pagu is counted twice."),
        template: Localized(id: "{subject}: namanya sama dengan {other} (baris {row}).",
                            en: "{subject}: the name repeats {other} (row {row})."))
}
