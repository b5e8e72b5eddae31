import ArticleAnalysis
import ArticleModel
import ArticleParsing
import HardeningSupport
import ReaderUI
import TerminalText
import Testing

/// Hostile bytes in every part of an article: terminal escape sequences (CSI, OSC, DCS),
/// C1 controls, bidi controls, invalid UTF-8 and NUL. The decoder turns controls into
/// visible, inert pictures (`TextDecoding`), the model keeps bidi controls as text, and the
/// renderer drops them from cells (`CellText`), so nothing in an article can drive the
/// terminal or reorder the screen. Decoding tables themselves are in `TextDecodingTests`,
/// cell sanitising in `CellTextTests`, escapes shown in a real terminal in
/// `HostileSessionTests`; this suite runs whole articles through the whole pipeline.
@Suite("Hardening: hostile text through the whole pipeline")
struct HostileTextTests {
    static let esc = "\u{1B}"

    /// A fictional article with an escape sequence or C1 control in the headline, byline,
    /// body, a quotation and its speaker, a caption and its credit.
    static let escapeArticle: String = {
        let e = esc
        return """
            Harbour \(e)]0;owned\u{07}Board \(e)[2JVotes on the Night Ferry

            By Mira \(e)[31mCastellanos

            Thursday, March 12, 2026

            "We will sail \(e)Pq#0;2;0;0;0\(e)\\ at dawn," said Ines Varga\(e)[0m\u{9B}31m, who chairs the board.

            The board said the vote was \(e)[?1049lclose and \u{9D}0;t\u{9C}final.

            Ferry, Harbour, Night
            The last ferry \(e)]8;;http://example.invalid/\(e)\\leaves the port. Photo: Bo \(e)[5mLind / Coastal Trust

            """
    }()

    private func parse(_ bytes: [UInt8]) -> Article {
        HardeningPipeline.analyse(PlainTextParser().parse(TextDecoding.decode(bytes), source: "test"))
    }

    private func allModelText(_ article: Article) -> [String] {
        let meta = article.metadata
        return [meta.headline, meta.byline, meta.date].compactMap { $0 }
            + article.blocks.flatMap { [$0.text] + ($0.credit.map { [$0] } ?? []) }
            + article.quotes.flatMap { [$0.text, $0.speaker, $0.speakerMention, $0.cue].compactMap { $0 } }
            + article.entities.flatMap { [$0.name, $0.role].compactMap { $0 } + $0.aliases + $0.mentions.map(\.text) }
    }

    @Test("escape sequences and C1 controls in headline, byline, body, quote, speaker, caption and credit")
    func escapesEverywhere() throws {
        let article = parse(Array(Self.escapeArticle.utf8))
        for text in allModelText(article) {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) }, "\(text.debugDescription)")
        }
        #expect(article.metadata.headline?.contains("␛]0;owned␇Board ␛[2JVotes") == true, "\(String(describing: article.metadata.headline))")
        let caption = try #require(article.blocks.first { $0.kind == .caption })
        #expect(caption.text.contains("␛]8;;http://example.invalid/␛\\leaves"))
        #expect(caption.credit?.contains("␛[5mLind") == true, "\(String(describing: caption.credit))")
        let quote = try #require(article.quotes.first)
        #expect(quote.text.contains("␛Pq#0;2;0;0;0␛\\"))
        #expect(quote.speaker != nil, "the speaker is still found next to an escape sequence")
        #expect(HardeningPipeline.check(article).isEmpty, "\(HardeningPipeline.check(article))")

        // On screen (with the quotes sidebar docked at 130 columns): pictures, no ESC.
        let state = ReaderState(article: article, rows: 40, columns: 130)
        let buffer = ReaderView.render(state)
        #expect(HardeningPipeline.screenViolations(buffer).isEmpty)
        let screen = buffer.trimmedText
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B })
        #expect(screen.contains("␛[2JVotes"), "\(screen)")
        #expect(screen.contains("Quotes ("), "\(screen)")
    }

    @Test("the same bytes as a whole pipeline run keep every invariant")
    func escapeArticlePipeline() {
        #expect(HardeningPipeline.run(Array(Self.escapeArticle.utf8)).isEmpty)
    }

    @Test("bidi overrides and isolates stay in the model, are shown as ⇄ in cells and the dump, never obeyed")
    func bidiControls() throws {
        let text = "Bidi Test Headline\n\nThe minister wrote \u{202E}lanif si siht\u{202C} and \u{2067}\u{05E9}\u{05DC}\u{05D5}\u{05DD}\u{2069} on \u{200F}Monday.\n"
        let article = parse(Array(text.utf8))
        let body = try #require(article.blocks.last)
        #expect(body.text.unicodeScalars.contains("\u{202E}"), "the model keeps bidi controls as text")
        #expect(body.text.unicodeScalars.contains("\u{2067}"))
        let buffer = ReaderView.render(ReaderState(article: article, rows: 24, columns: 80))
        #expect(HardeningPipeline.screenViolations(buffer).isEmpty)
        // Shown, not obeyed: each bidi control is painted as the visible stand-in ⇄ U+21C4
        // (`CellText.bidiStandIn`, one column), so the overridden run stays in its logical
        // (stored) order and no bidi control is left for the terminal to apply.
        let screen = buffer.trimmedText
        #expect(screen.contains("wrote \u{21C4}lanif si siht\u{21C4} and \u{21C4}\u{05E9}\u{05DC}\u{05D5}\u{05DD}\u{21C4} on \u{21C4}Monday."), "\(screen)")
        for scalar in screen.unicodeScalars {
            #expect(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value) && scalar.value != 0x200F)
        }
        let dump = HardeningPipeline.dumpLines(of: article, width: 80).joined(separator: "\n")
        #expect(dump.contains("wrote \u{21C4}lanif si siht\u{21C4} and"))
        #expect(!dump.unicodeScalars.contains("\u{202E}"))
    }

    @Test("invalid UTF-8 and NUL bytes: replacement characters, NUL removed, every invariant kept")
    func invalidUTF8AndNUL() throws {
        // One NUL per 100 bytes or fewer: more, and loading refuses the file as binary
        // (`ArticleInput.check`, tested in `ArticleInputTests`).
        var bytes = Array("Head".utf8) + [0xFF] + Array("line\n\nBody ".utf8) + [0x00]
        bytes += Array("with".utf8) + [0xC0, 0xAF] + Array(" bad and ".utf8) + [0xED, 0xA0, 0x80]
        bytes += Array(" a surrogate, ".utf8) + [0xE2, 0x82] + Array(" cut, \"quoted ".utf8) + [0xF0, 0x9F, 0x98]
        bytes += Array("\" said Ines Varga.\n".utf8) + [0x00, 0xF4, 0x90, 0x80, 0x80]
        bytes += Array(String(repeating: "The harbour office said the tide tables were revised. ", count: 4).utf8)
        #expect(throws: Never.self) { try ArticleInput.check(bytes, input: "test") }
        let article = parse(bytes)
        #expect(article.metadata.headline == "Head\u{FFFD}line")
        let body = try #require(article.blocks.dropFirst().first)
        #expect(body.text.hasPrefix("Body with\u{FFFD}\u{FFFD} bad"), "\(body.text.debugDescription)")
        #expect(!allModelText(article).contains { $0.unicodeScalars.contains("\u{0}") })
        #expect(HardeningPipeline.run(bytes).isEmpty, "\(HardeningPipeline.run(bytes))")
    }

    @Test("mixed scripts in one paragraph: wide cells take two columns, nothing breaks")
    func mixedScripts() throws {
        let text = """
            Mixed Scripts at the Harbour Festival

            "\u{6771}\u{4EAC}\u{306E}\u{8239}\u{306F}\u{591C}\u{306B}\u{51FA}\u{308B}," said Joon Park, reading the notice aloud in \u{D55C}\u{AD6D}\u{C5B4}, \u{0627}\u{0644}\u{0639}\u{0631}\u{0628}\u{064A}\u{0629}, \u{05E2}\u{05D1}\u{05E8}\u{05D9}\u{05EA}, \u{0928}\u{092E}\u{0938}\u{094D}\u{0924}\u{0947}, \u{0E2A}\u{0E27}\u{0E31}\u{0E2A}\u{0E14}\u{0E35} and \u{0395}\u{03BB}\u{03BB}\u{03B7}\u{03BD}\u{03B9}\u{03BA}\u{03AC} \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} \u{1F1EB}\u{1F1F7} \u{1F44D}\u{1F3FD} cafe\u{301} \u{FF21}\u{FF22}\u{FF23}.

            """
        let article = parse(Array(text.utf8))
        #expect(article.quotes.count == 1)
        #expect(HardeningPipeline.check(article).isEmpty, "\(HardeningPipeline.check(article))")
        let buffer = ReaderView.render(ReaderState(article: article, rows: 24, columns: 80))
        let wide = buffer.cells.filter { $0.grapheme == "\u{6771}" }
        #expect(!wide.isEmpty && wide.allSatisfy { $0.width == 2 })
        for width in [80, 33, 7] {
            for line in HardeningPipeline.dumpLines(of: article, width: width) where line.count > 1 {
                #expect(DisplayWidth.of(line) <= width, "\(line)")
            }
        }
    }
}
