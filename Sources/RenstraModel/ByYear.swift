/// Figures by year, in year order: a row's pagu or an indikator's targets for each year of the
/// plan. Read and written like a dictionary keyed by year, but held as two short arrays: a
/// plan has five or so years, which a scan finds faster than a hash, in less memory. Inlinable,
/// so that each module that reads figures gets code specialised for them.
public struct ByYear<Value> {
    @usableFromInline var years: [Int] = []
    @usableFromInline var figures: [Value] = []

    @inlinable public init() {}

    /// `figures` for `years`, which are ascending and as many.
    init(years: [Int], figures: [Value]) {
        self.years = years
        self.figures = figures
    }

    /// The years that have a value, ascending.
    @inlinable public var keys: [Int] { years }
    /// The values, in the order of `keys`.
    @inlinable public var values: [Value] { figures }

    /// The value of `year`, or nil; setting nil removes it.
    @inlinable public subscript(year: Int) -> Value? {
        get { years.firstIndex(of: year).map { figures[$0] } }
        set {
            let place = years.firstIndex { $0 >= year } ?? years.endIndex
            let present = place < years.endIndex && years[place] == year
            switch (newValue, present) {
            case (let value?, true): figures[place] = value
            case (let value?, false):
                years.insert(year, at: place)
                figures.insert(value, at: place)
            case (nil, true):
                years.remove(at: place)
                figures.remove(at: place)
            case (nil, false): break
            }
        }
    }

    @inlinable public var count: Int { years.count }
    @inlinable public var isEmpty: Bool { years.isEmpty }

    /// The same years with each value transformed; the new figures share this one's list of years.
    @inlinable public func mapValues<NewValue>(_ transform: (Value) throws -> NewValue) rethrows -> ByYear<NewValue> {
        var mapped = ByYear<NewValue>()
        mapped.years = years
        mapped.figures = try figures.map(transform)
        return mapped
    }
}

extension ByYear: Sequence {
    /// The years and their values, ascending, as a dictionary's `(key, value)` pairs.
    @inlinable public func makeIterator() -> Iterator { Iterator(figures: self) }

    @inlinable public var underestimatedCount: Int { years.count }

    public struct Iterator: IteratorProtocol {
        @usableFromInline let byYear: ByYear
        @usableFromInline var position = 0

        @inlinable init(figures: ByYear) { byYear = figures }

        @inlinable public mutating func next() -> (key: Int, value: Value)? {
            guard position < byYear.years.count else { return nil }
            defer { position += 1 }
            return (key: byYear.years[position], value: byYear.figures[position])
        }
    }
}

extension ByYear: ExpressibleByDictionaryLiteral {
    @inlinable public init(dictionaryLiteral elements: (Int, Value)...) {
        for (year, value) in elements { self[year] = value }
    }
}

extension ByYear: Equatable where Value: Equatable {}

extension ByYear: Hashable where Value: Hashable {}

extension ByYear: Sendable where Value: Sendable {}
