import ArticleModel
import Foundation
import Testing
@testable import ArticleAnalysis

/// An evaluation on real published news: the PolNeAR development articles in
/// `../shared/dev-corpus/quotes-polnear-dev` (outside the repository; skipped without them).
/// It prints precision, recall and F1 and never fails on the figures.
///
/// Gold: brat `Content` spans linked to a `Source` span. A content counts as quoted (a gold
/// quotation) when it holds a double quotation mark or guillemet, or an opening mark stands
/// right before it or a closing mark right after it on its line. Detection: a predicted
/// quotation matches a content when they overlap by at least half of the shorter; precision
/// counts predictions (scare quotes left out) that match any content, recall counts quoted
/// contents matched by a prediction. Speaker: for each quoted content with a source, the
/// best-overlapping prediction's mention and speaker share a word with the source text
/// (lenient: "she" vs "Warren" counts as wrong even when Warren is right).
@Suite("Quote extractor: PolNeAR development figures")
struct QuoteExtractorPolnearTests {
    static let corpus: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/dev-corpus/quotes-polnear-dev").path
    }()

    static let corpusIsPresent = FileManager.default.fileExists(atPath: corpus + "/attributions")

    private struct Span {
        var fragments: [(start: Int, end: Int)]
        var source: String?
        var quoted: Bool
        var length: Int { fragments.reduce(0) { $0 + $1.end - $1.start } }
    }

    private struct Counts {
        var predicted = 0, predictedRight = 0, gold = 0, goldFound = 0
        var speakerGold = 0, speakerPredicted = 0, speakerRight = 0
    }

    @Test("detection and speaker figures", .enabled(if: corpusIsPresent, "PolNeAR development set not present"))
    func figures() throws {
        var counts = Counts()
        var seen = Set<String>()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus + "/attributions").sorted()
        for file in files where file.hasSuffix(".ann") {
            // One annotation file per article (some have two annotators).
            guard let underscore = file.lastIndex(of: "_") else { continue }
            let base = String(file[..<underscore])
            guard seen.insert(base).inserted else { continue }
            let text = try String(contentsOfFile: Self.corpus + "/text/" + base + ".txt", encoding: .utf8)
            let annotation = try String(contentsOfFile: Self.corpus + "/attributions/" + file, encoding: .utf8)
            evaluate(text: text, annotation: annotation, into: &counts)
        }
        func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        func f1(_ precision: Double, _ recall: Double) -> Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        let precision = ratio(counts.predictedRight, counts.predicted)
        let recall = ratio(counts.goldFound, counts.gold)
        let speakerPrecision = ratio(counts.speakerRight, counts.speakerPredicted)
        let speakerRecall = ratio(counts.speakerRight, counts.speakerGold)
        print(String(
            format: "PolNeAR dev, %d articles: detection P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f; speaker P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f",
            seen.count, precision, counts.predictedRight, counts.predicted, recall, counts.goldFound, counts.gold,
            f1(precision, recall), speakerPrecision, counts.speakerRight, counts.speakerPredicted, speakerRecall,
            counts.speakerRight, counts.speakerGold, f1(speakerPrecision, speakerRecall)))
        #expect(counts.gold > 0)
    }

    private func evaluate(text: String, annotation: String, into counts: inout Counts) {
        let scalars = Array(text.unicodeScalars)
        // Blocks: the title line, then every non-blank line; offsets map back to the file.
        var blocks: [Block] = []
        var offsets: [Int] = []
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            let line = scalars[lineStart..<index]
            if line.contains(where: { !$0.properties.isWhitespace }) {
                blocks.append(Block(kind: blocks.isEmpty ? .headline : .paragraph, text: String(String.UnicodeScalarView(line))))
                offsets.append(lineStart)
            }
            lineStart = index + 1
        }
        let quotes = QuoteExtractor().extract(from: Article(blocks: blocks))
        let spans = goldSpans(annotation, scalars: scalars)
        func overlap(_ quote: Quote, _ span: Span) -> Int? {
            var shared = 0
            var length = 0
            for range in quote.ranges {
                let start = offsets[range.block] + range.start
                let end = offsets[range.block] + range.end
                length += end - start
                for fragment in span.fragments { shared += max(0, min(end, fragment.end) - max(start, fragment.start)) }
            }
            return shared > 0 && 2 * shared >= min(length, span.length) ? shared : nil
        }
        for quote in quotes where quote.kind != .scare {
            counts.predicted += 1
            if spans.contains(where: { overlap(quote, $0) != nil }) { counts.predictedRight += 1 }
        }
        for span in spans where span.quoted {
            counts.gold += 1
            var best: (quote: Quote, shared: Int)?
            for quote in quotes where quote.kind != .scare {
                if let shared = overlap(quote, span), shared > (best?.shared ?? 0) { best = (quote, shared) }
            }
            if best != nil { counts.goldFound += 1 }
            guard let source = span.source else { continue }
            counts.speakerGold += 1
            guard let quote = best?.quote else { continue }
            let predicted = [quote.speakerMention, quote.speaker].compactMap { $0 }.joined(separator: " ")
            guard !predicted.isEmpty else { continue }
            counts.speakerPredicted += 1
            if !words(source).isDisjoint(with: words(predicted)) { counts.speakerRight += 1 }
        }
    }

    private func words(_ text: String) -> Set<String> {
        let ignored: Set<String> = ["the", "a", "an", "of", "s", "and", "in", "for", "to"]
        return Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !ignored.contains($0) })
    }

    /// Content spans with their source text, from the brat standoff `annotation`.
    private func goldSpans(_ annotation: String, scalars: [Unicode.Scalar]) -> [Span] {
        var textBounds: [String: (label: String, fragments: [(start: Int, end: Int)], text: String)] = [:]
        var links: [(content: String, source: String?)] = []
        for line in annotation.split(separator: "\n") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns[0].hasPrefix("T"), columns.count >= 3, let space = columns[1].firstIndex(of: " ") {
                let fragments = columns[1][columns[1].index(after: space)...].split(separator: ";").compactMap { fragment -> (start: Int, end: Int)? in
                    let bounds = fragment.split(separator: " ").compactMap { Int($0) }
                    return bounds.count == 2 ? (bounds[0], bounds[1]) : nil
                }
                textBounds[columns[0]] = (String(columns[1][..<space]), fragments, columns[2])
            } else if columns[0].hasPrefix("E"), columns.count >= 2 {
                var content: String?
                var source: String?
                for argument in columns[1].split(separator: " ") {
                    let pair = argument.split(separator: ":")
                    guard pair.count == 2 else { continue }
                    if pair[0] == "Content" { content = String(pair[1]) }
                    if pair[0] == "Source" { source = String(pair[1]) }
                }
                if let content { links.append((content, source)) }
            }
        }
        let doubleMarks: Set<UInt32> = [0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB]
        let opening: Set<UInt32> = [0x22, 0x201C, 0x201E, 0xAB, 0x2018]
        let closing: Set<UInt32> = [0x22, 0x201D, 0xBB, 0x2019]
        var spans: [Span] = []
        for link in links {
            guard let content = textBounds[link.content], content.label == "Content",
                  let first = content.fragments.first, let last = content.fragments.last else { continue }
            var quoted = content.text.unicodeScalars.contains { doubleMarks.contains($0.value) }
            var index = first.start - 1
            var steps = 0
            while !quoted, index >= 0, steps < 3, scalars[index] != "\n" {
                if opening.contains(scalars[index].value) { quoted = true }
                if !scalars[index].properties.isWhitespace { steps += 1 }
                index -= 1
            }
            index = last.end
            steps = 0
            while !quoted, index < scalars.count, steps < 3, scalars[index] != "\n" {
                if closing.contains(scalars[index].value),
                   index + 1 == scalars.count || !scalars[index + 1].properties.isAlphabetic { quoted = true }
                if !scalars[index].properties.isWhitespace { steps += 1 }
                index += 1
            }
            spans.append(Span(fragments: content.fragments, source: link.source.flatMap { textBounds[$0]?.text }, quoted: quoted))
        }
        return spans
    }
}
