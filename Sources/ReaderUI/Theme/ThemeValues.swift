/// Reading and writing the words theme files use for colours and attributes.
extension ThemeColor {
    /// The colour names a theme may use, by palette index: the 8 ANSI colours, then their
    /// bright variants ("bright-red" or "brightred"; "grey"/"gray" is bright black).
    public static let names: [String: Int] = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var names: [String: Int] = [:]
        for (index, name) in base.enumerated() {
            names[name] = index
            names["bright-" + name] = index + 8
            names["bright" + name] = index + 8
        }
        names["grey"] = 8
        names["gray"] = 8
        return names
    }()

    /// Parses a theme colour: a name (see ``names``), an index `0`-`255`, `#rrggbb`, or
    /// `default` (the terminal's own colour). Case and surrounding spaces are ignored.
    ///
    /// - Throws: ``ThemeValueError`` with a message saying what was wrong.
    public init(parsing text: String) throws(ThemeValueError) {
        let word = text.trimmingSpaces.lowercased()
        if word == "default" || word == "none" {
            self = .terminalDefault
        } else if let index = Self.names[word] {
            self = .indexed(index)
        } else if word.hasPrefix("#") {
            let hex = word.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit),
                let value = Int(hex, radix: 16)
            else {
                throw ThemeValueError("\"\(text)\" is not a colour: #rrggbb needs six hex digits")
            }
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else if !word.isEmpty, word.allSatisfy(\.isASCII), word.allSatisfy(\.isNumber) {
            guard let index = Int(word), index <= 255 else {
                throw ThemeValueError("\"\(text)\" is not a colour: indexes go from 0 to 255")
            }
            self = .indexed(index)
        } else {
            throw ThemeValueError(
                "\"\(text)\" is not a colour (use a name such as red or bright-blue, 0-255, #rrggbb or default)")
        }
    }

    /// The colour as a theme file writes it (`default`, a name for 0-15, an index, `#rrggbb`).
    public var themeText: String {
        switch self {
        case .terminalDefault: return "default"
        case .indexed(let index):
            let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
            if index >= 0 && index < 8 { return base[index] }
            if index >= 8 && index < 16 { return "bright-" + base[index - 8] }
            return String(index)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
    }
}

extension TextAttributes {
    /// The attribute names a theme may use, with their bits.
    public static let names: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("italic", .italic), ("underline", .underline),
        ("reverse", .reverse), ("dim", .dim),
    ]

    /// Parses one attribute name (`bold`, `italic`, `underline`, `reverse`, `dim`).
    ///
    /// - Throws: ``ThemeValueError`` naming the known attributes.
    public init(parsing text: String) throws(ThemeValueError) {
        let word = text.trimmingSpaces.lowercased()
        guard let match = Self.names.first(where: { $0.name == word }) else {
            throw ThemeValueError(
                "\"\(text)\" is not an attribute (use bold, italic, underline, reverse or dim)")
        }
        self = match.attribute
    }
}

/// A colour or attribute a theme file spells wrongly; ``message`` says how.
public struct ThemeValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, in one line ("\"#12\" is not a colour: #rrggbb needs six hex digits").
    public let message: String
    /// Creates the error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
