// swift-tools-version: 6.1
// Byline's benchmarks (ordo-one/package-benchmark). A package of its own so that the root
// package's `swift test` never builds the benchmark tooling. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
import PackageDescription

// SwiftPM names a path dependency after its folder: whatever the clone is called.
let rootIdentity = Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() } ?? "byline"

let package = Package(
    name: "BylineBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "BylineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BylineCore", package: rootIdentity),
            ],
            path: "BylineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
