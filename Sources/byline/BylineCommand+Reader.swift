import ArticleAnalysis
import ArticleFetching
import ArticleModel
import ArticleParsing
import Foundation
import NCursesBackend
import ReaderUI
import ReadingSession

/// Reading: one or several articles, in the reader or printed one after another.
extension BylineCommand {
    /// Reads the article `name` names (see ``ArticleSource/parse(_:format:force:quiet:)``):
    /// analysed now when the output needs it, left for the reader to analyse after its first
    /// frame when it is big, not analysed at all for plain text. `quiet`: no progress line
    /// on standard error (the reader has the terminal).
    /// Throws ``ArticleParsing/ArticleInputError`` or ``ArticleFetching/FetchError``.
    func load(_ name: String?, quiet: Bool = false) throws -> Article {
        let textOnly = dump || (isatty(STDOUT_FILENO) != 1 && !json && !quotes && !entities)
        // The analysis's tables are built on the other core while this one parses (a fixed
        // cost that would otherwise fall on the entity thread, in the middle of the analysis).
        if !textOnly { DispatchQueue.global(qos: .userInitiated).async { AnalysisTables.prepare() } }
        let plain = try ArticleSource.parse(name, format: format, force: force, quiet: quiet)
        return textOnly || (!json && !quotes && !entities && ArticleSource.defersAnalysis(of: plain))
            ? plain : plain.analysed()
    }

    /// The one line an error reading an article gives: the input named, and the reason.
    static func describe(_ error: any Error) -> String {
        if let error = error as? ArticleInputError { return error.description }
        if let error = error as? FetchError { return error.description }
        return "\(error)"
    }

    /// Several articles as plain text (`--dump`, or output that is not a terminal): each in
    /// turn, a blank line between them. One that cannot be read is reported on standard
    /// error and the others still printed, as `cat` does; the exit status is then 1.
    func printEach(width: Int) -> Never {
        var failed = false
        var first = true
        for name in articles {
            do {
                let article = try load(name)
                if !first { Output.write("\n") }
                Output.writePlainText(article, width: width)
                first = false
            } catch {
                Diagnostics.warn(Self.describe(error))
                failed = true
            }
        }
        Foundation.exit(failed ? 1 : 0)
    }

    /// The reader over `first` (read from `names[0]`) and the other articles of `names`,
    /// which are read when first shown. `skipped`: articles before `first` that could not be
    /// read, shown once as a notice. Each article keeps its own state; its place is saved
    /// when the reader leaves it for another and when it quits (also on SIGTERM and SIGHUP).
    ///
    /// - Parameter storeOpening: the store being opened (started before the article was
    ///   read); opened here when `nil`.
    func runReader(
        first: Article, names: [String?], skipped: [String], settings: Settings,
        storeOpening: Background<(store: ReadingStore?, warning: String?)>? = nil
    ) {
        // Before the terminal is taken over, so a warning stays on the shell's screen too.
        let (store, storeWarning) = storeOpening?.value()
            ?? ReadingSessionMemory.openStore(disabled: noState || settings.remember == false)
        if let storeWarning { Diagnostics.warn(storeWarning) }
        // The first article is looked up in the store while the terminal is set up.
        let firstArgument = names.first ?? nil
        var firstMemory = store.map { store in
            Background { ReadingSessionMemory(store: store, article: first, argument: firstArgument) }
        }
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal(mouse: mouse, colorMode: settings.colorMode, clipboard: settings.clipboard)
        } catch {
            Diagnostics.warn("\(error); printing the article as plain text")
            Output.writePlainText(first, width: plainTextWidth(interactive: true, width: settings.width))
            return
        }
        defer { terminal.shutdown() }
        let history: () -> [HistoryEntry]? = {
            guard let store else { return nil }
            return ((try? store.history(limit: 500)) ?? []).map {
                HistoryEntry(headline: $0.headline, location: $0.location, percent: $0.percent, lastRead: $0.lastRead)
            }
        }
        var shelf = ArticleShelf(arguments: names)
        var notices = [storeWarning, settings.warnings.first].compactMap { $0 } + skipped
        var next: Article? = first
        var warnings: [String] = []
        while true {
            var deferred: DeferredMessage?
            var state: ReaderState
            if let kept = shelf.currentSlot.state {
                state = kept
            } else if let article = next {
                let memory: ReadingSessionMemory?
                if let prepared = firstMemory?.value() {
                    // Only the first article shown is `first`; the others are read when shown.
                    memory = prepared
                    firstMemory = nil
                } else {
                    memory = store.map { ReadingSessionMemory(store: $0, article: article, argument: shelf.currentSlot.argument) }
                }
                state = makeState(article, memory: memory, settings: settings, size: terminal.size)
                shelf.start(state, memory: memory, title: article.headline)
                // A big article was left unanalysed: its first frame shows at once, and the
                // quotations and entities arrive before the first key is read. Started after
                // the state so that it does not compete with the first layout for the cores.
                deferred = ArticleSource.defersAnalysis(of: article)
                    ? DeferredMessage { .analysisFinished(article.analysed()) } : nil
            } else {
                break
            }
            next = nil
            _ = state.update(.openArticlesChanged(shelf.entries, current: shelf.current))
            for notice in notices { _ = state.update(.showNotice(notice)) }
            notices = []
            let final = ReaderLoop.run(
                state: state, backend: terminal, deferred: deferred, history: history,
                openPage: ArticleSource.pageOpener)
            shelf.keep(final)
            if let warning = shelf.currentSlot.save() {
                warnings.append(warning)
                notices.append(warning)
            }
            guard terminal.endingSignal == nil, let request = final.openRequest,
                  let target = shelf.target(of: request) else { break }
            if shelf.slots[target].state == nil {
                let name = shelf.slots[target].argument
                var waiting = final
                _ = waiting.update(.showNotice("opening \(shelf.slots[target].title)…"))
                terminal.present(ReaderView.render(waiting), theme: waiting.theme, force: false)
                do {
                    next = try load(name, quiet: true)
                } catch {
                    notices.append(Self.describe(error) + "; left out")
                    shelf.remove(target)
                    continue
                }
            }
            shelf.select(target)
        }
        if !warnings.isEmpty {
            terminal.shutdown()
            for warning in Set(warnings).sorted() { Diagnostics.warn(warning) }
        }
        if let signal = terminal.endingSignal {
            // Ended by a signal: restore the terminal now, then report it as shells do.
            terminal.shutdown()
            Foundation.exit(128 + signal)
        }
    }

    /// A new reader state for `article`: the settings applied, the remembered marks,
    /// highlights and place restored.
    func makeState(
        _ article: Article, memory: ReadingSessionMemory?, settings: Settings, size: (rows: Int, columns: Int)
    ) -> ReaderState {
        var state = ReaderState(article: article, rows: size.rows, columns: size.columns, width: settings.width)
        state.searchesUseRegex = regex
        state.setThemes(settings.themes, current: settings.current)
        state.bindings = settings.bindings
        state.citationTemplate = settings.citationTemplate
        state.setReadingSpeed(wordsPerMinute: settings.wordsPerMinute ?? ReaderState.defaultWordsPerMinute)
        if let marks = memory?.remembered.marks, !marks.isEmpty {
            _ = state.update(.restoreMarks(Dictionary(
                marks.compactMap { name, position in name.first.map { ($0, position) } },
                uniquingKeysWith: { first, _ in first })))
        }
        if let remembered = memory?.remembered, !remembered.highlights.isEmpty {
            _ = state.update(.restoreHighlights(HighlightExport.restored(remembered)))
        }
        if let position = memory?.remembered.position, position != TextPosition(block: 0, offset: 0) {
            _ = state.update(.restorePosition(position))
        }
        return state
    }
}
