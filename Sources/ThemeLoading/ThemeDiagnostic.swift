import CTOMLGuard
import TOMLKit
/// A problem in a theme or config file, located as precisely as known:
/// `file:line: key: message`.
public struct ThemeDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path (or a name such as `default (built in)`).
    public let file: String
    /// 1-based line, when known.
    public let line: Int?
    /// The key at fault (`roles.quote.fg`), when known.
    public let key: String?
    /// What is wrong.
    public let message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// One line: `file:line: key: message`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += key + ": " }
        return text + message
    }
}

/// Finding a key's line in TOML source text (TOMLKit gives positions for syntax errors
/// only), so value errors can name their line.
enum SourceLines {
    /// The 1-based line of the first `key = ...` after the `[section]` header (or from the
    /// top when `section` is `nil`); `nil` when not found.
    static func line(of key: String, section: String?, in text: String) -> Int? {
        var inSection = section == nil
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("[") {
                let name = line.dropFirst().prefix(while: { $0 != "]" })
                    .trimmingCharacters(in: " \t")
                if let section { inSection = name == section } else { inSection = false }
                continue
            }
            guard inSection, line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" })
            if rest.hasPrefix("=") { return index + 1 }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let isTrimmed: (Character) -> Bool = { set.contains($0) }
        return String(drop(while: isTrimmed).reversed().drop(while: isTrimmed).reversed())
    }
}

extension ThemeDiagnostic {
    /// Parses `text` as TOML. Throws a ``ThemeDiagnostic`` naming `file` and, for a syntax
    /// error, the line TOMLKit reports. Text that is not TOML 1.0 in form is refused before
    /// TOMLKit sees it, with the line and reason from the lexical check in ``CTOMLGuard``
    /// (toml++ 3.4.0, inside TOMLKit, aborts or misbehaves on some such text, `[[[x]]]` for one).
    static func parseTOML(_ text: String, file: String) throws(ThemeDiagnostic) -> TOMLTable {
        var bytes = text
        var line = 0
        let refusal = bytes.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { byline_toml_refusal($0.baseAddress, $0.count, &line) }
        }
        if let refusal {
            throw ThemeDiagnostic(file: file, line: line, key: nil, message: "not TOML: " + String(cString: refusal))
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeDiagnostic(
                file: file, line: error.source.begin.line, key: nil, message: error.description)
        } catch {
            throw ThemeDiagnostic(file: file, line: nil, key: nil, message: "\(error)")
        }
    }
}
