import ArticleAnalysis
import ArticleMarkdown
import ArticleModel
import ArticleParsing
import Testing

/// The fixture posts produce the expected model: every construct of a Markdown post (front
/// matter, figures, links, quotes, lists, tables, code, footnotes, template tags, raw HTML),
/// hostile HTML inside Markdown, and a post whose title is its first heading.
@Suite("Markdown fixture posts")
struct MarkdownFixtureTests {
    @Test("a post with every construct gives the expected blocks")
    func everyConstruct() throws {
        let article = try MarkdownFixtures.article("harbour-ferry-post")
        #expect(MarkdownFixtures.shape(article) == [
            "headline: Ferry timetable “rewritten” for the three harbours",
            "paragraph: The harbour board of Brill published a shared timetable on Monday, said Mira Castell, its director.",
            "caption: The morning ferry leaves Brill. [Jon Harte]",
            "paragraph: \"We have waited long enough for this,\" Castell said. See the notes and write to us.",
            "caption: The new quay at Skerry",
            "caption: A map of the three routes",
            "heading2: What changes",
            "blockquote: \"Nobody should wait an hour in the rain,\" said Pia Lund, a ferry captain.",
            "blockquote: She has sailed the route for twelve years.",
            "list-item1: Morning sailings move to 06:40",
            "list-item2: Weekend sailings stay as they are",
            "list-item1: Evening sailings end at 22:10",
            "list-item1: 1. Buy a pass",
            "list-item1: 2. Board the ferry",
            "list-item1: ☑ Publish the timetable",
            "list-item1: ☐ Print the posters",
            "table: Route | Sailings\nBrill – Skerry | 12\nSkerry – Vane | 8 9",
            "code: print(\"said the captain, quoted in code\")\nOwner = \"Harriet Quill\"",
            "code: puts \"Harriet Quill\"",
            "paragraph: The fares stay the same¹, and www.coastline.example has the details.",
            "caption: Vane harbour at dusk. [Ola Berg]",
            "paragraph: The board meets again in June.",
            "paragraph: ¹ Fares were last changed in 2021.",
        ])
    }

    @Test("front matter gives the metadata and never shows")
    func frontMatter() throws {
        let metadata = try MarkdownFixtures.article("harbour-ferry-post").metadata
        #expect(metadata.format == .markdown)
        #expect(metadata.headline == "Ferry timetable “rewritten” for the three harbours")
        #expect(metadata.authors == ["Ana Ruiz", "Tom Bell"])
        #expect(metadata.byline == "Ana Ruiz and Tom Bell")
        #expect(metadata.date == "2024-05-06 09:30:00 +0200")
        #expect(metadata.published == "2024-05-06T09:30:00+02:00")
        #expect(metadata.description == "The harbour board publishes a shared timetable.")
        #expect(metadata.tags == ["transport", "harbours"])
        #expect(metadata.url == "https://coastline.example/posts/ferry-timetable")
    }

    @Test("links become numbered references: web targets only, root-relative resolved")
    func links() throws {
        let article = try MarkdownFixtures.article("harbour-ferry-post")
        let linked = article.links.map { link -> String in
            let text = article.blocks[link.range.block].text.unicodeScalars
            let start = text.index(text.startIndex, offsetBy: link.range.start)
            let end = text.index(text.startIndex, offsetBy: link.range.end)
            return String(String.UnicodeScalarView(text[start..<end])) + " -> " + link.url
        }
        #expect(linked == [
            "Brill -> https://brill.example/board",
            "the notes -> https://coastline.example/notes",
            "www.coastline.example -> http://www.coastline.example",
        ])
    }

    @Test("quotes and entities run on the post; block quotes are quotes; code is never analysed")
    func analysis() throws {
        let article = try MarkdownFixtures.article("harbour-ferry-post").analysed()
        let quotes = article.quotes.map { ($0.text, $0.speaker) }
        #expect(quotes.contains { $0.0 == "We have waited long enough for this," && $0.1 == "Mira Castell" })
        #expect(quotes.contains { $0.0 == "Nobody should wait an hour in the rain," && $0.1 == "Pia Lund" })
        let codeBlocks = Set(article.blocks.indices.filter { article.blocks[$0].kind == .code })
        #expect(codeBlocks.count == 2)
        #expect(article.quotes.allSatisfy { $0.ranges.allSatisfy { !codeBlocks.contains($0.block) } })
        #expect(article.entities.allSatisfy { $0.mentions.allSatisfy { !codeBlocks.contains($0.range.block) } })
        #expect(!article.entities.contains { $0.name.contains("Quill") })
        #expect(article.entities.contains { $0.name == "Pia Lund" && $0.kind == .person })
    }

    @Test("hostile HTML inside Markdown: no markup, no script or style text, no controls")
    func hostile() throws {
        let article = try MarkdownFixtures.article("hostile-post")
        #expect(MarkdownFixtures.shape(article) == [
            "headline: Harbour board meeting",
            "paragraph: Intro text before the heading.",
            "paragraph: The board met on Tuesday and voted.",
            "paragraph: Escape ␛[31m codes and \u{FFFD}2J stay inert. <scrThe vote passed.",
            "paragraph: Deep bold words.",
            "caption: A broken image",
            "paragraph: Unclosed <em tag at the end",
        ])
        // Broken YAML front matter is hidden and gives no metadata.
        #expect(article.metadata.authors.isEmpty)
        #expect(article.links.isEmpty, "a javascript: target is never a link")
        for block in article.blocks {
            #expect(!MarkdownFixtures.hasControls(block.text))
            for banned in ["injected", "alert", "color:", "hidden comment", "tracking", "Your browser", "steal"] {
                #expect(!block.text.contains(banned), "\(banned) in \(block.text)")
            }
        }
    }

    @Test("without front matter the first level-1 heading is the headline; a byline paragraph is the byline")
    func headingTitle() throws {
        let article = try MarkdownFixtures.article("heading-title-note")
        #expect(MarkdownFixtures.shape(article) == [
            "headline: Notes from the coastal survey",
            "paragraph: The survey boat left at dawn with four scientists on board.",
            "heading2: Findings",
            "paragraph: Salt marsh grew by a tenth since the last survey.",
        ])
        #expect(article.metadata.byline == "Lena Ostrova and Piet Maas")
        #expect(article.metadata.authors == ["Lena Ostrova", "Piet Maas"])
    }
}
