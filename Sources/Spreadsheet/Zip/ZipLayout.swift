#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that no two entries of a zip file share bytes, which libzip does not detect: the
/// overlapping-entry construction lets a small file inflate to gigabytes. Reads the central
/// directory and each local header itself, with every offset and length bounds-checked.
enum ZipLayout {
    private struct Span { let start: UInt64; let end: UInt64; let name: String }

    static func checkNoOverlap(path: String, file: String) throws {
        let reader = try ByteFile(path: path, file: file)
        let directory = try reader.centralDirectory()
        var spans: [Span] = []
        var offset = 0
        while offset < directory.count {
            let record = try Record(directory, at: offset, file: file)
            let header = try reader.read(at: record.localOffset, count: 30)
            guard header.u32(0) == 0x0403_4b50 else {
                throw ReadError(file: file, part: record.name, reason: .damagedZip("local header not found"))
            }
            let localNameLength = Int(header.u16(26))
            let localName = try reader.read(at: record.localOffset + 30, count: localNameLength)
            guard String(decoding: localName, as: UTF8.self) == record.name else {
                throw ReadError(file: file, part: record.name, reason: .damagedZip(
                    "the local header names the entry \"\(String(decoding: localName, as: UTF8.self))\""))
            }
            let dataStart = record.localOffset + 30 + UInt64(localNameLength) + UInt64(header.u16(28))
            let (end, overflow) = dataStart.addingReportingOverflow(record.compressedSize)
            guard !overflow, end <= reader.size else {
                throw ReadError(file: file, part: record.name, reason: .damagedZip("entry runs past the end of the file"))
            }
            spans.append(Span(start: record.localOffset, end: end, name: record.name))
            offset = record.nextOffset
        }
        spans.sort { $0.start < $1.start }
        for (previous, next) in zip(spans, spans.dropFirst()) where next.start < previous.end {
            throw ReadError(file: file, part: next.name, reason: .overlappingEntries(previous.name, next.name))
        }
    }

    /// One central-directory record.
    private struct Record {
        let name: String
        let compressedSize: UInt64
        let localOffset: UInt64
        let nextOffset: Int

        init(_ bytes: [UInt8], at offset: Int, file: String) throws {
            guard offset + 46 <= bytes.count, bytes.u32(offset) == 0x0201_4b50 else {
                throw ReadError(file: file, reason: .damagedZip("central directory record is malformed"))
            }
            let nameLength = Int(bytes.u16(offset + 28))
            let extraLength = Int(bytes.u16(offset + 30))
            let commentLength = Int(bytes.u16(offset + 32))
            let end = offset + 46 + nameLength + extraLength + commentLength
            guard end <= bytes.count else {
                throw ReadError(file: file, reason: .damagedZip("central directory record is truncated"))
            }
            name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            var uncompressed = UInt64(bytes.u32(offset + 24))
            var compressed = UInt64(bytes.u32(offset + 20))
            var local = UInt64(bytes.u32(offset + 42))
            // Zip64 extra field: the values that overflowed 32 bits, in this order.
            var extra = offset + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = bytes.u16(extra), size = Int(bytes.u16(extra + 2))
                var field = extra + 4
                let fieldEnd = min(field + size, extraEnd)
                if id == 0x0001 {
                    if uncompressed == 0xFFFF_FFFF, field + 8 <= fieldEnd { uncompressed = bytes.u64(field); field += 8 }
                    if compressed == 0xFFFF_FFFF, field + 8 <= fieldEnd { compressed = bytes.u64(field); field += 8 }
                    if local == 0xFFFF_FFFF, field + 8 <= fieldEnd { local = bytes.u64(field) }
                }
                extra += 4 + size
            }
            compressedSize = compressed
            localOffset = local
            nextOffset = end
        }
    }

    /// Positional reads from a file descriptor, owned and closed by this type.
    private final class ByteFile {
        let descriptor: Int32
        let size: UInt64
        let file: String

        init(path: String, file: String) throws {
            self.file = file
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw ReadError(file: file, reason: .unreadableFile("cannot open")) }
            let end = lseek(descriptor, 0, SEEK_END)
            guard end >= 0 else {
                close(descriptor)
                throw ReadError(file: file, reason: .unreadableFile("cannot seek"))
            }
            size = UInt64(end)
        }

        deinit { close(descriptor) }

        func read(at offset: UInt64, count: Int) throws -> [UInt8] {
            let (end, overflow) = offset.addingReportingOverflow(UInt64(count))
            guard !overflow, end <= size else { throw ReadError(file: file, reason: .damagedZip("offset past the end")) }
            var bytes = [UInt8](repeating: 0, count: count)
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
            guard got == count else { throw ReadError(file: file, reason: .unreadableFile("short read")) }
            return bytes
        }

        /// The central directory's bytes, found through the end-of-central-directory record
        /// (and its Zip64 form when the 32-bit fields overflowed).
        func centralDirectory() throws -> [UInt8] {
            let tailLength = Int(min(size, 22 + 65_535 + 20))
            let tail = try read(at: size - UInt64(tailLength), count: tailLength)
            var position = tailLength - 22
            while position >= 0, tail.u32(position) != 0x0605_4b50 { position -= 1 }
            guard position >= 0 else { throw ReadError(file: file, reason: .damagedZip("no end-of-central-directory record")) }
            var directorySize = UInt64(tail.u32(position + 12))
            var directoryOffset = UInt64(tail.u32(position + 16))
            if directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF || tail.u16(position + 10) == 0xFFFF,
               position >= 20, tail.u32(position - 20) == 0x0706_4b50 {
                let record = try read(at: tail.u64(position - 12), count: 56)
                guard record.u32(0) == 0x0606_4b50 else {
                    throw ReadError(file: file, reason: .damagedZip("Zip64 end record not found"))
                }
                directorySize = record.u64(40)
                directoryOffset = record.u64(48)
            }
            guard directorySize <= size else { throw ReadError(file: file, reason: .damagedZip("central directory larger than the file")) }
            return try read(at: directoryOffset, count: Int(directorySize))
        }
    }
}

private extension Array where Element == UInt8 {
    func u16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
    func u64(_ at: Int) -> UInt64 { UInt64(u32(at)) | UInt64(u32(at + 4)) << 32 }
}
