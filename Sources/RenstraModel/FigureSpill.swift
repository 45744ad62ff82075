/// A figure that cannot be kept inline, held whole out of line: an unreadable figure (with its
/// reason), a value that does not pack, or a text no print form spells (`Rp 75.000.000,00`,
/// `######`, `1.5E-2`). Few figures are.
@usableFromInline final class FigureSpill<Value: Hashable & Sendable>: Sendable {
    @usableFromInline let state: Figure<Value>.State
    @usableFromInline let text: String
    @usableFromInline let storedAsText: Bool

    @usableFromInline init(state: Figure<Value>.State, text: String, storedAsText: Bool) {
        self.state = state
        self.text = text
        self.storedAsText = storedAsText
    }
}
