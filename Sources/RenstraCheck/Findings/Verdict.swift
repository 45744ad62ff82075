extension Sequence where Element == Finding {
    /// Whether any finding is at or above `level`: the verdict of `renstra check --fail-on level`.
    public func fail(at level: Severity) -> Bool { contains { $0.severity >= level } }
}
