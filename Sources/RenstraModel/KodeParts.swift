/// The parts of a node's code in order (`2 11 15 3 2` has `2`, `11`, `15`, `3`, `2`), held as
/// their dotted text (`2.11.15.3.2`) in one `String`: up to 15 bytes, as most codes are, it
/// lives inline with no allocation of its own; a longer SIPD code (`1.01.01.2.01.0001`) takes one.
/// Parts are equal when spelled alike (`03` is not `3`; `KodePart` compares them by value).
///
/// A part is never empty and never holds a dot, as no part `RenstraCode` reads does; anything
/// else stops with a precondition failure, since the dotted text could not tell it apart.
/// Reaching a part walks the text from the start: a code has at most six short parts.
public struct KodeParts: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral,
                         CustomStringConvertible {
    /// The parts joined by dots (`2.11.15.3.2`); empty when there are none.
    public private(set) var dotted: String

    public init(_ parts: [String]) {
        for part in parts {
            precondition(!part.isEmpty && !part.utf8.contains(Self.dot), "a code part is neither empty nor dotted: \"\(part)\"")
        }
        dotted = parts.joined(separator: ".")
    }

    public init(arrayLiteral parts: String...) { self.init(parts) }

    /// Parts already joined by single dots, none of them empty.
    public init(dotted: String) {
        self.dotted = dotted
        let wellFormed = withBytes { bytes in
            bytes.isEmpty || bytes.first != Self.dot && bytes.last != Self.dot
                && !zip(bytes, bytes.dropFirst()).contains { $0 == Self.dot && $1 == Self.dot }
        }
        precondition(wellFormed, "a code part is never empty: \"\(dotted)\"")
    }

    /// Parts as a kept record gave them back, from a `KodeParts` already checked.
    init(keptDotted: String) { dotted = keptDotted }

    public typealias Indices = Range<Int>
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var isEmpty: Bool { dotted.isEmpty }
    public var count: Int { isEmpty ? 0 : withBytes { $0.count { $0 == Self.dot } } + 1 }

    public subscript(position: Int) -> String {
        precondition(position >= 0, "no code part \(position) in \(dotted)")
        var iterator = makeIterator()
        for _ in 0..<position { _ = iterator.next() }
        guard let part = iterator.next() else { preconditionFailure("no code part \(position) in \(dotted)") }
        return part
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    /// Calls `body` with the UTF-8 bytes of each part in order, without making a `String` of it.
    public func forEachPart(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try withBytes { bytes in
            var start = 0
            while let end = Self.end(ofPartAt: start, in: bytes) {
                try body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end + 1
            }
        }
    }

    /// Whether the first parts are `other`'s, spelled alike: `Sequence.starts(with:)` without
    /// making a `String` of each part.
    public func starts(with other: KodeParts) -> Bool {
        withBytes { bytes in
            other.withBytes { prefix in
                bytes.count >= prefix.count && bytes.prefix(prefix.count).elementsEqual(prefix)
                    && (prefix.isEmpty || bytes.count == prefix.count || bytes[prefix.count] == Self.dot)
            }
        }
    }

    /// Removes and returns the last part: `3` of `2.11.15.3`, leaving `2.11.15`.
    @discardableResult public mutating func removeLast() -> String {
        precondition(!isEmpty, "no code part to remove")
        let (rest, last) = withBytes { bytes in
            let dot = bytes.lastIndex(of: Self.dot)
            return (String(decoding: bytes[..<(dot ?? 0)], as: UTF8.self),
                    String(decoding: bytes[(dot.map { $0 + 1 } ?? 0)...], as: UTF8.self))
        }
        dotted = rest
        return last
    }

    public var description: String { dotted }

    private static let dot = UInt8(ascii: ".")

    /// Calls `body` with the dotted text's UTF-8 bytes.
    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var dotted = dotted
        return try dotted.withUTF8(body)
    }

    /// Where the part starting at byte `start` ends; nil past the last part.
    private static func end(ofPartAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: dot) ?? bytes.count
    }

    /// Walks the dotted text once, part by part.
    public struct Iterator: IteratorProtocol {
        private let parts: KodeParts
        private var start = 0

        init(_ parts: KodeParts) { self.parts = parts }

        public mutating func next() -> String? {
            let start = start
            let found = parts.withBytes { bytes in
                KodeParts.end(ofPartAt: start, in: bytes).map { end in
                    (part: String(decoding: bytes[start..<end], as: UTF8.self), end: end)
                }
            }
            guard let found else { return nil }
            self.start = found.end + 1
            return found.part
        }
    }
}
