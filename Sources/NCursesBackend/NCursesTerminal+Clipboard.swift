import CNCursesW
import Glibc
import ReaderUI

/// Copying to the clipboard: the backend is the only writer of the OSC 52 sequence.
///
/// OSC 52 (from xterm's control sequences, "Manipulate Selection Data"): `ESC ] 52 ; c ;
/// <base64 of the UTF-8 text> BEL`. Terminals that support it (xterm with
/// `allowWindowOps`, kitty, WezTerm, foot, iTerm2, Windows Terminal; tmux with
/// `set-clipboard on`) put the text on the clipboard, over SSH too. The payload is built from
/// cleaned text only: every control other than LF and every bidi control is dropped here
/// again, and text over ``clipboardLimit`` bytes is refused, so nothing a page holds can end
/// the sequence early or drive the terminal.
extension NCursesTerminal {
    /// The largest text copied, in bytes of UTF-8 (its base64 is about 11 KB, well inside
    /// what terminals and tmux accept).
    public static let clipboardLimit = 8192

    /// Puts `text` on the clipboard as ``clipboardPolicy`` says: OSC 52 written between
    /// frames on the terminal's output, or piped to `wl-copy`, `xclip` or `xsel`.
    public func copyToClipboard(_ text: String) -> ClipboardOutcome {
        let payload = Self.clipboardPayload(text)
        guard payload.count <= Self.clipboardLimit else {
            return .failed("\(payload.count) bytes is more than the \(Self.clipboardLimit) a copy may hold")
        }
        switch clipboardPolicy {
        case .off:
            return .failed("copying is off (config: clipboard = \"off\")")
        case .osc52:
            return writeOSC52(payload)
        case .auto where !Self.termRulesOutOSC52(Self.environment("TERM") ?? ""):
            return writeOSC52(payload)
        case .auto, .command:
            return ClipboardCommand.copy(payload)
        }
    }

    /// The bytes to copy: `text`'s UTF-8 without controls other than LF (CR LF and CR become
    /// LF, TAB a space) and without bidi controls.
    static func clipboardPayload(_ text: String) -> [UInt8] {
        var kept = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { afterCR = v == 0x0D }
            switch v {
            case 0x0A: if !afterCR { kept.append(scalar) }
            case 0x0D: kept.append("\n")
            case 0x09: kept.append(" ")
            case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: kept.append(scalar)
            }
        }
        return Array(String(kept).utf8)
    }

    /// Terminals known not to take OSC 52: the Linux console (`TERM=linux`).
    static func termRulesOutOSC52(_ term: String) -> Bool {
        term == "linux" || term.hasPrefix("linux-") || term == "vt100" || term == "vt220"
    }

    /// The OSC 52 sequence for `payload`: `ESC ] 52 ; c ; base64 BEL`.
    static func osc52(_ payload: [UInt8]) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Base64.encode(payload) + [0x07]
    }

    /// Writes the OSC 52 sequence to the terminal after ncurses's own output.
    private func writeOSC52(_ payload: [UInt8]) -> ClipboardOutcome {
        guard isActive else { return .failed("the terminal is not active") }
        fflush(byline_stdout())
        let bytes = Self.osc52(payload)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBufferPointer { write(outputDescriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failed("writing to the terminal failed: \(String(cString: strerror(errno)))")
            }
            written += n
        }
        return .osc52
    }
}

/// Base64 (RFC 4648 section 4, with padding), for the OSC 52 payload.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` in base64, as ASCII bytes.
    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], 61, 61]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], 61]
        }
        return out
    }
}

/// The clipboard commands tried when OSC 52 is ruled out: `wl-copy` under Wayland
/// (`WAYLAND_DISPLAY` set), then `xclip -selection clipboard` and `xsel --clipboard --input`
/// under X11 (`DISPLAY` set); the first found on `PATH` gets the text on its standard input.
enum ClipboardCommand {
    /// The candidates for `environment`, in order.
    static func candidates(environment: (String) -> String?) -> [[String]] {
        var list: [[String]] = []
        if environment("WAYLAND_DISPLAY").map({ !$0.isEmpty }) == true { list.append(["wl-copy"]) }
        if environment("DISPLAY").map({ !$0.isEmpty }) == true {
            list += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
        }
        return list
    }

    /// Pipes `payload` to the first candidate found; waits up to a second for it to take the
    /// text (xclip and wl-copy stay behind to serve the selection, which is expected).
    static func copy(_ payload: [UInt8]) -> ClipboardOutcome {
        let candidates = candidates { name in getenv(name).map { String(cString: $0) } }
        guard let command = candidates.first(where: { findOnPath($0[0]) != nil }),
              let path = findOnPath(command[0])
        else { return .failed("OSC 52 is ruled out and no wl-copy, xclip or xsel was found") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return .failed("cannot make a pipe for \(command[0])") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
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
        // Its own process group: keys typed at the reader never reach it as signals.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let status = posix_spawn(&pid, path, &actions, &attributes, &argv, environ)
        close(pipeEnds[0])
        guard status == 0 else {
            close(pipeEnds[1])
            return .failed("cannot start \(command[0])")
        }
        var written = 0
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        while written < payload.count {
            let n = payload[written...].withUnsafeBufferPointer { write(pipeEnds[1], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            written += n
        }
        close(pipeEnds[1])
        // Reap it if it ends soon (xsel and a forking xclip do); otherwise leave it serving.
        var waitStatus: Int32 = 0
        for _ in 0..<20 {
            let done = waitpid(pid, &waitStatus, WNOHANG)
            if done == pid {
                let exited = waitStatus & 0x7f == 0 && (waitStatus >> 8) & 0xff == 0
                return exited && written == payload.count ? .command(command[0]) : .failed("\(command[0]) failed")
            }
            if done < 0 { break }
            usleep(50_000)
        }
        return written == payload.count ? .command(command[0]) : .failed("\(command[0]) did not take the text")
    }

    /// The full path of `name` on `PATH`, if it is an executable file there.
    static func findOnPath(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
