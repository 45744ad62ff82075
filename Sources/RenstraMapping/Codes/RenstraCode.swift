import Foundation
import RenstraModel

/// A program or kegiatan code as printed: `2 11 15 3 2` (Permendagri 13/2006 lists, spaces),
/// `2.11.15.03` or `2.17.02.1.01` (Permendagri 90/2019 nomenclature, dots). Parts compare by
/// value, so `15` and `015` are the same part.
public struct RenstraCode: Hashable, Sendable, CustomStringConvertible {
    /// The parts in order: urusan, bidang, program, kegiatan, …
    public let parts: [String]

    public init(parts: [String]) { self.parts = parts }

    /// Splits a printed code on spaces, dots or both. Nil when a part is not a number or
    /// the `X`/`XX` placeholder of the Program Penunjang.
    public init?(_ text: String) {
        guard let parts = Self.split(text), Self.isValid(parts) else { return nil }
        self.parts = parts
    }

    /// Joins the parts read from separate columns, in order. A column may hold one part (`15`)
    /// or several (`2.11.15.02` beside a `No` column); a row number printed with a dot (`1.`)
    /// is still the number 1.
    public init?(columns: [String?]) {
        var parts: [String] = []
        for column in columns.compactMap({ $0 }) {
            guard let split = Self.split(column) else { return nil }
            parts += split
        }
        guard Self.isValid(parts) else { return nil }
        self.parts = parts
    }

    /// The parts of a printed code: the pieces between spaces, dots and non-breaking spaces;
    /// nil when the text holds any other character beyond ASCII, which no part of a code can.
    private static func split(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes in
            // Room for the six parts a valid code may have: one allocation, kept by the node.
            var parts: [String] = []
            parts.reserveCapacity(6)
            var start = 0, index = 0
            func endPart() {
                if index > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
            }
            while index < bytes.count {
                let separatorLength: Int
                switch bytes[index] {
                case UInt8(ascii: " "), UInt8(ascii: "."): separatorLength = 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: separatorLength = 2
                case 0x80...: return nil
                default: separatorLength = 0
                }
                guard separatorLength > 0 else { index += 1; continue }
                endPart()
                index += separatorLength
                start = index
            }
            endPart()
            return parts
        }
    }

    public var description: String { parts.joined(separator: ".") }

    /// The first `count` parts.
    public func prefix(_ count: Int) -> RenstraCode { RenstraCode(parts: Array(parts.prefix(count))) }

    /// Whether `self` starts with every part of `other`, comparing parts by value.
    public func starts(with other: RenstraCode) -> Bool {
        guard other.parts.count <= parts.count else { return false }
        return zip(parts, other.parts).allSatisfy(KodePart.same)
    }

    public static func == (lhs: RenstraCode, rhs: RenstraCode) -> Bool {
        lhs.parts.count == rhs.parts.count && zip(lhs.parts, rhs.parts).allSatisfy(KodePart.same)
    }

    public func hash(into hasher: inout Hasher) {
        for part in parts { hasher.combine(KodePart.key(part)) }
    }

    /// At most six parts; each a number of at most three digits (kegiatan 128 of a 13/2006
    /// program; the sixth, a SIPD sub-kegiatan, may have four) or the `X`/`XX` placeholder.
    /// A glued total such as `240.000.0002` fails.
    private static func isValid(_ parts: [String]) -> Bool {
        guard !parts.isEmpty, parts.count <= 6 else { return false }
        for (index, part) in parts.enumerated() {
            let width = index == 5 ? 4 : 3
            let isNumber = (1...width).contains(part.utf8.count) && part.utf8.allSatisfy { $0 &- 0x30 < 10 }
            guard isNumber || part.uppercased() == "X" || part.uppercased() == "XX" else { return false }
        }
        return true
    }
}
