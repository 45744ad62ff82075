/// `xml:space` handling for `<t>` text runs: without `xml:space="preserve"` a run's leading and
/// trailing XML blanks are not part of the text (Excel writes `preserve` whenever they are).
enum XMLSpace {
    static func preserves(_ attributes: XMLAttributes) -> Bool {
        guard let value = attributes.value("space", anyNamespace: true) else { return false }
        return value.elementsEqual("preserve".utf8)
    }

    /// Removes blanks at both ends of `text[start...]`.
    static func trimRun(_ text: inout [UInt8], from start: Int) {
        var end = text.count
        while end > start, isBlank(text[end - 1]) { end -= 1 }
        var first = start
        while first < end, isBlank(text[first]) { first += 1 }
        if end < text.count { text.removeSubrange(end...) }
        if first > start { text.removeSubrange(start..<first) }
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
