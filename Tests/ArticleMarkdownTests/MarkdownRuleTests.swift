import ArticleMarkdown
import Foundation
import ArticleModel
import ArticleParsing
import Testing

/// Rules of the Markdown parser one at a time, on posts written here.
@Suite("Markdown rules")
struct MarkdownRuleTests {
    static func shape(_ markdown: String, source: String = "post.md") -> [String] {
        MarkdownFixtures.shape(MarkdownFixtures.parse(markdown, source: source))
    }

    @Test("authors: a string, a list, mappings with a name; byline joins them")
    func authors() {
        let one = MarkdownFixtures.parse("---\nauthor: Ana Ruiz\n---\nText.\n").metadata
        #expect(one.authors == ["Ana Ruiz"])
        #expect(one.byline == "Ana Ruiz")
        let three = MarkdownFixtures.parse("---\nauthors: [Ana Ruiz, {name: Tom Bell}, Pia Lund]\n---\nText.\n").metadata
        #expect(three.authors == ["Ana Ruiz", "Tom Bell", "Pia Lund"])
        #expect(three.byline == "Ana Ruiz, Tom Bell and Pia Lund")
    }

    @Test("dates: as written and as ISO 8601; the file name's date when the front matter has none", arguments: [
        ("2021-06-18", "2021-06-18"),
        ("'2021-06-18T09:30:00Z'", "2021-06-18T09:30:00Z"),
        ("2021-06-18 09:30", "2021-06-18T09:30:00"),
        ("2014-05-11T13:02:00-04:00", "2014-05-11T13:02:00-04:00"),
        ("2019-12-03 10:00:00.5 -0500", "2019-12-03T10:00:00-05:00"),
    ])
    func dates(written: String, iso: String) {
        let metadata = MarkdownFixtures.parse("---\ntitle: T\ndate: \(written)\n---\nText.\n").metadata
        #expect(metadata.published == iso)
        #expect(metadata.date == written.trimmingCharacters(in: CharacterSet(charactersIn: "'")))
    }

    @Test("impossible or unreadable dates give no ISO date", arguments: ["2021-02-30", "2021-13-01", "June 18, 2021", "2021-06-18 25:00"])
    func badDates(written: String) {
        let metadata = MarkdownFixtures.parse("---\ntitle: T\ndate: \(written)\n---\nText.\n", source: "notes.md").metadata
        #expect(metadata.published == nil)
        #expect(metadata.date == written)
    }

    @Test("a Jekyll post's file name gives the date")
    func fileNameDate() {
        let metadata = MarkdownFixtures.parse("---\ntitle: T\n---\nText.\n", source: "_posts/2017-05-25-harbour-news.md").metadata
        #expect(metadata.published == "2017-05-25")
        #expect(MarkdownFixtures.parse("Text.\n", source: "2017-02-31-bad.md").metadata.published == nil)
    }

    @Test("front matter never shows: YAML, TOML, broken YAML, YAML with aliases")
    func frontMatterHidden() {
        for front in ["---\ntitle: A\n---\n", "+++\ntitle = \"A\"\n+++\n", "---\ntitle: [A\n---\n",
                      "---\na: &x [1, 2]\nb: [*x, *x]\ntitle: A\n---\n"] {
            let article = MarkdownFixtures.parse(front + "Body text.\n")
            #expect(article.blocks.map(\.text).last == "Body text.")
            #expect(!article.blocks.contains { $0.text.contains("title") }, "\(front)")
        }
        // Aliases are refused, so that a "billion laughs" document cannot expand.
        #expect(MarkdownFixtures.parse("---\na: &x [1, 2]\nb: [*x, *x]\ntitle: A\n---\nText.\n").metadata.headline == nil)
        // A lone --- line is a thematic break, not front matter.
        #expect(Self.shape("---\nText after a rule.\n") == ["paragraph: Text after a rule."])
    }

    @Test("a heading repeating the front matter's title is not shown twice; other level-1 headings stay")
    func titleHeading() {
        #expect(Self.shape("---\ntitle: Ferry news\n---\n# Ferry news\n\nText.\n\n# Later part\n") == [
            "headline: Ferry news", "paragraph: Text.", "heading1: Later part",
        ])
        #expect(Self.shape("## Intro\n\n# Title\n\nText.\n") == ["heading2: Intro", "heading1: Title", "paragraph: Text."])
    }

    @Test("template tags: removed, images made figures, highlight blocks made code", arguments: [
        ("Before {{ page.title | upcase }} after.", ["paragraph: Before after."]),
        ("Before {% include note.html %} after.", ["paragraph: Before after."]),
        ("Before {{< youtube id=\"abc\" >}} after.", ["paragraph: Before after."]),
        ("Before {{% notice %}}inner{{% /notice %}} after.", ["paragraph: Before inner after."]),
        ("Before {# a comment #} after.", ["paragraph: Before after."]),
        ("{% comment %}\nHidden.\n{% endcomment %}\nShown.", ["paragraph: Shown."]),
        ("{% raw %}{{ kept }}{% endraw %}", ["paragraph: {{ kept }}"]),
        ("{% image \"a.jpg\" \"The quay\" %}", ["caption: The quay"]),
        ("{% image_with_class \"a.jpg\" \"wide\" \"The quay at dusk\" %}", ["caption: The quay at dusk"]),
        ("{% include figure.html src=\"a.jpg\" caption=\"The quay\" %}", ["caption: The quay"]),
        ("{{< figure src=\"a.jpg\" alt=\"The \\\"old\\\" quay\" >}}", ["caption: The \"old\" quay"]),
        ("[{% image \"a.jpg\" \"Linked figure\" %}](https://a.example)", ["caption: Linked figure"]),
        ("{% highlight sh %}\necho {{ x }}\n{% endhighlight %}", ["code: echo "]),
        ("```\n{% raw %}{{ shown }}\n```", ["code: {% raw %}{{ shown }}"]),
        ("Run `{{ site.url }}` here.", ["paragraph: Run {{ site.url }} here."]),
        ("An unclosed {% tag stays inert.", ["paragraph: An unclosed {% tag stays inert."]),
    ])
    func templateTags(markdown: String, expected: [String]) {
        #expect(Self.shape(markdown) == expected)
    }

    @Test("images: the title, else the alt text, is the caption; a credit is split off")
    func images() {
        #expect(Self.shape("![The quay](a.jpg)\n\n![alt](b.jpg \"Titled. Photo: Ana Ruiz\")\n\n![](c.jpg)\n") == [
            "caption: The quay", "caption: Titled. [Ana Ruiz]",
        ])
        // An image inside a sentence: its caption follows the paragraph.
        #expect(Self.shape("A ferry ![Ferry icon](f.png) sails.\n") == ["paragraph: A ferry sails.", "caption: Ferry icon"])
        #expect(Self.shape("<img src=\"a.jpg\" title=\"Harbour\">\n") == ["caption: Harbour"])
    }

    @Test("lists nest, block quotes nest, paragraphs of an item join it")
    func structure() {
        #expect(Self.shape("- one\n\n  more of one\n- two\n  1. inner\n\n> outer\n>\n> > inner quote\n") == [
            "list-item1: one more of one", "list-item1: two", "list-item2: 1. inner",
            "blockquote: outer", "blockquote: inner quote",
        ])
    }

    @Test("links: only web targets; relative ones need the post's address")
    func links() {
        let article = MarkdownFixtures.parse("[a](https://x.example/a) [b](/b) [c](ftp://x/c) [**d**](http://x.example/d) <https://x.example/e>\n")
        #expect(article.blocks.map(\.text) == ["a b c d https://x.example/e"])
        #expect(article.links.map(\.url) == ["https://x.example/a", "http://x.example/d", "https://x.example/e"])
        #expect(article.links.map(\.range.start) == [0, 6, 8])
        #expect(article.links.map(\.range.end) == [1, 7, 27])
    }

    @Test("links in every kind of block are the article's numbered links, in reading order, ranges on the shown words")
    func linksEverywhere() {
        let markdown = """
            ---
            title: Ferry news
            ---
            # Ferry news

            Intro with [é café](https://x.example/1) and \u{201C}[quoted](https://x.example/2)\u{201D}.

            > A quote [by the board](https://x.example/3).

            - An item [with a link](https://x.example/4)
              1. nested [deeper](https://x.example/5)

            | Route | Notes |
            |---|---|
            | Brill | [timetable](https://x.example/6) |

            <p>Raw <a href="https://x.example/7">html link</a> here.</p>

            ## Later [heading link](https://x.example/8)

            """
        let article = MarkdownFixtures.parse(markdown)
        // The headline (from the front matter) is block 0; the repeated "# Ferry news" is gone.
        #expect(article.blocks.first?.kind == .headline)
        let linked = article.links.map { link -> String in
            let scalars = Array(article.blocks[link.range.block].text.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[link.range.start..<link.range.end])) + " " + link.url
        }
        #expect(linked == [
            "é café https://x.example/1", "quoted https://x.example/2", "by the board https://x.example/3",
            "with a link https://x.example/4", "deeper https://x.example/5", "timetable https://x.example/6",
            "html link https://x.example/7", "heading link https://x.example/8",
        ])
        // Numbered as the reader shows them ([1], [2], …): by index, so in reading order.
        let order = article.links.map { ($0.range.block, $0.range.start) }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0 < $1 })
        #expect(article.links.allSatisfy { $0.range.end <= article.blocks[$0.range.block].scalarCount })
    }

    @Test("raw HTML block elements become blocks of their kind")
    func htmlBlocks() {
        let html = "<div>\n<h2>Route <em>plan</em></h2>\n<ul><li>First</li><li>Second</li></ul>\n<blockquote>Quoted words</blockquote>\n<pre>  a = 1\n  b = 2</pre>\n<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>\n</div>\n"
        #expect(Self.shape(html) == [
            "heading2: Route plan", "list-item1: First", "list-item1: Second", "blockquote: Quoted words",
            "code:   a = 1\n  b = 2", "table: A | B\n1 | 2",
        ])
    }

    @Test("--format markdown forces the parser; .md and Markdown content are detected; stdin works")
    func choice() throws {
        let parsers = ArticleParsers([MarkdownParser()])
        let text = ArticleInput(name: "notes.txt", bytes: Array("Plain *words*.\n".utf8))
        #expect(try parsers.parse(text, choice: .markdown).blocks.map(\.text) == ["Plain words."])
        #expect(try parsers.parse(text, choice: .auto).metadata.format == .plainText)
        let file = ArticleInput(name: "post.md", bytes: Array("Plain *words*.\n".utf8))
        #expect(try parsers.parse(file).metadata.format == .markdown)
        let piped = ArticleInput(name: "-", bytes: Array("# Ferry news\n\nThe [plan](https://a.example) starts.\n".utf8))
        let article = try parsers.parse(piped)
        #expect(article.metadata.format == .markdown)
        #expect(article.metadata.source == "-")
        #expect(article.headline == "Ferry news")
    }
}
