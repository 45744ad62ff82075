import RenstraModel

extension Figure {
    var stateIsUnreadable: Bool {
        if case .unreadable = state { return true }
        return false
    }

    /// Whether the cell is empty.
    var isMissing: Bool {
        if case .missing = state { return true }
        return false
    }
}
