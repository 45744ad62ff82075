import Synchronization

/// A sheet's name, held once for the whole process: the millions of cell locations of a large
/// table carry a small number instead of a copy of the text.
public struct SheetName: Hashable, Sendable, CustomStringConvertible {
    /// The name's place in the registry; below 2^30, so that a `CellLocation` can hold it.
    let number: UInt32

    /// The name `text`, registered on first use.
    public init(_ text: String) {
        number = Self.registry.withLock { $0.number(of: text) }
    }

    /// The name registered as `number`.
    init(number: UInt32) { self.number = number }

    /// The name as the workbook spells it.
    public var text: String { Self.registry.withLock { $0.names[Int(number)] } }

    public var description: String { text }

    private static let registry = Mutex(Registry())

    /// Every name used so far, numbered in order of first use. Names are few (one per sheet
    /// read), so they are kept for the life of the process.
    private struct Registry: ~Copyable {
        var names: [String] = []
        var numbers: [String: UInt32] = [:]

        mutating func number(of text: String) -> UInt32 {
            if let number = numbers[text] { return number }
            precondition(names.count < 1 << 30, "more than 2^30 sheet names in one process")
            let number = UInt32(names.count)
            names.append(text)
            numbers[text] = number
            return number
        }
    }
}
