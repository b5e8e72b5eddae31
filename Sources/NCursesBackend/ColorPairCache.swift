import CNCursesW
import ReaderUI

/// Turns a theme ``Style`` into the attributes and colour pair ncurses draws with, caching
/// one colour pair per style (allocated with `alloc_pair`).
///
/// Colours degrade with the terminal (see ``Palette``): on a direct-colour (truecolor)
/// terminal, whose `COLORS` is 2^24 and whose colour numbers are `0xRRGGBB`, an RGB colour is
/// drawn exactly and an indexed colour 8-255 as its xterm RGB value; elsewhere an RGB colour
/// becomes the nearest of the 256 (cube and greys), then of the 16 or 8, and an indexed colour
/// the terminal lacks the nearest of the colours it has (bright 8-15 fold onto 0-7). Without
/// colour support, with `NO_COLOR` set or `--color never`, only the attributes are used.
///
/// Not thread-safe: used only on the event loop's thread, like every curses call.
struct ColorPairCache {
    /// A style ready for `setcchar`: attributes and a colour pair number (0 = default).
    struct Resolved {
        var attributes: attr_t
        var pair: Int32
    }

    /// Whether colours are in use at all.
    let colorsEnabled: Bool
    /// How many colours the terminal has (`COLORS`), 0 when colours are off.
    let colorCount: Int
    /// How many colour pairs the terminal has (`COLOR_PAIRS`), 0 when colours are off.
    let pairCount: Int
    /// Whether `use_default_colors` succeeded, so -1 means "the terminal's own colour".
    let defaultColorsAvailable: Bool
    /// Whether colour numbers are 24-bit RGB values (ncurses direct-colour terminfo).
    var isDirectColor: Bool { colorCount > 256 }

    private var cache: [Style: Resolved] = [:]

    /// Creates a cache for a terminal whose colours are already started (or not).
    init(colorsEnabled: Bool, colorCount: Int, pairCount: Int, defaultColorsAvailable: Bool) {
        self.colorsEnabled = colorsEnabled && colorCount >= 8 && pairCount > 1
        self.colorCount = self.colorsEnabled ? colorCount : 0
        self.pairCount = self.colorsEnabled ? pairCount : 0
        self.defaultColorsAvailable = defaultColorsAvailable
    }

    /// The attributes and pair for `style`, allocating the pair on first use.
    mutating func resolve(_ style: Style) -> Resolved {
        if let hit = cache[style] { return hit }
        let resolved = Resolved(attributes: Self.attributes(style.attributes), pair: pair(for: style))
        cache[style] = resolved
        return resolved
    }

    /// Frees every pair when the pairs for `upcoming` more styles might not fit, so that
    /// `alloc_pair` never recycles a pair a cached style still refers to. Returns `true` when
    /// it did (the caller must then repaint every cell).
    mutating func makeRoom(for upcoming: Int) -> Bool {
        guard colorsEnabled, cache.count + upcoming >= pairCount - 1 else { return false }
        reset_color_pairs()
        cache.removeAll()
        return true
    }

    private func pair(for style: Style) -> Int32 {
        guard colorsEnabled else { return 0 }
        let fg = color(style.foreground, isForeground: true)
        let bg = color(style.background, isForeground: false)
        if fg == -1 && bg == -1 { return 0 }
        let pair = alloc_pair(fg, bg)
        return pair > 0 ? pair : 0
    }

    /// The ncurses colour number for `color`: -1 for the terminal's default when available.
    private func color(_ color: ThemeColor, isForeground: Bool) -> Int32 {
        switch color {
        case .terminalDefault:
            return defaultColorsAvailable ? -1 : (isForeground ? 7 : 0)
        case .indexed(let index):
            if isDirectColor, index >= 8, index < 256 {
                let c = Palette.rgb(ofIndex: index)
                return Int32(c.r << 16 | c.g << 8 | c.b)
            }
            guard let mapped = Self.degrade(index, colorCount: colorCount) else {
                return defaultColorsAvailable ? -1 : (isForeground ? 7 : 0)
            }
            return Int32(mapped)
        case .rgb(let r, let g, let b):
            if isDirectColor { return Int32(Int(r) << 16 | Int(g) << 8 | Int(b)) }
            guard let mapped = Palette.degrade(
                r: Int(r), g: Int(g), b: Int(b), colorCount: colorCount)
            else {
                return defaultColorsAvailable ? -1 : (isForeground ? 7 : 0)
            }
            return Int32(mapped)
        }
    }

    /// ncurses attribute bits for `attributes`.
    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var bits = byline_a_normal()
        if attributes.contains(.bold) { bits |= byline_a_bold() }
        if attributes.contains(.italic) { bits |= byline_a_italic() }
        if attributes.contains(.underline) { bits |= byline_a_underline() }
        if attributes.contains(.reverse) { bits |= byline_a_reverse() }
        if attributes.contains(.dim) { bits |= byline_a_dim() }
        return bits
    }

    /// The colour to use for palette `index` on a terminal with `colorCount` colours, or
    /// `nil` for the terminal's default (index out of 0-255, or fewer than 8 colours).
    static func degrade(_ index: Int, colorCount: Int) -> Int? {
        Palette.degrade(index: index, colorCount: colorCount)
    }
}
