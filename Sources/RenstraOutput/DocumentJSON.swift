import Foundation
import RenstraCheck
import RenstraModel

/// Writes a document as the cleaned JSON described by `docs/renstra-document.schema.json`
/// (format version 1): deterministic (sorted keys, fixed layout), every value with its cell,
/// and the reconciler's findings, in `language`. `corrections` are written when `--fix` ran.
public enum DocumentJSON {
    /// The format version written in `"version"`.
    public static let version = 1

    public static func encode(_ document: RenstraDocument, findings: [Finding], language: Language,
                              corrections: [Correction]? = nil) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(DocumentDTO(document, findings: findings.map { FindingDTO($0, language) },
                                                  corrections: corrections?.map(CorrectionDTO.init)))
        data.append(0x0A)
        return data
    }
}

private struct DocumentDTO: Encodable {
    let format = "renstra-document"
    let version = DocumentJSON.version
    let source: SourceDTO
    let title: String?
    let opd: String?
    let years: [Int]
    let money: MoneyDTO
    let rows: RowCounts
    let nodes: [NodeDTO]
    let total: TotalDTO?
    let ignored_rows: [IgnoredDTO]
    let findings: [FindingDTO]
    let corrections: [CorrectionDTO]?

    init(_ document: RenstraDocument, findings: [FindingDTO], corrections: [CorrectionDTO]?) {
        source = SourceDTO(file: document.file, sheet: document.sheet, mapping: document.mapping)
        title = document.title
        opd = document.opd
        years = document.years
        money = MoneyDTO(unit: document.moneyUnit.rawValue, stated_unit: document.statedMoneyUnit?.rawValue)
        rows = document.rowCounts
        nodes = document.nodes.map(NodeDTO.init)
        total = document.total.map(TotalDTO.init)
        ignored_rows = document.ignoredRows.map(IgnoredDTO.init)
        self.findings = findings
        self.corrections = corrections
    }

    enum CodingKeys: String, CodingKey {
        case format, version, source, title, opd, years, money, rows, nodes, total, ignored_rows, findings, corrections
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(version, forKey: .version)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(opd, forKey: .opd)
        try container.encode(years, forKey: .years)
        try container.encode(money, forKey: .money)
        try container.encode(rows, forKey: .rows)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(total, forKey: .total)
        try container.encode(ignored_rows, forKey: .ignored_rows)
        try container.encode(findings, forKey: .findings)
        try container.encodeIfPresent(corrections, forKey: .corrections)
    }
}

private struct SourceDTO: Encodable {
    let file: String
    let sheet: String
    let mapping: String
}

private struct MoneyDTO: Encodable {
    let unit: String
    let stated_unit: String?

    enum CodingKeys: String, CodingKey { case unit, stated_unit }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(stated_unit, forKey: .stated_unit)
    }
}

private struct TextDTO: Encodable {
    let value: String
    let cell: String

    init(_ text: Text) {
        value = text.value
        cell = text.at.cell
    }
}

private struct KodeDTO: Encodable {
    let text: String
    let parts: [String]
    let cell: String
}

/// A figure: `status` is `value`, `none` (printed `-`), `missing` (empty) or `unreadable`.
private struct FigureDTO: Encodable {
    let status: String
    let value: Decimal?
    let text: String
    let cell: String
    let reason: String?
    let stored_as_text: Bool

    init<Value>(_ figure: Figure<Value>, number: (Value) -> Decimal) {
        switch figure.state {
        case .value(let value): (status, self.value, reason) = ("value", number(value), nil)
        case .none: (status, value, reason) = ("none", nil, nil)
        case .missing: (status, value, reason) = ("missing", nil, nil)
        case .unreadable(let why): (status, value, reason) = ("unreadable", nil, why)
        }
        text = figure.text
        cell = figure.at.cell
        stored_as_text = figure.storedAsText
    }

    enum CodingKeys: String, CodingKey { case status, value, text, cell, reason, stored_as_text }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(value, forKey: .value)
        try container.encode(text, forKey: .text)
        try container.encode(cell, forKey: .cell)
        try container.encodeIfPresent(reason, forKey: .reason)
        if stored_as_text { try container.encode(true, forKey: .stored_as_text) }
    }

    static func pagu(_ figure: Pagu) -> FigureDTO { FigureDTO(figure) { Decimal($0.value) } }
    static func target(_ figure: Target) -> FigureDTO { FigureDTO(figure) { $0 } }
    static func years<Value>(_ figures: [Int: Figure<Value>], _ make: (Figure<Value>) -> FigureDTO) -> [String: FigureDTO] {
        Dictionary(uniqueKeysWithValues: figures.map { (String($0.key), make($0.value)) })
    }
}

private struct IndikatorDTO: Encodable {
    let nama: TextDTO?
    let satuan: TextDTO?
    let kondisi_awal: TextDTO?
    let target: [String: FigureDTO]
    let target_akhir: FigureDTO?

    init(_ indikator: Indikator) {
        nama = indikator.nama.map(TextDTO.init)
        satuan = indikator.satuan.map(TextDTO.init)
        kondisi_awal = indikator.kondisiAwal.map(TextDTO.init)
        target = FigureDTO.years(indikator.targets, FigureDTO.target)
        target_akhir = indikator.targetAkhir.map(FigureDTO.target)
    }

    enum CodingKeys: String, CodingKey { case nama, satuan, kondisi_awal, target, target_akhir }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nama, forKey: .nama)
        try container.encode(satuan, forKey: .satuan)
        try container.encode(kondisi_awal, forKey: .kondisi_awal)
        try container.encode(target, forKey: .target)
        try container.encode(target_akhir, forKey: .target_akhir)
    }
}

private struct NodeDTO: Encodable {
    let level: String
    let row: Int
    let kode: KodeDTO?
    let nomor: TextDTO?
    let nama: TextDTO?
    let indikator: [IndikatorDTO]
    let pagu: [String: FigureDTO]
    let pagu_akhir: FigureDTO?
    let lokasi: TextDTO?
    let notes: [String: TextDTO]
    let children: [NodeDTO]

    init(_ node: PlanNode) {
        level = node.level.rawValue
        row = node.row.row
        kode = node.kode.map { KodeDTO(text: $0.value, parts: node.kodeParts, cell: $0.at.cell) }
        nomor = node.nomor.map(TextDTO.init)
        nama = node.nama.map(TextDTO.init)
        indikator = node.indikator.map(IndikatorDTO.init)
        pagu = FigureDTO.years(node.pagu, FigureDTO.pagu)
        pagu_akhir = node.paguAkhir.map(FigureDTO.pagu)
        lokasi = node.lokasi.map(TextDTO.init)
        notes = node.notes.mapValues(TextDTO.init)
        children = node.children.map(NodeDTO.init)
    }

    enum CodingKeys: String, CodingKey {
        case level, row, kode, nomor, nama, indikator, pagu, pagu_akhir, lokasi, notes, children
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(row, forKey: .row)
        try container.encode(kode, forKey: .kode)
        try container.encode(nomor, forKey: .nomor)
        try container.encode(nama, forKey: .nama)
        try container.encode(indikator, forKey: .indikator)
        try container.encode(pagu, forKey: .pagu)
        try container.encode(pagu_akhir, forKey: .pagu_akhir)
        try container.encode(lokasi, forKey: .lokasi)
        try container.encode(notes, forKey: .notes)
        try container.encode(children, forKey: .children)
    }
}

private struct TotalDTO: Encodable {
    let row: Int
    let label: TextDTO?
    let pagu: [String: FigureDTO]
    let pagu_akhir: FigureDTO?

    init(_ total: TotalRow) {
        row = total.row.row
        label = total.label.map(TextDTO.init)
        pagu = FigureDTO.years(total.pagu, FigureDTO.pagu)
        pagu_akhir = total.paguAkhir.map(FigureDTO.pagu)
    }

    enum CodingKeys: String, CodingKey { case row, label, pagu, pagu_akhir }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(row, forKey: .row)
        try container.encode(label, forKey: .label)
        try container.encode(pagu, forKey: .pagu)
        try container.encode(pagu_akhir, forKey: .pagu_akhir)
    }
}

private struct IgnoredDTO: Encodable {
    let row: Int
    let reason: String
    let excerpt: String
    let repeats_row: Int?

    init(_ ignored: IgnoredRow) {
        row = ignored.row.row
        reason = ignored.reason.rawValue
        excerpt = ignored.excerpt
        repeats_row = ignored.repeats?.row
    }

    enum CodingKeys: String, CodingKey { case row, reason, excerpt, repeats_row }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(row, forKey: .row)
        try container.encode(reason, forKey: .reason)
        try container.encode(excerpt, forKey: .excerpt)
        try container.encodeIfPresent(repeats_row, forKey: .repeats_row)
    }
}
