import ByteOutput
import Foundation
import RenstraModel

/// Writes pretty-printed JSON straight into a buffered byte sink, laid out byte for byte as
/// Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// lays it out: two-space indent, `"key" : value`, an empty array or object as `[`, two line
/// breaks and the indented `]`. The caller writes each object's keys in sorted order (by their
/// UTF-8 bytes, as Foundation sorts them); debug builds assert that it does.
///
/// Each key or value is written in place, with its line break and indent, in one piece of the
/// 64 KiB chunk that goes to `sink` whenever it is full (`ChunkedOutput`), so a large document
/// never exists as one text. A failing sink stops the writing; `finish()` reports it.
final class JSONWriter {
    /// The deepest nesting allowed, so that a line break and its indent fit in any piece.
    private static let maxDepth = 1_000
    /// Longest string (in UTF-8 bytes) written in one piece; longer ones go in several.
    private static let pieceSize = (ChunkedOutput.size - 2 * maxDepth - 64) / 6

    private let output: ChunkedOutput
    /// How many arrays and objects are open.
    private var depth = 0
    /// The innermost open array or object; `container(_:_:isObject:_:)` keeps the enclosing
    /// ones while it runs.
    private var innermost = Container(isObject: false)

    private struct Container {
        let isObject: Bool
        var isEmpty = true
        #if DEBUG
        var lastKey: [UInt8]?
        #endif

        init(isObject: Bool) { self.isObject = isObject }
    }

    /// `sink` receives the output in chunks of 64 KiB, and the rest on `finish()`.
    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        output = ChunkedOutput(sink: sink)
    }

    /// Writes `body`'s output into memory and returns it.
    static func data(_ body: (JSONWriter) -> Void) -> Data {
        var data = Data()
        let writer = JSONWriter { data.append(contentsOf: $0) }
        body(writer)
        try? writer.finish()
        return data
    }

    /// Hands what is left to the sink, and throws the sink's error if it failed.
    func finish() throws {
        assert(depth == 0, "JSONWriter: \(depth) container(s) left open")
        try output.finish()
    }

    // MARK: containers

    /// `{ … }`: `body` writes the members with `key(_:)` and a value each, keys in sorted order.
    func object(_ body: () -> Void) {
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), isObject: true, body)
    }

    /// `[ … ]`: `body` writes the elements.
    func array(_ body: () -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]"), isObject: false, body)
    }

    /// An array of `elements`, each written by `element`.
    func array<Elements: Sequence>(_ elements: Elements, _ element: (Elements.Element) -> Void) {
        array { for item in elements { element(item) } }
    }

    /// Starts a member of the innermost object; its value is written next.
    func key(_ name: String) {
        startKey(name)
        Self.withUTF8(name) { bytes in
            guard bytes.count <= Self.pieceSize else {
                output.write(upTo: lineBreakBound) { separate(&$0) }
                longString(bytes)
                output.write(upTo: 3) { $0.text(" : ") }
                return
            }
            output.write(upTo: lineBreakBound + OutputCursor.jsonStringBound(bytes.count) + 3) { out in
                separate(&out)
                out.jsonString(bytes)
                out.text(" : ")
            }
        }
    }

    /// Starts a member keyed by a whole number, spelled as `String(number)` spells it.
    func key(_ number: Int) {
        startKey(String(number))
        output.write(upTo: lineBreakBound + NumberDigits.integerBound + 5) { out in
            separate(&out)
            out.byte(UInt8(ascii: "\""))
            out.advance { NumberDigits.write(Int64(number), to: $0) }
            out.text("\" : ")
        }
    }

    // MARK: values

    func string(_ value: String) {
        Self.withUTF8(value) { bytes in
            guard bytes.count <= Self.pieceSize else {
                writeValue(upTo: 0) { _ in }
                return longString(bytes)
            }
            writeValue(upTo: OutputCursor.jsonStringBound(bytes.count)) { $0.jsonString(bytes) }
        }
    }

    /// A string, or `null`.
    func string(_ value: String?) {
        guard let value else { return null() }
        string(value)
    }

    /// A cell's A1 reference as a string (`"P12"`), spelled as `CellLocation.cell` spells it.
    func cell(_ location: CellLocation) {
        writeValue(upTo: OutputCursor.cellBound + 2) { out in
            out.byte(UInt8(ascii: "\""))
            out.cell(column: location.column, row: location.row)
            out.byte(UInt8(ascii: "\""))
        }
    }

    func number(_ value: Int) {
        number(Int64(value))
    }

    func number(_ value: Int64) {
        writeValue(upTo: NumberDigits.integerBound) { out in out.advance { NumberDigits.write(value, to: $0) } }
    }

    /// An exact decimal, written as Foundation writes a `Decimal` (its description).
    func number(_ value: Decimal) {
        writeValue(upTo: NumberDigits.decimalBound) { out in out.advance { NumberDigits.write(value, to: $0) } }
    }

    func bool(_ value: Bool) {
        writeValue(upTo: 5) { $0.text(value ? "true" : "false") }
    }

    func null() {
        writeValue(upTo: 4) { $0.text("null") }
    }

    /// `value` written by `write`, or `null` when there is none.
    func optional<Value>(_ value: Value?, _ write: (Value) -> Void) {
        guard let value else { return null() }
        write(value)
    }

    /// A line break after the document, as the commands end it.
    func lineBreak() {
        output.write(upTo: 1) { $0.byte(UInt8(ascii: "\n")) }
    }

    /// Entries in the order Foundation's sorted keys give: by the keys' UTF-8 bytes.
    static func sorted<Entries: Sequence, Value>(_ entries: Entries) -> [(key: String, value: Value)]
    where Entries.Element == (key: String, value: Value) {
        entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    // MARK: layout

    /// Opens a container, lets `body` fill it and closes it, keeping the enclosing one meanwhile.
    private func container(_ open: UInt8, _ close: UInt8, isObject: Bool, _ body: () -> Void) {
        precondition(depth < Self.maxDepth, "JSONWriter: nesting deeper than \(Self.maxDepth)")
        writeValue(upTo: 1) { $0.byte(open) }
        let enclosing = innermost
        innermost = Container(isObject: isObject)
        depth += 1
        body()
        depth -= 1
        let isEmpty = innermost.isEmpty
        innermost = enclosing
        output.write(upTo: lineBreakBound + 1) { out in
            if isEmpty { out.byte(UInt8(ascii: "\n")) }
            lineBreak(&out)
            out.byte(close)
        }
    }

    /// Writes a value of at most `bound` bytes, after the separator and indent of an array
    /// element (after a key, the value follows directly).
    @inline(__always)
    private func writeValue(upTo bound: Int, _ body: (inout OutputCursor) -> Void) {
        output.write(upTo: lineBreakBound + bound) { out in
            if depth > 0, !innermost.isObject { separate(&out) }
            body(&out)
        }
    }

    /// Checks that a key may come here (and, in debug builds, that it keeps the keys sorted).
    private func startKey(_ name: @autoclosure () -> String) {
        precondition(depth > 0 && innermost.isObject, "JSONWriter: a key outside an object")
        #if DEBUG
        let key = Array(name().utf8)
        if let last = innermost.lastKey {
            assert(last.lexicographicallyPrecedes(key), "JSONWriter: key \"\(name())\" written out of order")
        }
        innermost.lastKey = key
        #endif
    }

    /// Most bytes `separate(_:)` or a doubled `lineBreak(_:)` writes at the current depth.
    private var lineBreakBound: Int { 2 * depth + 2 }

    /// `\n` before the first member, `,\n` before the others, then the indent.
    private func separate(_ out: inout OutputCursor) {
        if innermost.isEmpty {
            innermost.isEmpty = false
        } else {
            out.byte(UInt8(ascii: ","))
        }
        lineBreak(&out)
    }

    /// A line break and the indent of the current depth.
    private func lineBreak(_ out: inout OutputCursor) {
        out.byte(UInt8(ascii: "\n"))
        out.repeating(UInt8(ascii: " "), count: 2 * depth)
    }

    // MARK: bytes

    /// A string too long for one piece: quoted, in pieces that each fit a chunk.
    private func longString(_ bytes: UnsafeBufferPointer<UInt8>) {
        output.write(upTo: 1) { $0.byte(UInt8(ascii: "\"")) }
        var start = 0
        while start < bytes.count {
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<min(start + Self.pieceSize, bytes.count)])
            output.write(upTo: 6 * piece.count) { $0.jsonEscaped(piece) }
            start += piece.count
        }
        output.write(upTo: 1) { $0.byte(UInt8(ascii: "\"")) }
    }

    /// `text`'s UTF-8 bytes, in place when the string holds them contiguously (a native one does).
    private static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return text.withUTF8(body)
    }
}
