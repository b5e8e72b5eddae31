import ArticleModel
import HardeningSupport
import ReaderTestSupport
import Testing

/// The seeded property test: generated articles, mutated with hostile pieces, through the
/// same pipeline and invariants as the fuzzer (`HardeningPipeline`). Bounded so that it runs
/// in a few seconds in a debug build; the seed makes every failure reproducible.
@Suite("Hardening: seeded property test")
struct PipelinePropertyTests {
    /// How many mutated inputs each seed gives.
    static let casesPerSeed = 6

    @Test("mutated generated articles keep every invariant", arguments: [1, 2, 3, 4] as [UInt64])
    func mutatedArticles(seed: UInt64) {
        var generator = HostileInput(seed: seed)
        for n in 0..<Self.casesPerSeed {
            let bytes = generator.article(maxBytes: 3000)
            let violations = HardeningPipeline.run(bytes)
            #expect(violations.isEmpty, "seed \(seed) case \(n) (\(bytes.count) bytes): \(violations)\ninput: \(bytes)")
            let markdown = HardeningPipeline.run(bytes, format: .markdown)
            #expect(markdown.isEmpty, "Markdown: seed \(seed) case \(n) (\(bytes.count) bytes): \(markdown)\ninput: \(bytes)")
        }
    }

    @Test("only hostile pieces, no article around them", arguments: [11, 12] as [UInt64])
    func piecesOnly(seed: UInt64) {
        var generator = HostileInput(seed: seed)
        for n in 0..<10 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + generator.next(30)) {
                bytes += HostileInput.pieces[generator.next(HostileInput.pieces.count)]
            }
            let violations = HardeningPipeline.run(bytes)
            #expect(violations.isEmpty, "seed \(seed) case \(n): \(violations)\ninput: \(bytes)")
        }
    }

    @Test("the generator really produces hostile bytes")
    func generatorIsHostile() {
        // Guards the property test against a generator that silently stopped mutating.
        var generator = HostileInput(seed: 1)
        var sawEscape = false, sawInvalid = false
        for _ in 0..<40 {
            let bytes = generator.article(maxBytes: 3000)
            if bytes.contains(0x1B) { sawEscape = true }
            if String(validating: bytes, as: UTF8.self) == nil { sawInvalid = true }
        }
        #expect(sawEscape)
        #expect(sawInvalid)
    }

    @Test("the checker finds a control character painted into a cell")
    func checkerCatchesViolations() {
        // A test that the invariants can fail: an article whose model was never sanitised
        // (built directly, bypassing decoding) must be reported at the model stage.
        let article = Article(
            metadata: ArticleMetadata(headline: "Head\u{1B}[2J"),
            blocks: [Block(kind: .headline, text: "Head\u{1B}[2J"), Block(kind: .paragraph, text: "Body")],
            quotes: [Quote(text: "Bod", ranges: [TextRange(block: 1, start: 0, end: 9)], kind: .direct)])
        let violations = HardeningPipeline.check(article)
        #expect(violations.contains { $0.stage == "model" && $0.message.contains("U+001B") })
        #expect(violations.contains { $0.stage == "model" && $0.message.contains("outside block 1") })
        // The renderer must still make the control harmless on screen and in the dump.
        #expect(!violations.contains { $0.stage.hasPrefix("screen") || $0.stage.hasPrefix("dump") })
    }
}

/// Each kind of unusual text of issue 11, alone and inside a generated article, through the
/// whole pipeline: every invariant holds (layout and dump lines never wider than the measure
/// at 1 and 2 columns included).
@Suite("Hardening: unusual text kinds")
struct UnusualTextPipelineTests {
    @Test("each unusual piece alone and inside an article keeps every invariant",
          arguments: HostileInput.unusualText.indices)
    func piece(index: Int) {
        let piece = Array(HostileInput.unusualText[index].utf8)
        var generator = HostileInput(seed: UInt64(100 + index))
        var article = generator.article(maxBytes: 600)
        article.insert(contentsOf: piece, at: generator.next(article.count + 1))
        for bytes in [piece, article] {
            let violations = HardeningPipeline.run(bytes)
            #expect(violations.isEmpty, "piece \(index): \(violations)\ninput: \(bytes)")
        }
    }
}
