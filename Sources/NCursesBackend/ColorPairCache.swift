import CNCursesW
import ReaderUI

/// Turns a theme ``Style`` into the attributes and colour pair ncurses draws with, caching
/// one colour pair per style (allocated with `alloc_pair`).
///
/// Colours degrade with the terminal: an indexed colour the terminal lacks (index >=
/// `COLORS`) becomes the nearest of the colours it has (bright 8-15 fold onto 0-7; the
/// 256-colour cube and grey ramp map to the nearest of the 16 or 8 ANSI colours). Without
/// colour support, or with `NO_COLOR` set, only the attributes are used.
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
            guard let mapped = Self.degrade(index, colorCount: colorCount) else {
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
        guard index >= 0, index < 256, colorCount >= 8 else { return nil }
        if index < colorCount { return index }
        if index < 16 { return index - 8 }
        let target = rgb(index)
        let limit = colorCount >= 16 ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<limit {
            let c = rgb(candidate)
            let d = (c.r - target.r) * (c.r - target.r) + (c.g - target.g) * (c.g - target.g)
                + (c.b - target.b) * (c.b - target.b)
            if d < bestDistance {
                bestDistance = d
                best = candidate
            }
        }
        return best
    }

    /// xterm's default RGB for palette `index` (0-255).
    static func rgb(_ index: Int) -> (r: Int, g: Int, b: Int) {
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index >= 0 && index < 16 { return ansi[index] }
        if index >= 16 && index < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let n = index - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        }
        let grey = 8 + 10 * (min(max(index, 232), 255) - 232)
        return (grey, grey, grey)
    }
}
