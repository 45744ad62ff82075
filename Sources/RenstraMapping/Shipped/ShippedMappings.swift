/// The mappings shipped in `mappings/`, compiled into the tool so it works from anywhere.
/// `ShippedMappingTexts.swift` holds their text; a test checks it matches `mappings/*.yaml`
/// (regenerate it with `make mappings`).
public enum ShippedMappings {
    /// Every shipped mapping, in file-name order.
    public static func all() throws -> [Mapping] {
        try ShippedMappingTexts.files.map { try MappingLoader.load(yaml: $0.text, source: "mappings/\($0.name)") }
    }

    /// The shipped mapping called `name`, or nil.
    public static func named(_ name: String) throws -> Mapping? { try all().first { $0.name == name } }
}
