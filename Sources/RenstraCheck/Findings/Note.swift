/// A detail a finding adds to its message, rendered from a check's note template.
public struct Note: Hashable, Sendable {
    public let template: Localized
    public let arguments: [String: MessageArgument]

    public init(_ template: Localized, _ arguments: [String: MessageArgument] = [:]) {
        self.template = template
        self.arguments = arguments
    }

    public func text(_ language: Language) -> String { Template.render(template.text(language), arguments, language) }
}
