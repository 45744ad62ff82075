import Foundation
/// An element or attribute name as libxml2 hands it over: borrowed, NUL-terminated bytes,
/// valid only during the callback. Compared without allocating.
struct XMLName {
    let local: UnsafePointer<UInt8>

    /// Whether the local name equals `name`.
    @inline(__always)
    func `is`(_ name: StaticString) -> Bool { XMLBytes.equal(local, name) }
}

/// The attributes of a start tag, as libxml2's SAX2 array of
/// (localname, prefix, URI, value, end) pointer quintuples.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The value of the attribute with this local name and no namespace, or in any namespace
    /// when `anyNamespace` is set (used for `r:id`, whose prefix varies).
    func value(_ name: StaticString, anyNamespace: Bool = false) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for index in 0..<count {
            let entry = base + index * 5
            guard let local = entry[0], XMLBytes.equal(local, name) else { continue }
            if !anyNamespace, entry[2] != nil { continue }
            guard let start = entry[3], let end = entry[4] else { return nil }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// Calls `body` with the local name and the value of each attribute without a namespace, in order.
    @inline(__always)
    func forEachUnqualified(_ body: (UnsafePointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base else { return }
        for index in 0..<count {
            let entry = base + index * 5
            guard let local = entry[0], entry[2] == nil, let start = entry[3], let end = entry[4] else { continue }
            body(local, UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// The value as a String with libxml2's `&#38;` (kept for `&amp;` when entities are not
    /// substituted) turned back into `&`.
    func string(_ name: StaticString, anyNamespace: Bool = false) -> String? {
        value(name, anyNamespace: anyNamespace).map(XMLBytes.attributeString)
    }
}

enum XMLBytes {
    @inline(__always)
    static func equal(_ pointer: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let expected = name.utf8Start
        let count = name.utf8CodeUnitCount
        for index in 0..<count where pointer[index] != expected[index] { return false }
        return pointer[count] == 0
    }

    /// Whether `bytes` are exactly the bytes of `text`.
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount
            && bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func attributeString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("&#38;") ? text.replacingOccurrences(of: "&#38;", with: "&") : text
    }
}
