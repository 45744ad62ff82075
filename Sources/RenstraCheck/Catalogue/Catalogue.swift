/// Every kind of finding the checks report, in code order. Each entry is declared at the bottom
/// of the check that reports it.
public enum Catalogue {
    public static let entries: [CatalogueEntry] = [
        .paguSumMismatch, .rowTotalMismatch, .targetTotalMismatch, .targetOutOfRange, .duplicateRow,
        .duplicateCode, .duplicateName, .unreadableNumber, .numberAsText, .numberOutlier, .ordinalGap,
        .codeMismatch, .missingUnit, .missingName, .missingBaseline, .unitConflict, .moneyUnitMismatch, .zeroPair,
    ].sorted { $0.code < $1.code }

    private static let byCode = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })

    /// The entry of `code`; every code has one.
    static func entry(_ code: FindingCode) -> CatalogueEntry {
        guard let entry = byCode[code] else { preconditionFailure("\(code.rawValue) has no catalogue entry") }
        return entry
    }
}
