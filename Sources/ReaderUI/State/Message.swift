import ArticleModel

/// Everything that can change the reader's state. Keys become messages through ``Keymap``
/// (``ReaderState/message(for:)``); resizes, signals and finished background work come from
/// the runtime as messages too.
public enum Message: Sendable, Equatable {
    /// Scroll by this many lines (negative: towards the top).
    case scrollLines(Int)
    /// Scroll by this many pages of the viewport's height (negative: up).
    case scrollPages(Int)
    /// Scroll by this many half pages (negative: up).
    case scrollHalfPages(Int)
    /// Go to the top of the article.
    case top
    /// Go to the end of the article.
    case bottom
    /// Go to screen line `n` (1-based, as `NG` in less).
    case line(Int)
    /// Go to `n` percent of the article (as `N%` in less).
    case percent(Int)
    /// Widen (positive) or narrow (negative) the text measure by this many columns.
    case adjustWidth(Int)
    /// Reset the text measure to the preferred width given at start-up.
    case resetWidth
    /// Show or hide the help overlay.
    case toggleHelp
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Suspend to the shell (Ctrl-Z).
    case suspend
    /// Quit the reader.
    case quit
    /// The terminal now has this size in rows and columns.
    case resize(rows: Int, columns: Int)
    /// Jump to the next quotation (`n` of them on).
    case nextQuote(Int)
    /// Jump to the previous quotation (`n` of them back).
    case previousQuote(Int)
    /// Jump to the selected entity's next mention (`n` of them on).
    case nextMention(Int)
    /// Jump to the selected entity's previous mention (`n` of them back).
    case previousMention(Int)
    /// Show or hide the quotes sidebar (an overlay on narrow terminals).
    case toggleQuotes
    /// Show or hide the entities sidebar (an overlay on narrow terminals).
    case toggleEntities
    /// Move the focus on: article, each sidebar panel in turn, article.
    case cycleFocus
    /// Move the focused list's cursor (a sidebar panel's, the match list's) by this many
    /// entries (in the entities panel this selects the entity there).
    case sidebarMove(Int)
    /// Put the focused list's cursor on its first entry.
    case sidebarFirst
    /// Put the focused list's cursor on its last entry.
    case sidebarLast
    /// Jump to what the focused list's cursor is on (a quotation, an entity's first
    /// mention, a match).
    case sidebarActivate
    /// Narrow the quotes to a speaker (the selected quote's, or the selected entity), or
    /// widen them again.
    case toggleSpeakerFilter
    /// Give the focus back to the article (closing an overlay).
    case leaveSidebar
    /// Remove the selection (the current quote, or the entity and its highlighted
    /// mentions).
    case clearSelection
    /// Open the search prompt: `/` forward (`true`), `?` backward.
    case openSearch(forward: Bool)
    /// Repeat the last search `n` times, in its direction (`true`, `n`) or the other (`N`).
    case repeatSearch(sameDirection: Bool, count: Int)
    /// Remove the search highlights and the selection's.
    case clearSearch
    /// Open the list of every match with its context.
    case openMatchList
    /// A key that means nothing here; the status line says so.
    case unbound(String)
    /// A key a prompt has no use for: nothing happens.
    case ignore
    /// A digit typed before a command: the count prefix grows (`5` then `0` is 50).
    case countDigit(Int)
    /// Esc outside a prompt: cancels a count, else closes the help, else gives the focus
    /// back to the article, else clears the selection.
    case escape
    /// Edit the open prompt's line (typed or pasted text, Backspace, cursor moves...).
    case edit(LineEdit)
    /// Enter in a prompt: keep what was typed.
    case submitPrompt
    /// Esc in a prompt: close it, undoing what it did.
    case cancelPrompt
    /// Ctrl-R in the search prompt: regular-expression mode on or off.
    case togglePromptRegex
    /// Ctrl-D in the search prompt: ignoring accents on or off.
    case togglePromptDiacritics
    /// `/` in a panel: edit its filter (the quotes panel); elsewhere it searches forward.
    case openFilter
    /// Show or hide a sidebar panel (an overlay on narrow terminals).
    case togglePanel(SidebarPanel)
    /// `i`, `` ` ``, `o`, `l`: show a panel that is used from inside (highlights, marks,
    /// outline, links) with the focus on it, or hide it when it has the focus.
    case toggleFocusedPanel(SidebarPanel)
    /// Go to the start of the next section (`n` of them on) of the outline.
    case nextSection(Int)
    /// Go to the start of the previous section (`n` of them back).
    case previousSection(Int)
    /// `m` or `'`: the next key names a mark.
    case beginMark(ReaderState.MarkCommand)
    /// Set this mark at the top of the viewport.
    case setMark(Character)
    /// Go to this mark (`'`: the place before the last jump).
    case jumpToMark(Character)
    /// `:` (with the count typed before it): the next key names an article command.
    case beginArticleCommand(Int?)
    /// `:n`, `:p`, `:x`: go to another of the open articles.
    case switchArticle(ArticleMove)
    /// `L`: show the list of open articles with the focus on it, or hide it.
    case toggleArticleList
    /// `H`: show the reading history (asked of the executable), or hide it.
    case toggleHistory
    /// The history the executable read from the store (newest first); `nil` when there is no
    /// memory this run. Not a key.
    case historyLoaded([HistoryEntry]?)
    /// The articles open in this run and which one this is: handed in by the executable each
    /// time this article becomes the current one. Not a key.
    case openArticlesChanged([OpenArticle], current: Int)
    /// The remembered marks of this article (from the store, by the executable).
    case restoreMarks([Character: TextPosition])
    /// Switch to the next theme of ``ReaderState/themes``.
    case cycleTheme
    /// Show a one-line notice on the status line until the next key (a config warning);
    /// a notice already shown is kept before it.
    case showNotice(String)
    /// Open at a remembered reading place (the store's, found by the executable): it goes
    /// to the top of the viewport and the status line says "resumed at N%" until the next
    /// key.
    case restorePosition(TextPosition)
    /// The terminal was given back and must be redrawn from scratch at this size (after a
    /// suspension).
    case terminalRedrawn(rows: Int, columns: Int)
    /// The process was asked to stop, from outside (SIGTSTP): suspend as Ctrl-Z does.
    case stopRequested
    /// The process was asked to end (SIGTERM, SIGHUP...), or the input is gone: quit.
    case terminate
    /// `y`: copy the current quotation (the selected one, else the first on screen) as a
    /// citation.
    case copyCitation
    /// The backend has copied (or failed to copy) this text: the status line says so. Not a
    /// key.
    case copied(ClipboardCopy, ClipboardOutcome)
    /// `l`: show the link list with the focus (its cursor on the first link on screen), or
    /// hide it when it has the focus.
    case toggleLinks
    /// `B`: back to the page read before the last followed link, at the place it was left.
    case goBack
    /// `Y`: copy a link's URL (the link list's cursor, else the first link on screen).
    case copyLink
    /// A followed link's page is in, parsed and analysed: read it (the page being read goes
    /// on the back stack). Not a key.
    case pageOpened(OpenedPage)
    /// A followed link's page could not be opened, for this one-line reason (shown on the
    /// status line). Not a key.
    case pageFailed(String)
    /// `v` / `V`: select the sentence (paragraph) at the top of the view, or the current
    /// quotation's first; with a selection of that unit already made, extend it by one; of
    /// the other unit, switch to this one.
    case beginPassage(PassageSelection.Unit)
    /// `a`: select exactly the current quotation (the selected one, else the first on
    /// screen).
    case selectQuotation
    /// Move the selection's far end by this many units (negative: back).
    case extendPassage(Int)
    /// Drop the passage selection.
    case cancelPassage
    /// `*`: keep the selection (else the current quotation) as a highlight; the note prompt
    /// opens.
    case keepHighlight
    /// `e` in a panel: edit the entry under the cursor (a highlight's note).
    case editEntry
    /// `x` or Delete in a panel: delete the entry under the cursor (a highlight).
    case deleteEntry
    /// The remembered highlights of this article, re-anchored to its text (from the store,
    /// by the executable).
    case restoreHighlights([Highlight])
    /// The article's analysis is done: the same article (same blocks) with its quotations and
    /// named entities. Not a key: it keeps the status message, the view and any open prompt
    /// or overlay; an article whose blocks differ from the one being read is ignored.
    case analysisFinished(Article)
}

/// What the runtime must do after an update, beyond drawing the new state.
public enum Effect: Sendable, Equatable {
    /// Leave the loop and restore the terminal.
    case quit
    /// Repaint every cell, not only those that changed.
    case repaintAll
    /// Give the terminal back to the shell and stop until continued.
    case suspend
    /// Put text on the clipboard (the backend writes it; the loop reports the outcome with
    /// ``Message/copied(_:_:)``).
    case copyToClipboard(ClipboardCopy)
    /// Read the history (the loop asks the executable and reports it with
    /// ``Message/historyLoaded(_:)``).
    case loadHistory
    /// Open another article: the loop ends this article's turn and the executable opens it
    /// (``ReaderState/openRequest`` says which).
    case openArticle(ArticleRequest)
    /// Fetch and open a linked page (the reader asked for it with Enter in the link list);
    /// the loop answers with ``Message/pageOpened(_:)`` or ``Message/pageFailed(_:)``.
    case openPage(PageRequest)
}

/// A linked page the reader asked to open: what the loop hands to the page opener.
public struct PageRequest: Sendable, Equatable {
    /// The absolute `http` or `https` URL.
    public var url: String
    /// The link's reference number in the article being read (1-based).
    public var number: Int

    /// Creates a request.
    public init(url: String, number: Int) {
        self.url = url
        self.number = number
    }
}

/// A linked page, ready to read: its article, analysed.
public struct OpenedPage: Sendable, Equatable {
    /// The page's article.
    public var article: Article

    /// Creates an opened page.
    public init(article: Article) {
        self.article = article
    }
}

extension Message {
    /// Whether the message moves far (top, end, a line, a percentage, a search), so that
    /// `''` can go back to where the view was before it.
    var isJump: Bool {
        switch self {
        case .top, .bottom, .line, .percent, .repeatSearch, .submitPrompt: return true
        default: return false
        }
    }
}
