import Foundation
import ReaderUI

/// Where themes are found, and loading one by name or path.
///
/// Search order for a name (the first match wins):
/// 1. `$XDG_CONFIG_HOME/byline/themes/NAME.toml` (default `~/.config/byline/themes`): the
///    user's own themes;
/// 2. `$XDG_DATA_HOME/byline/themes/NAME.toml` (default `~/.local/share/byline/themes`);
/// 3. `themes/NAME.toml` next to the executable and in each parent directory up to the
///    package root (the first holding `Package.swift`), and `share/byline/themes` beside an
///    installed `bin/`;
/// 4. the bundled themes compiled into the binary (``BundledThemes``);
/// 5. for `default`, ReaderUI's ``Theme/standard``.
public struct ThemeCatalog: Sendable {
    /// One theme that can be chosen.
    public struct Entry: Sendable, Equatable {
        /// The name `--theme` takes (the file's stem).
        public var name: String
        /// The file it comes from, or `nil` for a theme compiled into the binary.
        public var path: String?
        /// The TOML text.
        public var text: String
    }

    /// The directories searched, in order (steps 1-3 above), existing or not.
    public let directories: [String]

    /// Creates the catalog for `environment` and the running executable at `executablePath`.
    public init(environment: [String: String], executablePath: String?) {
        var directories: [String] = []
        if let config = Config.configDirectory(environment: environment) {
            directories.append(config + "/themes")
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            directories.append(xdg + "/byline/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(home + "/.local/share/byline/themes")
        }
        if let executablePath {
            var directory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
            directories.append(directory.appendingPathComponent("../share/byline/themes").standardized.path)
            while true {
                directories.append(directory.appendingPathComponent("themes").path)
                let isPackageRoot = FileManager.default.fileExists(
                    atPath: directory.appendingPathComponent("Package.swift").path)
                let parent = directory.deletingLastPathComponent()
                if isPackageRoot || parent.path == directory.path { break }
                directory = parent
            }
        }
        self.directories = directories
    }

    /// Creates a catalog searching exactly `directories` (then the bundled themes).
    public init(directories: [String]) {
        self.directories = directories
    }

    /// The path of the running executable (`/proc/self/exe`), or `nil`.
    public static var currentExecutablePath: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
    }

    /// Every theme by name, each from the first place it is found, bundled ones in their
    /// usual order first, then the others by name.
    public func entries() -> [Entry] {
        var found: [String: Entry] = [:]
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                guard found[name] == nil else { continue }
                let path = directory + "/" + file
                guard let data = FileManager.default.contents(atPath: path),
                    let text = String(data: data, encoding: .utf8)
                else { continue }
                found[name] = Entry(name: name, path: path, text: text)
            }
        }
        for (name, text) in BundledThemes.all where found[name] == nil {
            found[name] = Entry(name: name, path: nil, text: text)
        }
        let order = BundledThemes.all.map(\.name)
        return found.values.sorted { a, b in
            let ia = order.firstIndex(of: a.name) ?? Int.max
            let ib = order.firstIndex(of: b.name) ?? Int.max
            return ia != ib ? ia < ib : a.name < b.name
        }
    }

    /// Why a theme could not be chosen.
    public enum LookupError: Error, Sendable, Equatable, CustomStringConvertible {
        /// No theme of this name, and no such file; `known` lists the names there are.
        case notFound(String, known: [String])
        /// One line, listing the known themes.
        public var description: String {
            switch self {
            case .notFound(let name, let known):
                return "no theme \"\(name)\"; themes: \(known.joined(separator: ", "))"
            }
        }
    }

    /// Whether `argument` names a file rather than a theme (it has a `/` or ends in `.toml`).
    public static func isPath(_ argument: String) -> Bool {
        argument.contains("/") || argument.hasSuffix(".toml")
    }

    /// Loads the theme `argument` names (a name, or a path).
    ///
    /// - Returns: the theme and warnings; a theme file with an error gives
    ///   ``Theme/standard`` and the error as a warning, so Byline still starts.
    /// - Throws: ``LookupError/notFound(_:known:)`` when there is no such theme or file.
    public func load(_ argument: String) throws(LookupError) -> (theme: Theme, warnings: [ThemeDiagnostic]) {
        if Self.isPath(argument) {
            guard let data = FileManager.default.contents(atPath: argument),
                let text = String(data: data, encoding: .utf8)
            else { throw .notFound(argument, known: entries().map(\.name)) }
            let stem = URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent
            return Self.parse(text, file: argument, name: stem)
        }
        let all = entries()
        guard let entry = all.first(where: { $0.name == argument }) else {
            throw .notFound(argument, known: all.map(\.name))
        }
        return Self.parse(entry.text, file: entry.path ?? "\(entry.name) (built in)", name: entry.name)
    }

    /// Every theme, parsed, for cycling at runtime (broken files are left out, with warnings).
    public func loadAll() -> (themes: [Theme], warnings: [ThemeDiagnostic]) {
        var themes: [Theme] = []
        var warnings: [ThemeDiagnostic] = []
        for entry in entries() {
            do {
                let loaded = try ThemeFile.parse(
                    entry.text, file: entry.path ?? "\(entry.name) (built in)", fallbackName: entry.name)
                themes.append(loaded.theme)
            } catch {
                warnings.append(error)
            }
        }
        return (themes.isEmpty ? [.standard] : themes, warnings)
    }

    /// Parses `text`; on an error, the default theme with the error as a warning.
    static func parse(_ text: String, file: String, name: String) -> (theme: Theme, warnings: [ThemeDiagnostic]) {
        do {
            let loaded = try ThemeFile.parse(text, file: file, fallbackName: name)
            return (loaded.theme, loaded.warnings)
        } catch {
            return (.standard, [error])
        }
    }
}
