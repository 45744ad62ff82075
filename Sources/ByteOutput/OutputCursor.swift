/// A write position in room that `ChunkedOutput` has made: no bounds checks of its own, so
/// each writer asks for as much room as it can write.
public struct OutputCursor {
    /// Where the next byte goes.
    @inlinable public var position: UnsafeMutablePointer<UInt8> { next }
    @usableFromInline var next: UnsafeMutablePointer<UInt8>

    @inlinable
    public init(_ start: UnsafeMutablePointer<UInt8>) { next = start }

    @inlinable
    public mutating func byte(_ byte: UInt8) {
        next.pointee = byte
        next += 1
    }

    /// `count` copies of `byte`.
    @inlinable
    public mutating func repeating(_ byte: UInt8, count: Int) {
        next.initialize(repeating: byte, count: count)
        next += count
    }

    /// Text copied as is.
    @inlinable
    public mutating func text(_ text: StaticString) {
        next.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        next += text.utf8CodeUnitCount
    }

    /// `bytes` copied as they are.
    @inlinable
    public mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        next.initialize(from: base, count: bytes.count)
        next += bytes.count
    }

    /// Most bytes `cell(column:row:)` writes: the column's letters and a row of at most 10 digits.
    public static let cellBound = ColumnLetters.maxCount + 10

    /// A cell's A1 reference (`P12`).
    @inlinable
    public mutating func cell(column: Int, row: Int) {
        advance { ColumnLetters.write(column, to: $0) }
        advance { NumberDigits.write(Int64(row), to: $0) }
    }

    /// What `write` writes at the position; it returns the count written.
    @inlinable
    public mutating func advance(_ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        next += write(next)
    }
}
