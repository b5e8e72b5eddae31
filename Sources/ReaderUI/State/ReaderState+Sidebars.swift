import ArticleModel

/// The right-hand sidebar's two panels (quotes, entities): which are shown, how they share
/// the rows, the overlay on narrow terminals, and moving the focus between them.
extension ReaderState {
    /// Whether the article has anything for `panel` to list.
    public func hasPanel(_ panel: SidebarPanel) -> Bool {
        switch panel {
        case .quotes: return !article.quotes.isEmpty
        case .entities: return !entityList.order.isEmpty
        }
    }

    /// Whether the reader wants `panel` docked (it may still not fit).
    public func wantsPanel(_ panel: SidebarPanel) -> Bool {
        panel == .quotes ? quotesSidebarWanted : entitiesSidebarWanted
    }

    /// Whether `panel` is docked on this screen: it has entries, is wanted, and the
    /// sidebar fits beside the article (it may still be hidden by the other one when the
    /// sidebar is too short to split).
    func docksPanel(_ panel: SidebarPanel) -> Bool {
        hasPanel(panel) && wantsPanel(panel) && ScreenGeometry.sidebarFits(columns: columns)
    }

    /// The rows each panel takes on the current screen (none when no sidebar is shown).
    public var sidebarPanels: SidebarPanels {
        let geometry = self.geometry
        guard geometry.sidebarLeft != nil else { return SidebarPanels() }
        let height = max(0, rows - 1)
        if geometry.sidebarIsOverlay, let overlay = overlayPanel {
            return overlay == .quotes ? SidebarPanels(quotes: 0..<height) : SidebarPanels(entities: 0..<height)
        }
        return SidebarPanels.make(
            height: height,
            quotes: docksPanel(.quotes) ? 2 + QuotesSidebar.rowsPerEntry * article.quotes.count : nil,
            entities: docksPanel(.entities) ? 1 + entityList.rows.count : nil,
            solo: soloPanel)
    }

    /// Whether `panel` is on screen, docked or as the overlay.
    public func isShown(_ panel: SidebarPanel) -> Bool {
        sidebarPanels.rows(of: panel) != nil
    }

    /// The panel that has the focus, if one has.
    var focusedPanel: SidebarPanel? {
        switch focus {
        case .quotes: return .quotes
        case .entities: return .entities
        case .article, .matches: return nil
        }
    }

    private mutating func setWanted(_ panel: SidebarPanel, _ wanted: Bool) {
        if panel == .quotes { quotesSidebarWanted = wanted } else { entitiesSidebarWanted = wanted }
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
        switch panel {
        case .quotes:
            if let position = currentQuotePosition { sidebarSelection = position }
            keepSelectionVisible()
        case .entities:
            if let entity = selection.entity, let position = entityList.order.firstIndex(of: entity) {
                entityCursor = position
            } else if let entity = entityAtCursor {
                // The row under the cursor is drawn selected: make it the selection, so its
                // mentions are highlighted and ] / [ start from it.
                select(entity: entity)
            }
            keepEntityCursorVisible()
        }
    }

    /// `"` and `E`: where the sidebar fits, docks or hides `panel` (or brings it in front
    /// when the other one hides it); on a narrow terminal, opens or closes it as the overlay,
    /// with the focus.
    mutating func togglePanel(_ panel: SidebarPanel) {
        guard hasPanel(panel) else {
            statusMessage = panel == .quotes ? "no quotes in this article" : "no named entities in this article"
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

    /// Tab: article → quotes → entities → article, skipping a panel with nothing to list;
    /// a panel that is hidden is shown (the overlay on a narrow terminal).
    mutating func cycleFocus() {
        let panels = SidebarPanel.allCases.filter(hasPanel)
        guard !panels.isEmpty else {
            statusMessage = "no quotes or named entities in this article"
            return
        }
        let order = [Focus.article] + panels.map(\.focus)
        let next = order[((order.firstIndex(of: focus) ?? 0) + 1) % order.count]
        if let panel = panels.first(where: { $0.focus == next }) {
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
    /// hidden; both lists are scrolled to their cursors.
    mutating func keepFocusedPanelShown() {
        if let panel = focusedPanel, !isShown(panel) {
            show(panel: panel)
        }
        keepSelectionVisible()
        keepEntityCursorVisible()
    }
}
