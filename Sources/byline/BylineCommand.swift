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
/// standard output is not a terminal or `--dump`/`--json` is given, prints it. Several
/// articles open together in the reader (`:n`, `:p`), or are printed one after another.
@main
struct BylineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read a news article in the terminal.",
        discussion: """
            Opens ARTICLE (a plain-text or Markdown file, a saved web page, an http or https URL, \
            or - for standard input) full-screen; with several, :n and :p move between them. Keys are \
            those of less: j/k, Space/b, d/u, g/G, q to quit, h for help. With no ARTICLE and \
            nothing piped in, opens a built-in sample. When standard output is not a terminal, \
            prints the article as wrapped plain text instead.
            """,
        version: BylineVersion.current
    )

    @Argument(help: ArgumentHelp(
        "The articles to read: paths, http(s) URLs, or - for standard input (:n and :p move between several).",
        valueName: "article"))
    var articles: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Input format: text, html, markdown or auto (detect from the content, then the file name).", valueName: "format"),
        transform: FormatChoice.fromArgument)
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

    @Option(name: .long, help: "With --quotes or --export: write citations in markdown (the citation template), json or csv.")
    var outputFormat: CitationExport.Format?

    @Option(name: .long, help: ArgumentHelp("Print what Byline remembers of ARTICLE (or, with --all, of every article) as citations and exit: highlights.", valueName: "highlights"))
    var export: HighlightExport.Kind?

    @Flag(name: .long, help: "With --export: every article in the store instead of one.")
    var all = false

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
        guard [dump, json, quotes, entities, history, forget != nil, export != nil].filter({ $0 }).count <= 1 else {
            throw ValidationError("--dump, --json, --quotes, --entities, --history, --forget and --export cannot be combined")
        }
        if outputFormat != nil, !quotes, export == nil {
            throw ValidationError("--output-format needs --quotes or --export (--format is the input's format)")
        }
        if all, export == nil {
            throw ValidationError("--all needs --export")
        }
        if export != nil, articles.count > 1 {
            throw ValidationError("--export highlights reads one article (got \(articles.count)), or --all")
        }
        if export != nil, articles.isEmpty == !all {
            throw ValidationError(all
                ? "--export --all takes no ARTICLE (it exports every article in the store)"
                : "--export highlights needs an ARTICLE, or --all for every article in the store")
        }
        if noState, history || forget != nil || export != nil {
            throw ValidationError("--no-state cannot be combined with --history, --forget or --export")
        }
        if articles.count > 1, json || quotes || entities {
            throw ValidationError("--json, --quotes and --entities read one article (got \(articles.count))")
        }
        if articles.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
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
        if export != nil {
            HighlightExport.run(
                argument: all ? nil : articles.first, inputFormat: format, force: force, format: outputFormat ?? .markdown,
                template: settings.citationTemplate, remember: settings.remember)
            return
        }
        let interactive = isatty(STDOUT_FILENO) == 1
        if articles.count > 1, dump || !interactive {
            printEach(width: plainTextWidth(interactive: interactive, width: width))
        }
        // The reader's store is opened while the article is read and parsed.
        let memoryOff = noState || settings.remember == false
        let storeOpening = interactive && !dump && !json && !quotes && !entities
            ? Background { ReadingSessionMemory.openStore(disabled: memoryOff) }
            : nil
        // The first article that can be read; with several, those before it are reported
        // (on standard error and in the reader) and left out, as less does.
        var names: [String?] = articles.isEmpty ? [nil] : articles
        var skipped: [String] = []
        var read: Article?
        while read == nil, let name = names.first {
            do {
                read = try load(name)
            } catch {
                guard articles.count > 1 else { Diagnostics.fail(Self.describe(error)) }
                Diagnostics.warn(Self.describe(error))
                skipped.append(Self.describe(error) + "; left out")
                names.removeFirst()
            }
        }
        guard let parsed = read else { Diagnostics.fail("none of the \(articles.count) articles could be read") }
        if json {
            Output.writeJSON(parsed)
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
        if dump || !interactive {
            Output.writePlainText(parsed, width: plainTextWidth(interactive: interactive, width: width))
            return
        }
        runReader(first: parsed, names: names, skipped: skipped, settings: settings, storeOpening: storeOpening)
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
