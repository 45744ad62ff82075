import Testing
@testable import SampleGenerator

/// The number/text rule of the samples (see `IndonesianNumber`): which printed figures become
/// numbers, with which value and format, and that Excel's id-ID display gives back the print.
@Suite struct NumberRuleTests {
    @Test(arguments: [
        ("150.000.000", "150000000", "#,##0"),
        ("2.000", "2000", "#,##0"),
        ("30", "30", "0"),
        ("98253", "98253", "0"),
        ("4015", "4015", "0"),
        ("0", "0", "0"),
        ("27,2", "27.2", "0.0"),
        ("27,18", "27.18", "0.00"),
        ("0,5", "0.5", "0.0"),
        ("27,50", "27.5", "0.00"),
        ("1.234,5", "1234.5", "#,##0.0"),
    ])
    func plainNumbers(printed: String, value: String, format: String) throws {
        let number = try #require(IndonesianNumber(printed: printed))
        #expect(number.value.text == value)
        #expect(number.format.code == format)
        #expect(number.displayed == printed)
    }

    @Test(arguments: ["-", "######", "#####", "27,18 %", "20%", "12 bulan", "1.", "05", "1.5", "1.0000", "0.500",
                      "1,", ",5", "-5", "+5", "1 000", "", "12.000,", "1.000.00"])
    func everythingElseStaysText(printed: String) {
        #expect(IndonesianNumber(printed: printed) == nil)
        #expect(GridContent.figure(printed) == (printed.isEmpty ? nil : .text(printed)))
    }

    /// Every figure of both transcriptions shows, after the round trip through a number cell,
    /// exactly as printed: the CSV can be built from the cells without losing a character.
    @Test func everyTranscribedFigureDisplaysAsPrinted() throws {
        for table in [SourceTable.tabel51, SourceTable.tabel61] {
            for row in try table.load(from: Repository.sources.path) {
                for field in row.record.fields {
                    if let number = IndonesianNumber(printed: field) { #expect(number.displayed == field) }
                }
            }
        }
    }
}
