/// The document's years, each with its place: per-year values are kept in arrays in this order.
struct PlanYears {
    let years: [Int]
    /// True when the years follow one another, so that a year's place is found by subtraction.
    private let consecutive: Bool

    init(_ years: [Int]) {
        self.years = years
        consecutive = years.indices.allSatisfy { years[$0] == years[0] + $0 }
    }

    var count: Int { years.count }

    /// The place of `year` among the years, or nil when it is not one of them.
    func place(of year: Int) -> Int? {
        guard consecutive else { return years.firstIndex(of: year) }
        let place = year &- (years.first ?? 0)
        return place >= 0 && place < years.count ? place : nil
    }
}
