import ArticleModel
import ReaderUI
import TerminalText

/// The layout and `--dump` invariants of ``HardeningPipeline``.
extension HardeningPipeline {
    static func check(layoutOf article: Article, width: Int, into report: inout Report) {
        let layout = ArticleLayout(article: article, width: width)
        let stage = "layout@\(width)"
        if layout.firstLineOfBlock.count != article.blocks.count {
            report.add(stage, "\(layout.firstLineOfBlock.count) first lines for \(article.blocks.count) blocks")
        }
        let counts = article.blocks.map(\.scalarCount)
        var previous: (block: Int, start: Int)? = nil
        for (index, line) in layout.lines.enumerated() {
            if let block = line.block {
                guard block >= 0, block < counts.count else {
                    report.add(stage, "line \(index) names block \(block) of \(counts.count)")
                    continue
                }
                if line.start < 0 || line.start > line.end || line.end > counts[block] {
                    report.add(stage, "line \(index) scalars \(line.start)..<\(line.end) outside block \(block) of \(counts[block])")
                }
                if let previous, previous.block > block || (previous.block == block && previous.start > line.start) {
                    report.add(stage, "line \(index) (block \(block) at \(line.start)) goes back from block \(previous.block) at \(previous.start)")
                }
                previous = (block, line.start)
            }
            let columns = DisplayWidth.of(line.plainText)
            if columns > width {
                report.add(stage, "line \(index) is \(columns) columns wide: \(line.plainText.debugDescription.prefix(80))")
            }
        }
        for (index, line) in dumpLines(of: article, width: width).enumerated() {
            if let bad = ScalarRules.firstUnsafeScalar(in: line) {
                report.add("dump@\(width)", "line \(index) holds \(ScalarRules.name(bad))")
            } else if line.unicodeScalars.contains("\u{AD}") {
                report.add("dump@\(width)", "line \(index) holds a soft hyphen")
            }
            let columns = DisplayWidth.of(line)
            if columns > width {
                report.add("dump@\(width)", "line \(index) is \(columns) columns wide")
            }
        }
    }
}
