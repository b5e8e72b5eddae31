import Testing
@testable import TerminalText

/// Collects the clusters `walkClusters` reports, as UTF-8 byte arrays.
private struct Collector: ClusterSink {
    var clusters: [[UInt8]] = []
    mutating func ascii(_ byte: UInt8) { clusters.append([byte]) }
    mutating func cluster(_ utf8: UnsafeBufferPointer<UInt8>) { clusters.append(Array(utf8)) }
}

@Suite("Grapheme cluster walk")
struct ClusterWalkTests {
    /// The byte-level fast path must find exactly the grapheme clusters Swift's `Character`
    /// iteration finds (the screen buffer iterates `Character`s), or widths would drift.
    @Test("walkClusters agrees with Character iteration", arguments: [
        "", "plain ascii", "a\u{301}b", "\u{301}leading combining", "line\r\nbreak\r\n", "cr\rlf\n",
        "🇫🇷🇩🇪🇮🇹x🇫", "x🇫🇷", "👨\u{200D}👩\u{200D}👧x👍🏽y", "\u{600}1 prepend", "क्षत्रिय",
        "한국어 \u{1100}\u{1161}\u{11A8}x", "e\u{301}\u{302}\u{303}", "tab\tnul\u{0}esc\u{1B}del\u{7F}",
        "中文abc中文", "ab\u{200D}cd", "#\u{FE0F}\u{20E3}1", "a\u{1F3FB}", "\u{9B}\u{85}\u{2028}",
        String(repeating: "ab c\u{301} ", count: 50),
    ])
    func agreesWithCharacters(_ text: String) {
        var collector = Collector()
        walkClusters(of: text, into: &collector)
        #expect(collector.clusters == text.map { Array($0.utf8) })
    }
}
