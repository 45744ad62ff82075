import RenstraModel

/// The figures the report's summary shows: how many programs and kegiatan, and the pagu of the
/// programs per year, added exactly.
struct PlanSummary {
    let programs: [PlanNode]
    let kegiatanCount: Int
    /// Sum of the programs' readable pagu per year; nil for a year whose sum overflows.
    let paguByYear: [Int: Rupiah?]

    init(_ document: RenstraDocument) {
        programs = document.nodes(at: .program)
        kegiatanCount = document.nodes(at: .kegiatan).count
        var sums: [Int: Rupiah?] = [:]
        for year in document.years {
            sums[year] = programs.compactMap { $0.pagu[year]?.value }.reduce(Rupiah.zero as Rupiah?) { sum, pagu in
                sum.flatMap { Rupiah.adding($0, pagu) }
            }
        }
        paguByYear = sums
    }
}
