import Foundation
import RenstraCheck
import RenstraModel

/// Findings and corrections as JSON, the same in the cleaned document and in the check report.
/// Every key of a finding is always present, `null` where there is nothing to say. Keys are
/// written in sorted order by construction.
enum FindingJSON {
    /// A finding, its title, message and note in `language`.
    static func write(_ finding: Finding, _ language: Language, to json: JSONWriter) {
        json.object {
            json.key("actual")
            json.optional(finding.actual) { value($0, json) }
            json.key("code")
            json.string(finding.code.rawValue)
            json.key("expected")
            json.optional(finding.expected) { value($0, json) }
            json.key("location")
            location(finding.location, json)
            json.key("message")
            json.string(finding.message(language))
            json.key("note")
            json.string(finding.note(language))
            json.key("program")
            json.optional(finding.program) { subject($0, json) }
            json.key("related")
            json.array(finding.related) { cell in
                json.object {
                    json.key("cell")
                    json.string(cell.cell)
                    json.key("sheet")
                    json.string(cell.sheet)
                }
            }
            json.key("severity")
            json.string(finding.severity.rawValue)
            json.key("subject")
            json.optional(finding.subject) { subject($0, json) }
            json.key("title")
            json.string(finding.code.entry.title.text(language))
        }
    }

    /// A correction `--fix` applied, with the finding it answers.
    static func write(_ correction: Correction, to json: JSONWriter) {
        json.object {
            json.key("finding")
            json.object {
                json.key("cell")
                json.string(correction.location.cell)
                json.key("code")
                json.string(correction.finding.rawValue)
            }
            json.key("from")
            value(correction.from, json)
            json.key("location")
            location(correction.location, json)
            json.key("rule")
            json.string(correction.rule.rawValue)
            json.key("to")
            value(correction.to, json)
        }
    }

    /// `{"file": …, "mapping": …, "sheet": …}`: where a document came from.
    static func source(file: String, sheet: String, mapping: String, _ json: JSONWriter) {
        json.object {
            json.key("file")
            json.string(file)
            json.key("mapping")
            json.string(mapping)
            json.key("sheet")
            json.string(sheet)
        }
    }

    private static func location(_ location: FindingLocation, _ json: JSONWriter) {
        json.object {
            json.key("cell")
            json.string(location.cell)
            json.key("file")
            json.string(location.file)
            json.key("row")
            json.number(location.row)
            json.key("sheet")
            json.string(location.sheet)
        }
    }

    /// `{"kind": "money", "value": 150000000}`; `kind` is money, number, text or empty (value null).
    private static func value(_ value: FindingValue, _ json: JSONWriter) {
        json.object {
            json.key("kind")
            switch value {
            case .money(let rupiah):
                json.string("money")
                json.key("value")
                json.number(rupiah.value)
            case .number(let number):
                json.string("number")
                json.key("value")
                json.number(number)
            case .text(let text):
                json.string("text")
                json.key("value")
                json.string(text)
            case .empty:
                json.string("empty")
                json.key("value")
                json.null()
            }
        }
    }

    /// The node a finding is about: `level` is `total` for the grand total.
    private static func subject(_ subject: Subject, _ json: JSONWriter) {
        json.object {
            json.key("kode")
            json.string(subject.kode)
            json.key("level")
            json.string(subject.level?.rawValue ?? "total")
            json.key("nama")
            json.string(subject.nama)
            json.key("row")
            json.number(subject.row)
        }
    }
}
