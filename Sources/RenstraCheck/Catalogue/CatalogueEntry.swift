/// What the catalogue says about one code: how severe it is, its title, a description written
/// for a planner, and the template every message of that code is rendered from.
public struct CatalogueEntry: Hashable, Sendable {
    public let code: FindingCode
    public let severity: Severity
    public let title: Localized
    public let description: Localized
    /// `{name}` stands for an argument of the finding.
    public let template: Localized

    public init(code: FindingCode, severity: Severity, title: Localized, description: Localized, template: Localized) {
        self.code = code
        self.severity = severity
        self.title = title
        self.description = description
        self.template = template
    }
}
