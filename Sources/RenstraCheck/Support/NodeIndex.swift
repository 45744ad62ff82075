import CPrefetch
import RenstraModel

/// The nodes of a document in source order (depth first), each with its parent. The nodes
/// under a node follow it, so its children are found from the parents, and its program by
/// going up them.
struct NodeIndex: Sendable {
    /// A node with its parent's place. Copied freely: the node is one shared reference.
    struct Entry {
        let node: PlanNode
        /// The parent's place; nil for a top-level node.
        let parent: Int?

        /// What findings name the node by; worked out when asked, as few nodes have findings.
        var subject: Subject { Subject(node) }
    }

    /// The entries, kept as two arrays (21 bytes a node with `levels`, where an array of
    /// entries would take 32 for the node and its parent alone), and where each node's fields
    /// lie in memory (8 bytes more).
    struct Entries: RandomAccessCollection, Sendable {
        fileprivate let nodes: [PlanNode]
        fileprivate let parents: [OptionalPlace]
        /// Each node's `fieldsAddress` (0 for none); empty for a kept document, whose records
        /// lie in the order they are read.
        fileprivate let addresses: [UInt]

        var startIndex: Int { 0 }
        var endIndex: Int { nodes.count }

        /// The entry at `position`. A check's walk over the entries waits mostly for each
        /// node's fields to come from memory, and more so as the first thing it does with them
        /// is to retain them, which lets nothing else go ahead. So the fields of the node
        /// `prefetchDistance` places on are asked for now: their waits overlap, and by the time
        /// the walk reaches them they are in cache.
        ///
        /// What the fields hold apart (the figures' arrays, the indikator, long texts) was made
        /// from the node's row just before the node itself, so it lies in the bytes just below
        /// its fields: `prefetchBefore` of them are asked for too. At 100,000 kegiatan the
        /// fields alone took about 7 % off a whole `check`, and with the bytes below another
        /// 4–7 %; 256 to 1,024 bytes below did about as well.
        subscript(position: Int) -> Entry {
            let ahead = position + NodeIndex.prefetchDistance
            if ahead < addresses.count, addresses[ahead] != 0 {
                // A node's fields take up to 216 bytes: four lines, after those below.
                renstra_prefetch(UnsafeRawPointer(bitPattern: addresses[ahead] &- NodeIndex.prefetchBefore),
                                 Int32((NodeIndex.prefetchBefore + 256) / 64))
            }
            return Entry(node: nodes[position], parent: parents[position].place)
        }
    }

    /// How many places ahead of a walk nodes are fetched into cache: from 3 to 12 did as well.
    static let prefetchDistance = 8
    /// How many bytes below a node's fields are fetched with them.
    static let prefetchBefore: UInt = 768

    let entries: Entries
    /// Each node's level, by place: a check that looks at a few levels skips the other nodes
    /// without reading them.
    let levels: [Level]

    init(_ document: RenstraDocument) {
        func size(_ node: PlanNode) -> Int { node.children.reduce(1) { $0 + size($1) } }
        let count = document.nodes.reduce(0) { $0 + size($1) }
        precondition(count < Int(Int32.max), "too many nodes to index")
        var nodes: [PlanNode] = [], parents: [OptionalPlace] = [], levels: [Level] = [], addresses: [UInt] = []
        nodes.reserveCapacity(count)
        parents.reserveCapacity(count)
        levels.reserveCapacity(count)
        // A kept document's nodes are all kept once it is built, its first among them.
        let isKept = document.nodes.first.map { $0.fieldsAddress == nil } ?? true
        if !isKept { addresses.reserveCapacity(count) }
        func walk(_ node: PlanNode, parent: Int?) {
            let index = nodes.count
            nodes.append(node)
            parents.append(OptionalPlace(parent))
            levels.append(node.level)
            if !isKept { addresses.append(node.fieldsAddress.map { UInt(bitPattern: $0) } ?? 0) }
            for child in node.children { walk(child, parent: index) }
        }
        for node in document.nodes { walk(node, parent: nil) }
        entries = Entries(nodes: nodes, parents: parents, addresses: addresses)
        self.levels = levels
    }

    /// The places of the top-level nodes, in order.
    var roots: [Int] { entries.indices.filter { entries.parents[$0].place == nil } }

    /// The places of the children of the node at `index`, in order: the nodes after it whose
    /// parent it is, up to the first that lies outside it (whose parent comes before it).
    func children(of index: Int) -> [Int] {
        var children: [Int] = []
        for place in (index + 1)..<entries.count {
            guard let parent = entries.parents[place].place, parent >= index else { break }
            if parent == index { children.append(place) }
        }
        return children
    }

    /// The place of the program entry `index` is, or lies under, when there is one.
    func programPlace(of index: Int) -> Int? {
        var place: Int? = index
        while let current = place, levels[current] != .program { place = entries.parents[current].place }
        return place
    }

    /// The subject of the program entry `index` is, or lies under, when there is one.
    func program(of index: Int) -> Subject? { programPlace(of: index).map { entries[$0].subject } }
}
