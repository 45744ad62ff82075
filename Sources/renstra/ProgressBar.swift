import Foundation

/// A one-line progress bar on stderr, redrawn in place: `[#######-------] 12/40 tabel-6.1.xlsx`.
/// Drawn only when stderr is a terminal, so CI logs and pipes never see it. Thread-safe.
final class ProgressBar: Sendable {
    private let total: Int
    private let enabled: Bool
    private let done = LockedCounter()
    private let width = 30

    /// A bar for `total` steps; silent when `quiet` or when stderr is not a terminal.
    init(total: Int, quiet: Bool) {
        self.total = total
        enabled = !quiet && total > 0 && isatty(STDERR_FILENO) == 1
    }

    /// Counts one step as done and redraws, naming the file just finished.
    func step(_ name: String) {
        guard enabled else { return }
        done.increment { count in
            let filled = count * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let label = name.count > 40 ? "…" + name.suffix(39) : Substring(name)
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(count)/\(total) \(label)".utf8))
        }
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// A counter whose increment and the work done with the new value happen under one lock, so
/// redraws never interleave.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment(then body: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        body(value)
    }
}
