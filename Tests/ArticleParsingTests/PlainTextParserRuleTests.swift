import ArticleModel
import ArticleParsing
import Testing

/// The parser's layout rules on small synthetic articles.
struct PlainTextParserRuleTests {
    static func parse(_ text: String) -> Article {
        PlainTextParser().parse(text, source: nil)
    }

    static func kinds(_ article: Article) -> [BlockKind] { article.blocks.map(\.kind) }

    static let longSentence = "The council met on Tuesday and agreed, after a long debate that ran well past midnight, to fund the new ferry."

    @Test(arguments: [
        ("Short Title\n\nBody text.", "Short Title"),
        ("Short Title\nBy Ana Ruiz\n\nBody text.", "Short Title"),
        ("Why Did the Ferry Stop?\n\nBody text.", "Why Did the Ferry Stop?"),
        ("Ferry Returns to the U.S.\n\nBody text.", "Ferry Returns to the U.S."),
        ("  Indented Title  \n\nBody text.", "Indented Title"),
        ("\n\n\nTitle After Blank Lines\n\nBody text.", "Title After Blank Lines"),
        ("Only a Title", "Only a Title"),
        ("Poll: Wealthy Voters Abandon the Harbour Party.\n\nBody text.", "Poll: Wealthy Voters Abandon the Harbour Party."),
        ("Mayor signs the ferry accord.\n\nBody text.", "Mayor signs the ferry accord."),
        ("Ferry crossings resume on Monday, officials in Marlow Bay told reporters after a long night of talks at the hall.\n\nBody.", nil),
        ("Ferry talks fail. Again.\n\nBody text.", nil),
        ("Mayor signs the ferry accord.", nil),
        ("Mayor signs the ferry accord.\nSecond line.\nThird line.", nil),
        ("the first line of a paragraph that\nwraps onto a second line.\n\nBody text.", nil),
        ("• A list item first\n\nBody text.", nil),
        (String(repeating: "word ", count: 45) + "end\n\nBody text.", nil),
        ("", nil),
        ("   \n\t\n", nil),
    ] as [(String, String?)])
    func headline(text: String, expected: String?) {
        let article = Self.parse(text)
        #expect(article.metadata.headline == expected)
        if let expected {
            #expect(article.blocks.first == Block(kind: .headline, text: expected))
        } else {
            #expect(!article.blocks.contains { $0.kind == .headline })
        }
    }

    @Test func blankInputHasNoBlocks() {
        #expect(Self.parse("").blocks.isEmpty)
        #expect(Self.parse("\n\n  \n").blocks.isEmpty)
    }

    @Test func bylineAndDateAreMetadataNotBlocks() {
        let article = Self.parse("Title\n\nBy Ana Ruiz\n\nJune 17, 2021\n\n\(Self.longSentence)")
        #expect(article.metadata.byline == "Ana Ruiz")
        #expect(article.metadata.date == "June 17, 2021")
        #expect(article.blocks == [
            Block(kind: .headline, text: "Title"), Block(kind: .paragraph, text: Self.longSentence),
        ])
    }

    @Test func dateBeforeHeadlineIsMetadata() {
        let article = Self.parse("2021-06-18\nTitle\n\nBody text.")
        #expect(article.metadata.date == "2021-06-18")
        #expect(article.metadata.headline == "Title")
    }

    @Test func lateDateAfterAnEditorsNoteIsAdopted() {
        let article = Self.parse("Title\n\nThis article is awaiting review.\n\nSunday, October 18, 2020\n\n\(Self.longSentence)")
        #expect(article.metadata.date == "Sunday, October 18, 2020")
        #expect(article.blocks.map(\.text) == ["Title", "This article is awaiting review.", Self.longSentence])
    }

    @Test func dateLineDeepInTheBodyStaysText() {
        let body = (1...6).map { "Paragraph \($0) of the story." }.joined(separator: "\n\n")
        let article = Self.parse("Title\n\n\(body)\n\nJune 17, 2021")
        #expect(article.metadata.date == nil)
        #expect(article.blocks.last == Block(kind: .paragraph, text: "June 17, 2021"))
    }

    @Test func secondDateLineStaysInTheBody() {
        let article = Self.parse("Title\nJune 17, 2021\nJune 18, 2021\n\n\(Self.longSentence)")
        #expect(article.metadata.date == "June 17, 2021")
        #expect(article.blocks.map(\.text).contains("June 18, 2021"))
    }

    @Test func placeDatelineIsNotUsedWhenThereIsADateLine() {
        let article = Self.parse("Title\n\nJune 17, 2021\n\nMARLOW BAY, June 18 (Coastline Wire) - The council voted.")
        #expect(article.metadata.date == "June 17, 2021")
    }

    @Test func blankLineParagraphsJoinWrappedLines() {
        let article = Self.parse("Title\n\nOne paragraph\nwrapped over\nthree lines.\n\nSecond one.")
        #expect(article.blocks.map(\.text) == ["Title", "One paragraph wrapped over three lines.", "Second one."])
    }

    @Test func noBlankLinesMeansOneParagraphPerLine() {
        let article = Self.parse("Title\nFirst line.\nSecond line.\nThird line.")
        #expect(article.blocks.map(\.text) == ["Title", "First line.", "Second line.", "Third line."])
        #expect(Self.kinds(article) == [.headline, .paragraph, .paragraph, .paragraph])
    }

    @Test func longLinesInAGroupAreSeparateParagraphs() {
        let text = "Title\n\n\(Self.longSentence)\nShort follow-up.\n\(Self.longSentence)"
        let article = Self.parse(text)
        #expect(article.blocks.map(\.text) == ["Title", Self.longSentence, "Short follow-up.", Self.longSentence])
    }

    @Test func listItems() {
        let article = Self.parse("Title\n\n\(Self.longSentence)\n\n• First item\n- Second item\n* Third item\n  continued here\n· Fourth\n\n\(Self.longSentence)")
        #expect(article.blocks.filter { $0.kind == .listItem }.map(\.text) ==
                ["First item", "Second item", "Third item continued here", "Fourth"])
    }

    @Test func dashesThatAreNotBulletsStayText() {
        let article = Self.parse("Title\n\n\(Self.longSentence)\n\n— Ines Okafor, mayor\n\n-Not a bullet.")
        // Not list items: the text stays. A dash before a name after an ordinary paragraph
        // credits no pull quote, so it stays a paragraph too.
        #expect(article.blocks.suffix(2).map(\.kind) == [.paragraph, .paragraph])
        #expect(article.blocks.suffix(2).map(\.text) == ["— Ines Okafor, mayor", "-Not a bullet."])
    }

    @Test func separatorLinesAreDropped() {
        let article = Self.parse("Title\n\nFirst part.\n\n* * *\n\nSecond part.\n\n---\n\nThird part.")
        #expect(article.blocks.map(\.text) == ["Title", "First part.", "Second part.", "Third part."])
    }

    @Test(arguments: [
        // (text after the headline, expected kinds after the headline)
        ("\(longSentence)\n\nWhat Happens Next\n\n\(longSentence)", [BlockKind.paragraph, .heading, .paragraph]),
        ("What Happens Next\n\n\(longSentence)", [.paragraph, .paragraph]),  // right after the headline
        ("\(longSentence)\n\nWhat Happens Next", [.paragraph, .paragraph]),  // nothing follows
        ("\(longSentence)\n\nFirst Short Line\n\nSecond Short Line", [.paragraph, .paragraph, .paragraph]),
        ("\(longSentence)\n\nthe lower-case line\n\n\(longSentence)", [.paragraph, .paragraph, .paragraph]),
        ("\(longSentence)\n\nIt ended.\n\n\(longSentence)", [.paragraph, .paragraph, .paragraph]),
        ("\(longSentence)\n\nWhat next?\n\n\(longSentence)", [.paragraph, .paragraph, .paragraph]),
    ] as [(String, [BlockKind])])
    func headings(body: String, expected: [BlockKind]) {
        let article = Self.parse("Title\n\n\(body)")
        #expect(Array(Self.kinds(article).dropFirst()) == expected)
    }

    @Test func keywordLineMakesTheNextParagraphACaption() {
        let article = Self.parse("Title\n\n\(Self.longSentence)\n\nHarbour, Ferry, Okafor, Accord\n\nThe mayor signs. Coastline Press Agency\n\n\(Self.longSentence)")
        #expect(article.blocks == [
            Block(kind: .headline, text: "Title"),
            Block(kind: .paragraph, text: Self.longSentence),
            Block(kind: .caption, text: "The mayor signs.", credit: "Coastline Press Agency"),
            Block(kind: .paragraph, text: Self.longSentence),
        ])
    }

    /// A keyword-shaped line followed by an ordinary sentence is text: both stay paragraphs,
    /// whether a blank line separates them, they share a group, or the text is read line by
    /// line.
    @Test(arguments: [
        "Title\n\n\(longSentence)\n\nParis, London, Berlin\n\nThe ministers met in the capital on Monday to discuss the ferry.\n\n\(longSentence)",
        "Title\n\n\(longSentence)\n\nParis, London, Berlin\nThe ministers met in the capital on Monday to discuss the ferry.\n\n\(longSentence)",
        "Title\n\(longSentence)\nParis, London, Berlin\nThe ministers met in the capital on Monday to discuss the ferry.\n\(longSentence)",
    ])
    func keywordShapedLineBeforeAnOrdinarySentenceStaysText(text: String) {
        #expect(Self.parse(text).blocks == [
            Block(kind: .headline, text: "Title"),
            Block(kind: .paragraph, text: Self.longSentence),
            Block(kind: .paragraph, text: "Paris, London, Berlin"),
            Block(kind: .paragraph, text: "The ministers met in the capital on Monday to discuss the ferry."),
            Block(kind: .paragraph, text: Self.longSentence),
        ])
    }

    @Test func keywordLineBeforeAPhotoDescriptionMakesACaptionWithoutCredit() {
        let description = "Ministers from Paris, London and Berlin arrive for talks in Brussels on Monday."
        let article = Self.parse("Title\n\n\(Self.longSentence)\n\nParis, London, Berlin\n\(description)\n\n\(Self.longSentence)")
        #expect(article.blocks == [
            Block(kind: .headline, text: "Title"),
            Block(kind: .paragraph, text: Self.longSentence),
            Block(kind: .caption, text: description, credit: nil),
            Block(kind: .paragraph, text: Self.longSentence),
        ])
    }

    @Test func keywordLineAtTheEndIsDropped() {
        let article = Self.parse("Title\n\n\(Self.longSentence)\n\nHarbour, Ferry, Okafor, Accord")
        #expect(article.blocks.map(\.text) == ["Title", Self.longSentence])
    }

    @Test func labelledCaptionWithoutKeywordLine() {
        let article = Self.parse("Title\n\n\(Self.longSentence)\n\nHarry Lane Image: Dana Vole.\n\nCaption: Crowds on the pier. Photo: Ana Ruiz")
        #expect(article.blocks.suffix(2) == [
            Block(kind: .caption, text: "Harry Lane", credit: "Dana Vole"),
            Block(kind: .caption, text: "Crowds on the pier.", credit: "Ana Ruiz"),
        ])
    }

    @Test func trailingShortLinesWithoutBoilerplateStay() {
        let body = "Title\n\n\(Self.longSentence)\n\nActress at the stand\n\nCrowds in the hall\n\nA stage show for families"
        let article = Self.parse(body)
        #expect(article.blocks.count == 5)
        #expect(article.blocks.last?.text == "A stage show for families")
    }

    @Test func trailingRunStartsAtItsFirstBoilerplateLine() {
        let body = "Title\n\n\(Self.longSentence)\n\nCrowds in the hall\n\nAdvertisement\n\nHarbor Weekly cover\n• Daily crossword\n• Puzzles archive"
        let article = Self.parse(body)
        #expect(article.blocks.map(\.text) == ["Title", Self.longSentence, "Crowds in the hall"])
    }

    @Test func isolatedBoilerplateIsDroppedButMentionsStay() {
        let mention = "Readers with a subscription can listen to the council meeting."
        let article = Self.parse("Title\n\n\(Self.longSentence)\n\nAdvertisement\n\n\(mention)\n\nRead more: Ferry talks\n\n\(Self.longSentence)")
        #expect(article.blocks.map(\.text) == ["Title", Self.longSentence, mention, Self.longSentence])
    }

    /// A sentence that opens with a promotional prefix is a paragraph wherever it stands:
    /// between paragraphs, last, or among the short lines at the end.
    @Test func promotionalPrefixDoesNotCondemnASentence() {
        let sentences = [
            "Read more about the plan in Sunday's edition, the editor said.",
            "Subscribers to the paper's print edition fell by a third, the company said.",
            "Follow-up talks are planned for June.",
        ]
        for sentence in sentences {
            let middle = Self.parse("Title\n\n\(Self.longSentence)\n\n\(sentence)\n\n\(Self.longSentence)")
            #expect(middle.blocks == [
                Block(kind: .headline, text: "Title"), Block(kind: .paragraph, text: Self.longSentence),
                Block(kind: .paragraph, text: sentence), Block(kind: .paragraph, text: Self.longSentence),
            ])
            let last = Self.parse("Title\n\n\(Self.longSentence)\n\n\(sentence)")
            #expect(last.blocks.map(\.text) == ["Title", Self.longSentence, sentence])
            let first = Self.parse("Title\n\n\(sentence)\n\n\(Self.longSentence)")
            #expect(first.blocks.map(\.text) == ["Title", sentence, Self.longSentence])
        }
        // The links themselves still go.
        let links = Self.parse("Title\n\n\(Self.longSentence)\n\nRead more about the plan\n\nFollow us on Twitter.\n\n\(Self.longSentence)")
        #expect(links.blocks.map(\.text) == ["Title", Self.longSentence, Self.longSentence])
    }

    @Test func controlCharactersNeverReachBlocks() {
        let article = Self.parse("Ti\u{1B}]0;x\u{07}tle\r\n\r\nText \u{1B}[31mred\u{1B}[0m and\u{0} \u{85}more.")
        #expect(article.metadata.headline == "Ti\u{241B}]0;x\u{2407}tle")
        #expect(article.blocks.last?.text == "Text \u{241B}[31mred\u{241B}[0m and \u{FFFD}more.")
    }

    @Test(arguments: 0..<25)
    func randomInputGivesCleanBlocks(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(1000 + seed))
        let pieces = ["\n", "\n\n", "\r\n", " ", "• ", "- ", "By Ana Ruiz", "June 17, 2021", "Kim, Jong, Un, Meets",
                      "Advertisement", "Photo: Dana Vole", ". ", "Word", "word", "\"", "\u{1B}", "\t", "\u{0}", "é", "東"]
        var bytes: [UInt8] = []
        for _ in 0..<Int(generator.next() % 200) {
            if generator.next() % 5 == 0 {
                bytes.append(UInt8(truncatingIfNeeded: generator.next()))
            } else {
                bytes += Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8)
            }
        }
        let article = PlainTextParser().parse(TextDecoding.decode(bytes), source: "random")
        for block in article.blocks {
            #expect(!block.text.isEmpty)
            #expect(block.text == block.text.trimmed(), "untrimmed block \(block.text.debugDescription)")
            // The model allows TAB inside a block, and LF between the rows of a table (every
            // row holds a tab); nothing else below U+0020, no DEL, no C1.
            let isTable = block.text.contains("\n")
                && block.text.split(separator: "\n").allSatisfy { $0.contains("\t") }
            #expect(!block.text.unicodeScalars.contains {
                ($0.value < 0x20 && $0 != "\t" && !(isTable && $0 == "\n")) || (0x7F...0x9F).contains($0.value)
            }, "control in \(block.text.debugDescription)")
            if block.kind != .caption { #expect(block.credit == nil) }
        }
        #expect(article.blocks.filter { $0.kind == .headline }.count <= 1)
        if let headline = article.metadata.headline {
            #expect(article.blocks.first == Block(kind: .headline, text: headline))
        }
    }
}
