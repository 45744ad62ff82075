import ByteOutput

// How a kept node's parts are written into its record and read back (see `NodeStore`).
//
// - A count or length is a LEB128 varint.
// - A text is nil as 0, or its byte count + 1, its UTF-8 bytes and its cell.
// - A cell in the node's own row is its column − 1 times two; any other cell is 1 and the
//   location's 8 bytes.
// - A figure is its shape byte (`FigureShape`), the packed value when it has one (the word as a
//   varint; for a Decimal also its header's two bytes and its flags), then its cell. A figure
//   kept out of line is 0x03 and its number among the store's spills; an absent one 0x07.
//   Neither is a shape, whose two lowest bits are never both set.
// - Figures by year are the number of their list of years in the store, then one figure a year.

/// Writes the parts of a record straight into its chunk, up to a limit past which the record
/// is refused as a whole (`overflowed`).
struct RecordWriter {
    private let base: UnsafeMutableRawPointer
    private let limit: Int
    /// Bytes written.
    private(set) var count = 0
    /// Whether the record would not fit within the limit; what was written is then of no use.
    private(set) var overflowed = false

    init(at base: UnsafeMutableRawPointer, limit: Int) {
        self.base = base
        self.limit = limit
    }

    /// Whether `more` bytes still fit; marks the record as overflowed when not.
    private mutating func fits(_ more: Int) -> Bool {
        if count + more <= limit { return true }
        overflowed = true
        return false
    }

    mutating func byte(_ value: UInt8) {
        guard fits(1) else { return }
        base.storeBytes(of: value, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    mutating func varint(_ value: UInt64) {
        guard fits(LEB128.maxCount) else { return }
        count = LEB128.write(value, to: base, at: count)
    }

    mutating func raw<Value: FixedWidthInteger>(_ value: Value) {
        guard fits(MemoryLayout<Value>.size) else { return }
        base.storeBytes(of: value.littleEndian, toByteOffset: count, as: Value.self)
        count += MemoryLayout<Value>.size
    }

    /// Makes room for `slots` 16-bit offsets and returns where they start.
    mutating func offsetTable(_ slots: Int) -> Int {
        let table = count
        for _ in 0..<slots { raw(UInt16(0)) }
        return table
    }

    /// Sets slot `slot` of the table at `table` to the distance from `start` to the end of what
    /// is written so far. A record too long for 16 bits is refused as a whole (`NodeStore`).
    mutating func markOffset(_ slot: Int, of table: Int, from start: Int) {
        guard !overflowed else { return }
        base.storeBytes(of: UInt16(truncatingIfNeeded: count - start).littleEndian, toByteOffset: table + 2 * slot,
                        as: UInt16.self)
    }

    private mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard fits(bytes.count), let source = bytes.baseAddress else { return }
        (base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    mutating func utf8(_ string: String) { counted(string, plus: 0) }

    mutating func text(_ text: Text?, row: RowLocation) {
        guard let text else { byte(0); return }
        counted(text.value, plus: 1)
        cell(text.at, row: row)
    }

    /// `string`'s byte count plus `extra` as a varint, then its UTF-8 bytes.
    private mutating func counted(_ string: String, plus extra: UInt64) {
        var string = string
        string.withUTF8 { utf8 in
            varint(UInt64(utf8.count) + extra)
            bytes(utf8)
        }
    }

    mutating func cell(_ cell: CellLocation, row: RowLocation) {
        if cell.bits >> 14 == row.cellKey {
            varint((cell.bits & 0x3FFF) << 1)
        } else {
            byte(1)
            raw(cell.bits)
        }
    }

    mutating func figure<Value>(_ figure: Figure<Value>?, row: RowLocation, store: KeptRecords) {
        guard let figure else { byte(RecordBytes.absent); return }
        switch figure.storage {
        case .inline(let packed, let shape):
            byte(shape.bits)
            if shape.kind == .value {
                varint(packed.word)
                if Value.self != Rupiah.self {
                    raw(packed.header)
                    byte(packed.decimalFlags)
                }
            }
        case .spilled(let spill):
            byte(RecordBytes.spilled)
            varint(UInt64(store.number(ofSpill: spill)))
        }
        cell(figure.at, row: row)
    }

    mutating func figures<Value>(_ figures: ByYear<Figure<Value>>, row: RowLocation, store: KeptRecords) {
        varint(UInt64(store.number(ofYears: figures.years)))
        for figure in figures.figures { self.figure(figure, row: row, store: store) }
    }
}

/// Reads the parts of a record, from its first byte on.
struct RecordReader {
    /// The store of the record, which the record's handle holds while it is read.
    unowned(unsafe) let store: KeptRecords
    let start: UnsafeRawPointer
    var offset: Int

    @inline(__always) mutating func byte() -> UInt8 {
        defer { offset += 1 }
        return start.load(fromByteOffset: offset, as: UInt8.self)
    }

    @inline(__always) mutating func varint() -> UInt64 {
        let first = byte()
        return first < 0x80 ? UInt64(first) : longVarint(first)
    }

    /// The rest of a varint of more than one byte.
    private mutating func longVarint(_ first: UInt8) -> UInt64 {
        var value = UInt64(first & 0x7F), shift: UInt64 = 7
        while true {
            let next = byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func raw<Value: FixedWidthInteger>(_: Value.Type) -> Value {
        defer { offset += MemoryLayout<Value>.size }
        return Value(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }

    /// The 16-bit number at byte `at`, without moving on.
    func uint16(at: Int) -> Int { Int(UInt16(littleEndian: start.loadUnaligned(fromByteOffset: at, as: UInt16.self))) }

    mutating func utf8() -> String { string(count: Int(varint())) }

    private mutating func string(count: Int) -> String {
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(start: start + offset, count: count), as: UTF8.self)
    }

    mutating func text(row: RowLocation) -> Text? {
        let length = Int(varint())
        guard length > 0 else { return nil }
        let value = string(count: length - 1)
        return Text(value, at: cell(row: row))
    }

    mutating func cell(row: RowLocation) -> CellLocation {
        let head = varint()
        if head == 1 { return CellLocation(bits: raw(UInt64.self)) }
        return CellLocation(bits: row.cellKey << 14 | head >> 1)
    }

    mutating func figure<Value>(row: RowLocation) -> Figure<Value>? {
        let head = byte()
        let storage: Figure<Value>.Storage
        switch head {
        case RecordBytes.absent: return nil
        case RecordBytes.spilled:
            storage = .spilled(unsafeDowncast(store.spills[Int(varint())], to: FigureSpill<Value>.self))
        default:
            let shape = FigureShape(bits: head)
            var packed = PackedValue.zero
            if shape.kind == .value {
                let word = varint()
                packed = Value.self == Rupiah.self
                    ? PackedValue(word: word, header: 0, decimalFlags: 0)
                    : PackedValue(word: word, header: raw(UInt16.self), decimalFlags: byte())
            }
            storage = .inline(packed, shape)
        }
        return Figure(storage: storage, at: cell(row: row))
    }

    mutating func figures<Value>(row: RowLocation) -> ByYear<Figure<Value>> {
        let years = store.yearLists[Int(varint())]
        // Five years, a Renstra's period, as an array literal: the runtime makes any other array
        // through a look-up of its type by name, which costs more than reading the five figures.
        if years.count == 5 {
            return ByYear(years: years, figures: [figure(row: row)!, figure(row: row)!, figure(row: row)!,
                                                  figure(row: row)!, figure(row: row)!])
        }
        let figures = [Figure<Value>](unsafeUninitializedCapacity: years.count) { buffer, count in
            while count < years.count {
                (buffer.baseAddress! + count).initialize(to: figure(row: row)!)
                count += 1
            }
        }
        return ByYear(years: years, figures: figures)
    }
}

enum RecordBytes {
    /// A figure kept out of line, and an absent figure, where a shape byte would be.
    static let spilled: UInt8 = 0x03, absent: UInt8 = 0x07
}

extension RowLocation {
    /// The upper bits of every `CellLocation` in this row: its sheet and its row. A row outside
    /// a sheet's grid has a key no cell has, so its cells are written whole.
    var cellKey: UInt64 {
        (1...CellLocation.maxRow).contains(row) ? UInt64(sheetName.number) << 20 | UInt64(row - 1) : .max
    }
}
