import ArticleAnalysis
import ArticleModel
import ArticleParsing
import Benchmark
import ReaderTestSupport
import ReaderUI
import TerminalText

// Articles of 10 KB, 1 MB and 10 MB from the deterministic generator (our own text).
// Throughput figures in README are bytes of the article divided by the median wall time.
let sizes: [(name: String, bytes: Int)] = [("10KB", 10_000), ("1MB", 1_000_000), ("10MB", 10_000_000)]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 20
    )
    _ = DisplayWidth.prepareLocale()

    for size in sizes {
        let text = ArticleGenerator.article(bytes: size.bytes)
        let bytes = Array(text.utf8)
        let parsed = PlainTextParser().parse(TextDecoding.decode(bytes), source: "bench")

        Benchmark("decode+parse \(size.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(PlainTextParser().parse(TextDecoding.decode(bytes), source: "bench"))
            }
        }

        Benchmark("quote extraction \(size.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(QuoteExtractor().extract(from: parsed))
            }
        }

        let index = SearchIndex(article: parsed)
        Benchmark("search index build \(size.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(SearchIndex(article: parsed))
            }
        }

        Benchmark("literal search \(size.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? index.matches(SearchQuery(pattern: "harbour")))
            }
        }

        // One keystroke of incremental search with the prompt open ("/harbou" + "r"),
        // through the reader's update and a render of the 80x24 frame that follows.
        var typing = ReaderState(article: parsed, rows: 24, columns: 80)
        for c in "/harbou" { _ = typing.handle(.key(.character(c))) }
        let prepared = typing
        Benchmark("search keystroke + frame \(size.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                var state = prepared
                _ = state.handle(.key(.character("r")))
                blackHole(ReaderView.render(state))
            }
        }
    }
}
