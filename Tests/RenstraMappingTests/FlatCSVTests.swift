import Foundation
import RenstraModel
import Testing
@testable import RenstraOutput

/// The flat export is streamed through `CSVWriter` byte for byte as the `String`-built encoder
/// it replaced laid it out (`StringBuiltFlatCSV` below), with quoting and the formula
/// apostrophe decided on bytes, as a CSV reader reads them.
@Suite struct FlatCSVTests {
    @Test(arguments: ["tabel-5.1.xlsx", "tabel-5.1.csv", "tabel-5.1-as-printed.xlsx", "tabel-5.1-relaid.xlsx",
                      "tabel-5.1-tc27.xlsx", "tabel-6.1.xlsx", "tabel-6.1.csv"])
    func theSamplesAreWrittenAsTheStringsLaidThemOut(sample: String) throws {
        let document = try SampleImportTests.document(sample)
        #expect(try Self.flat(document) == StringBuiltFlatCSV.encode(document))
    }

    /// Texts that need quotes, an apostrophe or neither, including those where a character is
    /// more than its byte: `\r\n`, a comma or quote with a combining mark, a prepended mark.
    static let awkwardTexts = [
        "", "plain", "a,b", "say \"hi\"", "\"", "two\nlines", "two\r\nlines", "\r\n", "\r\nx", "\r", "x\r", "\r\r\n",
        "\n\r", "=SUM(A1)", "+62", "-1.500", "@cmd", "\tx", "\rx", "'quoted", "é,ü", "a,\u{301}b", "\"\u{301}", "=\u{301}",
        "-\u{301}1", "\u{600}\"x", "\"\u{200D}x", "x\u{903},", "🙂,🙂", "e\u{301}\"", ",\u{0308}\"", "Rp 150.000.000,-",
        String(repeating: "ab\"c,", count: 30_000), String(repeating: "é", count: 40_000) + "\r\n",
    ]

    /// A text with a `\r\n`, or a comma or quote that a mark joins into another character, still
    /// splits a CSV reader's record: it is quoted (the `String`-built export left it bare).
    @Test func lineBreaksAndJoinedCommasAreQuoted() throws {
        #expect(try Self.csv { $0.text("two\r\nlines") } == "\"two\r\nlines\"\r\n")
        #expect(try Self.csv { $0.text("a,\u{301}b") } == "\"a,\u{301}b\"\r\n")
        #expect(try Self.csv { $0.text("\"\u{301}") } == "\"\"\"\u{301}\"\r\n")
        #expect(try Self.csv { $0.text("=\u{301}") } == "'=\u{301}\r\n")
    }

    @Test func awkwardTextsAreLaidOutAsStringsLaidThemOut() throws {
        for text in Self.awkwardTexts {
            #expect(try Self.csv { $0.text(text) } == StringBuiltFlatCSV.field(text) + "\r\n", Self.named(text))
            #expect(try Self.csv { $0.field(text) } == StringBuiltFlatCSV.quote(text) + "\r\n", Self.named(text))
        }
    }

    /// Random texts from pieces that decide quoting and formulas, with and without marks that
    /// join them into other characters.
    @Test func randomTextsAreLaidOutAsStringsLaidThemOut() throws {
        let pieces = [",", "\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", "a", " ", "é", "e\u{301}", "\u{301}",
                      "\u{600}", "\u{200D}", "\u{903}", "🙂", "🇮🇩", "中"]
        var random = SplitMix64(seed: 2015)
        for _ in 0..<5_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(try Self.csv { $0.text(text) } == StringBuiltFlatCSV.field(text) + "\r\n", Self.named(text))
        }
    }

    @Test func figuresAndTextsOfEveryKindAreWrittenAsBefore() throws {
        let sheet = "Tabel 5.1"
        func at(_ row: Int, _ column: Int) -> CellLocation { CellLocation(sheet: sheet, row: row, column: column) }
        func target(_ value: String, _ column: Int) -> Target {
            Target(state: .value(Decimal(string: value)!), text: value, at: at(3, column))
        }
        let targets: ByYear<Target> = [
            2016: target("0.001", 8), 2017: target("-27.18", 26), 2018: target("123456789012345678901234567", 27),
            2019: Target(state: .unreadable("######"), text: "######", at: at(3, 702)),
            2020: Target(state: .none, text: "-", at: at(3, 703)),
        ]
        let pagu: ByYear<Pagu> = [
            2016: Pagu(state: .value(Rupiah(.max)), text: "x", at: at(3, 9)),
            2017: Pagu(state: .value(Rupiah(.min)), text: "x", at: at(3, 16_384)),
            2018: Pagu(state: .missing, text: "", at: at(1_048_576, 16_383)),
        ]
        let child = PlanNode(level: .kegiatan, row: RowLocation(sheet: sheet, row: 4), kode: Text("-1", at: at(4, 1)),
                             nama: Text("=\"x\",y", at: at(4, 2)),
                             indikator: [Indikator(nama: Text("a\r\nb", at: at(4, 3)), targetAkhir: target("0", 12))])
        let node = PlanNode(level: .subKegiatan, row: RowLocation(sheet: sheet, row: 3), kode: Text("2 11", at: at(3, 1)),
                            nomor: Text("1.", at: at(3, 2)), nama: Text("Program, \"satu\"", at: at(3, 3)),
                            indikator: [Indikator(nama: Text("@ind", at: at(3, 4)), satuan: Text("%", at: at(3, 5)), targets: targets),
                                        Indikator(nama: Text("second", at: at(3, 6)))],
                            pagu: pagu, paguAkhir: Pagu(state: .value(Rupiah(-1_500)), text: "-1.500", at: at(3, 13)),
                            children: [child])
        let document = RenstraDocument(file: "t.csv", sheet: sheet, mapping: "m@1", years: Array(2016...2020), moneyUnit: .rupiah,
                                       nodes: [node, PlanNode(level: .program, row: RowLocation(sheet: sheet, row: 5))])
        #expect(try Self.flat(document) == StringBuiltFlatCSV.encode(document))
    }

    @Test func theSinkGetsTheOutputInChunksAndEveryByteOnce() throws {
        let document = try SampleImportTests.document("tabel-5.1.xlsx")
        var chunks: [Int] = []
        var bytes = Data()
        try FlatCSV.write(document) { chunk in
            chunks.append(chunk.count)
            bytes.append(contentsOf: chunk)
        }
        #expect(chunks.count > 1 && chunks.allSatisfy { $0 <= 1 << 16 })
        #expect(bytes == StringBuiltFlatCSV.encode(document))
    }

    @Test func aFailingSinkIsReportedOnFinish() throws {
        struct Full: Error {}
        let document = try SampleImportTests.document("tabel-5.1.xlsx")
        #expect(throws: Full.self) { try FlatCSV.write(document) { _ in throw Full() } }
    }

    /// `text` as a test names it: escaped, and cut short.
    static func named(_ text: String) -> Comment { Comment(rawValue: String(text.debugDescription.prefix(60))) }

    static func flat(_ document: RenstraDocument) throws -> Data {
        var data = Data()
        try FlatCSV.write(document) { data.append(contentsOf: $0) }
        return data
    }

    /// The line `body` writes, as text.
    static func csv(_ body: (CSVWriter) -> Void) throws -> String {
        var data = Data()
        let csv = CSVWriter { data.append(contentsOf: $0) }
        body(csv)
        csv.endLine()
        try csv.finish()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The flat export as it was built before it was streamed: whole, from `String`s. The reference
/// the streamed one is held to.
private enum StringBuiltFlatCSV {
    static func encode(_ document: RenstraDocument) -> Data {
        var lines = [FlatCSV.header.joined(separator: ",")]
        func walk(_ node: PlanNode, parent: PlanNode?) {
            let indikator = node.indikator.first
            let periods = document.years.map(String.init) + (hasAkhir(node) ? ["akhir"] : [])
            for period in periods {
                let year = Int(period)
                let target = year.flatMap { indikator?.targets[$0] } ?? (year == nil ? indikator?.targetAkhir : nil)
                let pagu = year.flatMap { node.pagu[$0] } ?? (year == nil ? node.paguAkhir : nil)
                let fields: [String] = [
                    node.level.rawValue, text(node.kode?.value), text(node.nomor?.value), text(node.nama?.value),
                    text(parent?.kode?.value), text(parent?.nama?.value), text(indikator?.nama?.value),
                    text(indikator?.satuan?.value), period,
                    target?.value.map { "\($0)" } ?? "", target.map(status) ?? "", target?.at.cell ?? "",
                    pagu?.value.map { String($0.value) } ?? "", pagu.map(status) ?? "", pagu?.at.cell ?? "",
                    String(node.row.row),
                ]
                lines.append(fields.map(quote).joined(separator: ","))
            }
            for child in node.children { walk(child, parent: node) }
        }
        for node in document.nodes { walk(node, parent: nil) }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func hasAkhir(_ node: PlanNode) -> Bool {
        node.paguAkhir != nil || node.indikator.first?.targetAkhir != nil
    }

    static func status<Value>(_ figure: Figure<Value>) -> String {
        switch figure.state {
        case .value: return "value"
        case .none: return "none"
        case .missing: return "missing"
        case .unreadable: return "unreadable"
        }
    }

    /// A cell's text as a field.
    static func field(_ value: String?) -> String { quote(text(value)) }

    static func text(_ value: String?) -> String {
        guard let value, let first = value.utf8.first else { return "" }
        return Array("=+-@\t\r".utf8).contains(first) ? "'" + value : value
    }

    static func quote(_ field: String) -> String {
        guard field.utf8.contains(where: { Array(",\"\n\r".utf8).contains($0) }) else { return field }
        return "\"" + String(decoding: field.utf8.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }, as: UTF8.self) + "\""
    }
}
