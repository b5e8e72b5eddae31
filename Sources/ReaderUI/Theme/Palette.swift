/// The colours of a 256-colour terminal and how a colour degrades to fewer of them.
///
/// Indexes 0-15 use xterm's default RGB values (terminals differ; these are the common
/// reference), 16-231 xterm's 6x6x6 cube with levels 0, 95, 135, 175, 215, 255, and 232-255
/// its grey ramp 8, 18, ..., 238. Distances are squared Euclidean distances in RGB.
public enum Palette {
    /// An RGB triple, each channel 0-255.
    public typealias RGB = (r: Int, g: Int, b: Int)

    /// xterm's default colours for the 16 ANSI indexes.
    static let ansi: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    /// The six channel levels of xterm's colour cube.
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of palette `index` (clamped to 0-255).
    public static func rgb(ofIndex index: Int) -> RGB {
        if index >= 0 && index < 16 { return ansi[index] }
        if index >= 16 && index < 232 {
            let n = index - 16
            return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
        }
        let grey = 8 + 10 * (min(max(index, 232), 255) - 232)
        return (grey, grey, grey)
    }

    /// Squared distance between two colours.
    static func distance(_ a: RGB, _ b: RGB) -> Int {
        (a.r - b.r) * (a.r - b.r) + (a.g - b.g) * (a.g - b.g) + (a.b - b.b) * (a.b - b.b)
    }

    /// The index (16-255) of the cube colour or grey nearest to `r`, `g`, `b`. The 16 ANSI
    /// colours are left out on purpose: users re-define them, the cube and greys are fixed.
    public static func nearest256(r: Int, g: Int, b: Int) -> Int {
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : min(5, (v - 35) / 40) }
        let (cr, cg, cb) = (level(r), level(g), level(b))
        let cubeIndex = 16 + 36 * cr + 6 * cg + cb
        let average = (r + g + b) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let greyIndex = 232 + greyStep
        let target = (r: r, g: g, b: b)
        return distance(rgb(ofIndex: greyIndex), target) < distance(rgb(ofIndex: cubeIndex), target)
            ? greyIndex : cubeIndex
    }

    /// The index among the first `count` palette colours (16 or 8) nearest to `color`.
    public static func nearest(_ color: RGB, among count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<max(1, min(16, count)) {
            let d = distance(rgb(ofIndex: candidate), color)
            if d < bestDistance {
                bestDistance = d
                best = candidate
            }
        }
        return best
    }

    /// The colour to draw palette `index` with on a terminal of `colorCount` colours: the
    /// index itself when it has it, a bright colour 8-15 folded onto 0-7, anything else the
    /// nearest of the 16 or 8. `nil` for an index outside 0-255 or fewer than 8 colours
    /// (the caller then uses the terminal's default).
    public static func degrade(index: Int, colorCount: Int) -> Int? {
        guard index >= 0, index < 256, colorCount >= 8 else { return nil }
        if index < colorCount { return index }
        if index < 16 { return index - 8 }
        return nearest(rgb(ofIndex: index), among: colorCount >= 16 ? 16 : 8)
    }

    /// The colour to draw `r`, `g`, `b` with on a terminal of `colorCount` (< 2^24)
    /// colours: the nearest of the 256 when it has them, else of the 16 or 8; `nil` with
    /// fewer than 8.
    public static func degrade(r: Int, g: Int, b: Int, colorCount: Int) -> Int? {
        guard colorCount >= 8 else { return nil }
        if colorCount >= 256 { return nearest256(r: r, g: g, b: b) }
        return nearest((r, g, b), among: colorCount >= 16 ? 16 : 8)
    }
}
