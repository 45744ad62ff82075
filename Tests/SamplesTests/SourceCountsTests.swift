import Testing

/// Counts of the transcribed tables, against the issue and the notes files
/// (`samples/source/*.notes.md`, section "Counts" and section 4).
@Suite struct SourceCountsTests {
    @Test func tabel51Counts() throws {
        let table = try TranscribedTable("tabel-5.1.tsv")
        let rows = table.rows
        let printed = rows.filter { !$0.isRepeat }
        #expect(rows.count == 228)
        #expect(printed.filter { $0.kind == "program" }.count == 14)
        #expect(printed.filter { $0.kind == "kegiatan" }.count == 193)
        let kegiatanCodes = Set(printed.filter { $0.kind == "kegiatan" }.map { row in
            ["k_urusan", "k_bidang", "k_program", "k_kegiatan", "no"].map { row[$0] }
        })
        #expect(kegiatanCodes.count == 193, "distinct kegiatan codes u.b.p.k + no")
        #expect(rows.filter(\.isRepeat).count == 14)
        #expect(rows.filter(\.isRepeat).allSatisfy { $0.kind == "kegiatan" })
        #expect(printed.filter { $0.kind == "urusan" || $0.kind == "bidang" }.count == 6)
        #expect(printed.filter { $0.kind == "total" }.count == 1)
        #expect(rows.last?.kind == "total")
        #expect(Set(rows.map { $0["page"] }) == Set((1...15).map(String.init)))
    }

    /// Every page-break repeat is the same row as its first printing, which ends the page
    /// before, apart from the left context that only the first printing carries.
    @Test func tabel51RepeatsMatchTheirFirstPrinting() throws {
        let rows = try TranscribedTable("tabel-5.1.tsv").rows
        let context: Set<String> = ["seed_line", "page", "repeat", "ket", "misi", "tujuan", "sasaran",
                                    "indikator_sasaran", "target_sasaran"]
        for (index, row) in rows.enumerated() where row.isRepeat {
            let first = rows[index - 1]
            #expect(!first.isRepeat && Int(first["page"])! + 1 == Int(row["page"])!, "line \(row.line)")
            for (column, value) in row.fields where !context.contains(column) {
                #expect(first[column] == value, "line \(row.line), \(column)")
            }
        }
    }

    @Test func tabel61Counts() throws {
        let rows = try TranscribedTable("tabel-6.1.tsv").rows
        #expect(rows.count == 77)
        #expect(rows.filter { $0.kind == "program" }.count == 11)
        #expect(rows.filter { $0.kind == "kegiatan" }.count == 65)
        #expect(rows.filter { $0.kind == "total" }.count == 1)
        #expect(rows.last?.kind == "total")
        #expect(Set(rows.map { $0["page"] }) == Set((1...9).map(String.init)))
    }
}
