/// A colour in a theme.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's own foreground or background (what `use_default_colors` gives).
    case terminalDefault
    /// One of the terminal's indexed colours, 0-255 (0-7 are the ANSI colours).
    case indexed(Int)
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

    /// Creates a theme.
    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`.
    public func style(for role: StyleRole) -> Style {
        styles[role] ?? Style()
    }

    /// The compiled-in default theme: the terminal's own foreground and background for text,
    /// colours only as accents from the 8 ANSI colours (readable on dark and light
    /// backgrounds), and attributes that keep roles apart without colour.
    public static let standard = Theme(name: "default", styles: [
        .body: Style(),
        .headline: Style(attributes: [.bold]),
        .byline: Style(foreground: .indexed(6), attributes: [.italic]),
        .heading: Style(attributes: [.bold, .underline]),
        .caption: Style(foreground: .indexed(3), attributes: [.italic]),
        .credit: Style(foreground: .indexed(3), attributes: [.dim]),
        .quote: Style(foreground: .indexed(2)),
        .currentQuote: Style(attributes: [.reverse]),
        .speaker: Style(foreground: .indexed(5), attributes: [.bold]),
        .sidebarItem: Style(),
        .sidebarSelection: Style(attributes: [.reverse]),
        .statusLine: Style(attributes: [.reverse]),
        .help: Style(),
        .sidebarTitle: Style(attributes: [.bold]),
        .border: Style(foreground: .indexed(4)),
        .dim: Style(attributes: [.dim]),
    ])
}
