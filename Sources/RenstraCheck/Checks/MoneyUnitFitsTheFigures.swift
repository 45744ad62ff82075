import RenstraModel

/// The money unit a pagu header states (`PAGU (ribu)`, `Rp (juta)`) fits the size of the
/// figures under it. A typical row (the median of the rows whose pagu is not a sum) of ten
/// million or more ribu or juta is full Rupiah; one under a thousand Rupiah is ribu or juta.
struct MoneyUnitFitsTheFigures: Check {
    /// The smallest typical figure that cannot be ribu or juta: Rp 10 billion a kegiatan read as ribu.
    static let tooLargeForThousands: Int64 = 10_000_000
    /// The largest typical figure that cannot be full Rupiah.
    static let tooSmallForRupiah: Int64 = 1_000

    func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        guard let stated = document.statedMoneyUnit, let header = document.paguHeader else { return [] }
        let read = document.moneyUnit
        // The yearly pagu above zero of the rows whose pagu is not a sum, counted first so that
        // the array of them (a few per row) takes exactly the room it needs.
        func forEachPrinted(_ body: (Int64) -> Void) {
            for position in context.index.entries.indices where context.figureFlags[position].hasPaguOfItsOwn {
                let figures = context.index.entries[position].node.pagu.values
                for item in figures.indices {
                    if let value = figures[item].value?.value, value > 0 { body(value) }
                }
            }
        }
        var count = 0
        forEachPrinted { _ in count += 1 }
        var printed: [Int64] = []
        printed.reserveCapacity(count)
        forEachPrinted { printed.append($0 / read.factor) }
        printed.sort()
        guard !printed.isEmpty else { return [] }
        let typical = printed[printed.count / 2]
        let actual: MoneyUnit, note: Note
        if read != stated {
            actual = read
            note = Note(.readAsNote, ["actual": .text(read.rawValue), "factor": .value(.money(Rupiah(stated.factor)))])
        } else if stated != .rupiah, typical >= Self.tooLargeForThousands {
            actual = .rupiah
            let (scaled, overflow) = typical.multipliedReportingOverflow(by: stated.factor)
            note = Note(.scaledNote, ["factor": .value(.money(Rupiah(stated.factor))),
                                      "scaled": .value(.money(Rupiah(overflow ? .max : scaled)))])
        } else if stated == .rupiah, typical < Self.tooSmallForRupiah {
            actual = .ribu
            note = Note(.tooSmallNote, ["typical": .value(.money(Rupiah(typical)))])
        } else {
            return []
        }
        return [Finding(code: .moneyUnitMismatch, location: context.location(header), expected: .text(actual.rawValue),
                        actual: .text(stated.rawValue),
                        arguments: ["stated": .text(stated.rawValue), "actual": .text(actual.rawValue),
                                    "typical": .value(.money(Rupiah(typical)))],
                        notes: [note])]
    }
}

extension Localized {
    static let readAsNote = Localized(
        id: "Angkanya dibaca sebagai {actual}, tidak dikalikan {factor}; perbaiki judul kolomnya.",
        en: "They were read as {actual}, not multiplied by {factor}; correct the header.")
    static let scaledNote = Localized(
        id: "Angkanya dikalikan {factor} sesuai judul kolom, sehingga baris yang lazim menjadi Rp {scaled}; periksa judulnya, atau impor dengan mapping yang money.unit-nya detect.",
        en: "They were multiplied by {factor} as the header says, which makes a typical row Rp {scaled}; check the header, or import with a mapping whose money.unit is detect.")
    static let tooSmallNote = Localized(
        id: "Sebagai rupiah penuh, baris yang lazim hanya Rp {typical}; angkanya tampaknya dalam ribu atau juta.",
        en: "As full Rupiah a typical row is only Rp {typical}; the figures look like ribu or juta.")
}

extension CatalogueEntry {
    static let moneyUnitMismatch = CatalogueEntry(
        code: .moneyUnitMismatch, severity: .error,
        title: Localized(id: "Satuan uang bertentangan dengan angkanya", en: "Money unit contradicts the figures"),
        description: Localized(
            id: "Judul kolom pagu menyebut satuan (`PAGU (ribu)`, `Rp (juta)`) yang tidak sesuai dengan besarnya angka: baris yang lazim bernilai sepuluh juta ribu atau lebih adalah rupiah penuh (satu kegiatan tidak mungkin Rp 10 miliar lebih), dan yang kurang dari seribu rupiah adalah ribu atau juta. Catatannya menyebut bagaimana angka itu dibaca.",
            en: "The pagu header states a unit (`PAGU (ribu)`, `Rp (juta)`) that does not fit the size of the figures: a typical row of ten million ribu or more is full Rupiah (one kegiatan is not Rp 10 billion or more), and one under a thousand Rupiah is ribu or juta. The note says how the figures were read."),
        template: Localized(id: "Judul kolom pagu menyebut ({stated}), tetapi angkanya dalam {actual}: pagu baris yang lazim tertulis {typical}.",
                            en: "The pagu header says ({stated}), but the figures are in {actual}: a typical row's pagu is printed as {typical}."))
}
