import ArgumentParser
import ArticleFetching
import ArticleModel
import ArticleParsing
import Citations
import Foundation
import NCursesBackend
import ReaderUI
import ReadingSession
import TerminalText
import ThemeLoading

/// The `byline` command line: reads an article (a path, `-` or piped standard input; the
/// built-in sample when there is none), then either opens the reader full-screen or, when
/// standard output is not a terminal or `--dump`/`--json` is given, prints it.
@main
struct BylineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read a news article in the terminal.",
        discussion: """
            Opens ARTICLE (a plain-text or Markdown file, a saved web page, an http or https URL, \
            or - for standard input) full-screen. Keys are \
            those of less: j/k, Space/b, d/u, g/G, q to quit, h for help. With no ARTICLE and \
            nothing piped in, opens a built-in sample. When standard output is not a terminal, \
            prints the article as wrapped plain text instead.
            """,
        version: BylineVersion.current
    )

    @Argument(help: "The article to read: a path, an http(s) URL, or - for standard input.")
    var article: String?

    @Option(name: .long, help: "Input format: text, html, markdown or auto (detect from the content, then the file name).")
    var format: FormatChoice = .auto

    @Flag(name: .long, help: "Show what was found even when a page does not look like an article (an index, a login page).")
    var force = false

    @Option(name: .long, help: "Text width in columns (default 80, or width in the config file); clamped to the window.")
    var width: Int?

    @Option(name: .long, help: "Theme: a name (see --list-themes) or a path to a .toml file.")
    var theme: String?

    @Option(name: .long, help: "Colour: auto (off when NO_COLOR is set), always or never.")
    var color: ColorMode?

    @Flag(name: .long, help: "List the themes, one a line with a preview, and exit.")
    var listThemes = false

    @Flag(name: .long, help: "Scroll with the mouse wheel (turns off the terminal's own text selection).")
    var mouse = false

    @Flag(name: .long, help: "Print the article as wrapped plain text and exit, even on a terminal.")
    var dump = false

    @Flag(name: .long, help: "Print the article model as JSON and exit.")
    var json = false

    @Flag(name: .long, help: "Start searches (/ and ?) in regular-expression mode (Ctrl-R in the prompt toggles it).")
    var regex = false

    @Flag(name: .long, help: "Print the quotations, one per entry with speaker and cue, and exit.")
    var quotes = false

    @Option(name: .long, help: "With --quotes: write the quotations as citations in markdown (the citation template), json or csv.")
    var outputFormat: CitationExport.Format?

    @Flag(name: .long, help: "Print the named entities (people, organizations, places, other) as a table and exit.")
    var entities = false

    @Flag(name: .long, help: "Remember nothing this run: no reading place, marks or history are read or written.")
    var noState = false

    @Flag(name: .long, help: "List the articles read before (last read, progress, headline, source), newest first, and exit.")
    var history = false

    @Option(name: .long, help: ArgumentHelp("Forget what Byline remembers of one article (a file or URL) and exit.", valueName: "FILE|URL"))
    var forget: String?

    func validate() throws {
        if let width, width < 1 {
            throw ValidationError("--width must be at least 1 column (got \(width))")
        }
        guard [dump, json, quotes, entities, history, forget != nil].filter({ $0 }).count <= 1 else {
            throw ValidationError("--dump, --json, --quotes, --entities, --history and --forget cannot be combined")
        }
        if outputFormat != nil, !quotes {
            throw ValidationError("--output-format needs --quotes (--format is the input's format)")
        }
        if noState, history || forget != nil {
            throw ValidationError("--no-state cannot be combined with --history or --forget")
        }
    }

    func run() throws {
        // Before anything slow: a SIGQUIT while an article is still being read or analysed
        // ends byline (status 131), not the runtime's crash reporter.
        ProcessSignals.quitEndsProcess()
        MemoryPolicy.apply()
        // Widths come from the C library's wcwidth, which needs a UTF-8 LC_CTYPE; set it up
        // before anything is measured (ncurses does the same setlocale call again).
        _ = DisplayWidth.prepareLocale()
        if listThemes {
            Settings.listThemes(color: color ?? .auto)
            return
        }
        let settings = Settings.resolve(width: width, color: color, theme: theme)
        let width = settings.width
        for warning in settings.warnings { Diagnostics.warn(warning) }
        if history {
            StateCommands.history(remember: settings.remember)
            return
        }
        if let forget {
            StateCommands.forget(forget, format: format, remember: settings.remember)
            return
        }
        let parsed: Article
        do {
            // Plain text needs no analysis; the reader analyses big articles after its
            // first frame (below).
            let textOnly = dump || (isatty(STDOUT_FILENO) != 1 && !json && !quotes && !entities)
            let plain = try ArticleSource.parse(article, format: format, force: force)
            parsed = textOnly || (!json && !quotes && !entities && ArticleSource.defersAnalysis(of: plain))
                ? plain : plain.analysed()
        } catch let error as ArticleInputError {
            Diagnostics.fail(error.description)
        } catch let error as FetchError {
            Diagnostics.fail(error.description)
        }
        if json {
            try Output.writeJSON(parsed)
            return
        }
        if quotes, let outputFormat {
            let citations = parsed.quotes.map { Citation(quote: $0, in: parsed) }
            Output.write(CitationExport.write(citations, as: outputFormat, template: settings.citationTemplate))
            return
        }
        if quotes {
            Output.writeQuotes(parsed, width: width)
            return
        }
        if entities {
            // Piped to another program: whole names, never cut with "…".
            Output.writeEntities(parsed, width: width, truncates: isatty(STDOUT_FILENO) == 1)
            return
        }
        let interactive = isatty(STDOUT_FILENO) == 1
        if dump || !interactive {
            Output.writePlainText(parsed, width: plainTextWidth(interactive: interactive, width: width))
            return
        }
        // Before the terminal is taken over, so a warning stays on the shell's screen too.
        let memory = ReadingMemory.open(
            disabled: noState || settings.remember == false, article: parsed, argument: article)
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal(mouse: mouse, colorMode: settings.colorMode, clipboard: settings.clipboard)
        } catch {
            Diagnostics.warn("\(error); printing the article as plain text")
            Output.writePlainText(parsed, width: plainTextWidth(interactive: interactive, width: width))
            return
        }
        defer { terminal.shutdown() }
        let size = terminal.size
        var state = ReaderState(article: parsed, rows: size.rows, columns: size.columns, width: width)
        state.searchesUseRegex = regex
        state.setThemes(settings.themes, current: settings.current)
        state.bindings = settings.bindings
        state.citationTemplate = settings.citationTemplate
        state.setReadingSpeed(wordsPerMinute: settings.wordsPerMinute ?? ReaderState.defaultWordsPerMinute)
        if let marks = memory.session?.remembered.marks, !marks.isEmpty {
            _ = state.update(.restoreMarks(Dictionary(
                marks.compactMap { name, position in name.first.map { ($0, position) } },
                uniquingKeysWith: { first, _ in first })))
        }
        if let position = memory.session?.remembered.position, position != TextPosition(block: 0, offset: 0) {
            _ = state.update(.restorePosition(position))
        }
        for notice in [memory.warning, settings.warnings.first].compactMap({ $0 }) {
            _ = state.update(.showNotice(notice))
        }
        // A big article was left unanalysed: its first frame shows at once, and the
        // quotations and entities arrive before the first key is read. Started after the
        // state so that it does not compete with the first layout for the cores.
        let deferred = ArticleSource.defersAnalysis(of: parsed)
            ? DeferredMessage { .analysisFinished(parsed.analysed()) } : nil
        let final = ReaderLoop.run(state: state, backend: terminal, deferred: deferred)
        if let session = memory.session,
           let warning = session.save(
               parsed, position: final.anchor, percent: final.percentRead,
               marks: Dictionary(uniqueKeysWithValues: final.marks.map { (String($0.key), $0.value) }))
        {
            terminal.shutdown()
            Diagnostics.warn(warning)
        }
        if let signal = terminal.endingSignal {
            // Ended by a signal: restore the terminal now, then report it as shells do.
            terminal.shutdown()
            Foundation.exit(128 + signal)
        }
    }
}

extension BylineCommand {
    /// The measure for plain-text output: `--width`, narrowed to the window when standard
    /// output is a terminal so that lines never wrap twice.
    func plainTextWidth(interactive: Bool, width: Int) -> Int {
        guard interactive, let size = TerminalWindowSize.of(fileDescriptor: STDOUT_FILENO) else {
            return width
        }
        return max(1, min(width, size.columns))
    }
}

/// Byline's version, printed by `--version`.
enum BylineVersion {
    /// Semantic version of this build.
    static let current = "0.1.0"
}
