import ArticleAnalysis
import ArticleHTML
import ArticleMarkdown
import ArticleModel
import ArticleParsing
import Benchmark
import ArticleFixtures
import Foundation
import ReadingSession
import ReaderUI
import TerminalText

// Every stage of the reader on articles of 10 KB, 1 MB and 10 MB from the deterministic
// generator (our own text, `ArticleGenerator`). Names end in the size so that the 1 MB and
// 10 MB rows of one stage sit side by side: their ratio is the stage's scaling (10x input).
// Throughput figures in README are bytes of the article divided by the median wall time.
// Fixtures are built in each benchmark's setup (each benchmark runs in a process of its
// own), so peak resident memory counts only that benchmark's input and work.

/// One article size: its name in benchmark names, its bytes, and how long to measure it
/// (at most `seconds` or `iterations` after one warm-up, whichever comes first).
struct ArticleSize: Sendable {
    let name: String
    let bytes: Int
    let seconds: Int
    let iterations: Int

    var configuration: Benchmark.Configuration {
        makeConfiguration(seconds: seconds, iterations: iterations)
    }
}

func makeConfiguration(seconds: Int, iterations: Int) -> Benchmark.Configuration {
    .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta],
        warmupIterations: 1, maxDuration: .seconds(seconds), maxIterations: iterations)
}

let sizes: [ArticleSize] = [
    ArticleSize(name: "10KB", bytes: 10_000, seconds: 1, iterations: 200),
    ArticleSize(name: "1MB", bytes: 1_000_000, seconds: 2, iterations: 20),
    ArticleSize(name: "10MB", bytes: 10_000_000, seconds: 3, iterations: 6),
]

/// The web page sizes: ``sizes`` with 100 KB between 10 KB and 1 MB.
let htmlSizes: [ArticleSize] = [
    sizes[0],
    ArticleSize(name: "100KB", bytes: 100_000, seconds: 1, iterations: 100),
    sizes[1],
    sizes[2],
]

/// Fixtures, made in a benchmark's setup.
enum Fixture {
    static func bytes(_ size: ArticleSize) -> [UInt8] {
        Array(ArticleGenerator.article(bytes: size.bytes).utf8)
    }

    static func parsed(_ size: ArticleSize) -> Article {
        PlainTextParser().parse(TextDecoding.decode(bytes(size)), source: "bench")
    }

    /// A parsed article of `size` from ``NewsArticleGenerator``: text as dense in names,
    /// titles, quotation marks and places as real wire news.
    static func news(_ size: ArticleSize) -> Article {
        PlainTextParser().parse(TextDecoding.decode(Array(NewsArticleGenerator.article(bytes: size.bytes).utf8)), source: "bench")
    }

    static func analysed(_ size: ArticleSize) -> Article {
        parsed(size).analysed()
    }

    /// The reader as it is after opening `size` in a terminal of `rows` x `columns` with a
    /// preferred measure of `width`, scrolled to the middle of the article.
    static func middle(_ size: ArticleSize, rows: Int, columns: Int, width: Int) -> ReaderState {
        var state = ReaderState(article: analysed(size), rows: rows, columns: columns, width: width)
        _ = state.update(.resize(rows: rows, columns: columns))
        _ = state.update(.percent(50))
        return state
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = makeConfiguration(seconds: 2, iterations: 20)
    // Frames cost the same whatever the article's size: many short iterations.
    let frameConfiguration = makeConfiguration(seconds: 1, iterations: 500)
    _ = DisplayWidth.prepareLocale()

    // Markdown bytes → article (front matter, template tags, cmark-gfm's tree, blocks and
    // links), on posts from `ArticleGenerator.markdownPost`; the target is 50 MB/s.
    for size in sizes {
        Benchmark("markdown to article \(size.name)", configuration: size.configuration) { benchmark, bytes in
            for _ in benchmark.scaledIterations {
                blackHole(MarkdownParser().parse(bytes: bytes, source: "bench.md"))
            }
        } setup: {
            Array(ArticleGenerator.markdownPost(bytes: size.bytes).utf8)
        }
    }

    // A web page (``PageGenerator``: the article amid navigation, ads, related lists and
    // comments): bytes → charset → libxml2 tree → extraction → article, at 10 KB, 100 KB,
    // 1 MB and 10 MB (nominal: a page is about 0.78 of it), to show the rate is the same at
    // every size; issue 12's target is 30 MB/s.
    for size in htmlSizes {
        Benchmark("html page to article \(size.name)", configuration: size.configuration) { benchmark, bytes in
            for _ in benchmark.scaledIterations {
                blackHole(HTMLArticleParser().parse(bytes: bytes, source: "bench"))
            }
        } setup: { Array(PageGenerator.page(bytes: size.bytes).utf8) }
    }

    for size in sizes {
        let config = size.configuration

        // The whole open path as the reader runs it before its first frame: bytes → decoded
        // text → parsed article → state (layout at the measure) → first frame rendered.
        // Quotations and named entities are found after that frame (see README).
        Benchmark("open to first frame 80x24 \(size.name)", configuration: config) { benchmark, bytes in
            for _ in benchmark.scaledIterations {
                let article = PlainTextParser().parse(TextDecoding.decode(bytes), source: "bench")
                var state = ReaderState(article: article, rows: 24, columns: 80)
                _ = state.update(.resize(rows: 24, columns: 80))
                blackHole(ReaderView.render(state))
            }
        } setup: { Fixture.bytes(size) }

        Benchmark("decode+parse \(size.name)", configuration: config) { benchmark, bytes in
            for _ in benchmark.scaledIterations {
                blackHole(PlainTextParser().parse(TextDecoding.decode(bytes), source: "bench"))
            }
        } setup: { Fixture.bytes(size) }

        Benchmark("quote extraction \(size.name)", configuration: config) { benchmark, article in
            for _ in benchmark.scaledIterations {
                blackHole(QuoteExtractor().extract(from: article))
            }
        } setup: { Fixture.parsed(size) }

        Benchmark("entity recognition \(size.name)", configuration: config) { benchmark, article in
            for _ in benchmark.scaledIterations {
                blackHole(EntityRecognizer().recognize(in: article))
            }
        } setup: { Fixture.parsed(size) }

        // What the reader computes after its first frame: entities and quotations (on two
        // threads), then their speakers resolved through the entities.
        Benchmark("analysis after first frame \(size.name)", configuration: config) { benchmark, article in
            for _ in benchmark.scaledIterations {
                blackHole(article.analysed())
            }
        } setup: { Fixture.parsed(size) }

        // The same on news-like text (`NewsArticleGenerator`): denser in names and marks.
        Benchmark("analysis of news-like text \(size.name)", configuration: config) { benchmark, article in
            for _ in benchmark.scaledIterations {
                blackHole(article.analysed())
            }
        } setup: { Fixture.news(size) }

        // `byline --json`'s output stage: the analysed news-like article written as JSON
        // (`JSONStreamWriter`, 64 KiB pieces), the pieces only counted. Throughput is the
        // article's bytes over the time, although the JSON is about eight times larger.
        Benchmark("JSON of news-like text \(size.name)", configuration: config) { benchmark, article in
            for _ in benchmark.scaledIterations {
                var written = 0
                JSONStreamWriter().write(article) { written += $0.count }
                blackHole(written)
            }
        } setup: { Fixture.news(size).analysed() }

        for width in [80, 200] {
            Benchmark("layout width \(width) \(size.name)", configuration: config) { benchmark, article in
                for _ in benchmark.scaledIterations {
                    blackHole(ArticleLayout(article: article, width: width))
                }
            } setup: { Fixture.parsed(size) }
        }

        for (rows, columns) in [(24, 80), (60, 200)] {
            // One frame of the reader scrolled to the middle, quotations highlighted; at
            // 200x60 with a measure of 200 (clamped beside the docked quotes sidebar).
            Benchmark("frame \(columns)x\(rows) \(size.name)", configuration: frameConfiguration) { benchmark, state in
                for _ in benchmark.scaledIterations {
                    blackHole(ReaderView.render(state))
                }
            } setup: { Fixture.middle(size, rows: rows, columns: columns, width: columns) }
        }

        Benchmark("search index build \(size.name)", configuration: config) { benchmark, article in
            for _ in benchmark.scaledIterations {
                blackHole(SearchIndex(article: article))
            }
        } setup: { Fixture.parsed(size) }

        Benchmark("literal search \(size.name)", configuration: config) { benchmark, index in
            for _ in benchmark.scaledIterations {
                blackHole(try? index.matches(SearchQuery(pattern: "harbour")))
            }
        } setup: { SearchIndex(article: Fixture.parsed(size)) }

        // One keystroke of incremental search with the prompt open ("/harbou" + "r"),
        // through the reader's update and a render of the 80x24 frame that follows.
        Benchmark("search keystroke + frame \(size.name)", configuration: config) { (benchmark: Benchmark, prepared: ReaderState) in
            for _ in benchmark.scaledIterations {
                var state = prepared
                _ = state.handle(.key(.character("r")))
                blackHole(ReaderView.render(state))
            }
        } setup: {
            var typing = ReaderState(article: Fixture.parsed(size), rows: 24, columns: 80)
            for c in "/harbou" { _ = typing.handle(.key(.character(c))) }
            return typing
        }
    }

    // The reading memory: what opening an article with the store adds before the first
    // frame (open the database in a state folder that already has one, look the article
    // up), and what quitting adds (save the place). Each iteration opens its own
    // connection, as a run of byline does.
    for size in sizes.prefix(2) {
        let config = makeConfiguration(seconds: 2, iterations: 200)
        Benchmark("store open + lookup \(size.name)", configuration: config) { (benchmark: Benchmark, article: Article) in
            let folder = NSTemporaryDirectory() + "byline-bench-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let identity = ArticleIdentity(article: article, location: "/bench/\(size.name).txt")
            if case .opened(let store, _) = StateFolder.open(folder: folder) {
                try? store.save(article, identity: identity, position: TextPosition(block: 3, offset: 0), percent: 10,
                                marks: [:], remembered: .nothing)
            }
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                guard case .opened(let store, _) = StateFolder.open(folder: folder) else { continue }
                blackHole(try? store.remembered(article, identity: identity))
            }
            benchmark.stopMeasurement()
        } setup: { Fixture.parsed(size) }

        // The article's identity (fingerprint, block hashes, words), computed once per open.
        Benchmark("article identity \(size.name)", configuration: config) { (benchmark: Benchmark, article: Article) in
            for _ in benchmark.scaledIterations {
                blackHole(ArticleIdentity(article: article, location: "/bench/article.txt"))
            }
        } setup: { Fixture.parsed(size) }

        Benchmark("store save \(size.name)", configuration: config) { (benchmark: Benchmark, article: Article) in
            let folder = NSTemporaryDirectory() + "byline-bench-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            guard case .opened(let store, _) = StateFolder.open(folder: folder) else { return }
            let identity = ArticleIdentity(article: article, location: "/bench/\(size.name).txt")
            benchmark.startMeasurement()
            for n in benchmark.scaledIterations {
                try? store.save(article, identity: identity, position: TextPosition(block: n % 10, offset: 0), percent: 10,
                                marks: ["a": TextPosition(block: 1, offset: 0)], remembered: .nothing)
            }
            benchmark.stopMeasurement()
        } setup: { Fixture.parsed(size) }
    }
}
