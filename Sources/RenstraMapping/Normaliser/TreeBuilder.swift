#if os(Linux)
import CMalloc
#endif
import RenstraModel

/// Builds the tree from nodes arriving in source order: each node goes under the nearest open
/// node of a lower depth, and closes every open node at its own depth or deeper.
///
/// A large tree is kept in a `NodeStore`: once it passes `keepingFrom` nodes, every node closed
/// so far is kept there, and every node after it as it closes, once nothing more can be added
/// to it. A kept node takes about a third of the memory and costs more to read, so a tree
/// below that size stays as objects.
struct TreeBuilder {
    /// Nodes past which a tree is kept in a store: about 230 MB as objects.
    static let keepingFromDefault = 250_000

    /// The node past which this tree is kept in a store.
    private let keepingFrom: Int

    /// The open nodes, outermost first, with their depths.
    private var open: [(node: PlanNode, depth: Int)] = []
    private(set) var roots: [PlanNode] = []
    private var added = 0
    private var store: NodeStore?

    init(keepingFrom: Int = Self.keepingFromDefault) { self.keepingFrom = keepingFrom }

    /// Adds `node` at `depth`: its level's place among the mapping's levels, outermost first.
    mutating func add(_ node: consuming PlanNode, depth: Int) {
        added += 1
        if added == keepingFrom { startKeeping() }
        while !open.isEmpty, open[open.count - 1].depth >= depth { close() }
        open.append((node, depth))
    }

    /// The innermost open node of `level`, to extend it (another indikator of a carried sasaran).
    mutating func modifyOpen(_ level: Level, _ change: (inout PlanNode) -> Void) -> Bool {
        guard let index = open.lastIndex(where: { $0.node.level == level }) else { return false }
        change(&open[index].node)
        return true
    }

    /// Closes every open node and returns the finished roots.
    mutating func finish() -> [PlanNode] {
        while !open.isEmpty { close() }
        return roots
    }

    private mutating func close() {
        var node = open.removeLast().node
        if let store { node = store.keep(node) }
        if open.isEmpty { roots.append(node) } else { open[open.count - 1].node.children.append(node) }
    }

    /// Keeps every closed node in a new store, and the nodes closed from now on. Each top-level
    /// node, and each child of an open node, is replaced by its kept copy in turn, so that its
    /// objects are freed before the next is kept.
    private mutating func startKeeping() {
        let store = NodeStore()
        for place in roots.indices { roots[place] = store.keepAll(roots[place]) }
        for place in open.indices {
            for child in open[place].node.children.indices {
                open[place].node.children[child] = store.keepAll(open[place].node.children[child])
            }
        }
        self.store = store
        #if os(Linux)
        // The objects just freed lie scattered through the heap, whose pages would stay
        // resident although unused: give them back.
        malloc_trim(0)
        #endif
    }
}
