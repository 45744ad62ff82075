/// One `<Relationship>` of a `.rels` part.
struct Relationship {
    let id: String
    /// The relationship type URI; compared by its last segment so transitional, Strict and
    /// Microsoft variants all match.
    let type: String
    let target: String
    let isExternal: Bool

    /// The type's last path segment, e.g. `worksheet`, `officeDocument`, `xlMacrosheet`.
    var kind: String {
        type.split(separator: "/").last.map(String.init) ?? type
    }
}

/// Collects the relationships of a `.rels` part.
final class RelationshipsHandler: XMLEventHandler {
    private(set) var relationships: [Relationship] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("Relationship") else { return }
        guard let id = attributes.string("Id"), let type = attributes.string("Type"),
              let target = attributes.string("Target") else {
            fail(.malformedXML("a relationship lacks its Id, Type or Target"))
            return
        }
        let mode = attributes.string("TargetMode")
        relationships.append(Relationship(id: id, type: type, target: target, isExternal: mode == "External"))
    }
}
