import Foundation
import RenstraCheck
import RenstraModel

/// Writes a document as the cleaned JSON described by `docs/renstra-document.schema.json`
/// (format version 1): deterministic (sorted keys, fixed layout), every value with its cell,
/// and the reconciler's findings, in `language`. `corrections` are written when `--fix` ran.
/// Keys are written in sorted order by construction.
public enum DocumentJSON {
    /// The format version written in `"version"`.
    public static let version = 1

    /// The cleaned JSON, in memory.
    public static func encode(_ document: RenstraDocument, findings: [Finding], language: Language,
                              corrections: [Correction]? = nil) throws -> Data {
        JSONWriter.data { write(document, findings: findings, language: language, corrections: corrections, to: $0) }
    }

    /// The cleaned JSON, handed to `sink` in chunks as it is written, so the whole text is never
    /// held; throws what the sink throws.
    public static func write(_ document: RenstraDocument, findings: [Finding], language: Language,
                             corrections: [Correction]? = nil,
                             sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let json = JSONWriter(sink: sink)
        write(document, findings: findings, language: language, corrections: corrections, to: json)
        try json.finish()
    }

    private static func write(_ document: RenstraDocument, findings: [Finding], language: Language,
                              corrections: [Correction]?, to json: JSONWriter) {
        json.object {
            if let corrections {
                json.key("corrections")
                json.array(corrections) { FindingJSON.write($0, to: json) }
            }
            json.key("findings")
            json.array(findings) { FindingJSON.write($0, language, to: json) }
            json.key("format")
            json.string("renstra-document")
            json.key("ignored_rows")
            json.array(document.ignoredRows) { ignored($0, json) }
            json.key("money")
            json.object {
                json.key("stated_unit")
                json.string(document.statedMoneyUnit?.rawValue)
                json.key("unit")
                json.string(document.moneyUnit.rawValue)
            }
            json.key("nodes")
            json.array(document.nodes) { node($0, json) }
            json.key("opd")
            json.string(document.opd)
            json.key("rows")
            json.object {
                json.key("ignored")
                json.number(document.rowCounts.ignored)
                json.key("placed")
                json.number(document.rowCounts.placed)
                json.key("read")
                json.number(document.rowCounts.read)
            }
            json.key("source")
            FindingJSON.source(file: document.file, sheet: document.sheet, mapping: document.mapping, json)
            json.key("title")
            json.string(document.title)
            json.key("total")
            json.optional(document.total) { total($0, json) }
            json.key("version")
            json.number(version)
            json.key("years")
            json.array(document.years) { json.number($0) }
        }
        json.lineBreak()
    }

    private static func node(_ node: PlanNode, _ json: JSONWriter) {
        json.object {
            json.key("children")
            json.array(node.children) { self.node($0, json) }
            json.key("indikator")
            json.array(node.indikator) { indikator($0, json) }
            json.key("kode")
            json.optional(node.kode) { kode in
                json.object {
                    json.key("cell")
                    json.cell(kode.at)
                    json.key("parts")
                    json.array(node.kodeParts) { json.string($0) }
                    json.key("text")
                    json.string(kode.value)
                }
            }
            json.key("level")
            json.string(node.level.rawValue)
            json.key("lokasi")
            text(node.lokasi, json)
            json.key("nama")
            text(node.nama, json)
            json.key("nomor")
            text(node.nomor, json)
            json.key("notes")
            json.object {
                for (name, note) in JSONWriter.sorted(node.notes) {
                    json.key(name)
                    text(note, json)
                }
            }
            json.key("pagu")
            years(node.pagu, json) { json.number($0.value) }
            json.key("pagu_akhir")
            json.optional(node.paguAkhir) { figure($0, json) { json.number($0.value) } }
            json.key("row")
            json.number(node.row.row)
        }
    }

    private static func indikator(_ indikator: Indikator, _ json: JSONWriter) {
        json.object {
            json.key("kondisi_awal")
            text(indikator.kondisiAwal, json)
            json.key("nama")
            text(indikator.nama, json)
            json.key("satuan")
            text(indikator.satuan, json)
            json.key("target")
            years(indikator.targets, json) { json.number($0) }
            json.key("target_akhir")
            json.optional(indikator.targetAkhir) { figure($0, json) { json.number($0) } }
        }
    }

    private static func total(_ total: TotalRow, _ json: JSONWriter) {
        json.object {
            json.key("label")
            text(total.label, json)
            json.key("pagu")
            years(total.pagu, json) { json.number($0.value) }
            json.key("pagu_akhir")
            json.optional(total.paguAkhir) { figure($0, json) { json.number($0.value) } }
            json.key("row")
            json.number(total.row.row)
        }
    }

    private static func ignored(_ ignored: IgnoredRow, _ json: JSONWriter) {
        json.object {
            json.key("excerpt")
            json.string(ignored.excerpt)
            json.key("reason")
            json.string(ignored.reason.rawValue)
            if let repeats = ignored.repeats {
                json.key("repeats_row")
                json.number(repeats.row)
            }
            json.key("row")
            json.number(ignored.row.row)
        }
    }

    /// `{"cell": "L13", "value": "…"}`, or `null`.
    private static func text(_ text: Text?, _ json: JSONWriter) {
        json.optional(text) { text in
            json.object {
                json.key("cell")
                json.cell(text.at)
                json.key("value")
                json.string(text.value)
            }
        }
    }

    /// Figures by year, keyed by the year. `ByYear` keeps the years ascending, and every year
    /// has four digits (the mapping reads 1900–2200), so that is also the keys' sorted order.
    private static func years<Value>(_ figures: ByYear<Figure<Value>>, _ json: JSONWriter, _ number: (Value) -> Void) {
        json.object {
            for (year, value) in figures {
                json.key(year)
                figure(value, json, number)
            }
        }
    }

    /// A figure: `status` is `value`, `none` (printed `-`), `missing` (empty) or `unreadable`
    /// (with its `reason`); `stored_as_text` only when true.
    private static func figure<Value>(_ figure: Figure<Value>, _ json: JSONWriter, _ number: (Value) -> Void) {
        json.object {
            json.key("cell")
            json.cell(figure.at)
            if case .unreadable(let why) = figure.state {
                json.key("reason")
                json.string(why)
            }
            json.key("status")
            json.string(figure.state.statusWord)
            if figure.storedAsText {
                json.key("stored_as_text")
                json.bool(true)
            }
            json.key("text")
            json.string(figure.text)
            json.key("value")
            json.optional(figure.value, number)
        }
    }
}
