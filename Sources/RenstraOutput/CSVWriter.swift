import ByteOutput
import Foundation
import RenstraModel

/// Writes CSV lines straight into a buffered byte sink: comma-separated, each line ended by
/// CRLF, a field in quotes (its quotes doubled) when it holds a comma, a quote or a line break
/// (RFC 4180). Fields go into the 64 KiB chunk that goes to `sink` whenever it is full
/// (`ChunkedOutput`), so a large table never exists as one text. A failing sink stops the
/// writing; `finish()` reports it.
///
/// Whether text needs quotes or the formula apostrophe is decided on its bytes, as a CSV reader
/// reads them: a `\r\n` inside a text, or a comma followed by a combining mark, is quoted.
final class CSVWriter {
    /// Longest run of text (in UTF-8 bytes) written in one piece, quotes doubled.
    private static let pieceSize = (ChunkedOutput.size - 4) / 2

    private let output: ChunkedOutput
    /// No field is written yet on the current line.
    private var atLineStart = true

    /// `sink` receives the output in chunks of 64 KiB, and the rest on `finish()`.
    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        output = ChunkedOutput(sink: sink)
    }

    /// Hands what is left to the sink, and throws the sink's error if it failed.
    func finish() throws {
        try output.finish()
    }

    /// Ends the current line.
    func endLine() {
        output.write(upTo: 2) { $0.text("\r\n") }
        atLineStart = true
    }

    // MARK: fields

    /// An empty field.
    func empty() {
        writeField(upTo: 0) { _ in }
    }

    /// A word that needs no quotes.
    func keyword(_ word: StaticString) {
        writeField(upTo: word.utf8CodeUnitCount) { $0.text(word) }
    }

    /// A whole number, spelled as `String(_:)` spells it.
    func field(_ number: Int64) {
        writeField(upTo: NumberDigits.integerBound) { out in out.advance { NumberDigits.write(number, to: $0) } }
    }

    /// An exact decimal, spelled as its `description`.
    func field(_ number: Decimal) {
        writeField(upTo: NumberDigits.decimalBound) { out in out.advance { NumberDigits.write(number, to: $0) } }
    }

    /// A cell's A1 reference (`P12`), spelled as `CellLocation.cell` spells it.
    func field(_ location: CellLocation) {
        writeField(upTo: OutputCursor.cellBound) { $0.cell(column: location.column, row: location.row) }
    }

    /// Text, quoted when it needs to be.
    func field(_ text: String) {
        write(text, guardingFormula: false)
    }

    /// Text from a cell, empty for none. Text a spreadsheet would take for a formula (starting
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe (OWASP CSV
    /// injection).
    func text(_ text: String?) {
        guard let text else { return empty() }
        write(text, guardingFormula: true)
    }

    // MARK: layout

    /// Writes the separator before a field (none for a line's first) and the field, of at most
    /// `bound` bytes.
    @inline(__always)
    private func writeField(upTo bound: Int, _ body: (inout OutputCursor) -> Void) {
        let separated = !atLineStart
        atLineStart = false
        output.write(upTo: bound + 1) { out in
            if separated { out.byte(UInt8(ascii: ",")) }
            body(&out)
        }
    }

    private func write(_ text: String, guardingFormula: Bool) {
        var text = text
        text.withUTF8 { write($0, Layout(of: $0, guardingFormula: guardingFormula)) }
    }

    /// `bytes` with the apostrophe and the quotes `layout` asks for, in pieces that each fit a chunk.
    private func write(_ bytes: UnsafeBufferPointer<UInt8>, _ layout: Layout) {
        writeField(upTo: 2) { out in
            if layout.quoted { out.byte(UInt8(ascii: "\"")) }
            if layout.prefixed { out.byte(UInt8(ascii: "'")) }
        }
        var start = 0
        while start < bytes.count {
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<min(start + Self.pieceSize, bytes.count)])
            if layout.quoted {
                output.write(upTo: 2 * piece.count) { $0.doublingQuotes(piece) }
            } else {
                output.write(upTo: piece.count) { $0.bytes(piece) }
            }
            start += piece.count
        }
        if layout.quoted { output.write(upTo: 1) { $0.byte(UInt8(ascii: "\"")) } }
    }

    /// Whether a text field gets the formula apostrophe and quotes, decided on its UTF-8 bytes.
    private struct Layout {
        let prefixed: Bool
        let quoted: Bool

        init(of bytes: UnsafeBufferPointer<UInt8>, guardingFormula: Bool) {
            prefixed = guardingFormula && bytes.first.map(Self.startsFormula) ?? false
            var index = 0, quoted = false
            // Eight bytes at a time, then byte by byte for the rest.
            while index + 8 <= bytes.count, !quoted {
                quoted = Self.decides(WordBytes.load(bytes.baseAddress! + index))
                index += 8
            }
            while index < bytes.count, !quoted {
                quoted = Self.decides(bytes[index])
                index += 1
            }
            self.quoted = quoted
        }

        private static func startsFormula(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                 UInt8(ascii: "\t"), UInt8(ascii: "\r"): return true
            default: return false
            }
        }

        /// Whether the byte is a comma, a quote, `\r` or `\n`.
        private static func decides(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }

        /// Whether any of the eight bytes in `word` is a comma, a quote, `\r` or `\n`.
        private static func decides(_ word: UInt64) -> Bool {
            WordBytes.equal(UInt8(ascii: ","), in: word) | WordBytes.equal(UInt8(ascii: "\""), in: word)
                | WordBytes.equal(UInt8(ascii: "\r"), in: word) | WordBytes.equal(UInt8(ascii: "\n"), in: word) != 0
        }
    }
}

private extension OutputCursor {
    /// `bytes` with each quote doubled (at most `2 * bytes.count` bytes).
    mutating func doublingQuotes(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            self.byte(byte)
            if byte == UInt8(ascii: "\"") { self.byte(byte) }
        }
    }
}
