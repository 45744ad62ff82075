import Foundation
import Testing
import TestSupport

/// `renstra check` as a verifier runs it: a report on stdout, and an exit status to gate on.
@Suite(.scratch) struct CheckCommandTests {
    static let samples = ImportCommandTests.samples

    /// Runs `renstra` with `LANG` and `LC_ALL` set as given.
    static func run(_ arguments: [String], lang: String = "C.UTF-8") throws -> CellsCommandTests.Run {
        let process = Process()
        process.executableURL = CellsCommandTests.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = lang
        environment["LC_ALL"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CellsCommandTests.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The urusan 4 block of Tabel 5.1 (urusan, bidang, program, kegiatan) under the sample's
    /// header: a table without findings. `change` edits its data lines' fields.
    static func smallTable(_ change: (inout [[String]]) -> Void = { _ in }) throws -> URL {
        let lines = try String(contentsOf: samples.appendingPathComponent("tabel-5.1.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n")
        var data = Array(lines[168..<172]).map { $0.components(separatedBy: ";") }
        change(&data)
        let text = (Array(lines[0..<9]) + data.map { $0.joined(separator: ";") }).joined(separator: "\r\n") + "\r\n"
        return try CellsCommandTests.temporaryFile("urusan-4.csv", Array(text.utf8))
    }

    @Test func aTableWithoutFindingsPasses() throws {
        let run = try Self.run(["check", try Self.smallTable().path, "--mapping", "renstra-2015-2019-kode"])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("PASS: no findings.\n"))
    }

    @Test func warningsFailOnlyWhenAskedTo() throws {
        let table = try Self.smallTable { $0[3][13] = "" }
        let lenient = try Self.run(["check", table.path, "--mapping", "renstra-2015-2019-kode"])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("  N13    warning    missing-unit: kegiatan 4.5.19.1: the indikator has targets, but its satuan is (empty)."))
        #expect(lenient.stdout.hasSuffix("PASS: 0 errors, 1 warnings, 0 info (failing at error and above)\n"))
        let strict = try Self.run(["check", table.path, "--mapping", "renstra-2015-2019-kode", "--fail-on", "warning"])
        #expect(strict.status == 1)
        #expect(strict.stdout.hasSuffix("FAIL: 0 errors, 1 warnings, 0 info (failing at warning and above)\n"))
    }

    @Test func theSampleFailsWithItsDefectsGroupedByProgram() throws {
        let run = try Self.run(["check", Self.samples.appendingPathComponent("tabel-6.1.xlsx").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("chose mapping renstra-2020-2024-tujuan-sasaran"))
        #expect(run.stdout.contains("Program Pelayanan Administrasi Perkantoran (row 54)\n  M60    error      unreadable-number:"))
        #expect(run.stdout.contains("  N8     error      money-unit-mismatch: The pagu header says (ribu), but the figures are in rupiah"))
        #expect(run.stdout.hasSuffix("FAIL: 6 errors, 12 warnings, 0 info (failing at error and above)\n"))
    }

    @Test func theLanguageComesFromTheEnvironmentUnlessAsked() throws {
        let file = Self.samples.appendingPathComponent("tabel-5.1.csv").path
        let indonesian = try Self.run(["check", file, "--mapping", "renstra-2015-2019-kode"], lang: "id_ID.UTF-8")
        #expect(indonesian.stdout.hasSuffix("GAGAL: 3 kesalahan, 15 peringatan, 1 info (gagal pada tingkat kesalahan ke atas)\n"))
        #expect(indonesian.stdout.contains("urusan 2: Rp akhir periode tertulis 22.519.210.000, tetapi jumlah tahunannya 86.060.177.000."))
        let english = try Self.run(["check", file, "--mapping", "renstra-2015-2019-kode", "--lang", "en"], lang: "id_ID.UTF-8")
        #expect(english.stdout.hasSuffix("FAIL: 3 errors, 15 warnings, 1 info (failing at error and above)\n"))
    }

    @Test func theJSONReportHasTheFindingsAndASummary() throws {
        let run = try Self.run(["check", Self.samples.appendingPathComponent("tabel-5.1.xlsx").path, "--format", "json", "--lang", "id"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["verdict"] as? String == "fail")
        #expect(summary["errors"] as? Int == 3)
        #expect((summary["by_code"] as? [String: Int])?["row-total-mismatch"] == 2)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 19)
        #expect((findings.first?["location"] as? [String: Any])?["cell"] as? String == "AA10")
        #expect(findings.first?["title"] as? String == "Rp akhir periode tidak sama dengan jumlah tahunan")
    }

    @Test func anUnreadableFileExitsWithTwo() throws {
        let file = try CellsCommandTests.temporaryFile("broken.xlsx", Array("PK\u{3}\u{4}not a zip".utf8))
        let run = try Self.run(["check", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("broken.xlsx"))
    }

    @Test func importWithFixRecordsEachCorrectionAndKeepsTheFindings() throws {
        let file = Self.samples.appendingPathComponent("tabel-5.1-as-printed.xlsx").path
        let run = try Self.run(["import", file, "--mapping", "renstra-2015-2019-kode", "--fix"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let corrections = try #require(json["corrections"] as? [[String: Any]])
        #expect(corrections.filter { $0["rule"] as? String == "drop-repeated-row" }.count == 14)
        let recomputed = corrections.filter { $0["rule"] as? String == "recompute-end-of-period-rp" }
        #expect(recomputed.compactMap { ($0["location"] as? [String: Any])?["cell"] as? String } == ["AA10", "AA11"])
        #expect((recomputed.first?["to"] as? [String: Any])?["value"] as? Int == 86_060_177_000)
        let urusan = try #require((json["nodes"] as? [[String: Any]])?.first)
        #expect((urusan["pagu_akhir"] as? [String: Any])?["value"] as? Int == 86_060_177_000)
        #expect((json["findings"] as? [Any])?.count == 33)
        let plain = try Self.run(["import", file, "--mapping", "renstra-2015-2019-kode"])
        let unfixed = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        #expect(unfixed["corrections"] == nil)
    }
}
