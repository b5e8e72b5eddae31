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

    @Test func blockIsThirtyTwoBytes() {
        // kind (1) + level (4) in the first 8 bytes, text (16), credit behind one reference
        // (8): 32 bytes, down from 56 and then 40.
        #expect(MemoryLayout<Block>.stride == 32)
    }

    @Test("a credit reads back as given, and changing it on a copy leaves the original")
    func creditRoundTrip() {
        var caption = Block(kind: .caption, text: "The ferry at dawn.", credit: "Mira Tolland / Harbour Post")
        #expect(caption.credit == "Mira Tolland / Harbour Post")
        let original = caption
        caption.credit = "Ines Varga"
        #expect(caption.credit == "Ines Varga")
        #expect(original.credit == "Mira Tolland / Harbour Post")
        #expect(caption != original)
        caption.credit = nil
        #expect(caption.credit == nil)
        #expect(caption == Block(kind: .caption, text: "The ferry at dawn."))
        #expect(Block(kind: .caption, text: "A", credit: "B") == Block(kind: .caption, text: "A", credit: "B"))
    }
}
