import Citations
import ReaderUI
import TOMLKit

/// Byline's settings from `$XDG_CONFIG_HOME/byline/config.toml` (by default
/// `~/.config/byline/config.toml`). Every field is optional; command-line flags override
/// them. Byline only reads this file, never writes it.
///
/// ```toml
/// theme = "solarized-dark"   # a name or a path
/// width = 72                 # text width in columns
/// color = "auto"             # auto, always or never
/// remember = true            # false: keep no reading places, marks or history
/// citation-template = "> {text}\n— {speaker}"   # how y and exports write a citation
/// clipboard = "auto"         # y copies through OSC 52 (auto, osc52), a command, or off
/// [keys]
/// next-quote = "n"           # action = key (one character, or Space, Tab, Ctrl-X, F5...)
/// ```
public struct Config: Sendable, Equatable {
    /// The theme to start with (a name or a path).
    public var theme: String?
    /// The text width in columns.
    public var width: Int?
    /// The colour mode.
    public var color: ColorMode?
    /// Key remapping on top of the built-in keys.
    public var keys: KeyBindings
    /// Whether Byline remembers reading places, marks and history (`remember = false` turns
    /// the state database off, as `--no-state` does); `nil` when not set.
    public var remember: Bool?
    /// The reading speed for the status line's time left, in words per minute
    /// (`words-per-minute`); `nil` when not set.
    public var wordsPerMinute: Int?
    /// How `y` and the Markdown exports write a citation (`citation-template`, syntax in
    /// ``Citations/CitationTemplate``); `nil` when not set (the Markdown default).
    public var citationTemplate: CitationTemplate?
    /// Where `y` copies go (`clipboard`: auto, osc52, command or off); `nil` when not set.
    public var clipboard: ClipboardPolicy?

    /// An empty config: nothing set, built-in keys.
    public init(theme: String? = nil, width: Int? = nil, color: ColorMode? = nil, keys: KeyBindings = .standard) {
        self.theme = theme
        self.width = width
        self.color = color
        self.keys = keys
    }

    /// The config file's path for `environment`: `$XDG_CONFIG_HOME/byline/config.toml`, or
    /// `$HOME/.config/byline/config.toml` when XDG_CONFIG_HOME is unset or empty; `nil`
    /// without either.
    public static func path(environment: [String: String]) -> String? {
        configDirectory(environment: environment).map { $0 + "/config.toml" }
    }

    /// `$XDG_CONFIG_HOME/byline` (or `~/.config/byline`), holding config.toml and themes/.
    public static func configDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/byline" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/byline"
    }

    /// Parses config file `text`.
    ///
    /// - Parameter file: the path used in diagnostics.
    /// - Returns: the config and its warnings (unknown keys and actions, which are ignored).
    /// - Throws: ``ThemeDiagnostic`` with the line and key for a TOML syntax error or a value
    ///   of the wrong kind (a width that is not a positive integer, a colour mode other than
    ///   auto/always/never, a key that cannot be read, a citation template that cannot be
    ///   read).
    public static func parse(_ text: String, file: String) throws(ThemeDiagnostic)
        -> (config: Config, warnings: [ThemeDiagnostic])
    {
        let table = try ThemeDiagnostic.parseTOML(text, file: file)
        func diagnostic(_ key: String, section: String?, _ message: String) -> ThemeDiagnostic {
            ThemeDiagnostic(
                file: file, line: SourceLines.line(of: key, section: section, in: text),
                key: section.map { "\($0).\(key)" } ?? key, message: message)
        }
        var config = Config()
        var warnings: [ThemeDiagnostic] = []
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "theme":
                guard let name = value.string, !name.isEmpty else {
                    throw diagnostic(key, section: nil, "must be a theme name or path")
                }
                config.theme = name
            case "width":
                guard let width = value.int, width >= 1 else {
                    throw diagnostic(key, section: nil, "must be a whole number of columns, at least 1")
                }
                config.width = width
            case "color", "colour":
                guard let word = value.string, let mode = ColorMode(rawValue: word) else {
                    throw diagnostic(key, section: nil, "must be \"auto\", \"always\" or \"never\"")
                }
                config.color = mode
            case "words-per-minute":
                guard let speed = value.int, speed >= 1 else {
                    throw diagnostic(key, section: nil, "must be a whole number of words a minute, at least 1")
                }
                config.wordsPerMinute = speed
            case "remember":
                guard let remember = value.bool else {
                    throw diagnostic(key, section: nil, "must be true or false")
                }
                config.remember = remember
            case "clipboard":
                guard let word = value.string, let policy = ClipboardPolicy(rawValue: word) else {
                    throw diagnostic(key, section: nil, "must be \"auto\", \"osc52\", \"command\" or \"off\"")
                }
                config.clipboard = policy
            case "citation-template":
                guard let text = value.string else {
                    throw diagnostic(key, section: nil, "must be a string (placeholders {text}, {speaker}, {role}, ...)")
                }
                do {
                    config.citationTemplate = try CitationTemplate(text)
                } catch {
                    throw diagnostic(key, section: nil, error.description)
                }
            case "keys":
                guard let keys = value.table else { throw diagnostic(key, section: nil, "must be a table") }
                for actionName in keys.keys {
                    guard let action = KeyBindings.Action(rawValue: actionName) else {
                        warnings.append(diagnostic(actionName, section: "keys", "unknown action (ignored); actions: "
                            + KeyBindings.Action.allCases.map(\.rawValue).joined(separator: ", ")))
                        continue
                    }
                    guard let keyText = keys[actionName]?.string,
                        let bound = KeyBindings.key(named: keyText)
                    else {
                        throw diagnostic(actionName, section: "keys",
                            "must be one character or a key name (Space, Tab, Enter, Ctrl-X, F5...)")
                    }
                    config.keys.bind(bound, to: action)
                }
            default:
                warnings.append(diagnostic(key, section: nil, "unknown key (ignored)"))
            }
        }
        return (config, warnings)
    }
}
