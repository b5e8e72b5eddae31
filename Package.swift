// swift-tools-version: 6.1
// Byline: a terminal reader for news articles. Targets and their allowed imports follow
// ../shared/DESIGN.md: the model knows nothing of terminals, the views nothing of file
// formats, and only NCursesBackend imports the ncursesw system library.
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        // For the benchmark package in Benchmarks/ (kept separate so that its dependency on
        // package-benchmark never slows `swift test`).
        .library(
            name: "BylineCore",
            targets: [
                "ArticleModel", "ArticleParsing", "ArticleHTML", "ArticleMarkdown", "ArticleAnalysis", "TerminalText",
                "ReaderUI", "ArticleFixtures", "ReadingSession",
            ]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "ArticleModel"),
        .target(name: "ArticleParsing", dependencies: ["ArticleModel"]),
        // libxml2's HTML parser; only ArticleHTML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Web pages: libxml2 parse, main-content extraction, metadata, links.
        .target(name: "ArticleHTML", dependencies: ["ArticleParsing", "ArticleModel", "CLibXML2"]),
        // URLs → page bytes with Foundation's URLSession (FoundationNetworking on Linux).
        .target(name: "ArticleFetching"),
        // cmark-gfm, the CommonMark reference parser with GitHub's extensions (Debian's
        // libcmark-gfm-dev and libcmark-gfm-extensions-dev); only ArticleMarkdown imports it.
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Markdown -> Article: cmark-gfm for the text, Yams for YAML front matter, TOMLKit for
        // TOML front matter (Hugo's `+++`).
        .target(
            name: "ArticleMarkdown",
            dependencies: [
                "ArticleModel", "ArticleParsing", "CCMarkGFM", "CTOMLGuard", .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The gazetteer's source file and its embedding script; the text is compiled in as
        // Entities/Gazetteer/GazetteerData.swift.
        .target(
            name: "ArticleAnalysis",
            dependencies: ["ArticleModel"],
            exclude: [
                "Entities/Gazetteer/gazetteer.tsv", "Entities/Gazetteer/embed-gazetteer.sh",
                "Entities/GivenNames/given-names.txt", "Entities/GivenNames/embed-given-names.sh",
                "Entities/Gazetteer/geonames-places.txt", "Entities/Gazetteer/make-geonames-places.py",
            ]
        ),
        .target(name: "TerminalText"),
        // Citations of quotations and passages: cleaning, the template, CSV/JSON/Markdown.
        .target(name: "Citations", dependencies: ["ArticleModel"]),
        .target(name: "ReaderUI", dependencies: ["ArticleModel", "TerminalText", "Citations"]),
        // Reading places, marks and history in SQLite (GRDB.swift over the system libsqlite3)
        // under $XDG_STATE_HOME/byline/.
        .target(
            name: "ReadingSession",
            dependencies: ["ArticleModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Theme and config files (TOML) into ReaderUI's Theme; ReaderUI itself knows no TOML.
        .target(
            name: "ThemeLoading",
            dependencies: ["ReaderUI", "Citations", "CTOMLGuard", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The lexical check every TOML text passes before TOMLKit's toml++ parses it (toml++
        // 3.4.0 aborts or has undefined behaviour on some malformed input); in C so that the
        // fuzz harness (scripts/fuzz-toml-guard.sh) runs the same code next to toml++.
        .target(name: "CTOMLGuard", exclude: ["fuzz-toml-guard.sh"]),
        // The signal handler and its one pending flag, compiled once in a .c file (state in a
        // header's statics would be one copy per object file).
        .target(name: "CSignals"),
        .target(name: "NCursesBackend", dependencies: ["CNCursesW", "CSignals", "ReaderUI", "TerminalText"]),
        .executableTarget(
            name: "byline",
            dependencies: [
                "ArticleModel", "ArticleParsing", "ArticleHTML", "ArticleMarkdown", "ArticleFetching",
                "ArticleAnalysis", "TerminalText", "ReaderUI", "NCursesBackend", "ThemeLoading", "ReadingSession",
                "Citations", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The deterministic article generators, for tests, hardening and benchmarks (no deps).
        .target(name: "ArticleFixtures"),
        // In-memory terminal, tmux driver, the binary under test: for test targets only, never
        // in a library product or the fuzz target (a test checks the package's shape).
        .target(name: "ReaderTestSupport", dependencies: ["ReaderUI", "TerminalText", "ArticleModel"]),
        // Hardening: the pipeline with its invariants, shared by the fuzz target and the tests.
        .target(
            name: "HardeningSupport",
            dependencies: [
                "ArticleModel", "ArticleParsing", "ArticleHTML", "ArticleMarkdown", "ArticleAnalysis", "TerminalText",
                "ReaderUI", "ArticleFixtures", "Citations",
            ]
        ),
        // libFuzzer target (Sources/BylineFuzz/run-fuzzer.sh); a replayer when built normally.
        .executableTarget(name: "BylineFuzz", dependencies: ["HardeningSupport"], exclude: ["run-fuzzer.sh"]),
        .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel"]),
        .testTarget(
            name: "ArticleParsingTests",
            dependencies: ["ArticleParsing", "ArticleModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ArticleHTMLTests",
            dependencies: ["ArticleHTML", "ArticleParsing", "ArticleModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ArticleFetchingTests", dependencies: ["ArticleFetching", "ReaderTestSupport"]),
        .testTarget(
            name: "ArticleMarkdownTests",
            dependencies: ["ArticleMarkdown", "ArticleParsing", "ArticleModel", "ArticleAnalysis", "ArticleFixtures"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ArticleAnalysisTests",
            dependencies: ["ArticleAnalysis", "ArticleModel", "ArticleParsing"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
        .testTarget(name: "CitationsTests", dependencies: ["Citations", "ArticleModel"]),
        .testTarget(name: "CSignalsTests", dependencies: ["CSignals"]),
        // The package's shape: what ships (BylineCore, the fuzz target) links no test support.
        .testTarget(name: "PackageShapeTests"),
        .testTarget(
            name: "ReaderUITests",
            dependencies: ["ReaderUI", "ReaderTestSupport", "ArticleFixtures", "ArticleModel", "TerminalText", "Citations"]
        ),
        .testTarget(name: "ReadingSessionTests", dependencies: ["ReadingSession", "ArticleModel"]),
        .testTarget(name: "ThemeTests", dependencies: ["ThemeLoading", "ReaderUI", "ArticleModel", "Citations", "CTOMLGuard", .product(name: "TOMLKit", package: "TOMLKit")]),
        .testTarget(
            name: "HardeningTests",
            dependencies: [
                "HardeningSupport", "ArticleParsing", "ArticleAnalysis", "ArticleModel", "ReaderUI",
                "ReaderTestSupport", "TerminalText", "Citations",
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ReaderTestSupport", "ArticleFixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
