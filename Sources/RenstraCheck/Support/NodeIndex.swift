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

    /// The entries, kept as two arrays (13 bytes a node with `levels`, where an array of
    /// entries would take 16 for the node and its parent alone).
    struct Entries: RandomAccessCollection, Sendable {
        fileprivate let nodes: [PlanNode]
        fileprivate let parents: [OptionalPlace]

        var startIndex: Int { 0 }
        var endIndex: Int { nodes.count }

        subscript(position: Int) -> Entry { Entry(node: nodes[position], parent: parents[position].place) }
    }

    let entries: Entries
    /// Each node's level, by place: a check that looks at a few levels skips the other nodes
    /// without reading them.
    let levels: [Level]

    init(_ document: RenstraDocument) {
        func size(_ node: PlanNode) -> Int { node.children.reduce(1) { $0 + size($1) } }
        let count = document.nodes.reduce(0) { $0 + size($1) }
        precondition(count < Int(Int32.max), "too many nodes to index")
        var nodes: [PlanNode] = [], parents: [OptionalPlace] = [], levels: [Level] = []
        nodes.reserveCapacity(count)
        parents.reserveCapacity(count)
        levels.reserveCapacity(count)
        func walk(_ node: PlanNode, parent: Int?) {
            let index = nodes.count
            nodes.append(node)
            parents.append(OptionalPlace(parent))
            levels.append(node.level)
            for child in node.children { walk(child, parent: index) }
        }
        for node in document.nodes { walk(node, parent: nil) }
        entries = Entries(nodes: nodes, parents: parents)
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
