import RenstraModel

/// A write position in room that `ChunkedOutput` has made: no bounds checks of its own, so
/// each writer asks for as much room as it can write.
struct OutputCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(_ start: UnsafeMutablePointer<UInt8>) { position = start }

    mutating func byte(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// `count` copies of `byte`.
    mutating func repeating(_ byte: UInt8, count: Int) {
        position.initialize(repeating: byte, count: count)
        position += count
    }

    /// Text copied as is.
    mutating func text(_ text: StaticString) {
        position.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        position += text.utf8CodeUnitCount
    }

    /// Most bytes `cell(_:)` writes: the column's letters and a row of at most 10 digits.
    static let cellBound = CellLocation.maxColumnLetters + 10

    /// A cell's A1 reference (`P12`), spelled as `CellLocation.cell` spells it.
    mutating func cell(_ location: CellLocation) {
        advance { CellLocation.writeColumnLetters(location.column, to: $0) }
        advance { NumberDigits.write(Int64(location.row), to: $0) }
    }

    /// What `write` writes at the position; it returns the count written.
    mutating func advance(_ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        position += write(position)
    }
}
