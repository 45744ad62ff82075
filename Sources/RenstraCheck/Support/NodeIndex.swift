import RenstraModel

/// The nodes of a document in source order, each with its parent and its program.
struct NodeIndex: Sendable {
    /// A node with its place in the tree. Copied freely: the node is one shared reference.
    struct Entry: Sendable {
        let node: PlanNode
        let parent: Int?
        /// The program the node is, or lies under.
        let program: Int?

        /// What findings name the node by; worked out when asked, as few nodes have findings.
        var subject: Subject { Subject(node) }
    }

    let entries: [Entry]
    /// The indices of the top-level nodes, in order.
    let roots: [Int]
    /// Each node's level, by place: a check that looks at a few levels skips the other nodes
    /// without reading them.
    let levels: [Level]
    /// The indices of each node's children, in order.
    let children: [[Int]]

    init(_ document: RenstraDocument) {
        var entries: [Entry] = [], levels: [Level] = []
        var roots: [Int] = [], children: [[Int]] = []
        func walk(_ node: PlanNode, parent: Int?, program: Int?) {
            let index = entries.count
            let own = node.level == .program ? index : program
            entries.append(Entry(node: node, parent: parent, program: own))
            levels.append(node.level)
            children.append([])
            if let parent { children[parent].append(index) }
            for child in node.children { walk(child, parent: index, program: own) }
        }
        for node in document.nodes {
            roots.append(entries.count)
            walk(node, parent: nil, program: nil)
        }
        self.entries = entries
        self.roots = roots
        self.levels = levels
        self.children = children
    }

    /// The subject of the program of entry `index`, when it lies under one.
    func program(of index: Int) -> Subject? { entries[index].program.map { entries[$0].subject } }
}
