/// The levels of a Renstra tree, outermost first.
public enum Level: String, Hashable, Sendable, CaseIterable {
    case tujuan, sasaran, urusan, bidang, program, kegiatan
    case subKegiatan = "sub_kegiatan"
}

/// One indikator of a node: what is measured, in which satuan, from which starting point, and
/// the target for each year and for the end of the period.
public struct Indikator: Hashable, Sendable {
    public var nama: Text?
    public var satuan: Text?
    /// Kondisi awal (data capaian awal): often a figure, sometimes words.
    public var kondisiAwal: Text?
    /// Targets by year.
    public var targets: ByYear<Target>
    /// Target at the end of the period (kondisi akhir), when the layout has one.
    public var targetAkhir: Target?

    public init(nama: Text? = nil, satuan: Text? = nil, kondisiAwal: Text? = nil,
                targets: ByYear<Target> = [:], targetAkhir: Target? = nil) {
        self.nama = nama
        self.satuan = satuan
        self.kondisiAwal = kondisiAwal
        self.targets = targets
        self.targetAkhir = targetAkhir
    }

    /// True when nothing was filled in: no text and no target other than an empty cell.
    public var isEmpty: Bool {
        let targetGiven = targets.values.contains { $0.state != .missing } || (targetAkhir.map { $0.state != .missing } ?? false)
        return nama == nil && satuan == nil && kondisiAwal == nil && !targetGiven
    }
}

/// A node of the tree: a tujuan, sasaran, urusan, bidang, program or kegiatan, from one row of
/// the source (or, for tujuan and sasaran carried down merged cells, from the cell that opened it).
///
/// A value like any other, but its fields live in one shared box that is copied only when a
/// shared node is changed: a program's `children` and the checks' index hold a node as one
/// reference instead of a copy of all its fields.
public struct PlanNode: Hashable, Sendable {
    private var box: Box

    public init(level: Level, row: RowLocation, kode: Text? = nil, kodeParts: [String] = [], nomor: Text? = nil,
                nama: Text? = nil, indikator: [Indikator] = [], pagu: ByYear<Pagu> = [:], paguAkhir: Pagu? = nil,
                lokasi: Text? = nil, notes: [String: Text] = [:], children: [PlanNode] = []) {
        box = Box(Fields(level: level, kode: kode, kodeParts: kodeParts, nomor: nomor, nama: nama, indikator: indikator,
                         pagu: pagu, paguAkhir: paguAkhir, lokasi: lokasi, notes: notes, row: row, children: children))
    }

    public var level: Level {
        get { box.fields.level }
        _modify { unshare(); yield &box.fields.level }
    }
    /// The code as printed, with its parts (`2 11 15 3`), where the layout has codes.
    public var kode: Text? {
        get { box.fields.kode }
        _modify { unshare(); yield &box.fields.kode }
    }
    public var kodeParts: [String] {
        get { box.fields.kodeParts }
        _modify { unshare(); yield &box.fields.kodeParts }
    }
    /// The row number printed beside the name (`1.`, `14`), where there is one.
    public var nomor: Text? {
        get { box.fields.nomor }
        _modify { unshare(); yield &box.fields.nomor }
    }
    public var nama: Text? {
        get { box.fields.nama }
        _modify { unshare(); yield &box.fields.nama }
    }
    public var indikator: [Indikator] {
        get { box.fields.indikator }
        _modify { unshare(); yield &box.fields.indikator }
    }
    /// Pagu by year.
    public var pagu: ByYear<Pagu> {
        get { box.fields.pagu }
        _modify { unshare(); yield &box.fields.pagu }
    }
    /// Pagu at the end of the period (kondisi akhir Rp), where the layout has one.
    public var paguAkhir: Pagu? {
        get { box.fields.paguAkhir }
        _modify { unshare(); yield &box.fields.paguAkhir }
    }
    public var lokasi: Text? {
        get { box.fields.lokasi }
        _modify { unshare(); yield &box.fields.lokasi }
    }
    /// Other labelled cells of the row that belong to no field above (misi, sasaran texts…).
    public var notes: [String: Text] {
        get { box.fields.notes }
        _modify { unshare(); yield &box.fields.notes }
    }
    /// The row the node was read from.
    public var row: RowLocation {
        get { box.fields.row }
        _modify { unshare(); yield &box.fields.row }
    }
    public var children: [PlanNode] {
        get { box.fields.children }
        _modify { unshare(); yield &box.fields.children }
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

    public static func == (lhs: PlanNode, rhs: PlanNode) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    /// Gives this node a box of its own before a change, when the box is shared.
    private mutating func unshare() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    /// The box: changed only through a node that holds it alone, so sharing it is safe.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Hashable {
        var level: Level
        var kode: Text?
        var kodeParts: [String]
        var nomor: Text?
        var nama: Text?
        var indikator: [Indikator]
        var pagu: ByYear<Pagu>
        var paguAkhir: Pagu?
        var lokasi: Text?
        var notes: [String: Text]
        var row: RowLocation
        var children: [PlanNode]
    }
}
