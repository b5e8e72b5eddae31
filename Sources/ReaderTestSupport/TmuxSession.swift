import Foundation

/// Drives a real terminal for end-to-end tests: a detached tmux session of a fixed size in
/// which a shell command runs; keys go in with `send-keys`, the screen comes out with
/// `capture-pane`. Every session uses its own tmux server socket (`-L`), so tests never touch
/// a user's tmux and can run in parallel.
public final class TmuxSession: @unchecked Sendable {
    /// The tmux session name, also used as the server socket name.
    public let name: String
    /// Width and height of the pane in columns and rows.
    public private(set) var columns: Int
    /// Height of the pane in rows.
    public private(set) var rows: Int
    /// `XDG_STATE_HOME` inside the session: a temporary folder of its own (or the one given),
    /// so byline's state database never touches a real home and tests never see each
    /// other's reading places.
    public let stateHome: String
    /// Whether ``stateHome`` was made for this session (and is removed with it).
    private let ownsStateHome: Bool

    /// Whether tmux can be run here; end-to-end tests skip with a message when it cannot.
    public static var isAvailable: Bool {
        (try? run(["tmux", "-V"]).status) == 0
    }

    /// Starts a session of `columns` x `rows` running a login-less `sh` in which `command`
    /// is typed, with `LANG=C.UTF-8`, `TERM` set as given and `XDG_STATE_HOME` set to
    /// `stateHome` (a new temporary folder when `nil`).
    /// Throws `TmuxError` when tmux cannot start.
    public init(columns: Int = 100, rows: Int = 30, term: String = "xterm-256color", stateHome: String? = nil) throws {
        self.name = "byline-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.columns = columns
        self.rows = rows
        self.stateHome = stateHome ?? Self.makeTemporaryFolder("byline-state")
        self.ownsStateHome = stateHome == nil
        let result = try Self.run([
            "tmux", "-L", name, "-f", "/dev/null", "new-session", "-d", "-s", name,
            "-x", "\(columns)", "-y", "\(rows)",
            "env", "-i", "PATH=/usr/bin:/bin:/usr/local/bin", "HOME=/tmp", "LANG=C.UTF-8",
            "XDG_STATE_HOME=\(self.stateHome)", "TERM=\(term)", "PS1=$ ", "sh",
        ])
        guard result.status == 0 else { throw TmuxError.failed("new-session: \(result.output)") }
        _ = try? Self.run(["tmux", "-L", name, "set-option", "-g", "status", "off"])
        _ = try? Self.run(["tmux", "-L", name, "resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    deinit { kill() }

    /// Types `text` followed by Enter into the shell.
    public func type(_ text: String) {
        _ = try? Self.run(["tmux", "-L", name, "send-keys", "-t", name, "-l", text])
        sendKeys("Enter")
    }

    /// Sends tmux key names ("j", "C-c", "PageDown", "Escape", "F1", "Enter"), one per argument.
    public func sendKeys(_ keys: String...) {
        _ = try? Self.run(["tmux", "-L", name, "send-keys", "-t", name] + keys)
    }

    /// Sends `text` literally, character by character.
    public func sendLiteral(_ text: String) {
        _ = try? Self.run(["tmux", "-L", name, "send-keys", "-t", name, "-l", text])
    }

    /// Pastes `text` as a terminal paste (`paste-buffer -p`): when the program in the pane
    /// turned bracketed paste mode on, tmux wraps the text in `ESC [ 200 ~` … `ESC [ 201 ~`.
    public func paste(_ text: String) {
        let buffer = "\(name)-paste"
        _ = try? Self.run(["tmux", "-L", name, "set-buffer", "-b", buffer, "--", text])
        _ = try? Self.run(["tmux", "-L", name, "paste-buffer", "-p", "-d", "-b", buffer, "-t", name])
    }

    /// The pane's visible text, one string per row (trailing spaces removed). With
    /// `escapes`, includes the colour and attribute escape sequences (`capture-pane -e`).
    public func capture(escapes: Bool = false) -> String {
        let args = ["tmux", "-L", name, "capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : [])
        return (try? Self.run(args).output) ?? ""
    }

    /// Polls the screen every 50 ms until `predicate` holds on two identical captures in a
    /// row (a settled frame, not one half drawn) or `timeout` seconds pass; returns the last
    /// screen and whether the predicate held on it.
    @discardableResult
    public func waitFor(
        timeout: Double = 10, _ predicate: (String) -> Bool
    ) -> (screen: String, matched: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        var previous: String?
        while true {
            if predicate(screen) {
                // A capture can catch a frame half drawn; the match counts once the same
                // screen is seen twice in a row (or the time is up with it still matching).
                if screen == previous || Date() > deadline { return (screen, true) }
                previous = screen
            } else {
                previous = nil
                if Date() > deadline { return (screen, false) }
            }
            usleep(50_000)
            screen = capture()
        }
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    public func waitFor(text: String, timeout: Double = 10) -> (screen: String, matched: Bool) {
        waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Runs a tmux command (`["set-option", "-s", "set-clipboard", "on"]`, `["show-buffer"]`)
    /// on this session's server; returns its exit status and output.
    @discardableResult
    public func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        (try? Self.run(["tmux", "-L", name] + arguments)) ?? (-1, "")
    }

    /// Resizes the window to `columns` x `rows`.
    public func resize(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        _ = try? Self.run([
            "tmux", "-L", name, "resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)",
        ])
    }

    /// The process id of the pane's foreground process group leader's child, found with
    /// `pgrep -P <shell pid> -f pattern`; `nil` when none.
    public func pid(ofChildMatching pattern: String) -> Int32? {
        guard let shell = try? Self.run(["tmux", "-L", name, "display-message", "-p", "-t", name, "#{pane_pid}"]),
              let shellPid = Int32(shell.output.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        guard let found = try? Self.run(["pgrep", "-P", "\(shellPid)", "-f", pattern]) else { return nil }
        return found.output.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Ends the session and its server, and removes the server's socket file (tmux leaves it
    /// behind when the server is killed).
    public func kill() {
        _ = try? Self.run(["tmux", "-L", name, "kill-server"])
        let directory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(directory)/tmux-\(getuid())/\(name)")
        if ownsStateHome {
            _ = try? Self.run(["chmod", "-R", "u+rwx", stateHome])
            try? FileManager.default.removeItem(atPath: stateHome)
        }
    }

    /// Creates a new empty folder under the temporary directory, named from `prefix`.
    public static func makeTemporaryFolder(_ prefix: String) -> String {
        let path = NSTemporaryDirectory() + "\(prefix)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs a command and returns its exit status and its standard output followed by its
    /// standard error. Throws when the program cannot be started.
    @discardableResult
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(arguments)
        return (result.status, String(decoding: result.stdout + result.stderr, as: UTF8.self))
    }
}

/// Errors from ``TmuxSession``.
public enum TmuxError: Error, CustomStringConvertible {
    /// tmux failed; the message says which command and what it printed.
    case failed(String)

    /// A one-line description.
    public var description: String {
        switch self {
        case .failed(let message): return "tmux: \(message)"
        }
    }
}
