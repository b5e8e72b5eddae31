import ArticleModel

/// The right-hand sidebar's panels (``SidebarPanel``): which are shown, how they share the
/// rows, the overlay on narrow terminals, moving the focus between them, and each panel's
/// list viewport. Nothing here knows what a panel lists: that is its ``PanelContent``.
extension ReaderState {
    /// Whether the article has anything for `panel` to list.
    public func hasPanel(_ panel: SidebarPanel) -> Bool {
        panel.content.hasEntries(self)
    }

    /// The state kept for `panel` (wanted or hidden, cursor, scroll).
    public func panelState(_ panel: SidebarPanel) -> PanelState {
        panelStates[panel] ?? PanelState(panel: panel)
    }

    /// Whether the reader wants `panel` docked (it may still not fit).
    public func wantsPanel(_ panel: SidebarPanel) -> Bool {
        panelState(panel).wanted
    }

    /// The entry under `panel`'s cursor.
    public func cursor(of panel: SidebarPanel) -> Int {
        panelState(panel).viewport.cursor
    }

    /// The first of `panel`'s list rows kept at the top (the panel may scroll further to
    /// show the entry it follows when it is not focused).
    public func top(of panel: SidebarPanel) -> Int {
        panelState(panel).viewport.top
    }

    /// Whether `panel` is docked on this screen: it has entries, is wanted, and the
    /// sidebar fits beside the article (it may still be hidden by another one when the
    /// sidebar is too short to split).
    func docksPanel(_ panel: SidebarPanel) -> Bool {
        hasPanel(panel) && wantsPanel(panel) && ScreenGeometry.sidebarFits(columns: columns)
    }

    /// Whether any panel is docked.
    var docksAnyPanel: Bool { SidebarPanel.allCases.contains(where: docksPanel) }

    /// The rows each panel takes on the current screen (none when no sidebar is shown).
    public var sidebarPanels: SidebarPanels {
        let geometry = self.geometry
        guard geometry.sidebarLeft != nil else { return SidebarPanels() }
        let height = max(0, rows - 1)
        if geometry.sidebarIsOverlay, let overlay = overlayPanel {
            return SidebarPanels([overlay: 0..<height])
        }
        let needs = SidebarPanel.allCases.filter(docksPanel).map { ($0, $0.content.neededRows(self)) }
        return SidebarPanels.make(height: height, needs: needs, solo: soloPanel)
    }

    /// Whether `panel` is on screen, docked or as the overlay.
    public func isShown(_ panel: SidebarPanel) -> Bool {
        sidebarPanels.rows(of: panel) != nil
    }

    /// The panel that has the focus, if one has.
    var focusedPanel: SidebarPanel? { focus.panel }

    private mutating func setWanted(_ panel: SidebarPanel, _ wanted: Bool) {
        panelStates[panel, default: PanelState(panel: panel)].wanted = wanted
    }

    /// Sets `panel`'s cursor (kept inside its list by the callers).
    mutating func setCursor(of panel: SidebarPanel, to entry: Int) {
        panelStates[panel, default: PanelState(panel: panel)].viewport.cursor = entry
    }

    /// Puts every panel back at its first entry and scrolls it to the top.
    mutating func resetPanelViewports() {
        for panel in SidebarPanel.allCases { panelStates[panel, default: PanelState(panel: panel)].viewport = ListViewport() }
    }

    /// The rows `panel` has on screen, or the whole sidebar's height when it is not shown.
    private func panelRowCount(_ panel: SidebarPanel) -> Int {
        sidebarPanels.rows(of: panel)?.count ?? max(0, rows - 1)
    }

    /// Scrolls `panel`'s list so that its cursor is among the rows shown.
    mutating func keepCursorVisible(_ panel: SidebarPanel) {
        let content = panel.content
        let visible = content.visibleRows(panelRows: panelRowCount(panel))
        let wanted = content.rows(ofEntry: cursor(of: panel), in: self)
        panelStates[panel, default: PanelState(panel: panel)].viewport.reveal(
            wanted, visible: visible, total: content.listRows(self))
    }

    /// The first list row `panel` shows when drawn `panelRows` tall: its kept top, moved
    /// just enough to show the cursor (focused) or the entry it follows (not focused).
    public func shownTop(of panel: SidebarPanel, panelRows: Int) -> Int {
        let content = panel.content
        let entry = focus == panel.focus ? cursor(of: panel) : content.followedEntry(self)
        return ListViewport.scrolledTop(
            top: top(of: panel), wanted: entry.flatMap { content.rows(ofEntry: $0, in: self) },
            visible: content.visibleRows(panelRows: panelRows), total: content.listRows(self))
    }

    /// Moves the focused panel's cursor by `step` entries (stopping at the ends).
    mutating func moveCursor(of panel: SidebarPanel, by step: Int) {
        let count = panel.content.entryCount(self)
        guard count > 0 else { return }
        panelStates[panel, default: PanelState(panel: panel)].viewport.move(by: step, count: count)
        panel.content.cursorMoved(&self)
        keepCursorVisible(panel)
    }

    /// Puts `panel` on screen: docked (and in front, when the sidebar is too short to
    /// split) where the sidebar fits, as the overlay where it does not.
    mutating func show(panel: SidebarPanel) {
        if ScreenGeometry.sidebarFits(columns: columns) {
            setWanted(panel, true)
            soloPanel = panel
            overlayPanel = nil
        } else {
            overlayPanel = panel
        }
        relayout()
    }

    /// Shows `panel` and gives it the focus, its cursor on the current selection.
    mutating func focus(panel: SidebarPanel) {
        show(panel: panel)
        focus = panel.focus
        panel.content.focused(&self)
        keepCursorVisible(panel)
    }

    /// The toggle keys (`"`, `E`): where the sidebar fits, docks or hides `panel` (or
    /// brings it in front when another one hides it); on a narrow terminal, opens or closes
    /// it as the overlay, with the focus.
    mutating func togglePanel(_ panel: SidebarPanel) {
        guard hasPanel(panel) else {
            statusMessage = panel.content.emptyMessage
            return
        }
        if ScreenGeometry.sidebarFits(columns: columns) {
            overlayPanel = nil
            if wantsPanel(panel), !isShown(panel) {
                soloPanel = panel
                if focusedPanel != nil { focus = panel.focus }
            } else {
                setWanted(panel, !wantsPanel(panel))
                if wantsPanel(panel) { soloPanel = panel }
                if !wantsPanel(panel), focus == panel.focus { focus = .article }
            }
            relayout()
        } else if overlayPanel == panel {
            leaveSidebar()
        } else {
            focus(panel: panel)
        }
    }

    /// A panel used from inside (links, highlights, marks, outline): shows it and gives it
    /// the focus, or hides it when it already has the focus (the article gets it back); with
    /// nothing to list, the status line says so.
    mutating func toggleFocusedPanel(_ panel: SidebarPanel) {
        guard hasPanel(panel) else {
            statusMessage = panel.content.emptyMessage
            return
        }
        if focus == panel.focus {
            togglePanel(panel)
            focus = .article
        } else {
            focus(panel: panel)
        }
    }

    /// Tab: the article, then each panel in order, then the article again, skipping a panel
    /// with nothing to list; a panel that is hidden is shown (the overlay on a narrow
    /// terminal).
    mutating func cycleFocus() {
        let panels = SidebarPanel.allCases.filter {
            hasPanel($0) && ($0.content.shownByDefault || wantsPanel($0))
        }
        guard !panels.isEmpty else {
            statusMessage = "no quotes or named entities in this article"
            return
        }
        let order = [Focus.article] + panels.map(\.focus)
        let next = order[((order.firstIndex(of: focus) ?? 0) + 1) % order.count]
        if let panel = next.panel {
            focus(panel: panel)
        } else {
            leaveSidebar()
        }
    }

    /// Gives the focus back to the article, closing the match list or a sidebar overlay.
    mutating func leaveSidebar() {
        if focus == .matches {
            focus = .article
            search.listOpen = false
            return
        }
        focus = .article
        if overlayPanel != nil {
            overlayPanel = nil
            relayout()
        }
    }

    /// After a resize: a focused panel that is no longer on screen is shown again (as the
    /// overlay when the sidebar no longer fits), so the focus never sits in something
    /// hidden; every list is scrolled to its cursor.
    mutating func keepFocusedPanelShown() {
        if let panel = focusedPanel, !isShown(panel) {
            show(panel: panel)
        }
        for panel in SidebarPanel.allCases { keepCursorVisible(panel) }
    }
}
