import ArticleModel

/// Everything that can change the reader's state. Keys become messages through ``Keymap``;
/// resizes and other events come from the runtime.
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
    /// Move the focus on: article, quotes sidebar, entities sidebar, article.
    case cycleFocus
    /// Move the focused sidebar's selection by this many entries (in the entities sidebar
    /// this selects the entity there).
    case sidebarMove(Int)
    /// Select the focused sidebar's first entry.
    case sidebarFirst
    /// Select the focused sidebar's last entry.
    case sidebarLast
    /// Jump to the quotation selected in the quotes sidebar, or to the first mention of the
    /// entity selected in the entities sidebar.
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
    /// Move the match list's selection by this many entries.
    case matchListMove(Int)
    /// Jump to the selected match and close the list.
    case matchListActivate
    /// A key that means nothing here; the status line says so.
    case unbound(String)
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
}
