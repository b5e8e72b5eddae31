import Foundation

/// Runs a program to completion with `posix_spawn` and `waitpid`, its standard input from
/// a byte string (or /dev/null) and its standard output and error captured through temporary
/// files. Foundation's `Process` is avoided on purpose: its exit monitoring can hang inside
/// the test runner's concurrency threads, and pipes never reach end-of-file when the child
/// leaves a daemon holding them (as `tmux new-session` does).
public enum ChildProcess {
    /// The result of a run: exit status (128 + signal number when killed by a signal), and
    /// the bytes written to standard output and standard error.
    public struct Result: Sendable {
        /// Exit status.
        public var status: Int32
        /// Standard output bytes.
        public var stdout: Data
        /// Standard error bytes.
        public var stderr: Data
    }

    /// Runs `arguments[0]` (looked up in `PATH`) with the rest as its arguments.
    /// - Parameters:
    ///   - environment: the child's environment; the parent's when `nil`.
    ///   - stdin: bytes for the child's standard input; /dev/null when `nil`.
    /// - Throws: `ChildProcessError` when the program cannot be started or a temporary
    ///   file cannot be made.
    public static func run(
        _ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil
    ) throws -> Result {
        guard !arguments.isEmpty else { throw ChildProcessError("no program given") }
        let dir = FileManager.default.temporaryDirectory
        let tag = UUID().uuidString
        let inPath = dir.appendingPathComponent("byline-child-\(tag).in").path
        let outPath = dir.appendingPathComponent("byline-child-\(tag).out").path
        let errPath = dir.appendingPathComponent("byline-child-\(tag).err").path
        defer {
            for path in [inPath, outPath, errPath] { unlink(path) }
        }
        if let stdin {
            guard FileManager.default.createFile(atPath: inPath, contents: stdin) else {
                throw ChildProcessError("cannot write \(inPath)")
            }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin == nil ? "/dev/null" : inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The child starts with no blocked signals and default dispositions: the test
        // runner's threads block some signals, and a tmux server that inherited that mask
        // would ignore `kill-server`'s SIGTERM and outlive the tests.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(env) { envp in
                posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
            }
        }
        guard status == 0 else {
            throw ChildProcessError("cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 {
            guard errno == EINTR else { break }
        }
        let exitStatus: Int32
        if waitStatus & 0x7f == 0 {
            exitStatus = (waitStatus >> 8) & 0xff
        } else {
            exitStatus = 128 + (waitStatus & 0x7f)
        }
        return Result(
            status: exitStatus,
            stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
            stderr: FileManager.default.contents(atPath: errPath) ?? Data())
    }

    private static func withCStrings<R>(
        _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R
    ) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for p in pointers { free(p) } }
        return body(pointers)
    }
}

/// Why ``ChildProcess/run(_:environment:stdin:)`` could not run a program.
public struct ChildProcessError: Error, CustomStringConvertible {
    /// One line saying what failed.
    public let description: String
    init(_ description: String) { self.description = description }
}
