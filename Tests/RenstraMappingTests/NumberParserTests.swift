import Foundation
import Testing
@testable import RenstraMapping
import RenstraModel

/// Figures as planners write them, each read exactly, from the text.
@Suite struct NumberParserTests {
    private let parser = NumberParser(locale: .id)

    private func value(_ text: String) -> Decimal? {
        if case .number(let value, _, _) = parser.read(text) { return value }
        return nil
    }

    @Test(arguments: [
        ("150.000.000", "150000000"), ("27,2", "27.2"), ("27,18", "27.18"), ("4015", "4015"), ("8.030", "8030"),
        ("Rp 75.000.000,00", "75000000"), ("Rp.5.922.027.846,00", "5922027846"), ("Rp. 6.319.911.000,-", "6319911000"),
        ("(1.500)", "-1500"), ("-2,5", "-2.5"), ("0", "0"), ("102.671.044.000", "102671044000"),
    ])
    func indonesianFiguresAreReadExactly(text: String, expected: String) {
        #expect(value(text) == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func aPercentSignIsKeptApart() {
        #expect(parser.read("27,18 %") == .number(Decimal(string: "27.18")!, percent: true, suffix: nil))
        #expect(parser.read("20%") == .number(20, percent: true, suffix: nil))
    }

    @Test func aUnitAfterTheFigureIsKept() {
        #expect(parser.read("12 bulan") == .number(12, percent: false, suffix: "bulan"))
    }

    @Test(arguments: ["-", " - ", "–", "—"])
    func aDashMeansNonePlanned(text: String) {
        #expect(parser.read(text) == .none)
    }

    @Test func anEmptyCellIsEmpty() {
        #expect(parser.read("  ") == .empty)
    }

    @Test(arguments: [("######", UnreadableNumber.hashes), ("#####", .hashes), ("1OO.000.000", .lettersAmongDigits),
                      ("15O", .lettersAmongDigits), ("70.78", .badGrouping), ("1.50.000", .badGrouping),
                      ("1,2,3", .badGrouping), ("belum ada", .text)])
    func whatCannotBeReadIsSaidWhy(text: String, reason: UnreadableNumber) {
        #expect(parser.read(text) == .unreadable(reason))
    }

    @Test func englishStyleIsReadWhenDeclared() {
        let english = NumberParser(locale: .en)
        #expect(english.read("1,231,790,000") == .number(1_231_790_000, percent: false, suffix: nil))
        #expect(english.read("70.78") == .number(Decimal(string: "70.78")!, percent: false, suffix: nil))
    }

    @Test func workbookNumbersAreReadFromTheirExactText() {
        #expect(NumberParser.read(cellNumber: "150000000") == 150_000_000)
        #expect(NumberParser.read(cellNumber: "0.1") == Decimal(string: "0.1"))
        #expect(NumberParser.read(cellNumber: "1.5E-3") == Decimal(string: "0.0015"))
    }

    @Test func thePlainFastPathReadsAsTheGeneralPathDoes() {
        // Every figure shape the fast path takes, against Foundation's reading of its canonical form.
        let cases = ["0", "7", "30", "150.000.000", "1.000", "27,2", "27,18", "27,20", "0,5", "100,00", "4015",
                     "1.234.567,891", "999.999.999.999.999.999", "102.671.044.000"]
        for text in cases {
            let fast = parser.plainNumber(text)
            let canonical = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            let general = Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX"))
            #expect(fast == general, "\(text)")
            #expect(fast?.description == general?.description, "\(text)")
        }
        for text in ["1.50.000", "70.78", "1,2,3", ",5", "5,", "1.", ".5", "1 000", "-5", "12 bulan", "1OO", "1.000.000.000.000.000.000",
                     "", "1234.567", "1.2345", "1.234.56", "1,234.567", "1.234,5,6", "1.234,", "0001.000", "1234567890123456789"] {
            #expect(parser.plainNumber(text) == nil, "\(text) is left to the general reading")
        }
        #expect(parser.plainDigits("123456789012345678")! == (123_456_789_012_345_678, 0))
        #expect(parser.plainDigits("1.234,500")! == (12_345, 1))
        #expect(parser.plainDigits("1234,05")! == (123_405, 2))
        let english = NumberParser(locale: .en)
        #expect(english.plainDigits("1,234.5")! == (12_345, 1))
        #expect(english.plainDigits("1.234,5") == nil)
    }

    @Test func largeFiguresStayExact() {
        // Beyond Double's 15–17 significant digits.
        #expect(value("123.456.789.012.345.678") == Decimal(string: "123456789012345678"))
    }
}

@Suite struct RenstraCodeTests {
    @Test(arguments: [("2 11 15 3 2", ["2", "11", "15", "3", "2"]), ("2.11.15.03", ["2", "11", "15", "03"]),
                      ("2.17.02.1.01", ["2", "17", "02", "1", "01"]), ("X.XX.01", ["X", "XX", "01"])])
    func codesSplitIntoParts(text: String, parts: [String]) {
        #expect(RenstraCode(text)?.parts == KodeParts(parts))
    }

    @Test func partsCompareByValue() {
        #expect(RenstraCode("2.11.15.03") == RenstraCode("2 11 15 3"))
        #expect(RenstraCode("2 11 15 3 2")!.starts(with: RenstraCode("2.11.15")!))
        #expect(!RenstraCode("2 11 16 3")!.starts(with: RenstraCode("2.11.15")!))
    }

    @Test(arguments: ["", "2 11 a", "240.000.0002 11"])
    func malformedCodesAreRefused(text: String) {
        #expect(RenstraCode(text) == nil)
    }

    @Test func codesFromSeparateColumnsSkipEmptyOnes() {
        #expect(RenstraCode(columns: ["2", "11", "15", "", "1"])?.parts == ["2", "11", "15", "1"])
    }

    @Test func aRowNumberPrintedWithADotIsTheNumber() {
        #expect(RenstraCode(columns: ["5", "4", "17", "2", "1."])?.parts == ["5", "4", "17", "2", "1"])
    }

    @Test func nonBreakingSpacesSeparateParts() {
        #expect(RenstraCode("2\u{00A0}11\u{00A0}15")?.parts == ["2", "11", "15"])
        #expect(RenstraCode("2 11\u{00A0}\u{0301}15") == nil)
    }

    @Test func threeDigitKegiatanNumbersAreCodes() {
        #expect(RenstraCode("5 4 19 128 10")?.parts == ["5", "4", "19", "128", "10"])
    }
}

/// Blanks squeezed byte by byte in ASCII text come out as Foundation's splitting and joining
/// gives them.
@Suite struct SqueezeBlanksTests {
    @Test func asciiIsSqueezedAsFoundationSqueezesIt() {
        let pieces = [" ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "27", ",", "18", "%", "Rp", ".", "-", "bulan"]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(NumberParser.squeezeBlanks(text) == expected, "\(text.debugDescription)")
        }
        #expect(NumberParser.squeezeBlanks("27,18\u{A0}%") == "27,18 %")
    }
}

@Suite struct HeaderTextTests {
    @Test func caseSpacingLineBreaksAndPunctuationDoNotMatter() {
        #expect(HeaderText("Satua\nn").matches(["Satuan"]))
        #expect(HeaderText("  SATUAN: ").matches(["satuan"]))
        #expect(HeaderText("Program/Kegiatan").matches(["Program Kegiatan"]))
        #expect(!HeaderText("Satuan").matches(["SAT"]))
    }

    @Test func aUnitInParenthesesIsSetApart() {
        let header = HeaderText("PAGU (ribu)")
        #expect(header.key == "pagu")
        #expect(header.parenthesised == "ribu")
        #expect(header.matches(["Pagu"]))
    }

    /// Beyond ASCII the parentheses are found as characters: a `(` carrying a combining mark
    /// is not one.
    @Test func aUnitInParenthesesIsFoundBeyondASCIIToo() {
        #expect(HeaderText("Pagü (ribu)").key == "pagu")
        #expect(HeaderText("Pagü (ribu)").parenthesised == "ribu")
        #expect(HeaderText("Pagu (\u{301}ribu)").parenthesised == nil)
        #expect(HeaderText("Pagu )ribu(").parenthesised == nil)
        #expect(HeaderText("Pagu (a) (ribu)").parenthesised == "ribu")
    }

    /// The comparison that stops at the first differing ASCII byte answers as comparing whole
    /// folds does, also when letters beyond ASCII, accents written as combining marks or
    /// ligatures follow the ASCII part.
    /// Reading a cell as one of an anchor's folded spellings answers as `matches` does, with
    /// and without a unit in parentheses.
    @Test func readingAsOneOfFoldedLabelsAgreesWithMatching() {
        let texts = ["Kode", "KODE (1)", "Kode\n", "Program dan Kegiatan", "Program/Kegiatan (Rp)", "Pagu (ribu)",
                     "Sätuan", "(Kode)", "Kode)", "(", "", "Indikator Kinerja Program (outcome) dan Kegiatan (output)"]
        let labels = ["Kode", "Program dan Kegiatan", "Pagu", "ribu", "Satuan", "Kode 1", "Indikator Kinerja Program dan Kegiatan"]
        for text in texts {
            for label in labels {
                #expect(HeaderText.reads(text, asOneOf: [HeaderText.fold(label)]) == HeaderText(text).matches([label]),
                        "\(text) as \(label)")
            }
        }
    }

    @Test func comparingWithAFoldAgreesWithFolding() {
        let texts = ["Satuan", "SATUAN (Rp)", "Sat\u{301}uan", "Satuan\u{301}", "Sa\u{327}tuan", "Çatuan", "çatuan",
                     "Satuán", "Sätuan", "Pagu ½", "Pagu 12", "ﬁnal", "final", "Kondisi Akhir", "Kondisi Akhir²",
                     "Kondisi\u{20DD} Akhir", "Target Tahun 2020", "TARGET TAHUN 2O20", "", "  ", "Satu"]
        for text in texts {
            for other in texts {
                let key = HeaderText.fold(other)
                #expect(HeaderText.fold(text, equals: key) == (HeaderText.fold(text) == key), "\(text) against \(other)")
            }
        }
    }
}

/// The whole-number fast path of a workbook's number cells reads what Foundation's parser reads.
@Suite struct CellNumberTests {
    @Test(arguments: ["0", "7", "007", "150000000", "1000000000000", "999999999999999999", "1000000000000000000",
                      "123456789012345678901", "1.5", "1.5E-3", "2.50E3", "-5", "1e20", "00000000000000000001",
                      "72.5", "27.20", "0.25", "0.0", "007.50", "1234567.891", "99999999999999999.9", ".5", "5."])
    func aWholeNumberIsReadAsFoundationReadsIt(text: String) throws {
        let foundation = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        let read = try #require(NumberParser.read(cellNumber: text))
        #expect(read == foundation)
        #expect(read.description == foundation.description)
        #expect(read.hashValue == foundation.hashValue)
        #expect(FigureReader.rupiah(read, factor: 1_000) == FigureReader.rupiah(foundation, factor: 1_000))
    }

    @Test func onlyPlainDigitsTakeTheFastPath() {
        #expect(NumberParser.wholeNumber("150000000") == 150_000_000)
        #expect(NumberParser.wholeNumber("") == nil)
        #expect(NumberParser.wholeNumber("-5") == nil)
        #expect(NumberParser.wholeNumber("1.5") == nil)
        #expect(NumberParser.wholeNumber("1234567890123456789") == nil)
    }
}
