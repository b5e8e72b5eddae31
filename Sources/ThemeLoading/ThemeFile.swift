import ReaderUI
import TOMLKit

/// Theme files: TOML with `name`, `description` and a `[roles]` table mapping each
/// ``StyleRole`` (by its kebab-case raw value) to `{ fg = COLOUR, bg = COLOUR, attrs = [...] }`.
/// Colours are parsed by ``ThemeColor/init(parsing:)``; `fg`, `bg` and `attrs` may be left
/// out (terminal default, no attributes). See `themes/default.toml`.
public enum ThemeFile {
    /// A parsed theme and the warnings worth showing (unknown keys, missing roles).
    public struct Loaded: Sendable {
        /// The theme; roles the file does not define take ``Theme/standard``'s style.
        public var theme: Theme
        /// Roles the file does not define.
        public var missingRoles: [StyleRole]
        /// Warnings: unknown keys and missing roles. Never fatal.
        public var warnings: [ThemeDiagnostic]
    }

    /// Parses theme file `text`.
    ///
    /// - Parameters:
    ///   - file: the path (or name) used in diagnostics.
    ///   - fallbackName: the theme's name when the file has no `name` (the file's stem).
    /// - Throws: ``ThemeDiagnostic`` for a TOML syntax error (with its line) or a value that
    ///   is wrong (a bad colour or attribute, a role that is not a table), naming the key.
    public static func parse(_ text: String, file: String, fallbackName: String) throws(ThemeDiagnostic)
        -> Loaded
    {
        let table = try ThemeDiagnostic.parseTOML(text, file: file)
        var warnings: [ThemeDiagnostic] = []
        func fail(_ key: String, section: String?, _ message: String) -> ThemeDiagnostic {
            ThemeDiagnostic(
                file: file, line: SourceLines.line(of: key, section: section, in: text),
                key: section.map { "\($0).\(key)" } ?? key, message: message)
        }

        var name = fallbackName
        var summary = ""
        var styles: [StyleRole: Style] = [:]
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "name":
                guard let text = value.string, !text.isEmpty else {
                    throw fail(key, section: nil, "must be a non-empty string")
                }
                name = text
            case "description":
                guard let text = value.string else { throw fail(key, section: nil, "must be a string") }
                summary = text
            case "roles":
                guard let roles = value.table else { throw fail(key, section: nil, "must be a table") }
                for roleName in roles.keys {
                    guard let roleValue = roles[roleName] else { continue }
                    guard let role = StyleRole(rawValue: roleName) else {
                        warnings.append(fail(roleName, section: "roles", "unknown role (ignored)"))
                        continue
                    }
                    styles[role] = try style(roleValue, role: roleName, fail: fail)
                }
            default:
                warnings.append(fail(key, section: nil, "unknown key (ignored)"))
            }
        }
        let missing = StyleRole.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            warnings.append(ThemeDiagnostic(
                file: file, line: nil, key: "roles",
                message: "no style for \(missing.map(\.rawValue).joined(separator: ", ")) (using the default theme's)"))
            for role in missing { styles[role] = Theme.standard.style(for: role) }
        }
        return Loaded(
            theme: Theme(name: name, styles: styles, summary: summary), missingRoles: missing,
            warnings: warnings)
    }

    /// One role's style from its inline table.
    private static func style(
        _ value: TOMLValueConvertible, role: String,
        fail: (String, String?, String) -> ThemeDiagnostic
    ) throws(ThemeDiagnostic) -> Style {
        guard let entry = value.table else {
            throw fail(role, "roles", "must be a table such as { fg = \"red\", attrs = [\"bold\"] }")
        }
        var style = Style()
        for field in entry.keys {
            guard let fieldValue = entry[field] else { continue }
            switch field {
            case "fg", "bg":
                guard let text = fieldValue.string ?? fieldValue.int.map(String.init) else {
                    throw fail(role, "roles", "\(field) must be a colour string or 0-255")
                }
                do {
                    let color = try ThemeColor(parsing: text)
                    if field == "fg" { style.foreground = color } else { style.background = color }
                } catch {
                    throw fail(role, "roles", "\(field): \(error.message)")
                }
            case "attrs":
                guard let list = fieldValue.array else {
                    throw fail(role, "roles", "attrs must be a list such as [\"bold\", \"underline\"]")
                }
                for item in list {
                    guard let word = item.string else {
                        throw fail(role, "roles", "attrs must hold strings")
                    }
                    do {
                        style.attributes.insert(try TextAttributes(parsing: word))
                    } catch {
                        throw fail(role, "roles", "attrs: \(error.message)")
                    }
                }
            default:
                throw fail(role, "roles", "unknown field \"\(field)\" (use fg, bg and attrs)")
            }
        }
        return style
    }
}
