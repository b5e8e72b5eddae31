import ArticleAnalysis
import ArticleHTML
import ArticleMarkdown
import ArticleModel
import ArticleParsing
import ArticleFixtures
import Foundation
import ReaderUI
import TerminalText

// A quick driver for profiling one stage without the benchmark harness, for example
//   valgrind --tool=callgrind .build/release/BylineProbe layout 1000000
// Arguments: a stage (open, parse, quotes, entities, analysis, layout, frame (1000 frames
// at 200x60), index, dump, markdown (a generated Markdown post to an article), markdown-source
// (prints that post), html (a generated web page, `PageGenerator`, to an article), html-source
// (prints that page); with "-news"
// for NewsArticleGenerator's text) and an article size in bytes. Prints the stage's wall time
// once it has run `repeats` times (default 1).
// `markdown-files FILE...` reads saved Markdown posts the same way.
// `html-files FILE...` reads saved pages instead and prints their bytes per second together
// (`BYLINE_PROBE_REPEATS` times over, default 1); `html-model FILE...` prints each page's
// article and verdict as JSON lines, to compare the extraction before and after a change.

let arguments = CommandLine.arguments

/// CPU seconds this thread has used (user + system): the figure to compare on a shared,
/// loaded machine, where wall time says more about the other processes.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
/// The bytes of each file named in `paths`, in order, as (path, bytes); files that cannot be
/// read are skipped.
func readFiles(_ paths: ArraySlice<String>) -> [(path: String, bytes: [UInt8])] {
    paths.compactMap { path in
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() else { return nil }
        return (path, [UInt8](data))
    }
}
/// Parses each of `files` `BYLINE_PROBE_REPEATS` times over (default 1) with `parse`, which
/// returns the article's block count, on this thread; prints the bytes, the wall clock, the
/// thread's CPU seconds and MB/s of CPU under `label`, counting the files as `unit`; exits.
func measureFiles(_ label: String, unit: String, _ files: [[UInt8]], parse: ([UInt8]) -> Int) -> Never {
    let repeats = Int(ProcessInfo.processInfo.environment["BYLINE_PROBE_REPEATS"] ?? "") ?? 1
    let total = files.reduce(0) { $0 + $1.count } * repeats
    let clock = ContinuousClock()
    var blocks = 0
    let cpuStart = threadCPUSeconds()
    let elapsed = clock.measure {
        for _ in 0..<repeats {
            for file in files { blocks &+= parse(file) }
        }
    }
    let cpu = threadCPUSeconds() - cpuStart
    print("\(label) \(files.count) \(unit) × \(repeats), \(total) bytes: wall \(elapsed), CPU \(String(format: "%.3f", cpu)) s (\(String(format: "%.1f", Double(total) / cpu / 1_000_000)) MB/s CPU; \(blocks) blocks)")
    exit(0)
}
if arguments.count > 2, arguments[1] == "markdown-files" {
    // Saved Markdown posts (`markdown-files FILE...`), each parsed `BYLINE_PROBE_REPEATS`
    // times over (default 1): instructions per byte of real posts under callgrind.
    measureFiles("markdown-files", unit: "posts", readFiles(arguments.dropFirst(2)).map(\.bytes)) {
        MarkdownParser().parse(bytes: $0, source: "probe.md").blocks.count
    }
}
if arguments.count > 2, arguments[1] == "html-files" || arguments[1] == "html-model" {
    let pages = readFiles(arguments.dropFirst(2))
    if arguments[1] == "html-model" {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (path, page) in pages {
            let (article, verdict) = HTMLArticleParser().read(bytes: page, source: "probe")
            let json = (try? encoder.encode(article)).map { String(decoding: $0, as: UTF8.self) } ?? "unencodable"
            print("\(path)\t\(verdict)\t\(json)")
        }
        exit(0)
    }
    measureFiles("html-files", unit: "pages", pages.map(\.bytes)) {
        HTMLArticleParser().parse(bytes: $0, source: "probe").blocks.count
    }
}
let stage = arguments.count > 1 ? arguments[1] : "open"
let bytes = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
_ = DisplayWidth.prepareLocale()

// Stages ending in "-news" read `NewsArticleGenerator`'s text instead ("analysis-news",
// "dump-news").
let news = stage.hasSuffix("-news")
let htmlInput = stage.hasPrefix("html") ? Array(PageGenerator.page(bytes: bytes).utf8) : []
let markdownInput = stage.hasPrefix("markdown") ? Array(ArticleGenerator.markdownPost(bytes: bytes).utf8) : []
// The Markdown stages need no plain-text article (so a profile of them holds only their work).
let input = markdownInput.isEmpty && htmlInput.isEmpty ? Array((news ? NewsArticleGenerator.article(bytes: bytes) : ArticleGenerator.article(bytes: bytes)).utf8) : []
let parsed = PlainTextParser().parse(TextDecoding.decode(input), source: "probe")
let analysedForFrame = stage == "frame" ? parsed.analysed() : parsed
let clock = ContinuousClock()
var sink = 0
let cpuStart = threadCPUSeconds()
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
        case "html":
            sink &+= HTMLArticleParser().parse(bytes: htmlInput, source: "probe").blocks.count
        case "html-source":
            print(String(decoding: htmlInput, as: UTF8.self), terminator: "")
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
let cpu = (threadCPUSeconds() - cpuStart) / Double(max(repeats, 1))
// Throughput over the input actually read (a generated page of nominal size N is smaller).
let inputBytes = htmlInput.isEmpty ? (markdownInput.isEmpty ? (input.isEmpty ? bytes : input.count) : markdownInput.count) : htmlInput.count
print("\(stage) \(bytes) bytes (input \(inputBytes)) x\(repeats): wall \(elapsed / repeats) each, CPU \(String(format: "%.4f", cpu)) s each (\(String(format: "%.1f", Double(inputBytes) / cpu / 1_000_000)) MB/s CPU) (\(sink))")
