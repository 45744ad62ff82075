import Foundation
import Testing

/// Files a test writes, kept in a directory of its own under the system's temporary directory
/// and removed when the test ends, whether it passes, fails or throws. A suite or test asks for
/// it with the `.scratch` trait.
public enum Scratch {
    /// The running test's directory; nil outside a test with the `.scratch` trait.
    @TaskLocal static var root: URL?

    /// A new empty directory for the running test.
    public static func directory() throws -> URL {
        guard let root else { throw NoScratch() }
        let url = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path for a new file called `name`, in a new directory for the running test.
    public static func file(_ name: String) throws -> URL {
        try directory().appendingPathComponent(name)
    }

    /// Thrown when a test without the `.scratch` trait asks for a file.
    struct NoScratch: Error, CustomStringConvertible {
        var description: String { "no scratch directory: give the test or its suite the .scratch trait" }
    }
}

/// Gives each test, or each case of a parameterized test, its own scratch directory. On a
/// suite it applies to every test in it.
public struct ScratchTrait: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("renstra-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try await Scratch.$root.withValue(root, operation: function)
    }
}

extension Trait where Self == ScratchTrait {
    /// A scratch directory for each test, removed when the test ends.
    public static var scratch: Self { Self() }
}
