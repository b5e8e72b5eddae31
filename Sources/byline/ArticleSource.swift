import ArticleAnalysis
import ArticleFetching
import ArticleHTML
import ArticleMarkdown
import ArticleModel
import ArticleParsing
import Foundation
import ReaderUI
import ReadingSession

/// Decides where the article comes from and parses it.
enum ArticleSource {
    /// Loads, parses and analyses (named entities, then quotations with their speakers
    /// resolved through the entities) the article named by `argument`: a path, `-`
    /// for standard input, or `nil` for piped standard input when stdin is not a terminal and
    /// the built-in sample otherwise. Throws ``ArticleInputError`` with a one-line reason
    /// naming the input.
    static func load(_ argument: String?, format: FormatChoice = .auto, force: Bool = false) throws -> Article {
        try parse(argument, format: format, force: force).analysed()
    }

    /// The parsers this build has, one per format; `force` keeps pages that are not articles.
    static func parsers(force: Bool) -> ArticleParsers {
        ArticleParsers([PlainTextParser(), HTMLArticleParser(force: force), MarkdownParser()])
    }

    /// Articles with fewer bytes of text than this are analysed before the reader's first
    /// frame (a few milliseconds); larger ones after it, on a thread of their own.
    static let deferredAnalysisThreshold = 256 * 1024

    /// Whether analysing `article` is worth deferring until its first frame is on screen.
    static func defersAnalysis(of article: Article) -> Bool {
        var bytes = 0
        for block in article.blocks {
            bytes += block.text.utf8.count
            if bytes >= deferredAnalysisThreshold { return true }
        }
        return false
    }

    /// Loads and parses the article named by `argument` (see ``load(_:)``) without analysing
    /// it: for output that needs only its text, and for the reader, which analyses it after
    /// its first frame. `format` is `--format` (`.auto` detects it). An http or https
    /// argument is fetched (``fetch(_:quiet:)``; `quiet`: no progress line, for while the
    /// reader has the terminal). Throws ``ArticleInputError`` or ``ArticleFetching/FetchError``.
    static func parse(_ argument: String?, format: FormatChoice = .auto, force: Bool = false, quiet: Bool = false) throws -> Article {
        let input: String
        if let argument, PageFetcher.isWebAddress(argument) {
            let page = try fetch(argument, quiet: quiet)
            let loaded = ArticleInput(name: argument, bytes: page.bytes, contentType: page.contentType, url: page.url)
            return try parsers(force: force).parse(loaded, choice: format)
        }
        if let argument {
            input = argument
        } else if isatty(STDIN_FILENO) == 0 {
            input = ArticleInput.standardInputName
        } else {
            return PlainTextParser().parse(SampleArticle.text, source: SampleArticle.source)
        }
        // The loaded bytes are handed over, so the parser can drop them once decoded.
        return try parsers(force: force).parse(try ArticleInput.load(input), choice: format)
    }

    /// Fetches a page; while it takes longer than a second, a progress line ("fetching
    /// example.org… 340 KiB") is kept up to date on standard error when that is a terminal,
    /// also while the server has not answered yet (0 KiB, redrawn every half second), and
    /// erased when the page is in or the fetch failed (never shown when `quiet`).
    static func fetch(_ address: String, quiet: Bool = false) throws(FetchError) -> FetchedPage {
        let showsProgress = !quiet && isatty(STDERR_FILENO) == 1
        let host = URL(string: address)?.host ?? address
        let shown = ProgressLine(label: "byline: fetching \(FetchError.printable(host))\u{2026}")
        var timer: DispatchSourceTimer?
        if showsProgress {
            let source = DispatchSource.makeTimerSource(queue: .global())
            source.schedule(deadline: .now() + 1, repeating: 0.5)
            source.setEventHandler { shown.tick() }
            source.resume()
            timer = source
        }
        defer {
            timer?.cancel()
            shown.finish()
        }
        return try PageFetcher(version: BylineVersion.current).fetch(address) { bytes in
            shown.received(bytes)
        }
    }
}

extension ArticleSource {
    /// Opens a followed link's page for the reader (``ReaderUI/ReaderLoop/PageOpener``):
    /// fetches it (``ArticleFetching/PageFetcher``, no progress line: the terminal is the
    /// reader's), parses it with format detection (relative links resolve against the
    /// address it ended at), refuses what is not an article, analyses it and counts its
    /// words. Every failure is a one-line reason for the status line.
    static let pageOpener: ReaderLoop.PageOpener = { request in
        do {
            let page = try PageFetcher(version: BylineVersion.current).fetch(request.url)
            let input = ArticleInput(name: page.url, bytes: page.bytes, contentType: page.contentType, url: page.url)
            let article = try parsers(force: false).parse(input, choice: .auto).analysed()
            return .pageOpened(OpenedPage(article: article))
        } catch let error as FetchError {
            return .pageFailed(error.description)
        } catch let error as ArticleInputError {
            return .pageFailed(error.description)
        } catch {
            return .pageFailed("\(FetchError.printable(request.url)): could not be opened")
        }
    }
}

/// One status line on standard error, rewritten in place: `label` and the KiB received so
/// far, shown from the first ``tick()`` (the caller's timer, a second after the start) until
/// ``finish()``, after which nothing more is written.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let label: String
    private var bytes = 0
    private var started = false
    private var finished = false
    private var visible = false

    /// - Parameter label: the line's text before the byte count, already made printable.
    init(label: String) {
        self.label = label
    }

    /// Records the bytes received so far; redraws the line once it is shown.
    func received(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        bytes = count
        if started { drawLocked() }
    }

    /// Shows (or redraws) the line: called by a timer, first when a second has passed.
    func tick() {
        lock.lock()
        defer { lock.unlock() }
        started = true
        drawLocked()
    }

    /// Erases the line if it is shown; later calls write nothing.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if visible { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        visible = false
        finished = true
    }

    private func drawLocked() {
        guard !finished else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(bytes >> 10) KiB".utf8))
        visible = true
    }
}
