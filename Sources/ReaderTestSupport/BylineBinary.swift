import Foundation

/// Finds the built `byline` executable for end-to-end tests: `$BYLINE_BINARY` when set,
/// otherwise the `byline` file next to the running test bundle (SwiftPM puts products and
/// the test bundle in the same build folder).
public enum BylineBinary {
    /// The absolute path of the binary, or `nil` when it has not been built.
    public static var path: String? {
        if let explicit = ProcessInfo.processInfo.environment["BYLINE_BINARY"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe))
        }
        candidates.append(Bundle.main.bundleURL)
        for start in candidates {
            var dir = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("byline").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// A temporary `XDG_STATE_HOME` for runs that name none, so tests never touch a real
    /// home's state database.
    public static let scratchStateHome = TmuxSession.makeTemporaryFolder("byline-state-run")

    /// Runs the binary with `arguments` and optional standard input bytes, and returns its
    /// exit status, standard output and standard error. Throws when it cannot be started.
    /// Without `XDG_STATE_HOME` in `environment`, ``scratchStateHome`` is used.
    public static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil
    ) throws -> (status: Int32, stdout: Data, stderr: String) {
        guard let path else { throw ChildProcessError("byline binary not found") }
        var environment = environment ?? ProcessInfo.processInfo.environment
        if environment["XDG_STATE_HOME"] == nil { environment["XDG_STATE_HOME"] = scratchStateHome }
        let result = try ChildProcess.run([path] + arguments, environment: environment, stdin: stdin)
        return (result.status, result.stdout, String(decoding: result.stderr, as: UTF8.self))
    }
}
