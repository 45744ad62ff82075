import Foundation

/// Writes pretty-printed JSON straight into a buffered byte sink, laid out byte for byte as
/// Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// lays it out: two-space indent, `"key" : value`, an empty array or object as `[`, two line
/// breaks and the indented `]`. The caller writes each object's keys in sorted order (by their
/// UTF-8 bytes, as Foundation sorts them); debug builds assert that it does.
///
/// Nothing is held beyond one chunk: the output goes to `sink` as it is written, so a large
/// document never exists as one text. A failing sink stops the writing; `finish()` reports it.
final class JSONWriter {
    /// Size of the chunk handed to the sink.
    private static let chunkSize = 1 << 16

    private let sink: (UnsafeRawBufferPointer) throws -> Void
    private var buffer: [UInt8] = []
    /// The first error the sink threw; once set, nothing more is written.
    private var failure: Error?
    /// The open arrays and objects, innermost last.
    private var open: [Container] = []

    private struct Container {
        let isObject: Bool
        var count = 0
        #if DEBUG
        var lastKey: [UInt8]?
        #endif
    }

    /// `sink` receives the output in chunks of about 64 KiB, and the rest on `finish()`.
    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize + 1024)
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
        assert(open.isEmpty, "JSONWriter: \(open.count) container(s) left open")
        flush()
        if let failure { throw failure }
    }

    // MARK: containers

    /// `{ … }`: `body` writes the members with `key(_:)` and a value each, keys in sorted order.
    func object(_ body: () -> Void) {
        beginValue()
        raw(UInt8(ascii: "{"))
        open.append(Container(isObject: true))
        body()
        close(UInt8(ascii: "}"))
    }

    /// `[ … ]`: `body` writes the elements.
    func array(_ body: () -> Void) {
        beginValue()
        raw(UInt8(ascii: "["))
        open.append(Container(isObject: false))
        body()
        close(UInt8(ascii: "]"))
    }

    /// An array of `elements`, each written by `element`.
    func array<Elements: Sequence>(_ elements: Elements, _ element: (Elements.Element) -> Void) {
        array { for item in elements { element(item) } }
    }

    /// Starts a member of the innermost object; its value is written next.
    func key(_ name: String) {
        precondition(open.last?.isObject == true, "JSONWriter: a key outside an object")
        #if DEBUG
        let bytes = Array(name.utf8)
        if let last = open[open.count - 1].lastKey {
            assert(last.lexicographicallyPrecedes(bytes), "JSONWriter: key \"\(name)\" written out of order")
        }
        open[open.count - 1].lastKey = bytes
        #endif
        separate()
        escaped(name)
        raw(" : ")
    }

    // MARK: values

    func string(_ value: String) {
        beginValue()
        escaped(value)
    }

    /// A string, or `null`.
    func string(_ value: String?) {
        guard let value else { return null() }
        string(value)
    }

    func number(_ value: Int) {
        beginValue()
        raw(String(value))
    }

    func number(_ value: Int64) {
        beginValue()
        raw(String(value))
    }

    /// An exact decimal, written as Foundation writes a `Decimal` (its description).
    func number(_ value: Decimal) {
        beginValue()
        raw(value.description)
    }

    func bool(_ value: Bool) {
        beginValue()
        raw(value ? "true" : "false")
    }

    func null() {
        beginValue()
        raw("null")
    }

    /// `value` written by `write`, or `null` when there is none.
    func optional<Value>(_ value: Value?, _ write: (Value) -> Void) {
        guard let value else { return null() }
        write(value)
    }

    /// A line break after the document, as the commands end it.
    func lineBreak() {
        raw(UInt8(ascii: "\n"))
    }

    /// Entries in the order Foundation's sorted keys give: by the keys' UTF-8 bytes.
    static func sorted<Entries: Sequence, Value>(_ entries: Entries) -> [(key: String, value: Value)]
    where Entries.Element == (key: String, value: Value) {
        entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    // MARK: layout

    /// Before a value: the separator and indent of an array element; nothing after a key.
    private func beginValue() {
        guard let last = open.last, !last.isObject else { return }
        separate()
    }

    /// `\n` before the first member, `,\n` before the others, then the indent.
    private func separate() {
        let index = open.count - 1
        let first = open[index].count == 0
        open[index].count += 1
        lineBreak(indent: open.count, after: first ? nil : UInt8(ascii: ","))
    }

    private func close(_ bracket: UInt8) {
        let container = open.removeLast()
        lineBreak(indent: open.count, after: container.count == 0 ? UInt8(ascii: "\n") : nil)
        raw(bracket)
    }

    /// `prefix`, a line break and `depth` indents, in one append.
    private func lineBreak(indent depth: Int, after prefix: UInt8?) {
        if let prefix { buffer.append(prefix) }
        let spaces = Self.newlineAndSpaces
        if depth * 2 < spaces.count {
            buffer.append(contentsOf: spaces[...(depth * 2)])
        } else {
            buffer.append(contentsOf: spaces)
            buffer.append(contentsOf: repeatElement(0x20, count: depth * 2 + 1 - spaces.count))
        }
    }

    /// A line break and room for 32 levels of indent.
    private static let newlineAndSpaces: [UInt8] = [0x0A] + Array(repeating: 0x20, count: 64)

    // MARK: bytes

    /// A JSON string as Foundation escapes it: quote, backslash and control characters
    /// (`\b \f \n \r \t`, others as `\u00XX`); `/` and everything else, non-ASCII included, raw.
    private func escaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in Self.escape(bytes, into: &buffer) }
        flushIfFull()
    }

    /// Appends `bytes` as a quoted JSON string, in one access to the buffer.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        var mark = 0
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[mark..<index]))
            mark = index + 1
            buffer.append(UInt8(ascii: "\\"))
            switch byte {
            case 0x22, 0x5C: buffer.append(byte)
            case 0x08: buffer.append(UInt8(ascii: "b"))
            case 0x0C: buffer.append(UInt8(ascii: "f"))
            case 0x0A: buffer.append(UInt8(ascii: "n"))
            case 0x0D: buffer.append(UInt8(ascii: "r"))
            case 0x09: buffer.append(UInt8(ascii: "t"))
            default:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: Array("u00".utf8))
                buffer.append(hex[Int(byte >> 4)])
                buffer.append(hex[Int(byte & 0xF)])
            }
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[mark...]))
        buffer.append(UInt8(ascii: "\""))
    }

    private func raw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    private func raw(_ byte: UInt8) {
        buffer.append(byte)
    }

    private func flushIfFull() {
        if buffer.count >= Self.chunkSize { flush() }
    }

    private func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try buffer.withUnsafeBytes { try sink($0) }
        } catch {
            failure = error
        }
    }
}
