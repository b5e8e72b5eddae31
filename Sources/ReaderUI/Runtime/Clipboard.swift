/// Text for the system clipboard, handed from ``ReaderState/update(_:)`` to the loop as an
/// ``Effect/copyToClipboard(_:)`` and written by the backend alone
/// (``TerminalBackend/copyToClipboard(_:)``): the reader state never touches the terminal.
public struct ClipboardCopy: Sendable, Equatable {
    /// The text to copy: already cleaned (no control other than LF, no bidi control) and
    /// capped by whoever made it (a citation is at most 8 KiB of UTF-8).
    public var text: String
    /// What is copied, for the status line ("quote 3 (Ana Ruiz) as a citation").
    public var summary: String

    /// Creates a copy request.
    public init(text: String, summary: String) {
        self.text = text
        self.summary = summary
    }
}

/// How a backend put text on the clipboard, or why it could not.
public enum ClipboardOutcome: Sendable, Equatable {
    /// Written to the terminal as an OSC 52 sequence (the terminal, or tmux with
    /// `set-clipboard`, puts it on the clipboard; over SSH too).
    case osc52
    /// Piped to this clipboard command (`wl-copy`, `xclip`, `xsel`).
    case command(String)
    /// Not copied, for this reason ("no clipboard command found").
    case failed(String)
}

/// Where copies go (config `clipboard`): the terminal through OSC 52, a clipboard command,
/// or nowhere.
public enum ClipboardPolicy: String, Sendable, Equatable, CaseIterable {
    /// OSC 52, unless the terminal cannot take it (the Linux console, `TERM=linux`): then a
    /// command.
    case auto
    /// Always OSC 52.
    case osc52
    /// Never OSC 52: `wl-copy` (Wayland), `xclip` or `xsel` (X11), the first one found.
    case command
    /// Copying is off.
    case off
}
