import ArticleModel
import Foundation
import Testing

/// Ordering and shape of positions and ranges in an article.
struct TextPositionTests {
    @Test(arguments: [
        (TextPosition(block: 0, offset: 5), TextPosition(block: 1, offset: 0), true),
        (TextPosition(block: 1, offset: 0), TextPosition(block: 0, offset: 5), false),
        (TextPosition(block: 2, offset: 3), TextPosition(block: 2, offset: 4), true),
        (TextPosition(block: 2, offset: 4), TextPosition(block: 2, offset: 3), false),
        (TextPosition(block: 2, offset: 4), TextPosition(block: 2, offset: 4), false),
        (TextPosition(block: 0, offset: 99), TextPosition(block: 1, offset: 0), true),
    ])
    func ordersByBlockThenOffset(lhs: TextPosition, rhs: TextPosition, isLess: Bool) {
        #expect((lhs < rhs) == isLess)
    }

    @Test func sortingAListOfPositions() {
        let positions = [
            TextPosition(block: 3, offset: 1), TextPosition(block: 0, offset: 7),
            TextPosition(block: 3, offset: 0), TextPosition(block: 1, offset: 2),
        ]
        #expect(positions.sorted() == [
            TextPosition(block: 0, offset: 7), TextPosition(block: 1, offset: 2),
            TextPosition(block: 3, offset: 0), TextPosition(block: 3, offset: 1),
        ])
    }

    @Test func rangeBoundsAndEmptiness() {
        let range = TextRange(block: 4, start: 2, end: 9)
        #expect(range.lowerBound == TextPosition(block: 4, offset: 2))
        #expect(range.upperBound == TextPosition(block: 4, offset: 9))
        #expect(!range.isEmpty)
        #expect(TextRange(block: 4, start: 3, end: 3).isEmpty)
        #expect(range.lowerBound < range.upperBound)
    }

    @Test func positionsRoundTripThroughJSON() throws {
        let position = TextPosition(block: 2, offset: 17)
        let encoded = try JSONEncoder().encode(position)
        #expect(try JSONDecoder().decode(TextPosition.self, from: encoded) == position)
    }
}
