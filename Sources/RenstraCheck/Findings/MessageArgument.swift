import RenstraModel

/// A value put into a message or note template, rendered for the reader's language.
public enum MessageArgument: Hashable, Sendable {
    /// Shown as it is: a name, a code, a satuan, a cell.
    case text(String)
    case value(FindingValue)
    case period(Period)
    case subject(Subject)
    case cells([CellLocation])
    case count(Int)
    /// A phrase chosen from a check's fixed set (a rule's name, a direction).
    case phrase(Localized)

    func render(_ language: Language) -> String {
        switch self {
        case .text(let text): return text
        case .value(let value): return value.display(language)
        case .period(let period): return period.label.text(language)
        case .subject(let subject): return subject.label(language)
        case .cells(let cells): return cells.map(\.cell).joined(separator: ", ")
        case .count(let count): return String(count)
        case .phrase(let phrase): return phrase.text(language)
        }
    }
}

/// Fills `{name}` placeholders of a template with rendered arguments.
enum Template {
    /// Scans the template's UTF-8 bytes: a finding's message is rendered for every finding.
    static func render(_ template: String, _ arguments: [String: MessageArgument], _ language: Language) -> String {
        let bytes = template.utf8
        var output = ""
        output.reserveCapacity(bytes.count + 64)
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            output += template[rest..<open]
            let name = String(template[bytes.index(after: open)..<close])
            output += arguments[name]?.render(language) ?? "{\(name)}"
            rest = bytes.index(after: close)
        }
        output += template[rest...]
        return output
    }

    /// The placeholder names a template uses.
    static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
