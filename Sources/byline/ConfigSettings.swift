import ArgumentParser
import ArticleParsing
import Citations
import Foundation
import ReaderUI
import ThemeLoading

extension ColorMode: ExpressibleByArgument {}
extension FormatChoice: ExpressibleByArgument {
    /// The input format `--format` names; an output format (json, csv) or anything else
    /// throws a `ValidationError` saying which formats there are, and pointing at
    /// `--output-format` for the citation formats.
    static func fromArgument(_ argument: String) throws -> FormatChoice {
        if let choice = FormatChoice(rawValue: argument.lowercased()) { return choice }
        let names = FormatChoice.allCases.map(\.rawValue).joined(separator: ", ")
        if let output = CitationExport.Format(rawValue: argument.lowercased()) {
            throw ValidationError(
                "\(output.rawValue) is an output format: with --quotes or --export use --output-format \(output.rawValue); --format names the input's (\(names))")
        }
        throw ValidationError("the input format is one of \(names)")
    }
}
extension CitationExport.Format: ExpressibleByArgument {}

/// The settings the reader runs with: the config file read, then the command-line flags
/// laid over it.
struct Settings {
    /// Text width in columns.
    var width: Int = 80
    /// Colour mode.
    var colorMode: ColorMode = .auto
    /// Themes `T` cycles through, and the index of the one to start with.
    var themes: [Theme] = [.standard]
    /// Index in `themes` of the theme in use.
    var current = 0
    /// Key remapping.
    var bindings: KeyBindings = .standard
    /// The config file's `remember` switch (`false`: no state database), or `nil`.
    var remember: Bool?
    /// The config's reading speed in words per minute, or `nil` for the default.
    var wordsPerMinute: Int?
    /// How citations are written (`y`, Markdown exports): the config's template or the default.
    var citationTemplate: CitationTemplate = .markdown
    /// Where `y` copies go (config `clipboard`).
    var clipboard: ClipboardPolicy = .auto
    /// One-line warnings for standard error (and the status line at start).
    var warnings: [String] = []

    /// Reads the config file (when there is one) and applies the flags over it.
    ///
    /// A broken config file is a warning and its settings are ignored; an unknown theme
    /// *named on the command line* ends the program (status 1) with the list of themes,
    /// while a broken theme file falls back to the default theme with a warning.
    static func resolve(width flagWidth: Int?, color flagColor: ColorMode?, theme flagTheme: String?)
        -> Settings
    {
        let environment = ProcessInfo.processInfo.environment
        var settings = Settings()
        var config = Config()
        if let path = Config.path(environment: environment), FileManager.default.fileExists(atPath: path) {
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                do {
                    let parsed = try Config.parse(text, file: path)
                    config = parsed.config
                    settings.warnings += parsed.warnings.map(\.description)
                } catch {
                    settings.warnings.append(error.description + " (config ignored)")
                }
            } else {
                settings.warnings.append("\(path): cannot be read as UTF-8 text (config ignored)")
            }
        }
        settings.width = flagWidth ?? config.width ?? 80
        settings.colorMode = flagColor ?? config.color ?? .auto
        settings.bindings = config.keys
        settings.remember = config.remember
        settings.wordsPerMinute = config.wordsPerMinute
        settings.citationTemplate = config.citationTemplate ?? .markdown
        settings.clipboard = config.clipboard ?? .auto

        let catalog = ThemeCatalog(
            environment: environment, executablePath: ThemeCatalog.currentExecutablePath)
        let all = catalog.loadAll()
        settings.themes = all.themes
        let wanted = flagTheme ?? config.theme ?? "default"
        do {
            let loaded = try catalog.load(wanted)
            settings.warnings += loaded.warnings.map(\.description)
            if let index = settings.themes.firstIndex(where: { $0.name == loaded.theme.name && $0 == loaded.theme }) {
                settings.current = index
            } else {
                settings.themes.insert(loaded.theme, at: 0)
                settings.current = 0
            }
        } catch {
            if flagTheme != nil { Diagnostics.fail(error.description) }
            settings.warnings.append("config theme: \(error.description); using default")
            settings.current = settings.themes.firstIndex(where: { $0.name == "default" }) ?? 0
        }
        return settings
    }

    /// Prints each theme on one line: name, where it comes from, description; on a terminal
    /// (and with colour allowed) the name is drawn in the theme's own headline and quote style.
    static func listThemes(color: ColorMode) {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(
            environment: environment, executablePath: ThemeCatalog.currentExecutablePath)
        let styled = isatty(STDOUT_FILENO) == 1 && color.allowsColor(environment: environment)
            && (environment["TERM"] ?? "dumb") != "dumb"
        let truecolor = ["truecolor", "24bit"].contains((environment["COLORTERM"] ?? "").lowercased())
        let entries = catalog.entries()
        let nameWidth = (entries.map(\.name.count).max() ?? 0) + 2
        var out = ""
        for entry in entries {
            let file = entry.path ?? "(built in)"
            let theme = (try? ThemeFile.parse(entry.text, file: file, fallbackName: entry.name))?.theme
            let padded = entry.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            var line = padded
            if styled, let theme {
                line = SGR.styled(" " + entry.name + " ", theme.style(for: .headline), truecolor: truecolor)
                    + SGR.styled(" “quote” ", theme.style(for: .quote), truecolor: truecolor)
                    + String(repeating: " ", count: max(0, nameWidth - entry.name.count - 2)) + " "
            }
            out += line + file + "  " + (theme?.summary ?? "(broken: see --theme \(entry.name))") + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// ANSI SGR sequences for a theme ``Style``, for `--list-themes` previews.
enum SGR {
    /// `text` wrapped in the SGR codes of `style` and a reset.
    static func styled(_ text: String, _ style: Style, truecolor: Bool) -> String {
        var codes: [String] = []
        let attributes: [(TextAttributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"),
        ]
        for (attribute, code) in attributes where style.attributes.contains(attribute) {
            codes.append(code)
        }
        codes += color(style.foreground, base: 30, truecolor: truecolor)
        codes += color(style.background, base: 40, truecolor: truecolor)
        return "\u{1B}[" + codes.joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    private static func color(_ color: ThemeColor, base: Int, truecolor: Bool) -> [String] {
        switch color {
        case .terminalDefault: return []
        case .indexed(let i) where i < 8: return [String(base + i)]
        case .indexed(let i) where i < 16: return [String(base + 60 + i - 8)]
        case .indexed(let i): return [String(base + 8), "5", String(i)]
        case .rgb(let r, let g, let b):
            if truecolor { return [String(base + 8), "2", String(r), String(g), String(b)] }
            return [String(base + 8), "5", String(Palette.nearest256(r: Int(r), g: Int(g), b: Int(b)))]
        }
    }
}
