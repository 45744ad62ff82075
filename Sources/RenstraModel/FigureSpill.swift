/// What a figure cannot keep inline, held out of line: the state of an unreadable figure (its
/// reason) or of a value that does not pack, and a text no print form spells (`Rp 75.000.000,00`,
/// `######`, `1.5E-2`). Few figures have one.
@usableFromInline final class FigureSpill<Value: Hashable & Sendable>: Sendable {
    /// The state, when the figure's shape says it is kept here.
    @usableFromInline let state: Figure<Value>.State?
    /// The text, when the figure's print form is `verbatim`.
    @usableFromInline let text: String?

    @usableFromInline init(state: Figure<Value>.State?, text: String?) {
        self.state = state
        self.text = text
    }
}
