import Foundation
import Testing
@testable import RenstraCheck
import RenstraModel

/// Tiny hand-built documents for the checks' tests: up to four years from 2016 (two unless more
/// figures are given) and a fixed layout,
///
///     B kode | C nomor | D nama | E indikator | F satuan | G kondisi awal |
///     H target 2016 | I Rp 2016 | J target 2017 | K Rp 2017 | L target akhir | M Rp akhir |
///     N target 2018 | O Rp 2018 | P target 2019 | Q Rp 2019
///
/// Figures are written as printed: `150` a value, `-` none, `` missing, `######` unreadable.
enum Tiny {
    static let sheet = "T"
    static let years = [2016, 2017, 2018, 2019]
    static let targetColumns = ["H", "J", "N", "P"]
    static let paguColumns = ["I", "K", "O", "Q"]
    static let columns = FieldColumns(Dictionary(uniqueKeysWithValues: Level.allCases.map {
        ($0, [.kode: 2, .nomor: 3, .nama: 4, .indikator: 5, .satuan: 6, .kondisiAwal: 7])  // B to G
    }))

    static func at(_ column: String, _ row: Int) -> CellLocation { CellLocation(sheet: sheet, cell: "\(column)\(row)") }

    static func figure<Value>(_ text: String, _ at: CellLocation, _ make: (Decimal) -> Value?) -> Figure<Value> {
        switch text {
        case "": return Figure(state: .missing, text: "", at: at)
        case "-": return Figure(state: .none, text: "-", at: at)
        default:
            guard text.allSatisfy({ $0.isNumber || $0 == "." }), let decimal = Decimal(string: text), let value = make(decimal) else {
                return Figure(state: .unreadable("not a number"), text: text, at: at)
            }
            return Figure(state: .value(value), text: text, at: at)
        }
    }

    static func pagu(_ text: String, _ at: CellLocation) -> Pagu {
        figure(text, at) { Rupiah(NSDecimalNumber(decimal: $0).int64Value) }
    }

    static func target(_ text: String, _ at: CellLocation) -> Target { figure(text, at) { $0 } }

    /// A node at `row`. `kode` holds the parts without the row number.
    static func node(_ level: Level, _ row: Int, kode: String? = nil, nomor: String? = nil, nama: String? = "Kegiatan",
                     indikator: String? = "jumlah peserta", satuan: String? = "org", awal: String? = nil,
                     targets: [String] = ["30", "30"], targetAkhir: String? = "60",
                     pagu: [String] = ["100", "100"], paguAkhir: String? = "200", children: [PlanNode] = []) -> PlanNode {
        let location = RowLocation(sheet: sheet, row: row)
        var node = PlanNode(level: level, row: location, children: children)
        if let kode {
            node.kodeParts = KodeParts(kode.split(separator: " ").map(String.init))
            node.kode = Text(kode + (nomor.map { " " + $0 } ?? ""), at: at("B", row))
        }
        node.nomor = nomor.map { Text($0, at: at("C", row)) }
        node.nama = nama.map { Text($0, at: at("D", row)) }
        var indikatorNode = Indikator(nama: indikator.map { Text($0, at: at("E", row)) },
                                      satuan: satuan.map { Text($0, at: at("F", row)) },
                                      kondisiAwal: awal.map { Text($0, at: at("G", row)) })
        for (year, (text, column)) in zip(years, zip(targets, targetColumns)) { indikatorNode.targets[year] = target(text, at(column, row)) }
        indikatorNode.targetAkhir = targetAkhir.map { target($0, at("L", row)) }
        if !indikatorNode.isEmpty { node.indikator = [indikatorNode] }
        for (year, (text, column)) in zip(years, zip(pagu, paguColumns)) { node.pagu[year] = self.pagu(text, at(column, row)) }
        node.paguAkhir = paguAkhir.map { self.pagu($0, at("M", row)) }
        return node
    }

    static func document(_ nodes: [PlanNode], total: (row: Int, pagu: [String], akhir: String?)? = nil,
                         ignored: [IgnoredRow] = [], stated: MoneyUnit? = nil, read: MoneyUnit = .rupiah) -> RenstraDocument {
        let count = max(2, nodes.flatMap(\.allNodes).map(\.pagu.count).max() ?? 2)
        var document = RenstraDocument(file: "tiny.xlsx", sheet: sheet, mapping: "tiny@1", years: Array(years.prefix(count)),
                                       statedMoneyUnit: stated,
                                       moneyUnit: read, paguHeader: at("I", 2), fieldColumns: columns, nodes: nodes,
                                       ignoredRows: ignored)
        if let total {
            var row = TotalRow(row: RowLocation(sheet: sheet, row: total.row))
            for (year, (text, column)) in zip(years, zip(total.pagu, paguColumns)) { row.pagu[year] = pagu(text, at(column, total.row)) }
            row.paguAkhir = total.akhir.map { pagu($0, at("M", total.row)) }
            document.total = row
        }
        return document
    }

    /// What one check finds, as (cell, code) pairs in source order.
    static func found(_ check: some Check, _ document: RenstraDocument) -> [At] {
        At.all(check.findings(in: CheckContext(document)))
    }
}

/// A finding reduced to where it is and what it is, for assertions: `At("M3", .rowTotalMismatch)`.
struct At: Hashable, CustomStringConvertible {
    let cell: String
    let code: FindingCode

    init(_ cell: String, _ code: FindingCode) {
        self.cell = cell
        self.code = code
    }

    init(_ finding: Finding) { self.init(finding.location.cell, finding.code) }

    static func all(_ findings: [Finding]) -> [At] { findings.sorted(by: Finding.sourceOrder).map(At.init) }

    var description: String { "(\(cell), \(code.rawValue))" }
}
