import RenstraModel

/// The nodes of a document in source order (depth first), each with its parent and its
/// program. The nodes under a node follow it, so its children are found from the parents.
struct NodeIndex: Sendable {
    /// A node with its place in the tree, in 16 bytes. Copied freely: the node is one shared
    /// reference.
    struct Entry: Sendable {
        let node: PlanNode
        /// The parent's place; none for a top-level node.
        private let parentPlace: OptionalPlace
        /// The place of the program the node is, or lies under.
        private let programPlace: OptionalPlace

        fileprivate init(node: PlanNode, parent: Int?, program: Int?) {
            self.node = node
            parentPlace = OptionalPlace(parent)
            programPlace = OptionalPlace(program)
        }

        var parent: Int? { parentPlace.place }

        /// The program the node is, or lies under.
        var program: Int? { programPlace.place }

        /// What findings name the node by; worked out when asked, as few nodes have findings.
        var subject: Subject { Subject(node) }
    }

    let entries: [Entry]
    /// Each node's level, by place: a check that looks at a few levels skips the other nodes
    /// without reading them.
    let levels: [Level]

    init(_ document: RenstraDocument) {
        func size(_ node: PlanNode) -> Int { node.children.reduce(1) { $0 + size($1) } }
        let count = document.nodes.reduce(0) { $0 + size($1) }
        precondition(count < Int(Int32.max), "too many nodes to index")
        var entries: [Entry] = [], levels: [Level] = []
        entries.reserveCapacity(count)
        levels.reserveCapacity(count)
        func walk(_ node: PlanNode, parent: Int?, program: Int?) {
            let index = entries.count
            let own = node.level == .program ? index : program
            entries.append(Entry(node: node, parent: parent, program: own))
            levels.append(node.level)
            for child in node.children { walk(child, parent: index, program: own) }
        }
        for node in document.nodes { walk(node, parent: nil, program: nil) }
        self.entries = entries
        self.levels = levels
    }

    /// The places of the top-level nodes, in order.
    var roots: [Int] { entries.indices.filter { entries[$0].parent == nil } }

    /// The places of the children of the node at `index`, in order: the nodes after it whose
    /// parent it is, up to the first that lies outside it (whose parent comes before it).
    func children(of index: Int) -> [Int] {
        var children: [Int] = []
        for place in (index + 1)..<entries.count {
            guard let parent = entries[place].parent, parent >= index else { break }
            if parent == index { children.append(place) }
        }
        return children
    }

    /// The subject of the program of entry `index`, when it lies under one.
    func program(of index: Int) -> Subject? { entries[index].program.map { entries[$0].subject } }
}
