import Foundation
import Testing
import TestSupport
import XLSXWriter

/// `renstra check DIR` and `renstra import DIR -o OUTDIR` as a Bappeda verifier runs them on a
/// folder of submissions: one verdict per file, the worst one as the exit status, a progress bar
/// on a terminal and none in a log.
@Suite(.scratch) struct FolderCommandTests {
    /// A folder holding every sample, a file that is not a workbook, and a workbook that is not
    /// a Renstra (an attendance list).
    static func submissions() throws -> URL {
        let folder = try Scratch.directory()
        let nested = folder.appendingPathComponent("lampiran")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: CheckCommandTests.samples.path)
        where name.hasSuffix(".xlsx") || name.hasSuffix(".csv") {
            try FileManager.default.copyItem(at: CheckCommandTests.samples.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        try Data("PK\u{3}\u{4}not a zip".utf8).write(to: folder.appendingPathComponent("rusak.xlsx"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("catatan.txt"))
        var sheet = try Worksheet(name: "Daftar Hadir")
        for (row, name) in ["Nama", "Budi", "Sari"].enumerated() {
            sheet.set(.text(name), at: CellPosition(row: row + 1, column: 1))
        }
        var workbook = Workbook(properties: DocumentProperties(title: "Daftar hadir", creator: "test", application: "test",
                                                               timestamp: try FixedTimestamp(year: 2024, month: 1, day: 2, hour: 8)))
        try workbook.append(sheet)
        try workbook.write(to: nested.appendingPathComponent("daftar-hadir.xlsx").path)
        return folder
    }

    @Test func eachFileGetsItsVerdictAndTheWorstIsTheExitStatus() throws {
        let folder = try Self.submissions()
        let run = try CheckCommandTests.run(["check", folder.path, "--format", "jsonl"])
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        let verdicts = Dictionary(uniqueKeysWithValues: lines.map { line in
            (URL(fileURLWithPath: line["file"] as? String ?? "").lastPathComponent, line["verdict"] as? String ?? "")
        })
        #expect(verdicts == [
            "daftar-hadir.xlsx": "unreadable", "rusak.xlsx": "unreadable",
            "tabel-5.1-as-printed.xlsx": "fail", "tabel-5.1-relaid.xlsx": "fail", "tabel-5.1-tc27.csv": "pass",
            "tabel-5.1-tc27.xlsx": "pass", "tabel-5.1.csv": "fail", "tabel-5.1.xlsx": "fail",
            "tabel-6.1.csv": "fail", "tabel-6.1.xlsx": "fail",
        ])
        let sixOne = try #require(lines.first { ($0["file"] as? String)?.hasSuffix("/tabel-6.1.xlsx") == true })
        #expect(sixOne["mapping"] as? String == "renstra-2020-2024-tujuan-sasaran@1")
        #expect(sixOne["programs"] as? Int == 11)
        #expect(sixOne["errors"] as? Int == 6)
        #expect(sixOne["warnings"] as? Int == 12)
        let hadir = try #require(lines.first { ($0["file"] as? String)?.hasSuffix("/daftar-hadir.xlsx") == true })
        #expect((hadir["reason"] as? String)?.contains("none of the shipped mappings fits") == true)
        #expect(lines.compactMap { $0["file"] as? String } == lines.compactMap { $0["file"] as? String }.sorted())
    }

    @Test func theTableEndsTheRunAndNoProgressBarReachesALog() throws {
        let folder = try Self.submissions()
        let run = try CheckCommandTests.run(["check", folder.path])
        #expect(run.status == 2)
        #expect(run.stdout.hasPrefix("file"))
        let row = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix(folder.path + "/tabel-6.1.xlsx ") })
        #expect(row.split(separator: " ").dropFirst().joined(separator: " ") == "renstra-2020-2024-tujuan-sasaran@1 11 6 12 0 fail")
        #expect(run.stdout.contains("rusak.xlsx: this is not an .xlsx/.xlsm workbook or CSV file"))
        #expect(run.stdout.hasSuffix("10 files: 2 pass, 6 fail, 2 unreadable\n"))
        #expect(!run.stderr.contains("\r"))
        #expect(!run.stderr.contains("[#"))
    }

    @Test func aFolderWithoutUnreadableFilesExitsWithTheWorstCheck() throws {
        let folder = try Self.submissions()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("rusak.xlsx"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("lampiran"))
        #expect(try CheckCommandTests.run(["check", folder.path]).status == 1)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.contains("tc27") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let passing = try CheckCommandTests.run(["check", folder.path, "--lang", "id"])
        #expect(passing.status == 0)
        #expect(passing.stdout.hasSuffix("2 berkas: 2 lulus\n"))
    }

    @Test func theProgressBarShowsOnATerminal() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        try #require(FileManager.default.isExecutableFile(atPath: script.path), "util-linux `script` gives the pseudo-terminal")
        let folder = try Self.submissions()
        let command = [CellsCommandTests.executable.path, "check", folder.path].map { "'\($0)'" }.joined(separator: " ")
        let terminal = try Self.underPseudoTerminal(script, command)
        #expect(terminal.contains("] 10/10 "))
        #expect(terminal.contains("[##############################]"))
        #expect(terminal.contains("\r\u{1B}[K"))
        let quiet = try Self.underPseudoTerminal(script, command + " --quiet")
        #expect(!quiet.contains("10/10"))
        #expect(quiet.contains("10 files: 2 pass, 6 fail, 2 unreadable"))
    }

    @Test func importWritesOneCleanedJSONPerWorkbook() throws {
        let folder = try Self.submissions()
        let output = folder.appendingPathComponent("keluar")
        let run = try CheckCommandTests.run(["import", folder.path, "-o", output.path])
        #expect(run.status == 2)
        #expect(run.stdout.hasSuffix("10 files: 8 imported, 2 unreadable\n"))
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written.count == 8)
        #expect(written.contains("tabel-6.1.xlsx.json"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("tabel-6.1.csv.json")))
        #expect((json as? [String: Any])?["findings"] as? [Any] != nil)
        #expect(try CheckCommandTests.run(["import", folder.path]).status == 64)
    }

    /// What a terminal shows while `command` runs under `script`.
    static func underPseudoTerminal(_ script: URL, _ command: String) throws -> String {
        let process = Process()
        process.executableURL = script
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
