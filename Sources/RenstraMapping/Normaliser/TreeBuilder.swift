import RenstraModel

/// Builds the tree from nodes arriving in source order: each node goes under the nearest open
/// node of a lower depth, and closes every open node at its own depth or deeper.
struct TreeBuilder {
    /// The open nodes, outermost first, with their depths.
    private var open: [(node: PlanNode, depth: Int)] = []
    private(set) var roots: [PlanNode] = []

    /// Adds `node` at `depth`: its level's place among the mapping's levels, outermost first.
    mutating func add(_ node: consuming PlanNode, depth: Int) {
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
        let node = open.removeLast().node
        if open.isEmpty { roots.append(node) } else { open[open.count - 1].node.children.append(node) }
    }
}
