import ArticleModel
import ReaderTestSupport
import Testing
@testable import ReaderUI

/// Mentions of two entities may overlap (a place named inside an organization's name): the
/// article pane paints each selected entity's mentions on exactly their cells.
@Suite("Named entities in the reader: overlapping mentions")
struct NestedMentionRenderTests {
    private static let text = "Staff of the Harbour Institute of Calder met in Calder on Monday."

    private static func article() -> Article {
        let blocks = [Block(kind: .headline, text: "Institute Meets"), Block(kind: .paragraph, text: text)]
        func mention(_ needle: String, occurrence: Int = 0) -> Mention {
            let range = EntityArticle.range(of: needle, in: text, block: 1, occurrence: occurrence)
                ?? TextRange(block: 1, start: 0, end: 0)
            return Mention(range: range, text: needle)
        }
        let entities = [
            Entity(name: "Harbour Institute of Calder", kind: .organization, mentions: [mention("Harbour Institute of Calder")]),
            Entity(name: "Calder", kind: .place, mentions: [mention("Calder"), mention("Calder", occurrence: 1)]),
        ]
        return Article(metadata: ArticleMetadata(headline: "Institute Meets"), blocks: blocks, entities: entities)
    }

    /// The columns of the `occurrence`-th `needle` on `row` (one cell a character here: ASCII).
    private func columns(of needle: String, in line: String, occurrence: Int = 0) -> Range<Int>? {
        var from = line.startIndex
        var seen = 0
        while let found = line.range(of: needle, range: from..<line.endIndex) {
            if seen == occurrence {
                let start = line.distance(from: line.startIndex, to: found.lowerBound)
                return start..<(start + needle.count)
            }
            seen += 1
            from = found.upperBound
        }
        return nil
    }

    @Test("the nested place and the outer name each highlight exactly their own cells")
    func overlapping() throws {
        let marks: [StyleRole] = [.currentMatch, .selectedMention]
        for (entity, needles) in [(1, [("Calder", 0), ("Calder", 1)]), (0, [("Harbour Institute of Calder", 0)])] {
            var state = ReaderState(article: Self.article(), rows: 20, columns: 60)
            state.selection = .entity(entity, mention: nil)
            _ = state.handle(.key(.character("]")))
            let buffer = ReaderView.render(state)
            let row = try #require(buffer.textLines.firstIndex { $0.contains("Harbour Institute") })
            let line = buffer.textLines[row]
            var expected = Set<Int>()
            for (needle, occurrence) in needles {
                let cells = try #require(columns(of: needle, in: line, occurrence: occurrence))
                #expect(cells.allSatisfy { marks.contains(buffer[row, $0].role) }, "\(needle)")
                expected.formUnion(cells)
            }
            let articleColumns = state.geometry.articleColumns
            let marked = Set((0..<articleColumns).filter { marks.contains(buffer[row, $0].role) })
            #expect(marked == expected)
        }
    }
}
