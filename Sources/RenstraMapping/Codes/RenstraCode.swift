import Foundation
import RenstraModel

/// A program or kegiatan code as printed: `2 11 15 3 2` (Permendagri 13/2006 lists, spaces),
/// `2.11.15.03` or `2.17.02.1.01` (Permendagri 90/2019 nomenclature, dots). Parts compare by
/// value, so `15` and `015` are the same part.
public struct RenstraCode: Hashable, Sendable, CustomStringConvertible {
    /// The parts in order: urusan, bidang, program, kegiatan, …
    public let parts: KodeParts

    public init(parts: KodeParts) { self.parts = parts }

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
        self.init(columns.compactMap { $0 }.joined(separator: " "))
    }

    /// The parts of a printed code: the pieces between spaces, dots and non-breaking spaces,
    /// written straight into their dotted text; nil when the text holds any other character
    /// beyond ASCII, which no part of a code can.
    private static func split(_ text: String) -> KodeParts? {
        var text = text
        return text.withUTF8 { bytes in
            var failed = false
            // The dotted text is never longer than the printed code: one dot for one or more separators.
            let dotted = String(unsafeUninitializedCapacity: bytes.count) { dotted in
                var written = 0, index = 0, inPart = false
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: " "), UInt8(ascii: "."):
                        inPart = false
                    case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                        inPart = false
                        index += 1
                    case 0x80...:
                        failed = true
                        return 0
                    case let byte:
                        if !inPart, written > 0 { dotted[written] = UInt8(ascii: "."); written += 1 }
                        inPart = true
                        dotted[written] = byte; written += 1
                    }
                    index += 1
                }
                return written
            }
            return failed ? nil : KodeParts(dotted: dotted)
        }
    }

    public var description: String { parts.dotted }

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
    private static func isValid(_ parts: KodeParts) -> Bool {
        var place = 0, valid = !parts.isEmpty
        parts.forEachPart { part in
            let width = place == 5 ? 4 : 3
            let isNumber = (1...width).contains(part.count) && part.allSatisfy { $0 &- 0x30 < 10 }
            let isPlaceholder = part.count <= 2 && part.allSatisfy { $0 | 0x20 == UInt8(ascii: "x") }
            valid = valid && place < 6 && (isNumber || isPlaceholder)
            place += 1
        }
        return valid
    }
}
