import ArticleModel
import Foundation
import Testing
@testable import ArticleAnalysis

/// Acceptance on the project's real seed article, read from `../shared/seeds/` next to the
/// package (not part of the repository; skipped without it). Every quotation was checked by
/// hand: text, kind, cue, mention and speaker.
@Suite("Quote extractor: seed article")
struct QuoteExtractorSeedTests {
    static let seedPath: String = {
        // Tests/ArticleAnalysisTests/<this file> -> package root -> ../shared/seeds/...
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_869092543336c47f.txt").path
    }()

    static let seedIsPresent = FileManager.default.isReadableFile(atPath: seedPath)

    /// The seed by simple splitting (this target does not depend on the parser): the first
    /// line is the headline; an image keyword line ("A, B, C, D") is dropped and the line
    /// after it is a caption; "•" lines are list items; other lines are paragraphs.
    static func article() throws -> Article {
        let text = try String(contentsOfFile: seedPath, encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var blocks: [Block] = []
        var captionNext = false
        for (index, line) in lines.enumerated() {
            if index == 0 {
                blocks.append(Block(kind: .headline, text: line))
            } else if line.contains(", "), !line.contains("."), line.split(separator: ",").count >= 4 {
                captionNext = true
            } else if line.hasPrefix("\u{2022}") {
                blocks.append(Block(kind: .listItem, text: line.dropFirst().trimmingCharacters(in: .whitespaces)))
            } else {
                blocks.append(Block(kind: captionNext ? .caption : .paragraph, text: line))
                captionNext = false
            }
        }
        return Article(metadata: ArticleMetadata(headline: lines.first), blocks: blocks)
    }

    struct Expected: Sendable {
        var start: String
        var kind: QuoteKind
        var cue: String?
        var mention: String?
        var speaker: String?
    }

    static let expected: [Expected] = [
        Expected(start: "Should Be Valued", kind: .partial, cue: "says", mention: "China", speaker: "China"),
        Expected(start: "the situation on the Korean Peninsula is at a critical stage", kind: .partial, cue: "told",
                 mention: "Zhao Lijian", speaker: "Zhao Lijian"),
        Expected(start: "All relevant sides should jointly", kind: .direct, cue: "said", mention: "Zhao", speaker: "Zhao Lijian"),
        Expected(start: "The legitimate and reasonable concerns", kind: .direct, cue: "said", mention: "Zhao", speaker: "Zhao Lijian"),
        Expected(start: "We encourage all sides", kind: .direct, cue: "said", mention: "Zhao", speaker: "Zhao Lijian"),
        Expected(start: "We hope the DPRK and the U.S.", kind: .direct, cue: "said", mention: "Zhao", speaker: "Zhao Lijian"),
        Expected(start: "made detailed analysis of the policy", kind: .partial, cue: "reported",
                 mention: "Korean Central News Agency", speaker: "Korean Central News Agency"),
        Expected(start: "The General Secretary stressed the need", kind: .direct, cue: "said", mention: "the report",
                 speaker: "Korean Central News Agency"),
        Expected(start: "especially to get fully prepared", kind: .direct, cue: "said", mention: "the report",
                 speaker: "Korean Central News Agency"),
        Expected(start: "Clarifying the foreign policy stand", kind: .direct, cue: "said", mention: "the report",
                 speaker: "Korean Central News Agency"),
        Expected(start: "the General Secretary called for", kind: .direct, cue: "said", mention: "the report",
                 speaker: "Korean Central News Agency"),
        Expected(start: "hostile policy", kind: .scare, cue: nil, mention: nil, speaker: nil),
        Expected(start: "choose to escalate, we will respond accordingly,", kind: .partial, cue: "said", mention: "Biden",
                 speaker: "Joe Biden"),
        Expected(start: "also prepared for some form of diplomacy", kind: .partial, cue: "said", mention: "Biden",
                 speaker: "Joe Biden"),
        Expected(start: "conditioned upon the end result", kind: .partial, cue: "said", mention: "Biden", speaker: "Joe Biden"),
        Expected(start: "diplomacy, as well as stern deterrence.", kind: .partial, cue: "said", mention: "he", speaker: "Joe Biden"),
        Expected(start: "goal remains the complete denuclearization", kind: .partial, cue: "said", mention: "She",
                 speaker: "Jen Psaki"),
        Expected(start: "Our policy will not focus", kind: .direct, cue: "said", mention: "Psaki", speaker: "Jen Psaki"),
        Expected(start: "Our policy calls for a calibrated", kind: .direct, cue: "said", mention: "Psaki", speaker: "Jen Psaki"),
        Expected(start: "discussed the United States' comprehensive", kind: .partial, cue: "according to",
                 mention: "a State Department readout", speaker: "State Department"),
        Expected(start: "also exchanged views on other issues of common concern,", kind: .partial, cue: "according to",
                 mention: "the Chinese side", speaker: "Chinese Foreign Ministry"),
        Expected(start: "It is the aspiration and desire", kind: .direct, cue: "was cited as saying", mention: "Kim",
                 speaker: "Kim Jong Un"),
        Expected(start: "a new stage of development", kind: .partial, cue: "describing", mention: "Kim", speaker: "Kim Jong Un"),
        Expected(start: "meet with other senior ROK officials", kind: .partial, cue: nil, mention: nil, speaker: nil),
        Expected(start: "All the participants in the meeting took a firm pledge", kind: .direct, cue: "reported",
                 mention: "KCNA", speaker: "Korean Central News Agency"),
    ]

    @Test("every quotation of the seed, with kind, cue, mention and speaker", .enabled(if: seedIsPresent, "seed article not present"))
    func everyQuotation() throws {
        let article = try Self.article()
        let quotes = QuoteExtractor().extract(from: article)
        #expect(quotes.count == Self.expected.count)
        for (quote, expected) in zip(quotes, Self.expected) {
            #expect(quote.text.hasPrefix(expected.start), "\(quote.text)")
            #expect(quote.kind == expected.kind, "\(expected.start)")
            #expect(quote.cue == expected.cue, "\(expected.start)")
            #expect(quote.speakerMention == expected.mention, "\(expected.start)")
            #expect(quote.speaker == expected.speaker, "\(expected.start)")
        }
    }

    @Test("the seed's ranges hold exactly the quoted words", .enabled(if: seedIsPresent, "seed article not present"))
    func ranges() throws {
        let article = try Self.article()
        for quote in QuoteExtractor().extract(from: article) {
            let parts = quote.ranges.map { QuoteExtractorFixture.text(of: $0, in: article) }
            #expect(parts.joined(separator: " ") == quote.text)
            if let range = quote.speakerMentionRange {
                #expect(QuoteExtractorFixture.text(of: range, in: article) == quote.speakerMention)
            }
        }
    }

    @Test("the headline's single-quoted words and the caption's quotation", .enabled(if: seedIsPresent, "seed article not present"))
    func headlineAndCaption() throws {
        let article = try Self.article()
        let quotes = QuoteExtractor().extract(from: article)
        #expect(quotes.first?.ranges.first?.block == 0)
        let captions = Set(article.blocks.indices.filter { article.blocks[$0].kind == .caption })
        #expect(captions.count == 2)
        let inCaptions = quotes.filter { captions.contains($0.ranges.first?.block ?? -1) }
        #expect(inCaptions.count == 1)
        #expect(inCaptions.first?.speaker == "Korean Central News Agency")
    }
}
