import Foundation
import Testing
@testable import RenstraMapping

/// A name that starts with its number (`1. Koordinasi …`) is split as the pattern
/// `^\d{1,3}[.)]?\s+` splits it; the pattern itself is the oracle here.
@Suite struct LeadingNumberTests {
    private static func byPattern(_ text: String) -> (number: String, rest: String)? {
        guard let match = text.range(of: #"^\d{1,3}[.)]?\s+"#, options: .regularExpression) else { return nil }
        let rest = text[match.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !rest.isEmpty else { return nil }
        return (text[match].trimmingCharacters(in: .whitespaces), rest)
    }

    private static func agree(_ text: String) -> Bool {
        let split = RowFields.leadingNumber(text), oracle = byPattern(text)
        return split?.number == oracle?.number && split?.rest == oracle?.rest
    }

    @Test(arguments: ["1. Koordinasi Perencanaan", "12) Pembinaan", "123 Pengembangan", "1234 Pengembangan",
                      "1.Koordinasi", "1.  ", "1.", "", "  1. Koordinasi", "Program 1. Koordinasi", "1.\nKoordinasi",
                      "1. \n Koordinasi ", "1.\u{A0}Koordinasi", "١٢. تنسيق", "12.5 persen", "3 ) x", "7\t\tx\t",
                      "1. \u{301}Koordinasi", "0 x", "99. UMKM naik kelas"])
    func splitsAsThePatternDoes(_ text: String) {
        #expect(Self.agree(text), "\(text)")
    }

    @Test func everyWhiteSpaceAndBlankIsThePatternsOwn() {
        for value in 0...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["1.\(scalar)Koordinasi", "1. \(scalar)Koordinasi\(scalar)", "1 \(scalar) x"] {
                #expect(Self.agree(text), "U+\(String(value, radix: 16))")
            }
        }
        for value in [0x180E, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0xFEFF] {
            #expect(Self.agree("2) \(Unicode.Scalar(value)!)x\(Unicode.Scalar(value)!)"), "U+\(String(value, radix: 16))")
        }
    }

    @Test func everyDecimalDigitIsThePatternsOwn() {
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Self.agree("\(scalar)1 Koordinasi"), "U+\(String(value, radix: 16))")
        }
    }
}
