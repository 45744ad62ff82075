import RenstraModel

extension Figure.State {
    /// The word both exports give a figure's state: `value`, `none` (a dash), `missing` (an
    /// empty cell) or `unreadable`.
    var statusWord: String {
        switch self {
        case .value: return "value"
        case .none: return "none"
        case .missing: return "missing"
        case .unreadable: return "unreadable"
        }
    }
}
