/// `xml:space` handling for `<t>` text runs: without `xml:space="preserve"` a run's leading and
/// trailing XML blanks are not part of the text (Excel writes `preserve` whenever they are).
/// `XMLText.trimRun(from:)` removes them.
enum XMLSpace {
    static func preserves(_ attributes: XMLAttributes) -> Bool {
        guard let value = attributes.value("space", anyNamespace: true) else { return false }
        return value.elementsEqual("preserve".utf8)
    }
}
