/// Where the finished nodes of one document are kept, each as one record of bytes, so that a
/// large table's tree takes about a third of the memory that separate objects do: a kegiatan
/// with its name, indikator and ten figures fits in about 300 bytes, where its boxes, arrays
/// and strings took about 900.
///
/// The tree builder of a large table keeps each node as it closes (`keep(_:)`, see
/// `TreeBuilder`); the node comes back as a handle (the store and the record's position) that
/// reads its fields from the record on demand, and becomes an ordinary node again, with its own
/// fields, when it is changed (see `PlanNode`). Records are never changed. A store is filled from
/// one thread, and not shared; the nodes it gives back can be read from any thread once it is
/// no longer filled, as a document's are once it is handed on.
///
/// Records lie in 4 MiB chunks (a record never spans two), so that the store grows without
/// copying what it holds; a record is written straight into its chunk, which has room for the
/// longest record when it starts.
public final class NodeStore {
    let records = KeptRecords()

    public init() {}

    /// `node` as a handle on its record, when it can be kept: its record fits within a chunk
    /// and every child is already kept in this store. Otherwise `node` as it is.
    public func keep(_ node: PlanNode) -> PlanNode { records.keep(node) }

    /// `node` with every node below it kept, where each can be (see `keep(_:)`).
    public func keepAll(_ node: PlanNode) -> PlanNode { records.keepAll(node) }
}

/// The records of a `NodeStore`, which kept nodes hold on to: its chunks, and the lists of
/// years and the out-of-line figures that records refer to by number.
@usableFromInline final class KeptRecords: FieldsObject, @unchecked Sendable {
    /// Bytes in a chunk; a position holds the chunk in its upper bits and the offset in these.
    static let chunkBits = 22
    static let chunkSize = 1 << chunkBits
    /// Chunks a position can name: 4 GiB of records in all.
    static let maxChunks = 1 << (32 - chunkBits)
    /// The largest record: its fields' places are 16-bit offsets from its start.
    static let maxRecord = Int(UInt16.max)

    // Records, years and spills are added only while the tree is built, on one thread, and read
    // once it is handed on, so a read can never overlap a change: the runtime's exclusivity
    // check, which every read of a kept field would otherwise pay, is left out.
    @exclusivity(unchecked) private var chunks: [UnsafeMutableRawPointer] = []
    /// Bytes used in the last chunk.
    private var used = chunkSize
    /// The lists of years that the figures' `ByYear` share, each kept once.
    @exclusivity(unchecked) private(set) var yearLists: [[Int]] = []
    private var yearListNumbers: [[Int]: Int] = [:]
    /// Figures kept out of line (`FigureSpill`), by the number their record holds.
    @exclusivity(unchecked) private(set) var spills: [AnyObject] = []

    override init() {}

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    /// `node` as a handle on its record, when it can be kept: its record fits within a chunk
    /// and every child is already kept in this store. Otherwise `node` as it is.
    func keep(_ node: PlanNode) -> PlanNode {
        guard let fields = node.openFields, fields.children.allSatisfy({ $0.isKept(in: self) }) else { return node }
        if Self.chunkSize - used < Self.maxRecord {
            guard chunks.count < Self.maxChunks else { return node }
            chunks.append(.allocate(byteCount: Self.chunkSize, alignment: 8))
            used = 0
        }
        var writer = RecordWriter(at: chunks[chunks.count - 1] + used, limit: Self.maxRecord)
        NodeRecord.write(fields, into: &writer, store: self)
        guard !writer.overflowed else { return node }
        let position = UInt32(chunks.count - 1) << UInt32(Self.chunkBits) | UInt32(used)
        used += writer.count
        return PlanNode(kept: KeptRecord(store: self, position: position))
    }

    /// `node` with every node below it kept, where each can be (see `keep(_:)`).
    func keepAll(_ node: PlanNode) -> PlanNode {
        guard var fields = node.openFields else { return node }
        fields.children = fields.children.map(keepAll)
        return keep(PlanNode(fields))
    }

    /// The first byte of the record at `position`.
    @inline(__always) func bytes(at position: UInt32) -> UnsafeRawPointer {
        UnsafeRawPointer(chunks[Int(position >> UInt32(Self.chunkBits))]).advanced(by: Int(position & UInt32(Self.chunkSize - 1)))
    }

    /// The number of `years` among the kept lists, adding it if new.
    func number(ofYears years: [Int]) -> Int {
        // Nearly every figure of a table shares its plan's one list: compared first, by identity.
        if let last = yearLists.last, last.withUnsafeBufferPointer({ $0.baseAddress }) == years.withUnsafeBufferPointer({ $0.baseAddress }) {
            return yearLists.count - 1
        }
        if let number = yearListNumbers[years] { return number }
        yearListNumbers[years] = yearLists.count
        yearLists.append(years)
        return yearLists.count - 1
    }

    /// The number under which `spill` is kept.
    func number(ofSpill spill: AnyObject) -> Int {
        spills.append(spill)
        return spills.count - 1
    }
}

/// A record in a `NodeStore`: the store's records and where in them the record starts.
@usableFromInline struct KeptRecord: @unchecked Sendable {
    @usableFromInline let store: KeptRecords
    @usableFromInline let position: UInt32

    @inlinable init(store: KeptRecords, position: UInt32) {
        self.store = store
        self.position = position
    }

    /// A reader at the record's byte `offset`.
    func reader(at offset: Int = 0) -> RecordReader {
        RecordReader(store: store, start: store.bytes(at: position), offset: offset)
    }

    /// The record `offset` bytes further on (or back, when negative), in the same chunk.
    func record(at offset: Int) -> KeptRecord { KeptRecord(store: store, position: UInt32(Int(position) + offset)) }
}
