import RenstraModel

/// Builds the tree from nodes arriving in source order: each node goes under the nearest open
/// node of a higher level, and closes every open node at its own depth or deeper.
struct TreeBuilder {
    private let depth: [Level: Int]
    private var open: [PlanNode] = []
    private(set) var roots: [PlanNode] = []

    /// `levels` from outermost to innermost, as the mapping lists them.
    init(levels: [Level]) {
        var depth: [Level: Int] = [:]
        for (index, level) in levels.enumerated() where depth[level] == nil { depth[level] = index }
        self.depth = depth
    }

    mutating func add(_ node: PlanNode) {
        let level = depth[node.level] ?? Int.max
        while let last = open.last, (depth[last.level] ?? Int.max) >= level { close() }
        open.append(node)
    }

    /// The innermost open node of `level`, to extend it (another indikator of a carried sasaran).
    mutating func modifyOpen(_ level: Level, _ change: (inout PlanNode) -> Void) -> Bool {
        guard let index = open.lastIndex(where: { $0.level == level }) else { return false }
        change(&open[index])
        return true
    }

    /// Closes every open node and returns the finished roots.
    mutating func finish() -> [PlanNode] {
        while !open.isEmpty { close() }
        return roots
    }

    private mutating func close() {
        let node = open.removeLast()
        if open.isEmpty { roots.append(node) } else { open[open.count - 1].children.append(node) }
    }
}
