/// The levels of a Renstra tree, outermost first.
public enum Level: String, Hashable, Sendable, CaseIterable {
    case tujuan, sasaran, urusan, bidang, program, kegiatan
    case subKegiatan = "sub_kegiatan"
}

/// One indikator of a node: what is measured, in which satuan, from which starting point, and
/// the target for each year and for the end of the period. Its fields are shared until changed
/// (see `FieldStorage`), or read from its node's record when the node is kept (see `NodeStore`).
public struct Indikator: Hashable, Sendable {
    @usableFromInline var storage: FieldStorage<Fields>

    public init(nama: Text? = nil, satuan: Text? = nil, kondisiAwal: Text? = nil,
                targets: ByYear<Target> = [:], targetAkhir: Target? = nil) {
        storage = FieldStorage(Fields(nama: nama, satuan: satuan, kondisiAwal: kondisiAwal, targets: targets,
                                      targetAkhir: targetAkhir))
    }

    init(kept record: KeptRecord) { storage = FieldStorage(kept: record) }

    @inlinable public var nama: Text? {
        get { storage.isOpen ? storage.box.value.nama : IndikatorRecord.text(storage.record, .nama) }
        _modify { yield &storage.fields.nama }
    }
    @inlinable public var satuan: Text? {
        get { storage.isOpen ? storage.box.value.satuan : IndikatorRecord.text(storage.record, .satuan) }
        _modify { yield &storage.fields.satuan }
    }
    /// Kondisi awal (data capaian awal): often a figure, sometimes words.
    @inlinable public var kondisiAwal: Text? {
        get { storage.isOpen ? storage.box.value.kondisiAwal : IndikatorRecord.text(storage.record, .kondisiAwal) }
        _modify { yield &storage.fields.kondisiAwal }
    }
    /// Targets by year.
    @inlinable public var targets: ByYear<Target> {
        get { storage.isOpen ? storage.box.value.targets : IndikatorRecord.targets(storage.record) }
        _modify { yield &storage.fields.targets }
    }
    /// Target at the end of the period (kondisi akhir), when the layout has one.
    @inlinable public var targetAkhir: Target? {
        get { storage.isOpen ? storage.box.value.targetAkhir : IndikatorRecord.targetAkhir(storage.record) }
        _modify { yield &storage.fields.targetAkhir }
    }

    /// True when nothing was filled in: no text and no target other than an empty cell.
    public var isEmpty: Bool {
        let targetGiven = targets.values.contains { !$0.isMissing } || (targetAkhir.map { !$0.isMissing } ?? false)
        return nama == nil && satuan == nil && kondisiAwal == nil && !targetGiven
    }

    @usableFromInline struct Fields: KeptFields {
        @usableFromInline var nama: Text?
        @usableFromInline var satuan: Text?
        @usableFromInline var kondisiAwal: Text?
        @usableFromInline var targets: ByYear<Target>
        @usableFromInline var targetAkhir: Target?
    }
}

/// A node of the tree: a tujuan, sasaran, urusan, bidang, program or kegiatan, from one row of
/// the source (or, for tujuan and sasaran carried down merged cells, from the cell that opened it).
///
/// A value like any other. A node the normaliser has finished is kept as one record of bytes
/// in its document's `NodeStore`, and its fields are read from the record; a node made here, or
/// changed, holds its fields in a box shared until changed (see `FieldStorage`). Either way a
/// program's `children` and the checks' index hold a node as one reference, not a copy of its
/// fields.
public struct PlanNode: Hashable, Sendable {
    @usableFromInline var storage: FieldStorage<Fields>

    public init(level: Level, row: RowLocation, kode: Text? = nil, kodeParts: KodeParts = [], nomor: Text? = nil,
                nama: Text? = nil, indikator: IndikatorList = [], pagu: ByYear<Pagu> = [:], paguAkhir: Pagu? = nil,
                lokasi: Text? = nil, notes: [String: Text] = [:], children: [PlanNode] = []) {
        storage = FieldStorage(Fields(kode: kode, kodeParts: kodeParts, nomor: nomor, nama: nama, indikator: indikator,
                                      level: level, row: row, pagu: pagu, paguAkhir: paguAkhir, lokasi: lokasi,
                                      notes: notes, children: children))
    }

    init(kept record: KeptRecord) { storage = FieldStorage(kept: record) }

    /// Where the node's fields lie in memory, to fetch them into cache ahead of reading them
    /// (`NodeIndex`); nil for a kept node, whose record lies in its store's order.
    package var fieldsAddress: UnsafeRawPointer? {
        storage.isOpen ? UnsafeRawPointer(Unmanaged.passUnretained(storage.object).toOpaque()) : nil
    }

    init(_ fields: Fields) { storage = FieldStorage(fields) }

    @inlinable public var level: Level {
        get { storage.isOpen ? storage.box.value.level : NodeRecord.level(storage.record) }
        _modify { yield &storage.fields.level }
    }
    /// The code as printed, with its parts (`2 11 15 3`), where the layout has codes.
    @inlinable public var kode: Text? {
        get { storage.isOpen ? storage.box.value.kode : NodeRecord.text(storage.record, .kode) }
        _modify { yield &storage.fields.kode }
    }
    /// The code's parts (`2`, `11`, `15`, `3`), without a row number printed as its last part.
    @inlinable public var kodeParts: KodeParts {
        get { storage.isOpen ? storage.box.value.kodeParts : NodeRecord.kodeParts(storage.record) }
        _modify { yield &storage.fields.kodeParts }
    }
    /// The row number printed beside the name (`1.`, `14`), where there is one.
    @inlinable public var nomor: Text? {
        get { storage.isOpen ? storage.box.value.nomor : NodeRecord.text(storage.record, .nomor) }
        _modify { yield &storage.fields.nomor }
    }
    @inlinable public var nama: Text? {
        get { storage.isOpen ? storage.box.value.nama : NodeRecord.text(storage.record, .nama) }
        _modify { yield &storage.fields.nama }
    }
    @inlinable public var indikator: IndikatorList {
        get { storage.isOpen ? storage.box.value.indikator : NodeRecord.indikator(storage.record) }
        _modify { yield &storage.fields.indikator }
    }
    /// Pagu by year.
    @inlinable public var pagu: ByYear<Pagu> {
        get { storage.isOpen ? storage.box.value.pagu : NodeRecord.pagu(storage.record) }
        _modify { yield &storage.fields.pagu }
    }
    /// Pagu at the end of the period (kondisi akhir Rp), where the layout has one.
    @inlinable public var paguAkhir: Pagu? {
        get { storage.isOpen ? storage.box.value.paguAkhir : NodeRecord.paguAkhir(storage.record) }
        _modify { yield &storage.fields.paguAkhir }
    }
    @inlinable public var lokasi: Text? {
        get { storage.isOpen ? storage.box.value.lokasi : NodeRecord.text(storage.record, .lokasi) }
        _modify { yield &storage.fields.lokasi }
    }
    /// Other labelled cells of the row that belong to no field above (misi, sasaran texts…).
    @inlinable public var notes: [String: Text] {
        get { storage.isOpen ? storage.box.value.notes : NodeRecord.notes(storage.record) }
        _modify { yield &storage.fields.notes }
    }
    /// The row the node was read from.
    @inlinable public var row: RowLocation {
        get { storage.isOpen ? storage.box.value.row : NodeRecord.row(storage.record) }
        _modify { yield &storage.fields.row }
    }
    @inlinable public var children: [PlanNode] {
        get { storage.isOpen ? storage.box.value.children : NodeRecord.children(storage.record) }
        _modify { yield &storage.fields.children }
    }

    /// This node and all below it, depth first.
    public var allNodes: [PlanNode] {
        var nodes: [PlanNode] = []
        appendAll(to: &nodes)
        return nodes
    }

    /// Appends this node and all below it, depth first.
    func appendAll(to nodes: inout [PlanNode]) {
        nodes.append(self)
        for child in children { child.appendAll(to: &nodes) }
    }

    /// The fields of a node not kept, to keep it.
    var openFields: Fields? { storage.isOpen ? storage.box.value : nil }

    /// The node's record, when it is kept.
    var keptRecord: KeptRecord? { storage.isOpen ? nil : storage.record }

    /// Whether the node is kept among `records`.
    func isKept(in records: KeptRecords) -> Bool { keptRecord?.store === records }

    /// In this order so that they take 200 bytes: the level sits in the four bytes the indikator
    /// list (20 bytes) leaves before the next eight-byte boundary.
    @usableFromInline struct Fields: KeptFields {
        @usableFromInline var kode: Text?
        @usableFromInline var kodeParts: KodeParts
        @usableFromInline var nomor: Text?
        @usableFromInline var nama: Text?
        @usableFromInline var indikator: IndikatorList
        @usableFromInline var level: Level
        @usableFromInline var row: RowLocation
        @usableFromInline var pagu: ByYear<Pagu>
        @usableFromInline var paguAkhir: Pagu?
        @usableFromInline var lokasi: Text?
        @usableFromInline var notes: [String: Text]
        @usableFromInline var children: [PlanNode]
    }
}
