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
public struct PlanNode: Hashable, Sendable {
    public var level: Level
    /// The code as printed, with its parts (`2 11 15 3`), where the layout has codes.
    public var kode: Text?
    public var kodeParts: [String]
    /// The row number printed beside the name (`1.`, `14`), where there is one.
    public var nomor: Text?
    public var nama: Text?
    public var indikator: [Indikator]
    /// Pagu by year.
    public var pagu: ByYear<Pagu>
    /// Pagu at the end of the period (kondisi akhir Rp), where the layout has one.
    public var paguAkhir: Pagu?
    public var lokasi: Text?
    /// Other labelled cells of the row that belong to no field above (misi, sasaran texts…).
    public var notes: [String: Text]
    /// The row the node was read from.
    public var row: RowLocation
    public var children: [PlanNode]

    public init(level: Level, row: RowLocation, kode: Text? = nil, kodeParts: [String] = [], nomor: Text? = nil,
                nama: Text? = nil, indikator: [Indikator] = [], pagu: ByYear<Pagu> = [:], paguAkhir: Pagu? = nil,
                lokasi: Text? = nil, notes: [String: Text] = [:], children: [PlanNode] = []) {
        self.level = level
        self.row = row
        self.kode = kode
        self.kodeParts = kodeParts
        self.nomor = nomor
        self.nama = nama
        self.indikator = indikator
        self.pagu = pagu
        self.paguAkhir = paguAkhir
        self.lokasi = lokasi
        self.notes = notes
        self.children = children
    }

    /// This node and all below it, depth first.
    public var allNodes: [PlanNode] {
        var nodes: [PlanNode] = []
        appendAll(to: &nodes)
        return nodes
    }

    /// Appends this node and all below it, depth first: each node is copied once, whatever its depth.
    func appendAll(to nodes: inout [PlanNode]) {
        nodes.append(self)
        for child in children { child.appendAll(to: &nodes) }
    }
}
