import ArticleModel
import ReaderUI
import TerminalText

/// The screen invariants of ``HardeningPipeline``: the reader state is driven through a key
/// script (scrolling, quotations, the sidebar, help, a search for words of the article) and
/// every frame is rendered and checked.
extension HardeningPipeline {
    /// With `unanalysed`, the reader starts on that article (as it does for large articles,
    /// whose first frame comes before the analysis) and gets `article` as
    /// `Message.analysisFinished` after the first steps of the script.
    static func check(
        screensOf article: Article, unanalysed: Article? = nil, rows: Int, columns: Int, scripted: Bool,
        into report: inout Report
    ) {
        var state = ReaderState(article: unanalysed ?? article, rows: rows, columns: columns)
        let stage = "screen@\(columns)x\(rows)"
        check(ReaderView.render(state), rows: rows, columns: columns, stage: stage + " top", into: &report)
        guard scripted else { return }
        for (step, (name, events)) in script(for: article).enumerated() {
            for event in events { _ = state.handle(event) }
            if step == 1, unanalysed != nil {
                _ = state.update(.analysisFinished(article))
            }
            check(ReaderView.render(state), rows: rows, columns: columns, stage: stage + " " + name, into: &report)
        }
        // A resize to 1x1 and back keeps a valid place.
        _ = state.handle(.resize(rows: 1, columns: 1))
        check(ReaderView.render(state), rows: 1, columns: 1, stage: stage + " resized 1x1", into: &report)
        _ = state.handle(.resize(rows: rows, columns: columns))
        check(ReaderView.render(state), rows: rows, columns: columns, stage: stage + " resized back", into: &report)
    }

    /// Named steps of input events; the search pattern is a few characters of the article's
    /// own text (whatever they are), typed into the prompt.
    static func script(for article: Article) -> [(String, [InputEvent])] {
        let source = article.blocks.count > 1 ? article.blocks[1].text : (article.blocks.first?.text ?? "")
        let pattern = Array(source.prefix(6))
        let keys = { (text: String) in text.map { InputEvent.key(.character($0)) } }
        return [
            ("half page", keys("d")),
            ("middle", keys("50%")),
            ("next quote", keys(".")),
            ("mentions", keys("]]]") + keys("[")),
            ("entities", keys("E") + [.key(.down), .key(.down), .key(.enter)]),
            ("entities closed", [.key(.escape)]),
            ("quotes focus", [.key(.tab), .key(.down), .key(.enter), .key(.tab)]),
            ("speaker filter", [.key(.tab)] + keys("s")),
            ("back to article", [.key(.escape)]),
            ("sentences selected", keys("v") + keys("jj") + keys("k")),
            ("paragraphs selected", keys("V") + [.key(.down)]),
            // The note is typed and pasted from the article's own (hostile) text.
            ("note prompt", keys("*") + pattern.map { .key(.character($0)) } + [.paste(source)]),
            ("highlight kept", [.key(.enter)]),
            ("highlights panel", keys("i")),
            ("quotation selected", keys("a") + keys("y")),
            ("selection dropped", [.key(.escape)]),
            ("search prompt", keys("/") + pattern.map { .key(.character($0)) }),
            ("search kept", [.key(.enter)] + keys("n")),
            ("match list", keys("M")),
            ("match list closed", [.key(.escape)]),
            ("end", keys("G")),
            ("sidebar hidden", keys("\"")),
            ("narrower", keys("----")),
            ("help", keys("h")),
            ("help closed", [.key(.escape)]),
        ]
    }

    static func check(_ buffer: ScreenBuffer, rows: Int, columns: Int, stage: String, into report: inout Report) {
        if buffer.rows != rows || buffer.columns != columns {
            report.add(stage, "buffer is \(buffer.columns)x\(buffer.rows)")
        }
        for row in 0..<buffer.rows {
            var column = 0
            while column < buffer.columns {
                let cell = buffer[row, column]
                if cell.width == 0 {
                    report.add(stage, "orphan continuation cell at row \(row) column \(column)")
                    column += 1
                    continue
                }
                if cell.width == 1, isPrintableASCII(cell.grapheme) {
                    // The common case (blanks, Latin text): nothing more to check.
                    column += 1
                    continue
                }
                if cell.grapheme.isEmpty {
                    report.add(stage, "empty lead cell at row \(row) column \(column)")
                }
                if let bad = ScalarRules.firstUnsafeScalar(in: cell.grapheme) {
                    report.add(stage, "cell at row \(row) column \(column) holds \(ScalarRules.name(bad))")
                }
                for scalar in cell.grapheme.unicodeScalars where DisplayWidth.libcWidth(scalar) < 0 {
                    report.add(stage, "cell at row \(row) column \(column) holds unprintable \(ScalarRules.name(scalar))")
                    break
                }
                let measured = DisplayWidth.of(cell.grapheme)
                if measured != cell.width {
                    report.add(stage, "cell at row \(row) column \(column) is \(cell.width) wide but \(cell.grapheme.debugDescription) measures \(measured)")
                }
                if column + cell.width > buffer.columns {
                    report.add(stage, "wide cell at row \(row) column \(column) passes the right edge")
                }
                for c in (column + 1)..<min(buffer.columns, column + max(1, cell.width)) where buffer[row, c].width != 0 {
                    report.add(stage, "wide cell at row \(row) column \(column) lacks its continuation at \(c)")
                }
                column += max(1, cell.width)
            }
        }
    }

    /// Whether `text` is exactly one printable ASCII character (U+0020–U+007E).
    @inline(__always)
    static func isPrintableASCII(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        guard let byte = utf8.next(), utf8.next() == nil else { return false }
        return byte >= 0x20 && byte < 0x7F
    }
}
