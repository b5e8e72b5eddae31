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

    /// Runs the binary with `arguments` and optional standard input bytes, and returns its
    /// exit status, standard output and standard error. Throws when it cannot be started.
    public static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil
    ) throws -> (status: Int32, stdout: Data, stderr: String) {
        guard let path else { throw TmuxError.failed("byline binary not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        let errData = DispatchQueue(label: "stderr")
        nonisolated(unsafe) var errBytes = Data()
        let group = DispatchGroup()
        group.enter()
        errData.async {
            errBytes = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outBytes = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, outBytes, String(decoding: errBytes, as: UTF8.self))
    }
}
