/// What a `<c>` start tag's `t` attribute says the cell holds (no `t` means a number).
enum CellType {
    case number, sharedString, formulaString, inlineString, boolean, error, isoDate

    /// The type a `t` attribute names, or nil for a name that is not a cell type.
    init?(_ name: UnsafeBufferPointer<UInt8>) {
        switch name.count {
        case 1:
            switch name[0] {
            case UInt8(ascii: "n"): self = .number
            case UInt8(ascii: "s"): self = .sharedString
            case UInt8(ascii: "b"): self = .boolean
            case UInt8(ascii: "e"): self = .error
            case UInt8(ascii: "d"): self = .isoDate
            default: return nil
            }
        case _ where XMLBytes.equal(name, "str"): self = .formulaString
        case _ where XMLBytes.equal(name, "inlineStr"): self = .inlineString
        default: return nil
        }
    }
}

/// The attributes of a `<c>` start tag, found in one pass over libxml2's attribute array: `r`,
/// `t` and `s`, without a namespace, borrowed for the duration of the callback.
struct CellAttributes {
    var reference: UnsafeBufferPointer<UInt8>?
    var type: UnsafeBufferPointer<UInt8>?
    var style: UnsafeBufferPointer<UInt8>?

    init(_ attributes: XMLAttributes) {
        attributes.forEachUnqualified { name, value in
            guard name[0] != 0, name[1] == 0 else { return }
            switch name[0] {
            case UInt8(ascii: "r") where reference == nil: reference = value
            case UInt8(ascii: "t") where type == nil: type = value
            case UInt8(ascii: "s") where style == nil: style = value
            default: break
            }
        }
    }
}
