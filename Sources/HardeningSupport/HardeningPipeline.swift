import ArticleAnalysis
import ArticleHTML
import ArticleMarkdown
import ArticleModel
import ArticleParsing
import ReaderUI
import TerminalText

/// The whole path an article's bytes take through Byline — decoding, parsing, analysis
/// (named entities and quotations), layout at several measures, the `--dump` text, and full
/// screens rendered at several sizes and reading positions, with the analysis also arriving
/// while the reader is open — with the invariants checked at every step. The libFuzzer
/// target (`BylineFuzz`) and the seeded property test (`HardeningTests`) both run this one
/// function, so they check the same things.
///
/// Invariants checked (each failure is one ``HardeningViolation``):
/// - decode: the decoded text holds no control character other than TAB and LF
///   (`TextDecoding`'s contract).
/// - parse: bytes that sniff as HTML go through `HTMLArticleParser`, others through
///   `PlainTextParser`.
/// - model: no control other than TAB and LF in block texts, credits or metadata; every link,
///   quote
///   range, speaker mention range and entity mention range lies inside its block
///   (0 ≤ start ≤ end ≤ the block's scalar count); mention texts equal the text at their
///   range; a quote's text is its ranges' texts joined with one space; `speakerEntity`
///   indexes `entities`.
/// - layout: one first line per block; each line's scalar range lies inside its block and
///   the lines of a block move forward; every line is at most the measure wide (in
///   columns), at every measure, 1 and 2 columns included (`WordWrap` and `ArticleLayout`
///   show a cluster wider than the line as a one-column stand-in).
/// - dump: the lines `byline --dump` prints (``dumpLines(of:width:)``) hold no control,
///   bidi control, line separator or soft hyphen, and none is wider than the measure.
/// - citation: citations of every quotation, passage and highlight are one-line fields, written with
///   no control but LF and no bidi control, capped, and export to CSV and JSON intact
///   (``check(citationsOf:into:)``).
/// - screen (the key script selects sentences and paragraphs, keeps a highlight whose note is
///   typed and pasted from the article's text, opens the highlights panel): every lead cell holds a non-empty grapheme whose display width is the cell's
///   width, followed by exactly `width - 1` continuation cells; no cell holds a control, bidi
///   control, line separator or a scalar that glibc's `wcwidth` calls unprintable.
///
/// A trap anywhere inside the pipeline is of course a failure too; the fuzzer catches it.
public enum HardeningPipeline {
    /// Measures the layout is checked at, in columns.
    public static let layoutWidths = [1, 2, 7, 20, 33, 80]
    /// Screen sizes (rows, columns) rendered with the full key script: wide enough for the
    /// docked sidebar (89 columns and more), and narrow (the sidebar is an overlay).
    public static let scriptedSizes = [(rows: 24, columns: 96), (rows: 12, columns: 40)]
    /// Screen sizes rendered at the top only: tiny (too small), the smallest drawn size, and
    /// large.
    public static let plainSizes = [
        (rows: 1, columns: 1), (rows: 6, columns: 1), (rows: 6, columns: 2), (rows: 5, columns: 20),
        (rows: 40, columns: 130),
    ]

    /// Runs `bytes` through the whole pipeline and returns every broken invariant (empty when
    /// all hold). Never throws; a bug in the pipeline may trap, which is what fuzzing looks for.
    ///
    /// - Parameters:
    ///   - bytes: any bytes, as read from a file.
    ///   - format: `.markdown` reads them with `MarkdownParser`, `.html` with
    ///     `HTMLArticleParser` whatever they look like (`--format html`); `.plainText` (the
    ///     default) as `--format auto` would for a page or a text: `HTMLArticleParser` when the
    ///     content sniffs as HTML, `PlainTextParser` otherwise.
    /// - Returns: the violations, in the order found; at most a few per stage.
    /// Runs `bytes` through ``run(_:format:)`` as `--format auto` reads them, as Markdown, and,
    /// when they do not sniff as a page, as HTML (`--format html`), so that any bytes reach
    /// libxml2 and the extraction. What the fuzz target checks per input.
    ///
    /// - Parameter bytes: any bytes, as read from a file.
    /// - Returns: the violations of all readings, in that order.
    public static func runEveryFormat(_ bytes: [UInt8]) -> [HardeningViolation] {
        var violations = run(bytes) + run(bytes, format: .markdown)
        if FormatDetection.sniff(bytes) != .html {
            violations += run(bytes, format: .html)
        }
        return violations
    }

    public static func run(_ bytes: [UInt8], format: ArticleFormat = .plainText) -> [HardeningViolation] {
        var report = Report()
        let text = TextDecoding.decode(bytes)
        if let bad = firstControl(in: text) {
            report.add("decode", "decoded text holds \(ScalarRules.name(bad))")
        }
        // Pages take the HTML parser (as `--format auto` would), kept even when they are not
        // articles (`--force`), so that everything it extracts is checked.
        let parsed = format == .markdown
            ? MarkdownParser().parse(bytes: bytes, source: "fuzz.md")
            : format == .html || FormatDetection.sniff(bytes) == .html
            ? HTMLArticleParser(force: true).parse(bytes: bytes, source: "fuzz")
            : PlainTextParser().parse(text, source: "fuzz")
        let article = analyse(parsed)
        check(article: article, into: &report)
        check(citationsOf: article, into: &report)
        for width in layoutWidths {
            check(layoutOf: article, width: width, into: &report)
        }
        for (index, size) in scriptedSizes.enumerated() {
            // The first size starts before the analysis, as the reader does for large articles.
            check(
                screensOf: article, unanalysed: index == 0 ? parsed : nil, rows: size.rows,
                columns: size.columns, scripted: true, into: &report)
        }
        for size in plainSizes {
            check(screensOf: article, rows: size.rows, columns: size.columns, scripted: false, into: &report)
        }
        return report.violations
    }

    /// The analysis step Byline runs after parsing: named entities, then quotations with
    /// their speakers resolved through the entities (`Article.analysed()`).
    public static func analyse(_ article: Article) -> Article {
        article.analysed()
    }

    /// Checks an already analysed article at every measure and screen size, for tests that
    /// build articles without bytes. Returns the violations, empty when all invariants hold.
    public static func check(_ article: Article) -> [HardeningViolation] {
        var report = Report()
        check(article: article, into: &report)
        check(citationsOf: article, into: &report)
        for width in layoutWidths { check(layoutOf: article, width: width, into: &report) }
        for size in scriptedSizes {
            check(screensOf: article, rows: size.rows, columns: size.columns, scripted: true, into: &report)
        }
        for size in plainSizes {
            check(screensOf: article, rows: size.rows, columns: size.columns, scripted: false, into: &report)
        }
        return report.violations
    }

    /// The lines `byline --dump` prints for `article` at `width` columns: each layout line's
    /// ``ReaderUI/LayoutLine/printedText``, as the command's plain-text output writes them.
    public static func dumpLines(of article: Article, width: Int) -> [String] {
        ArticleLayout(article: article, width: width).lines.map(\.printedText)
    }

    /// The first control character other than TAB and LF in `text`.
    static func firstControl(in text: some StringProtocol) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars where ScalarRules.isControl(scalar.value) {
            if scalar.value != 0x09 && scalar.value != 0x0A { return scalar }
        }
        return nil
    }
}

/// The checks one at a time, for tests of inputs too large for the whole pipeline in a
/// debug build.
extension HardeningPipeline {
    /// The model invariants alone (see ``HardeningPipeline``); empty when all hold.
    public static func modelViolations(_ article: Article) -> [HardeningViolation] {
        var report = Report()
        check(article: article, into: &report)
        return report.violations
    }

    /// The screen invariants of one rendered buffer; empty when all hold.
    public static func screenViolations(_ buffer: ScreenBuffer) -> [HardeningViolation] {
        var report = Report()
        check(buffer, rows: buffer.rows, columns: buffer.columns, stage: "screen", into: &report)
        return report.violations
    }
}
