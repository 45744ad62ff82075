import Foundation

/// Writes zip files byte by byte, so tests can build the malformed and hostile containers
/// that no honest zip library would produce. Entries are stored (method 0) unless told.
struct RawZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        var method: UInt16 = 0
        var flags: UInt16 = 0
        /// Overrides the uncompressed size written in the headers.
        var declaredSize: UInt32?
        /// Overrides the CRC written in the headers.
        var crc: UInt32?
    }

    var entries: [Entry] = []
    /// Entries hidden inside an earlier entry's data (the overlapping-entry construction): the
    /// central directory lists them at their local header inside entry `container`.
    var nested: [(entry: Entry, container: Int)] = []

    /// A local header and data for `entry`, to be placed inside another entry's data.
    static func localRecord(_ entry: Entry) -> [UInt8] {
        RawZip().header(signature: 0x0403_4b50, entry: entry, crc: CRC32.checksum(entry.data),
                        size: UInt32(entry.data.count)) + Array(entry.name.utf8) + entry.data
    }

    func bytes() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        var count = 0
        var offsets: [Int] = []
        for entry in entries {
            offsets.append(output.count)
            let crc = entry.crc ?? CRC32.checksum(entry.data)
            let size = entry.declaredSize ?? UInt32(entry.data.count)
            output += header(signature: 0x0403_4b50, entry: entry, crc: crc, size: size)
            output += Array(entry.name.utf8) + entry.data
            central += centralRecord(entry: entry, crc: crc, size: size, offset: UInt32(offsets.last!))
            count += 1
        }
        for (entry, container) in nested {
            let record = Self.localRecord(entry)
            let host = entries[container]
            guard let start = host.data.indices.first(where: { host.data[$0...].starts(with: record) }) else { continue }
            let offset = offsets[container] + 30 + host.name.utf8.count + start
            central += centralRecord(entry: entry, crc: CRC32.checksum(entry.data), size: UInt32(entry.data.count),
                                     offset: UInt32(offset))
            count += 1
        }
        let centralOffset = output.count
        output += central
        output += le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
        output += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
        return output
    }

    func write(fileExtension: String = "xlsx") throws -> URL {
        let url = try TestPackage.temporaryURL(fileExtension)
        try Data(bytes()).write(to: url)
        return url
    }

    private func header(signature: UInt32, entry: Entry, crc: UInt32, size: UInt32) -> [UInt8] {
        le32(signature) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
            + le32(crc) + le32(UInt32(entry.data.count)) + le32(size) + le16(UInt16(entry.name.utf8.count)) + le16(0)
    }

    private func centralRecord(entry: Entry, crc: UInt32, size: UInt32, offset: UInt32) -> [UInt8] {
        le32(0x0201_4b50) + le16(20) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
            + le32(crc) + le32(UInt32(entry.data.count)) + le32(size) + le16(UInt16(entry.name.utf8.count))
            + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + Array(entry.name.utf8)
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
}

enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
