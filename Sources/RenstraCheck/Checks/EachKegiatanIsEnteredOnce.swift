import RenstraModel

/// Each kegiatan is entered once: no two kegiatan bear the same name (or names a typo apart)
/// under different codes. The later one is reported; the note says whether its indikator,
/// satuan and figures are the same too, in which case its pagu is likely counted twice.
/// Names of at least `typoLength` letters are a typo apart when at most `typos` edits turn one
/// into the other; `NameIndex` finds them without comparing every pair, and `TwinSearch`
/// splits the search over the cores.
struct EachKegiatanIsEnteredOnce: Check {
    /// Names at least this long may differ by `typos` edits and still be the same name.
    static let typoLength = 25
    static let typos = 2
    /// How many earlier names sharing a piece of text are compared at most (see `NameIndex`).
    static let window = 512

    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        var kegiatan: [Int32] = []
        for position in index.levels.indices
        where (index.levels[position] == .kegiatan || index.levels[position] == .subKegiatan) && index.entries[position].node.nama != nil {
            kegiatan.append(Int32(position))
        }
        let names = kegiatan.lazy.map { index.entries[Int($0)].node.nama!.value }
        let twins = TwinSearch.earliestTwins(of: names, typos: Self.typos, typoLength: Self.typoLength, window: Self.window)
        return zip(kegiatan, twins).compactMap { place, twin in
            guard let earlier = twin else { return nil }
            let position = Int(place), node = index.entries[position].node, other = index.entries[Int(kegiatan[earlier])]
            let notes = Self.sameFigures(node, other.node)
                ? [Note(.identicalNote, ["money": .value(.money(node.paguAkhir?.value ?? Self.sum(node)))])]
                : [Note(.differentNote)]
            return Finding(code: .duplicateName, location: context.location(node.nama!.at),
                           subject: index.entries[position].subject, program: index.program(of: position),
                           actual: .text(node.nama!.value), related: [other.node.nama!.at],
                           arguments: ["other": .subject(other.subject), "row": .count(other.node.row.row)],
                           notes: notes)
        }
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
        func same<Value>(_ x: ByYear<Figure<Value>>, _ y: ByYear<Figure<Value>>) -> Bool {
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
            id: "Dua kegiatan bernama sama (tanpa memperhatikan huruf besar dan spasi; untuk nama sepanjang 25 huruf atau lebih, juga bila hanya berbeda salah ketik: paling banyak dua huruf ditambah, dihapus atau diganti) dengan kode yang berbeda. Bila indikator, satuan dan angkanya juga sama, kegiatan itu kemungkinan dientri dua kali dan pagunya terhitung dua kali.",
            en: "Two kegiatan bear the same name (regardless of case and spacing; for names of 25 letters or more, also when a typo apart: at most two letters added, dropped or changed) under different codes. When their indikator, satuan and figures are the same too, the kegiatan was likely entered twice and its pagu is counted twice."),
        template: Localized(id: "{subject}: namanya sama dengan {other} (baris {row}).",
                            en: "{subject}: the name repeats {other} (row {row})."))
}
