/// A colour in a theme.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's own foreground or background (what `use_default_colors` gives).
    case terminalDefault
    /// One of the terminal's indexed colours, 0-255 (0-7 are the ANSI colours, 8-15 their
    /// bright variants, 16-231 xterm's 6x6x6 cube, 232-255 its grey ramp).
    case indexed(Int)
    /// A 24-bit colour, red, green and blue 0-255 each. Drawn exactly on a truecolor
    /// terminal, otherwise as the nearest of the colours the terminal has (see ``Palette``).
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes a style can combine.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    /// The bit set.
    public let rawValue: UInt8
    /// Creates attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold (or bright) text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Italic text, where the terminal has it.
    public static let italic = TextAttributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    /// Dim (half-bright) text.
    public static let dim = TextAttributes(rawValue: 1 << 4)
}

/// How one ``StyleRole`` looks: foreground, background and attributes.
public struct Style: Sendable, Hashable {
    /// Text colour.
    public var foreground: ThemeColor
    /// Cell background.
    public var background: ThemeColor
    /// Attributes; on a terminal without colour these alone keep roles apart.
    public var attributes: TextAttributes

    /// Creates a style; colours default to the terminal's own.
    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A named mapping from every ``StyleRole`` to a ``Style``.
public struct Theme: Sendable, Equatable {
    /// The theme's name as shown to the user.
    public var name: String
    /// Styles by role; a role missing here is drawn with ``Style/init()``.
    public var styles: [StyleRole: Style]
    /// A one-line description, as `--list-themes` shows it ("" when none).
    public var summary: String

    /// Creates a theme.
    public init(name: String, styles: [StyleRole: Style], summary: String = "") {
        self.name = name
        self.styles = styles
        self.summary = summary
    }

    /// The style for `role`.
    public func style(for role: StyleRole) -> Style {
        styles[role] ?? Style()
    }

    /// The compiled-in default theme: the terminal's own foreground and background for text,
    /// colours only as accents from the 8 ANSI colours (readable on dark and light
    /// backgrounds), and attributes that keep roles apart without colour (the same as
    /// `themes/default.toml`, which a test keeps in step).
    public static let standard = Theme(name: "default", styles: [
        .body: Style(),
        .headline: Style(attributes: [.bold]),
        .byline: Style(foreground: .indexed(6), attributes: [.italic]),
        .heading: Style(attributes: [.bold, .underline]),
        .caption: Style(foreground: .indexed(3), attributes: [.italic]),
        .credit: Style(foreground: .indexed(3), attributes: [.dim]),
        .code: Style(foreground: .indexed(6)),
        .quote: Style(foreground: .indexed(2), attributes: [.italic]),
        .currentQuote: Style(foreground: .indexed(2), attributes: [.reverse, .italic]),
        .speaker: Style(foreground: .indexed(5), attributes: [.bold]),
        .person: Style(foreground: .indexed(5)),
        .organization: Style(foreground: .indexed(4)),
        .place: Style(foreground: .indexed(6)),
        .otherEntity: Style(foreground: .indexed(3)),
        .highlight: Style(foreground: .indexed(0), background: .indexed(3), attributes: [.underline, .italic]),
        .selection: Style(attributes: [.reverse, .underline]),
        .selectedMention: Style(attributes: [.underline]),
        .searchMatch: Style(foreground: .indexed(3), attributes: [.bold, .underline]),
        .currentMatch: Style(foreground: .indexed(3), attributes: [.bold, .underline, .reverse]),
        .sidebarTitle: Style(attributes: [.bold]),
        .sidebarItem: Style(),
        .sidebarSelection: Style(attributes: [.bold, .reverse]),
        .border: Style(foreground: .indexed(4)),
        .statusLine: Style(attributes: [.reverse]),
        .prompt: Style(attributes: [.bold]),
        .help: Style(),
        .dim: Style(attributes: [.dim]),
    ], summary: "the terminal's own colours, ANSI accents")
}
