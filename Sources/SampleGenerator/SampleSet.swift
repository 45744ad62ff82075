import Foundation
import XLSXWriter

/// The sample files of `samples/`: built from the transcribed tables of `samples/source`,
/// the same bytes on every run.
public enum SampleSet {
    /// Every file `generate` writes.
    public static let fileNames = [
        "tabel-5.1.xlsx", "tabel-5.1-as-printed.xlsx", "tabel-5.1.csv", "tabel-5.1-tc27.xlsx", "tabel-5.1-tc27.csv",
        "tabel-5.1-relaid.xlsx", "tabel-6.1.xlsx", "tabel-6.1.csv",
    ]

    /// Reads `tabel-5.1.tsv` and `tabel-6.1.tsv` from `sourceDirectory` and writes every file of
    /// `fileNames` into `outputDirectory`, creating it if needed and replacing files already there.
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
        let tc27 = TC27Layout.grid(tabel51, styles: styles)
        let relaid = RelaidLayout.tableGrid(tabel51, styles: styles)
        let clean61 = Tabel61Layout.layout.cleanGrid(tabel61, styles: styles)
        let output = { (name: String) in outputDirectory + "/" + name }
        try writeWorkbook([("Tabel 5.1", clean51)], title: "Tabel 5.1 Renstra 2015-2019", stamp: stamp,
                          to: output("tabel-5.1.xlsx"))
        try writeWorkbook([("Sheet1", printed51)], title: "Tabel 5.1 Renstra 2015-2019 (as printed)", stamp: stamp,
                          to: output("tabel-5.1-as-printed.xlsx"))
        try writeCSV(clean51, to: output("tabel-5.1.csv"))
        try writeWorkbook([("T-C.27", tc27)], title: "Tabel T-C.27 Renstra 2015-2019 (from Tabel 5.1)", stamp: stamp,
                          to: output("tabel-5.1-tc27.xlsx"))
        try writeCSV(tc27, to: output("tabel-5.1-tc27.csv"))
        try writeWorkbook([(RelaidLayout.coverSheet, RelaidLayout.coverGrid(styles: styles)), (RelaidLayout.tableSheet, relaid)],
                          title: "Tabel 5.1 Renstra 2015-2019 (re-laid out)", stamp: stamp, to: output("tabel-5.1-relaid.xlsx"))
        try writeWorkbook([("Tabel 6.1", clean61)], title: "Tabel 6.1 Renstra 2020-2024", stamp: stamp,
                          to: output("tabel-6.1.xlsx"))
        try writeCSV(clean61, to: output("tabel-6.1.csv"))
    }

    /// Writes one workbook with `sheets` (tab name and grid) in order.
    private static func writeWorkbook(_ sheets: [(name: String, grid: SheetGrid)], title: String, stamp: FixedTimestamp,
                                      to path: String) throws(SampleError) {
        do {
            var workbook = Workbook(properties: DocumentProperties(
                title: title, creator: "renstra-samples", application: "renstra XLSXWriter", timestamp: stamp))
            for sheet in sheets { try workbook.append(sheet.grid.worksheet(named: sheet.name)) }
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
