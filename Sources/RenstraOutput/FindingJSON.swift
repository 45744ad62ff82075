import Foundation
import RenstraCheck
import RenstraModel

/// A finding as JSON, the same in the cleaned document and in the check report: every key is
/// always present, `null` where there is nothing to say.
struct FindingDTO: Encodable {
    let code: String
    let severity: String
    let title: String
    let message: String
    let location: LocationDTO
    let expected: ValueDTO?
    let actual: ValueDTO?
    let related: [CellDTO]
    let note: String?
    let subject: SubjectDTO?
    let program: SubjectDTO?

    init(_ finding: Finding, _ language: Language) {
        code = finding.code.rawValue
        severity = finding.severity.rawValue
        title = finding.code.entry.title.text(language)
        message = finding.message(language)
        location = LocationDTO(finding.location)
        expected = finding.expected.map(ValueDTO.init)
        actual = finding.actual.map(ValueDTO.init)
        related = finding.related.map(CellDTO.init)
        note = finding.note(language)
        subject = finding.subject.map(SubjectDTO.init)
        program = finding.program.map(SubjectDTO.init)
    }

    enum CodingKeys: String, CodingKey {
        case code, severity, title, message, location, expected, actual, related, note, subject, program
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(title, forKey: .title)
        try container.encode(message, forKey: .message)
        try container.encode(location, forKey: .location)
        try container.encode(expected, forKey: .expected)
        try container.encode(actual, forKey: .actual)
        try container.encode(related, forKey: .related)
        try container.encode(note, forKey: .note)
        try container.encode(subject, forKey: .subject)
        try container.encode(program, forKey: .program)
    }
}

struct LocationDTO: Encodable {
    let file: String
    let sheet: String
    let cell: String
    let row: Int

    init(_ location: FindingLocation) {
        file = location.file
        sheet = location.sheet
        cell = location.cell
        row = location.row
    }
}

struct CellDTO: Encodable {
    let sheet: String
    let cell: String

    init(_ cell: CellLocation) {
        sheet = cell.sheet
        self.cell = cell.cell
    }
}

/// `{"kind": "money", "value": 150000000}`; `kind` is money, number, text or empty (value null).
struct ValueDTO: Encodable {
    let kind: String
    let value: Value

    enum Value: Encodable {
        case number(Decimal)
        case text(String)
        case null

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let number): try container.encode(number)
            case .text(let text): try container.encode(text)
            case .null: try container.encodeNil()
            }
        }
    }

    init(_ value: FindingValue) {
        switch value {
        case .money(let rupiah): (kind, self.value) = ("money", .number(Decimal(rupiah.value)))
        case .number(let number): (kind, self.value) = ("number", .number(number))
        case .text(let text): (kind, self.value) = ("text", .text(text))
        case .empty: (kind, self.value) = ("empty", .null)
        }
    }
}

/// The node a finding is about: `level` is `total` for the grand total.
struct SubjectDTO: Encodable {
    let level: String
    let kode: String?
    let nama: String?
    let row: Int

    init(_ subject: Subject) {
        level = subject.level?.rawValue ?? "total"
        kode = subject.kode
        nama = subject.nama
        row = subject.row
    }

    enum CodingKeys: String, CodingKey { case level, kode, nama, row }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(kode, forKey: .kode)
        try container.encode(nama, forKey: .nama)
        try container.encode(row, forKey: .row)
    }
}

/// A correction `--fix` applied, with the finding it answers.
struct CorrectionDTO: Encodable {
    let rule: String
    let location: LocationDTO
    let from: ValueDTO
    let to: ValueDTO
    let finding: FindingReferenceDTO

    struct FindingReferenceDTO: Encodable {
        let code: String
        let cell: String
    }

    init(_ correction: Correction) {
        rule = correction.rule.rawValue
        location = LocationDTO(correction.location)
        from = ValueDTO(correction.from)
        to = ValueDTO(correction.to)
        finding = FindingReferenceDTO(code: correction.finding.rawValue, cell: correction.location.cell)
    }
}
