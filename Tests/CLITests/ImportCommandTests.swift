import Foundation
import Testing
import TestSupport

/// `renstra import` and `renstra mappings` as a user runs them.
@Suite(.scratch) struct ImportCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    @Test func importChoosesTheFittingMappingAndSaysWhich() throws {
        let run = try CellsCommandTests.run(["import", Self.samples.appendingPathComponent("tabel-6.1.csv").path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("chose mapping renstra-2020-2024-tujuan-sasaran"))
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((json?["source"] as? [String: String])?["mapping"] == "renstra-2020-2024-tujuan-sasaran@1")
    }

    @Test func importWritesTheJSONAndTheFlatExportToFiles() throws {
        let directory = try Scratch.directory()
        let json = directory.appendingPathComponent("out.json"), flat = directory.appendingPathComponent("out.csv")
        let run = try CellsCommandTests.run(["import", Self.samples.appendingPathComponent("tabel-5.1.xlsx").path,
                                             "--mapping", "renstra-2015-2019-kode", "-o", json.path, "--flat", flat.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: json.path))
        let lines = try String(contentsOf: flat, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "level,kode,nomor,nama,parent_kode,parent_nama,indikator,satuan,period,target,target_status,target_cell,pagu,pagu_status,pagu_cell,row")
        #expect(lines.contains { $0.hasPrefix("kegiatan,2 11 15 2 1,1,Bimbingan teknis penyusunan proposal permodalan bagi KUMKM,") && $0.contains(",2016,30,value,R13,150000000,value,S13,13") })
    }

    /// An output that cannot be written is not a finding (1) nor unreadable input (2): it exits
    /// with 3 and names the file.
    @Test(arguments: [["import", "-o"], ["import", "--flat"], ["import", "--report"], ["check", "--format", "json", "-o"],
                      ["check", "--format", "html", "-o"]])
    func anOutputThatCannotBeWrittenExitsWithThreeAndNamesIt(command: [String]) throws {
        let target = try Scratch.directory().appendingPathComponent("missing/out")
        let run = try CellsCommandTests.run([command[0], Self.samples.appendingPathComponent("tabel-6.1.csv").path]
                                            + command.dropFirst() + [target.path])
        #expect(run.status == 3)
        #expect(run.stderr.contains("renstra: \(target.path): cannot be written (No such file or directory)"))
    }

    @Test func anUnknownMappingNameExitsWithTwoAndListsTheShippedOnes() throws {
        let run = try CellsCommandTests.run(["import", Self.samples.appendingPathComponent("tabel-6.1.csv").path, "--mapping", "tabel-9"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("there is no mapping \"tabel-9\"; available: renstra-2015-2019-kode, renstra-2020-2024-tujuan-sasaran"))
    }

    @Test func aBadMappingFileExitsWithTwoAndPointsAtTheLine() throws {
        let mapping = try CellsCommandTests.temporaryFile("bad.yaml", Array("version: 1\nname: x\ntitle: y\nheader: {anchor: [Kode], rows: many}\n".utf8))
        let run = try CellsCommandTests.run(["import", Self.samples.appendingPathComponent("tabel-6.1.csv").path, "--mapping", mapping.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.yaml, line 4, column 32: expected a whole number from 1 to 20, found \"many\""))
    }

    @Test func aFileNoMappingFitsExitsWithTwo() throws {
        let csv = try CellsCommandTests.temporaryFile("neraca.csv", Array("Akun;Saldo\nKas;100\n".utf8))
        let run = try CellsCommandTests.run(["import", csv.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("none of the shipped mappings fits this file"))
        #expect(run.stderr.contains("  - renstra-2015-2019-kode: sheet neraca: no sheet has the header of mapping renstra-2015-2019-kode@1"))
    }

    @Test func mappingsListsTheShippedMappings() throws {
        let run = try CellsCommandTests.run(["mappings"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] }
                == ["renstra-2015-2019-kode", "renstra-2020-2024-tujuan-sasaran", "renstra-tc27-86-2017"])
    }
}
