// swift-tools-version: 6.1
// A plain executable that runs one stage of Byline once, for profilers (valgrind's callgrind,
// perf). A package of its own because the benchmark plugin runs every executable of the
// benchmark package. From this folder:
//   swift build -c release && valgrind --tool=callgrind .build/release/BylineProbe layout 1000000
import PackageDescription

// SwiftPM names a path dependency after its folder: whatever the clone is called.
let rootIdentity = Context.packageDirectory.split(separator: "/").dropLast(2).last.map { String($0).lowercased() } ?? "byline"

let package = Package(
    name: "BylineProbe",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "BylineProbe",
            dependencies: [.product(name: "BylineCore", package: rootIdentity)],
            path: "BylineProbe"
        ),
    ],
    swiftLanguageModes: [.v6]
)
