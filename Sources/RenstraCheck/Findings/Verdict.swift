/// The words of a check's verdict, shared by every report.
public enum VerdictWords {
    public static let pass = Localized(id: "lulus", en: "pass")
    public static let fail = Localized(id: "gagal", en: "fail")
    /// Which findings fail the check; `{level}` is the severity's label.
    public static let failingAt = Localized(id: "gagal pada tingkat {level} ke atas", en: "failing at {level} and above")

    /// `FAIL` or `PASS`, in `language`.
    public static func verdict(failed: Bool, _ language: Language) -> String {
        (failed ? fail : pass).text(language).uppercased()
    }

    /// `failing at error and above`, in `language`.
    public static func failing(at level: Severity, _ language: Language) -> String {
        failingAt.text(language, filling: ["level": level.label.text(language)])
    }
}

extension Sequence where Element == Finding {
    /// Whether any finding is at or above `level`: the verdict of `renstra check --fail-on level`.
    public func fail(at level: Severity) -> Bool { contains { $0.severity >= level } }

    /// How many findings are of `severity`.
    public func count(_ severity: Severity) -> Int { self.count { $0.severity == severity } }
}
