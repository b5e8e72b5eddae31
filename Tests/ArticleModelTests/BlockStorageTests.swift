import ArticleModel
import Testing

/// A block is kept small (articles of very many tiny blocks hold one per paragraph), and its
/// level still reads back as it was given.
struct BlockStorageTests {
    @Test(arguments: [
        (Int?.none, Int?.none), (0, 0), (1, 1), (6, 6), (-3, nil), (Int.max, Int(Int32.max)),
    ])
    func levelRoundTrip(given: Int?, expected: Int?) {
        var block = Block(kind: .heading, text: "Tides", level: given)
        #expect(block.level == expected)
        block.level = 2
        #expect(block.level == 2)
        block.level = nil
        #expect(block.level == nil)
        #expect(block == Block(kind: .heading, text: "Tides"))
    }

    @Test func blockIsFortyBytes() {
        // kind (1) + text (16) + credit (16) + level (4), aligned: 40 bytes, down from 56.
        #expect(MemoryLayout<Block>.stride == 40)
    }
}
