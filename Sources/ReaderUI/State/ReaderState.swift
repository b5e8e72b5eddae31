import ArticleModel
import Citations

/// The whole state of the reader: one value, changed only by ``update(_:)``.
///
/// The reading place is kept as a model position (``anchor``), not a screen line, so that a
/// resize or a change of measure reflows the text and keeps the paragraph that was at the
/// top of the viewport there.
public struct ReaderState: Sendable {
    /// The article being read. Its quotations and named entities may arrive after the first
    /// frame (``Message/analysisFinished(_:)``); its blocks never change.
    public internal(set) var article: Article
    /// The article's named entities in sidebar order (grouped by kind, by salience), built
    /// with the state and again when the analysis arrives.
    public internal(set) var entityList: EntityList
    /// Terminal height in rows.
    public private(set) var rows: Int
    /// Terminal width in columns.
    public private(set) var columns: Int
    /// The text measure asked for (`--width`, default 80 columns); the measure used is this,
    /// clamped to the window (see ``measure``).
    public internal(set) var preferredWidth: Int
    /// The measure `=` returns to.
    public let defaultWidth: Int
    /// The model position shown on the top line of the viewport.
    public internal(set) var anchor: TextPosition
    /// Index of the top line of the viewport in ``layout``.
    public internal(set) var topLine: Int
    /// The article laid out at ``measure``; rebuilt only when the measure changes.
    public private(set) var layout: ArticleLayout
    /// Whether the help overlay is shown.
    public private(set) var showingHelp: Bool = false
    /// First line of the help text shown when the overlay is taller than the screen.
    public private(set) var helpTopLine: Int = 0
    /// A one-off message for the status line, cleared by the next key or resize.
    public internal(set) var statusMessage: String?
    /// A notice over the left of the status line (a config warning at start, the theme's
    /// name after `T`), kept until the next key.
    public internal(set) var notice: String?
    /// The count typed so far before a command (`5` of `5j`), or `nil`.
    public internal(set) var pendingCount: Int?
    /// What is selected: nothing, a quotation or a named entity (shared by the article pane
    /// and both sidebars).
    public internal(set) var selection: Selection = .none
    /// Which part of the screen the selection keys act on.
    public internal(set) var focus: Focus = .article
    /// Each sidebar panel's state (wanted or hidden, cursor, scroll); a panel not in the
    /// table is wanted and at its first entry.
    public internal(set) var panelStates: [SidebarPanel: PanelState] = [:]
    /// The panel open as an overlay on a terminal too narrow to dock the sidebar, or `nil`.
    public internal(set) var overlayPanel: SidebarPanel?
    /// The panel shown when several are docked but the sidebar is too short to split
    /// (``SidebarPanels/minimumRows`` each): the one last focused or asked for.
    public internal(set) var soloPanel: SidebarPanel = .quotes
    /// When set, the quotes sidebar and quote jumps are narrowed to this speaker (the name
    /// shown in the sidebar's title).
    public internal(set) var speakerFilter: String?
    /// When set, the speaker filter is this entity (an index into `article.entities`):
    /// quotations whose ``ArticleModel/Quote/speakerEntity`` is it, whatever name they give.
    public internal(set) var speakerFilterEntity: Int?
    /// The search prompt, the active query and its matches.
    public internal(set) var search = SearchState()
    /// Whether a new search prompt starts in regular-expression mode (`--regex`).
    public var searchesUseRegex = false
    /// Text typed after `/` in the quotes sidebar: only quotes whose speaker or words contain
    /// it (ignoring case) are listed; `nil` when there is no filter.
    public internal(set) var quotesFilter: String?
    /// The marks set with `m<letter>`, by letter: model positions (top of the viewport
    /// when set).
    public internal(set) var marks: [Character: TextPosition] = [:]
    /// For each block, the words from it to the end of the article (one more entry, 0, at
    /// the end); empty until ``setReadingSpeed(blockWords:wordsPerMinute:)``.
    public internal(set) var wordsFromBlock: [Int] = []
    /// The reading speed for the time left, in words per minute.
    public internal(set) var wordsPerMinute = ReaderState.defaultWordsPerMinute
    /// The article's outline (headings, captions, speaker changes), built with the state and
    /// again when the analysis arrives.
    public internal(set) var outline: Outline
    /// The place before the last jump, where `''` goes back to.
    public internal(set) var previousPlace: TextPosition?
    /// Set by `m` or `'` until the next key names the mark.
    public internal(set) var pendingMark: MarkCommand?
    /// The filter line while it is being edited, or `nil`.
    public internal(set) var filterEditor: LineEditor?
    /// The passage being selected (`v`, `V`, `a`), or `nil`.
    public internal(set) var passage: PassageSelection?
    /// The highlights kept with `*`, in reading order.
    public internal(set) var highlights: [Highlight] = []
    /// The note prompt while it is open, or `nil`.
    public internal(set) var noteEditor: NoteEditing?
    /// The themes `T` cycles through, in order; never empty.
    public internal(set) var themes: [Theme] = [.standard]
    /// Index in ``themes`` of the theme the screen is drawn in.
    public internal(set) var themeIndex = 0
    /// The user's key remapping (the config file's `[keys]`), applied to every key outside
    /// a prompt.
    public var bindings: KeyBindings = .standard
    /// How `y` writes a citation (the config's `citation-template`, else Markdown).
    public var citationTemplate: CitationTemplate = .markdown
    /// The articles open in this run, in order (handed in by the executable); empty or one
    /// entry when only this one is.
    public internal(set) var openArticles: [OpenArticle] = []
    /// The index in ``openArticles`` of this article.
    public internal(set) var currentArticle = 0
    /// The reading history as last asked for with `H` (newest first).
    public internal(set) var history: [HistoryEntry] = []
    /// The article the reader asked to open (``Effect/openArticle(_:)``), until the
    /// executable hands the open articles in again.
    public internal(set) var openRequest: ArticleRequest?
    /// Set by `:` (with the count typed before it) until the next key names the command
    /// (`n`, `p`, `x`).
    public internal(set) var pendingArticleCommand: Int??
    /// The pages read before this one through followed links, oldest first, each as it was
    /// left (its place, marks, panels); `B` goes back to the last. Empty on the first page.
    public internal(set) var backPages: [ReaderState] = []

    /// The smallest terminal the reader draws into, in rows and columns; below it the screen
    /// says it is too small.
    public static let minimumSize = (rows: 5, columns: 20)
    /// The narrowest text measure `-` goes down to, in columns.
    public static let minimumWidth = 20
    /// How many columns `+` and `-` change the measure by.
    public static let widthStep = 4

    /// Creates the state for `article` in a terminal of `rows` x `columns`, with a preferred
    /// text measure of `width` columns (values below ``minimumWidth`` are raised to it).
    public init(article: Article, rows: Int, columns: Int, width: Int = 80) {
        self.article = article
        self.entityList = EntityList(entities: article.entities)
        self.outline = Outline(article: article)
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        let preferred = max(Self.minimumWidth, width)
        self.preferredWidth = preferred
        self.defaultWidth = preferred
        self.anchor = TextPosition(block: 0, offset: 0)
        self.topLine = 0
        // Laid out once, at the measure the panels leave (an empty layout until then).
        self.layout = ArticleLayout(article: Article(), width: 1)
        let hasPanel = SidebarPanel.allCases.contains { $0.content.hasEntries(self) }
        let geometry = ScreenGeometry.make(columns: self.columns, docked: hasPanel, overlay: false)
        self.layout = ArticleLayout(
            article: article, width: max(1, min(preferred, geometry.articleColumns)))
    }

    /// Sets the themes `T` cycles through and the one to draw in (the first when `current`
    /// is out of range; an empty list is the default theme alone).
    public mutating func setThemes(_ themes: [Theme], current: Int = 0) {
        self.themes = themes.isEmpty ? [.standard] : themes
        themeIndex = self.themes.indices.contains(current) ? current : 0
    }

    /// The theme the screen is drawn in.
    public var theme: Theme { themes[themeIndex] }

    /// Where the article pane and the sidebar (quotes, entities or both) are on the current
    /// screen.
    public var geometry: ScreenGeometry {
        let docked = docksAnyPanel
        let overlay = overlayPanel.map(hasPanel) ?? false
        return ScreenGeometry.make(columns: columns, docked: docked, overlay: overlay)
    }

    /// The columns the article pane may use: the whole width, less a docked sidebar.
    public var articleColumns: Int { geometry.articleColumns }

    /// The text measure in use, in columns: the preferred width clamped to the article pane.
    public var measure: Int { max(1, min(preferredWidth, articleColumns)) }

    /// Whether the terminal is below ``minimumSize``.
    public var isTooSmall: Bool {
        rows < Self.minimumSize.rows || columns < Self.minimumSize.columns
    }

    /// Rows available to the article pane (all but the status line).
    public var viewportHeight: Int { max(1, rows - 1) }

    /// The largest valid ``topLine``: the last line may sit at the bottom of the viewport.
    public var maxTopLine: Int { max(0, layout.lines.count - viewportHeight) }

    /// How far through the article the bottom of the viewport is, 0–100 percent.
    public var percentRead: Int {
        let total = layout.lines.count
        guard total > viewportHeight else { return 100 }
        let seen = min(total, topLine + viewportHeight)
        return seen * 100 / total
    }

    /// Applies `message` and returns what the runtime must do besides redrawing.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .analysisFinished(let analysed):
            // Not a key: the status message and any overlay stay as they are.
            applyAnalysis(analysed)
            return []
        case .resize(let newRows, let newColumns):
            statusMessage = nil
            resize(rows: newRows, columns: newColumns)
            return []
        case .terminalRedrawn(let newRows, let newColumns):
            statusMessage = nil
            resize(rows: newRows, columns: newColumns)
            return [.repaintAll]
        case .copied(let copy, let outcome):
            reportCopy(copy, outcome)
            return []
        case .pageOpened(let page):
            openPage(page)
            return [.repaintAll]
        case .pageFailed(let reason):
            statusMessage = reason
            return []
        case .showNotice(let text):
            notice = notice.map { $0 + " · " + text } ?? text
            return []
        case .restoreMarks(let restored):
            restoreMarks(restored)
            return []
        case .restoreHighlights(let restored):
            restoreHighlights(restored)
            return []
        case .restorePosition(let position):
            jump(to: position)
            notice = "resumed at \(percentRead)% (g: top)"
            return []
        case .openArticlesChanged(let articles, let current):
            setOpenArticles(articles, current: current)
            return []
        case .historyLoaded(let entries):
            showHistory(entries)
            return []
        case .countDigit(let digit):
            let current = pendingCount ?? 0
            pendingCount = current > 99_999_999 ? current : current * 10 + digit
            return []
        case .terminate:
            return [.quit]
        case .stopRequested, .suspend:
            statusMessage = nil
            return [.suspend]
        default:
            break
        }
        statusMessage = nil
        notice = nil
        pendingMark = nil
        pendingArticleCommand = nil
        let hadCount = pendingCount != nil
        pendingCount = nil
        if activePrompt != nil, !showingHelp, let effects = updatePrompt(message) {
            return effects
        }
        if showingHelp {
            return updateHelp(message)
        }
        let before = anchor
        defer {
            if message.isJump, anchor != before { previousPlace = before }
        }
        switch message {
        case .scrollLines(let n): scroll(to: topLine + n)
        case .scrollPages(let n): scroll(to: topLine + n * max(1, viewportHeight - 1))
        case .scrollHalfPages(let n): scroll(to: topLine + n * max(1, viewportHeight / 2))
        case .top: scroll(to: 0)
        case .bottom: scroll(to: maxTopLine)
        case .line(let n): scroll(to: n - 1)
        case .percent(let p):
            scroll(to: layout.lines.count * min(100, max(0, p)) / 100)
        case .adjustWidth(let delta):
            let current = measure
            let wanted = max(Self.minimumWidth, current + delta)
            if delta > 0, current >= articleColumns {
                statusMessage = "width \(current) (window limit)"
            } else {
                setPreferredWidth(min(wanted, max(Self.minimumWidth, articleColumns)))
                statusMessage = "width \(measure)"
            }
        case .resetWidth:
            setPreferredWidth(defaultWidth)
            statusMessage = "width \(measure)"
        case .toggleHelp:
            showingHelp = true
            helpTopLine = 0
        case .redraw: return [.repaintAll]
        case .quit: return [.quit]
        case .cycleTheme: return cycleTheme()
        case .escape:
            if hadCount { return [] }
            if focus != .article {
                leaveSidebar()
            } else if passage != nil {
                cancelPassage()
            } else if selection != .none {
                clearSelection()
            }
        case .beginPassage(let unit): beginPassage(unit)
        case .selectQuotation: selectQuotation()
        case .extendPassage(let n): extendPassage(by: n)
        case .cancelPassage: cancelPassage()
        case .keepHighlight: keepHighlight()
        case .editEntry:
            if let panel = focusedPanel { panel.content.editEntry(&self) }
        case .deleteEntry:
            if let panel = focusedPanel { panel.content.deleteEntry(&self) }
        case .nextQuote(let n): jumpQuote(by: n)
        case .previousQuote(let n): jumpQuote(by: -n)
        case .nextMention(let n): jumpMention(by: n)
        case .previousMention(let n): jumpMention(by: -n)
        case .toggleQuotes: togglePanel(.quotes)
        case .toggleEntities: togglePanel(.entities)
        case .togglePanel(let panel): togglePanel(panel)
        case .toggleFocusedPanel(let panel): toggleFocusedPanel(panel)
        case .nextSection(let n): jumpSection(by: n)
        case .previousSection(let n): jumpSection(by: -n)
        case .beginMark(let command):
            pendingMark = command
            statusMessage = command == .set ? "m: a letter names the mark" : "': which mark? ('' goes back)"
        case .setMark(let c): setMark(c)
        case .beginArticleCommand(let count):
            pendingArticleCommand = .some(count)
            statusMessage = ":n next article  :p previous  :x first"
        case .switchArticle(let move): return switchArticle(move)
        case .toggleHistory: return toggleHistory()
        case .toggleArticleList: toggleArticleList()
        case .jumpToMark(let c): jumpToMark(c)
        case .cycleFocus: cycleFocus()
        case .sidebarMove(let n): moveListCursor(by: n)
        case .sidebarFirst: moveListCursor(by: -Int.max / 2)
        case .sidebarLast: moveListCursor(by: Int.max / 2)
        case .sidebarActivate:
            if focus == .matches {
                activateMatchListSelection()
            } else if focusedPanel == .links {
                return followSelectedLink()
            } else if let panel = focusedPanel {
                panel.content.activate(&self)
                if let request = openRequest { return self.request(request) }
            }
        case .toggleSpeakerFilter: toggleSpeakerFilter()
        case .leaveSidebar: leaveSidebar()
        case .clearSelection: clearSelection()
        case .copyCitation: return copyCitation()
        case .copyLink: return copyLink()
        case .goBack: return goBack()
        case .toggleLinks: toggleLinkList()
        case .openSearch(let forward): openSearchPrompt(forward: forward)
        case .openFilter:
            if focus == .quotes { openQuotesFilter() } else { openSearchPrompt(forward: true) }
        case .repeatSearch(let same, let n): repeatSearch(sameDirection: same, count: n)
        case .clearSearch:
            clearSearchHighlights()
            clearSelection()
        case .openMatchList: openMatchList()
        case .unbound(let name):
            statusMessage = "\(name) is not a key here (h: help)"
        case .ignore, .edit, .submitPrompt, .cancelPrompt, .togglePromptRegex, .togglePromptDiacritics:
            break
        case .analysisFinished, .resize, .terminalRedrawn, .showNotice, .countDigit, .terminate,
             .stopRequested, .suspend, .restorePosition, .restoreMarks, .restoreHighlights, .copied, .openArticlesChanged,
             .historyLoaded, .pageOpened, .pageFailed:
            break
        }
        return []
    }

    /// A message while a prompt is open: the prompt's own messages act on it; `nil` for
    /// the others (Ctrl-Z, a resize), which act as anywhere.
    private mutating func updatePrompt(_ message: Message) -> [Effect]? {
        switch message {
        case .edit(let edit): return applyEdit(edit)
        case .submitPrompt: return submitPrompt()
        case .cancelPrompt: return cancelPrompt()
        case .togglePromptRegex:
            toggleSearchMode(regex: true)
            return []
        case .togglePromptDiacritics:
            toggleSearchMode(regex: false)
            return []
        case .ignore: return []
        default: return nil
        }
    }

    /// The next theme; the status line names it until the next key.
    private mutating func cycleTheme() -> [Effect] {
        themeIndex = (themeIndex + 1) % themes.count
        notice = "theme: \(theme.name) (\(themeIndex + 1)/\(themes.count))"
        return [.repaintAll]
    }

    /// Moves the cursor of the focused list (a panel's, the match list's) by `step` entries.
    private mutating func moveListCursor(by step: Int) {
        if focus == .matches {
            moveMatchListSelection(by: step)
        } else if let panel = focusedPanel {
            moveCursor(of: panel, by: step)
        }
    }

    private mutating func updateHelp(_ message: Message) -> [Effect] {
        let maxTop = max(0, HelpOverlay.lines(screenColumns: columns).count - HelpOverlay.visibleRows(screenRows: rows))
        if maxTop == 0 {
            // The whole help is on screen: nothing to scroll, so any key closes it.
            switch message {
            case .redraw: return [.repaintAll]
            case .cycleTheme: return cycleTheme()
            default: showingHelp = false
            }
            return []
        }
        switch message {
        case .scrollLines(let n): helpTopLine = min(maxTop, max(0, helpTopLine + n))
        case .scrollPages(let n), .scrollHalfPages(let n):
            helpTopLine = min(maxTop, max(0, helpTopLine + n * max(1, rows / 2)))
        case .top: helpTopLine = 0
        case .bottom: helpTopLine = maxTop
        case .redraw: return [.repaintAll]
        case .cycleTheme: return cycleTheme()
        default: showingHelp = false
        }
        return []
    }

    /// Puts `position` (clamped into the article) at the top of the viewport.
    mutating func jump(to position: TextPosition) {
        let blocks = article.blocks
        guard !blocks.isEmpty else { return }
        let block = min(max(0, position.block), blocks.count - 1)
        let offset = min(max(0, position.offset), blocks[block].text.unicodeScalars.count)
        let target = TextPosition(block: block, offset: offset)
        topLine = min(maxTopLine, layout.lineIndex(for: target))
        anchor = topLine == layout.lineIndex(for: target) ? target : layout.position(ofLine: topLine)
    }

    mutating func scroll(to line: Int) {
        topLine = min(maxTopLine, max(0, line))
        anchor = layout.position(ofLine: topLine)
    }

    private mutating func setPreferredWidth(_ width: Int) {
        preferredWidth = width
        relayout()
    }

    private mutating func resize(rows newRows: Int, columns newColumns: Int) {
        let quoteWasOnScreen = isCurrentQuoteOnScreen
        let matchLine = search.current.map { line(of: search.matches[$0]) }
        let matchWasOnScreen = matchLine.map { $0 >= topLine && $0 < topLine + viewportHeight } ?? false
        let mentionWasOnScreen = isCurrentMentionOnScreen
        rows = max(0, newRows)
        columns = max(0, newColumns)
        relayout()
        guard !isTooSmall else { return }
        keepFocusedPanelShown()
        afterResize(currentQuoteWasOnScreen: quoteWasOnScreen)
        if matchWasOnScreen, let current = search.current, search.matches.indices.contains(current) {
            reveal(line: line(of: search.matches[current]))
        }
        if mentionWasOnScreen, !isCurrentMentionOnScreen, let entity = selection.entity,
           let mention = selection.mention
        {
            reveal(line: line(of: article.entities[entity].mentions[mention]))
        }
    }

    /// Lays the article out again if the measure changed, and puts the line showing
    /// ``anchor`` back at the top of the viewport.
    mutating func relayout() {
        // Nothing is drawn while the terminal is too small, so don't lay out for it: a resize
        // storm through 1x1 would otherwise reflow the whole article at width 1.
        guard !isTooSmall else { return }
        if layout.width != measure {
            layout = ArticleLayout(article: article, width: measure)
            topLine = min(maxTopLine, layout.lineIndex(for: anchor))
        } else {
            // Same lines: keep the exact top line (it may be a blank separator, which the
            // anchor, a model position, cannot name), only clamped to the new height.
            let exact = layout.lineIndex(for: anchor)
            topLine = min(maxTopLine, layout.position(ofLine: topLine) == anchor ? topLine : exact)
        }
    }
}
