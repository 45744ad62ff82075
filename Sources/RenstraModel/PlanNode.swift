/// The levels of a Renstra tree, outermost first.
public enum Level: String, Hashable, Sendable, CaseIterable {
    case tujuan, sasaran, urusan, bidang, program, kegiatan
    case subKegiatan = "sub_kegiatan"
}

/// One indikator of a node: what is measured, in which satuan, from which starting point, and
/// the target for each year and for the end of the period. Its fields are shared until changed
/// (see `CopyOnWrite`), so reading a node's indikator copies one reference.
public struct Indikator: Hashable, Sendable {
    @usableFromInline var fields: CopyOnWrite<Fields>

    public init(nama: Text? = nil, satuan: Text? = nil, kondisiAwal: Text? = nil,
                targets: ByYear<Target> = [:], targetAkhir: Target? = nil) {
        fields = CopyOnWrite(Fields(nama: nama, satuan: satuan, kondisiAwal: kondisiAwal, targets: targets,
                                    targetAkhir: targetAkhir))
    }

    @inlinable public var nama: Text? {
        _read { yield fields.value.nama }
        _modify { yield &fields.value.nama }
    }
    @inlinable public var satuan: Text? {
        _read { yield fields.value.satuan }
        _modify { yield &fields.value.satuan }
    }
    /// Kondisi awal (data capaian awal): often a figure, sometimes words.
    @inlinable public var kondisiAwal: Text? {
        _read { yield fields.value.kondisiAwal }
        _modify { yield &fields.value.kondisiAwal }
    }
    /// Targets by year.
    @inlinable public var targets: ByYear<Target> {
        _read { yield fields.value.targets }
        _modify { yield &fields.value.targets }
    }
    /// Target at the end of the period (kondisi akhir), when the layout has one.
    @inlinable public var targetAkhir: Target? {
        _read { yield fields.value.targetAkhir }
        _modify { yield &fields.value.targetAkhir }
    }

    /// True when nothing was filled in: no text and no target other than an empty cell.
    public var isEmpty: Bool {
        let targetGiven = targets.values.contains { !$0.isMissing } || (targetAkhir.map { !$0.isMissing } ?? false)
        return nama == nil && satuan == nil && kondisiAwal == nil && !targetGiven
    }

    @usableFromInline struct Fields: Hashable, Sendable {
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
/// A value like any other, but its fields are shared until changed (see `CopyOnWrite`): a
/// program's `children` and the checks' index hold a node as one reference instead of a copy
/// of all its fields.
public struct PlanNode: Hashable, Sendable {
    @usableFromInline var fields: CopyOnWrite<Fields>

    public init(level: Level, row: RowLocation, kode: Text? = nil, kodeParts: KodeParts = [], nomor: Text? = nil,
                nama: Text? = nil, indikator: IndikatorList = [], pagu: ByYear<Pagu> = [:], paguAkhir: Pagu? = nil,
                lokasi: Text? = nil, notes: [String: Text] = [:], children: [PlanNode] = []) {
        fields = CopyOnWrite(Fields(level: level, kode: kode, kodeParts: kodeParts, nomor: nomor, nama: nama,
                                    indikator: indikator, pagu: pagu, paguAkhir: paguAkhir, lokasi: lokasi,
                                    notes: notes, row: row, children: children))
    }

    @inlinable public var level: Level {
        _read { yield fields.value.level }
        _modify { yield &fields.value.level }
    }
    /// The code as printed, with its parts (`2 11 15 3`), where the layout has codes.
    @inlinable public var kode: Text? {
        _read { yield fields.value.kode }
        _modify { yield &fields.value.kode }
    }
    /// The code's parts (`2`, `11`, `15`, `3`), without a row number printed as its last part.
    @inlinable public var kodeParts: KodeParts {
        _read { yield fields.value.kodeParts }
        _modify { yield &fields.value.kodeParts }
    }
    /// The row number printed beside the name (`1.`, `14`), where there is one.
    @inlinable public var nomor: Text? {
        _read { yield fields.value.nomor }
        _modify { yield &fields.value.nomor }
    }
    @inlinable public var nama: Text? {
        _read { yield fields.value.nama }
        _modify { yield &fields.value.nama }
    }
    @inlinable public var indikator: IndikatorList {
        _read { yield fields.value.indikator }
        _modify { yield &fields.value.indikator }
    }
    /// Pagu by year.
    @inlinable public var pagu: ByYear<Pagu> {
        _read { yield fields.value.pagu }
        _modify { yield &fields.value.pagu }
    }
    /// Pagu at the end of the period (kondisi akhir Rp), where the layout has one.
    @inlinable public var paguAkhir: Pagu? {
        _read { yield fields.value.paguAkhir }
        _modify { yield &fields.value.paguAkhir }
    }
    @inlinable public var lokasi: Text? {
        _read { yield fields.value.lokasi }
        _modify { yield &fields.value.lokasi }
    }
    /// Other labelled cells of the row that belong to no field above (misi, sasaran texts…).
    @inlinable public var notes: [String: Text] {
        _read { yield fields.value.notes }
        _modify { yield &fields.value.notes }
    }
    /// The row the node was read from.
    @inlinable public var row: RowLocation {
        _read { yield fields.value.row }
        _modify { yield &fields.value.row }
    }
    @inlinable public var children: [PlanNode] {
        _read { yield fields.value.children }
        _modify { yield &fields.value.children }
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

    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline var level: Level
        @usableFromInline var kode: Text?
        @usableFromInline var kodeParts: KodeParts
        @usableFromInline var nomor: Text?
        @usableFromInline var nama: Text?
        @usableFromInline var indikator: IndikatorList
        @usableFromInline var pagu: ByYear<Pagu>
        @usableFromInline var paguAkhir: Pagu?
        @usableFromInline var lokasi: Text?
        @usableFromInline var notes: [String: Text]
        @usableFromInline var row: RowLocation
        @usableFromInline var children: [PlanNode]
    }
}
