import ByteOutput
import RenstraCheck
import RenstraModel

/// The page as it is written: markup copied as is, text escaped (`HTMLText`), numbers and cell
/// references spelled as digits, each in place in a 64 KiB chunk that goes to the sink
/// whenever it is full (`ChunkedOutput`), so a large page never exists as one text.
final class HTMLOutput {
    /// Longest text (in UTF-8 bytes) written in one piece; longer ones go in several.
    private static let pieceSize = ChunkedOutput.size / HTMLText.expansion

    private let output: ChunkedOutput

    /// `sink` receives the page in chunks of 64 KiB, and the rest on `finish()`.
    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        output = ChunkedOutput(sink: sink)
    }

    /// Hands what is left to the sink, and throws the sink's error if it failed.
    func finish() throws {
        try output.finish()
    }

    /// Markup of the page's own, copied as is.
    func markup(_ markup: StaticString) {
        pieces(UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount), size: ChunkedOutput.size) {
            piece in output.write(upTo: piece.count) { $0.bytes(piece) }
        }
    }

    /// Text from the workbook or the page's phrases, escaped.
    func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            pieces(bytes, size: Self.pieceSize) { piece in
                output.write(upTo: HTMLText.expansion * piece.count) { out in
                    out.advance { HTMLText.escape(piece, to: $0) }
                }
            }
        }
    }

    /// A whole number, spelled as `String(number)` spells it.
    func number(_ number: Int) {
        output.write(upTo: NumberDigits.integerBound) { out in out.advance { NumberDigits.write(Int64(number), to: $0) } }
    }

    /// A value as `FindingValue.display` spells it: money and numbers grouped in place, texts escaped.
    func value(_ value: FindingValue, _ language: Language) {
        switch value {
        case .money(let rupiah):
            output.write(upTo: NumberDisplay.bound) { out in out.advance { NumberDisplay.write(rupiah.value, language, to: $0) } }
        case .number(let number):
            output.write(upTo: NumberDisplay.bound) { out in out.advance { NumberDisplay.write(number, language, to: $0) } }
        case .text, .empty:
            text(value.display(language))
        }
    }

    /// A cell's A1 reference (`P12`).
    func cell(_ location: CellLocation) {
        output.write(upTo: OutputCursor.cellBound) { $0.cell(column: location.column, row: location.row) }
    }

    /// `bytes` cut into pieces of at most `size`, each handed to `write`.
    private func pieces(_ bytes: UnsafeBufferPointer<UInt8>, size: Int, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            write(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
    }
}
