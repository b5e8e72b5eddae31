import ArticleAnalysis
import ArticleMarkdown
import ArticleModel
import ArticleParsing
import ArticleFixtures
import ReaderUI
import TerminalText

// A quick driver for profiling one stage without the benchmark harness, for example
//   valgrind --tool=callgrind .build/release/BylineProbe layout 1000000
// Arguments: a stage (open, parse, quotes, entities, analysis, layout, frame (1000 frames
// at 200x60), index, dump, markdown (a generated Markdown post to an article), markdown-source
// (prints that post); with "-news" for NewsArticleGenerator's text) and an article size in
// bytes. Prints the stage's wall time once it has run `repeats` times (default 1).

let arguments = CommandLine.arguments
let stage = arguments.count > 1 ? arguments[1] : "open"
let bytes = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
_ = DisplayWidth.prepareLocale()

// Stages ending in "-news" read `NewsArticleGenerator`'s text instead ("analysis-news",
// "dump-news").
let news = stage.hasSuffix("-news")
let markdownInput = stage.hasPrefix("markdown") ? Array(ArticleGenerator.markdownPost(bytes: bytes).utf8) : []
// The Markdown stages need no plain-text article (so a profile of them holds only their work).
let input = markdownInput.isEmpty ? Array((news ? NewsArticleGenerator.article(bytes: bytes) : ArticleGenerator.article(bytes: bytes)).utf8) : []
let parsed = PlainTextParser().parse(TextDecoding.decode(input), source: "probe")
let analysedForFrame = stage == "frame" ? parsed.analysed() : parsed
let clock = ContinuousClock()
var sink = 0
let elapsed = clock.measure {
    for _ in 0..<repeats {
        switch news ? String(stage.dropLast(5)) : stage {
        case "parse":
            sink &+= PlainTextParser().parse(TextDecoding.decode(input), source: "probe").blocks.count
        case "quotes":
            sink &+= QuoteExtractor().extract(from: parsed).count
        case "entities":
            sink &+= EntityRecognizer().recognize(in: parsed).count
        case "analysis":
            sink &+= parsed.analysed().quotes.count
        case "layout":
            sink &+= ArticleLayout(article: parsed, width: 80).lines.count
        case "frame":
            var state = ReaderState(article: analysedForFrame, rows: 60, columns: 200, width: 200)
            _ = state.update(.percent(50))
            for _ in 0..<1000 { sink &+= ReaderView.render(state).rows }
        case "dump":
            let text = news ? NewsArticleGenerator.article(bytes: bytes) : ArticleGenerator.article(bytes: bytes)
            sink &+= text.split(separator: "\n\n", omittingEmptySubsequences: false).count
            print(text)
        case "markdown":
            sink &+= MarkdownParser().parse(bytes: markdownInput, source: "probe.md").blocks.count
        case "markdown-source":
            print(String(decoding: markdownInput, as: UTF8.self), terminator: "")
        case "index":
            sink &+= SearchIndex(article: parsed).blockCount
        default:
            let article = PlainTextParser().parse(TextDecoding.decode(input), source: "probe")
            var state = ReaderState(article: article, rows: 24, columns: 80)
            _ = state.update(.resize(rows: 24, columns: 80))
            sink &+= ReaderView.render(state).rows
        }
    }
}
print("\(stage) \(bytes) bytes x\(repeats): \(elapsed / repeats) each (\(sink))")
