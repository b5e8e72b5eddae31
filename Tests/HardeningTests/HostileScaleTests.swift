import ArticleModel
import ArticleParsing
import HardeningSupport
import ReaderUI
import Testing

/// Hostile sizes and shapes through the whole pipeline: decode, parse, analyse, lay out for
/// the reader, render frames at the top, middle and end. The parser alone on the 10 MB
/// paragraph and the 200,000 paragraphs is in `PlainTextParserScaleTests`; here the rest of
/// the pipeline follows. Each test takes 4 s or less alone in a debug build here; the one
/// minute limit (the shortest Swift Testing allows) leaves room for a loaded machine and
/// still catches a quadratic step (a per-block `reserveCapacity` in the layout once made
/// the 200,000 paragraphs take 82 s). Speed itself is measured in Benchmarks/.
@Suite("Hardening: hostile sizes and shapes", .serialized, .timeLimit(.minutes(1)))
struct HostileScaleTests {
    /// Decodes, parses and analyses `text`, checks the model, then renders frames at 80x24
    /// after each of `keys` and checks them. Returns the article and the last frame.
    @discardableResult
    private func throughPipeline(
        _ text: String, keys: String = "G", analyse: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> (Article, ScreenBuffer) {
        let parsed = PlainTextParser().parse(TextDecoding.decode(Array(text.utf8)), source: "test")
        let article = analyse ? HardeningPipeline.analyse(parsed) : parsed
        let model = HardeningPipeline.modelViolations(article)
        #expect(model.isEmpty, "\(model)", sourceLocation: sourceLocation)
        var state = ReaderState(article: article, rows: 24, columns: 80)
        var buffer = ReaderView.render(state)
        var violations = HardeningPipeline.screenViolations(buffer)
        for key in keys {
            _ = state.handle(.key(.character(key)))
            buffer = ReaderView.render(state)
            violations += HardeningPipeline.screenViolations(buffer)
        }
        #expect(violations.isEmpty, "\(violations)", sourceLocation: sourceLocation)
        return (article, buffer)
    }

    @Test("one 10 MB paragraph without a newline: decoded, parsed, laid out, rendered at the end")
    func tenMegabyteParagraph() throws {
        // Analysis is left out at this size: in a debug build, entities and quotations take
        // about 14 s on 10 MB even without a quotation mark in it (measured on this machine;
        // release figures are in Benchmarks/). The next test analyses a 2 MB paragraph.
        let sentence = "The council's ferry plan, costed at 41 million crowns, would go ahead, it said on Tuesday. "
        var text = ""
        text.reserveCapacity(10_100_000)
        while text.utf8.count < 10_000_000 { text += sentence }
        let (article, last) = throughPipeline(text, keys: "G", analyse: false)
        #expect(article.blocks.count == 1)
        #expect(last.trimmedText.contains("100%"), "\(last.trimmedText)")
    }

    @Test("one 2 MB paragraph without a newline, full of quotations, through the analysis")
    func twoMegabyteParagraphOfQuotes() throws {
        let sentence = "The council said on Tuesday that the \"ferry\" plan, costed at 41 million crowns, would go ahead. "
        var text = ""
        text.reserveCapacity(2_100_000)
        while text.utf8.count < 2_000_000 { text += sentence }
        let (article, last) = throughPipeline(text, keys: "G")
        #expect(article.blocks.count == 1)
        #expect(article.quotes.count == text.utf8.count / sentence.utf8.count, "one scare quote per sentence")
        #expect(last.trimmedText.contains("100%"), "\(last.trimmedText)")
    }

    @Test("200,000 one-word paragraphs")
    func twoHundredThousandParagraphs() {
        var text = "Headline\n\n"
        text.reserveCapacity(2_000_000)
        for index in 0..<200_000 { text += "word\(index % 7)\n\n" }
        let (article, last) = throughPipeline(text, keys: "G")
        #expect(article.blocks.count == 200_001)
        #expect(last.trimmedText.contains("word\(199_999 % 7)"), "\(last.trimmedText)")
    }

    @Test("20,000 quotations: all found, the sidebar lists them, the last one is reachable")
    func twentyThousandQuotes() throws {
        var text = "Twenty Thousand Voices\n\n"
        for index in 0..<20_000 {
            text += "\"Berth \(index) is open,\" said Ines Varga.\n\n"
        }
        let (article, _) = throughPipeline(text, keys: "")
        #expect(article.quotes.count == 20_000)
        #expect(article.quotes.allSatisfy { $0.speaker == "Ines Varga" })
        var state = ReaderState(article: article, rows: 40, columns: 130)
        for event: InputEvent in [.key(.tab), .key(.end), .key(.enter)] { _ = state.handle(event) }
        let buffer = ReaderView.render(state)
        #expect(HardeningPipeline.screenViolations(buffer).isEmpty)
        #expect(buffer.trimmedText.contains("Berth 19999 is open"), "\(buffer.trimmedText)")
    }

    @Test("deeply nested quotation marks")
    func deeplyNested() {
        let depth = 5_000
        let text = "Nested\n\n" + String(repeating: "\u{201C}\u{2018}", count: depth) + "deep"
            + String(repeating: "\u{2019}\u{201D}", count: depth) + " said Ines Varga.\n\n"
            + String(repeating: "\"'", count: depth) + "straight" + String(repeating: "'\"", count: depth) + "\n"
        let (article, _) = throughPipeline(text)
        // Nested quotations belong to the outer one: at most one quotation per paragraph.
        #expect(article.quotes.count <= 2)
    }

    @Test("unbalanced quotation marks of every kind")
    func unbalanced() {
        let marks = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{AB}", "\u{BB}", "\u{201E}", "\u{300C}", "\u{300D}", "\u{300E}", "\u{300F}"]
        var text = "Unbalanced\n\n"
        for (index, mark) in marks.enumerated() {
            // Openings only, closings only, and a mark of each kind between words.
            text += String(repeating: mark + "word ", count: 2_000) + "\n\n"
            text += "Start " + mark + " then " + marks[(index + 1) % marks.count] + " end, said Bo Lind.\n\n"
        }
        let (article, _) = throughPipeline(text)
        #expect(article.blocks.count == 2 * marks.count + 1)
    }
}
