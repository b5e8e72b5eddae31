/// A ``TerminalBackend`` wrapper that owns the theme: it draws every frame with the current
/// theme (ignoring the one the loop passes), translates keys through ``KeyBindings``, and
/// on the cycle-theme key (`T` by default) switches to the next theme of its list and names
/// it on the status line until the next key.
///
/// It also shows a start-up notice (a config or theme warning) on the status line until the
/// first key. Like every backend it is used on the loop's thread only.
public final class ThemeSwitchingBackend<Base: TerminalBackend>: TerminalBackend {
    /// The terminal drawn on.
    public let base: Base
    /// The themes `T` cycles through, in order; never empty.
    public let themes: [Theme]
    /// Index in ``themes`` of the theme in use.
    public private(set) var current: Int
    /// The key bindings applied to every key.
    public let bindings: KeyBindings
    /// Text shown over the left of the status line until the next key, or `nil`.
    public private(set) var notice: String?
    /// Whether the reader is taking text: keys then pass through untranslated.
    private var textEntry = false

    /// Wraps `base`.
    ///
    /// - Parameters:
    ///   - themes: the cycle; the first is used when `current` is out of range. An empty
    ///     list becomes `[Theme.standard]`.
    ///   - current: index of the theme to start with.
    ///   - bindings: key remapping.
    ///   - notice: a message for the status line until the first key.
    public init(
        base: Base, themes: [Theme], current: Int = 0, bindings: KeyBindings = .standard,
        notice: String? = nil
    ) {
        self.base = base
        self.themes = themes.isEmpty ? [.standard] : themes
        self.current = self.themes.indices.contains(current) ? current : 0
        self.bindings = bindings
        self.notice = notice
    }

    /// The theme in use.
    public var theme: Theme { themes[current] }

    /// The base terminal's size.
    public var size: (rows: Int, columns: Int) { base.size }

    /// The next event: keys go through the bindings; the cycle-theme key switches theme and
    /// comes back as a `.redraw` so the whole screen is repainted in the new colours.
    public func nextEvent() -> InputEvent {
        let event = base.nextEvent()
        guard case .key(let key) = event else { return event }
        notice = nil
        if textEntry { return event }
        switch bindings.resolve(key) {
        case .key(let translated):
            return .key(translated)
        case .cycleTheme:
            current = (current + 1) % themes.count
            notice = "theme: \(theme.name) (\(current + 1)/\(themes.count))"
            let now = base.size
            return .redraw(rows: now.rows, columns: now.columns)
        }
    }

    /// Presents `buffer` in the current theme, with the notice written over the start of
    /// the status line (the last row).
    public func present(_ buffer: ScreenBuffer, theme _: Theme, force: Bool) {
        var shown = buffer
        if let notice, shown.rows > 0, shown.columns > 2 {
            let text = " " + notice + " "
            shown.fill(row: shown.rows - 1, column: 0, width: min(shown.columns, text.count + 1), role: .statusLine)
            shown.write(text, row: shown.rows - 1, column: 0, role: .statusLine)
        }
        base.present(shown, theme: theme, force: force)
    }

    /// Remembers whether the reader is taking text (see ``TerminalBackend/setTextEntry(_:)``).
    public func setTextEntry(_ active: Bool) {
        textEntry = active
        base.setTextEntry(active)
    }

    /// Whether the base terminal has input waiting.
    public var hasPendingInput: Bool { base.hasPendingInput }

    /// Suspends the base terminal.
    public func suspend() { base.suspend() }

    /// Shuts the base terminal down.
    public func shutdown() { base.shutdown() }
}
