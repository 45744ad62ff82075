/// How the parts of codes compare, everywhere a code is matched: as numbers where they are
/// numbers (`03` is `3`), otherwise as letters regardless of case (`x` is `X`).
public enum KodePart {
    /// The part as compared: its number, or its letters in capitals.
    public static func key(_ part: String) -> String { Int(part).map(String.init) ?? part.uppercased() }

    public static func same(_ a: String, _ b: String) -> Bool { a == b || key(a) == key(b) }
}
