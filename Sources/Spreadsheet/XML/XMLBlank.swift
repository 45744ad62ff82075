extension UInt8 {
    /// XML's white space (the `S` production): space, tab, line feed and carriage return.
    @inline(__always)
    var isXMLBlank: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
