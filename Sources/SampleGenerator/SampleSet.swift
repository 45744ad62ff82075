import Foundation
import XLSXWriter

/// The sample files of `samples/`: built from the transcribed tables of `samples/source`,
/// the same bytes on every run.
public enum SampleSet {
    /// Every file `generate` writes.
    public static let fileNames = [
        "tabel-5.1.xlsx", "tabel-5.1-as-printed.xlsx", "tabel-5.1.csv", "tabel-6.1.xlsx", "tabel-6.1.csv",
    ]

    /// Reads `tabel-5.1.tsv` and `tabel-6.1.tsv` from `sourceDirectory` and writes the five
    /// samples into `outputDirectory`, creating it if needed and replacing files already there.
    public static func generate(sourceDirectory: String, outputDirectory: String) throws(SampleError) {
        let styles: SampleStyles
        let stamp: FixedTimestamp
        do {
            styles = try SampleStyles()
            stamp = try FixedTimestamp(year: 2020, month: 1, day: 31, hour: 8)
        } catch { throw .workbook(error) }
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw .unwritableOutput(path: outputDirectory, reason: error.localizedDescription)
        }
        let tabel51 = try SourceTable.tabel51.load(from: sourceDirectory)
        let tabel61 = try SourceTable.tabel61.load(from: sourceDirectory)
        let clean51 = Tabel51Layout.layout.cleanGrid(tabel51, styles: styles)
        let printed51 = Tabel51Layout.layout.printedGrid(tabel51, styles: styles)
        let clean61 = Tabel61Layout.layout.cleanGrid(tabel61, styles: styles)
        let output = { (name: String) in outputDirectory + "/" + name }
        try writeWorkbook(clean51, sheet: "Tabel 5.1", title: "Tabel 5.1 Renstra 2015-2019", stamp: stamp,
                          to: output("tabel-5.1.xlsx"))
        try writeWorkbook(printed51, sheet: "Sheet1", title: "Tabel 5.1 Renstra 2015-2019 (as printed)", stamp: stamp,
                          to: output("tabel-5.1-as-printed.xlsx"))
        try writeCSV(clean51, to: output("tabel-5.1.csv"))
        try writeWorkbook(clean61, sheet: "Tabel 6.1", title: "Tabel 6.1 Renstra 2020-2024", stamp: stamp,
                          to: output("tabel-6.1.xlsx"))
        try writeCSV(clean61, to: output("tabel-6.1.csv"))
    }

    private static func writeWorkbook(_ grid: SheetGrid, sheet: String, title: String, stamp: FixedTimestamp,
                                      to path: String) throws(SampleError) {
        do {
            var workbook = Workbook(properties: DocumentProperties(
                title: title, creator: "renstra-samples", application: "renstra XLSXWriter", timestamp: stamp))
            try workbook.append(grid.worksheet(named: sheet))
            try workbook.write(to: path)
        } catch {
            throw .workbook(error)
        }
    }

    private static func writeCSV(_ grid: SheetGrid, to path: String) throws(SampleError) {
        do {
            try Data(IndonesianCSV.bytes(of: grid)).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .unwritableOutput(path: path, reason: error.localizedDescription)
        }
    }
}
