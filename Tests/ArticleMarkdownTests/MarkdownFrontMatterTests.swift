import ArticleMarkdown
import ArticleModel
import ArticleParsing
import Testing

/// TOML front matter (Hugo's `+++`) gives the same metadata as YAML, and hostile front
/// matter of either kind (huge, deeply nested, alias bombs) is refused quickly: hidden from
/// the article, no metadata, the body still read.
@Suite("Markdown front matter")
struct MarkdownFrontMatterTests {
    @Test("a Hugo post's TOML front matter gives title, authors, date, description and tags")
    func tomlFixture() throws {
        let article = try MarkdownFixtures.article("lighthouse-toml-post")
        let metadata = article.metadata
        #expect(metadata.headline == "Keepers return to the Skerry light")
        #expect(metadata.authors == ["Orla Vance", "Henrik Solberg"])
        #expect(metadata.byline == "Orla Vance and Henrik Solberg")
        #expect(metadata.date == "2025-02-14T08:15:00+01:00")
        #expect(metadata.published == "2025-02-14T08:15:00+01:00")
        #expect(metadata.description == "Two keepers will live at the lighthouse again after forty years.")
        #expect(metadata.tags == ["lighthouses", "coast", "history"])
        #expect(metadata.url == nil, "a root-relative url is not the post's address")
        #expect(MarkdownFixtures.shape(article) == [
            "headline: Keepers return to the Skerry light",
            "paragraph: The coastal trust has hired two keepers to live at the Skerry light from March, said Edda Morn, its chair.",
            "caption: The Skerry light in winter. [Ida Crane]",
            "paragraph: \"A light needs people as much as it needs a lamp,\" Morn said.",
            "heading2: The first winter",
            "blockquote: \"We will keep the log by hand,\" said Henrik Solberg, one of the keepers.",
            "paragraph: +++ This line is text, not front matter.",
        ])
    }

    @Test("TOML values: keys in any case, authors as tables, dates as strings, dates and local date-times", arguments: [
        ("Title = \"A\"\nDate = 2024-05-06", "2024-05-06", "2024-05-06"),
        ("title = \"A\"\ndate = \"2024-05-06 09:30\"", "2024-05-06 09:30", "2024-05-06T09:30:00"),
        ("title = \"A\"\npublishDate = 2024-05-06T09:30:00.250Z", "2024-05-06T09:30:00Z", "2024-05-06T09:30:00Z"),
        ("title = \"A\"\ndate = 2024-05-06T09:30:00", "2024-05-06T09:30:00", "2024-05-06T09:30:00"),
        ("title = \"A\"\ndate = 2024-05-06T09:30:00-04:30", "2024-05-06T09:30:00-04:30", "2024-05-06T09:30:00-04:30"),
    ])
    func tomlDates(front: String, written: String, iso: String) {
        let metadata = MarkdownFixtures.parse("+++\n\(front)\n+++\nText.\n").metadata
        #expect(metadata.headline == "A")
        #expect(metadata.date == written)
        #expect(metadata.published == iso)
    }

    @Test("TOML authors: a string, a list, tables with a name; tags as a comma-separated string")
    func tomlAuthors() {
        let one = MarkdownFixtures.parse("+++\nauthor = \"Ana Ruiz\"\ntags = \"ferries, harbours\"\n+++\nText.\n").metadata
        #expect(one.authors == ["Ana Ruiz"])
        #expect(one.tags == ["ferries", "harbours"])
        let tables = MarkdownFixtures.parse(
            "+++\ntitle = \"T\"\n[[authors]]\nname = \"Ana Ruiz\"\n[[authors]]\nName = \"Tom Bell\"\n+++\nText.\n"
        ).metadata
        #expect(tables.authors == ["Ana Ruiz", "Tom Bell"])
        #expect(tables.byline == "Ana Ruiz and Tom Bell")
        // The post's own keys win over [params].
        let both = MarkdownFixtures.parse("+++\nauthor = \"Ana Ruiz\"\n[params]\nauthor = \"Tom Bell\"\n+++\nText.\n").metadata
        #expect(both.authors == ["Ana Ruiz"])
    }

    @Test("broken TOML is hidden and gives no metadata")
    func brokenTOML() {
        // The last four are table headers whose key starts with no key character: toml++
        // (inside TOMLKit) breaks its own precondition on them, so they are refused unparsed.
        for front in ["title = \"A", "title = \"A\"\ntitle = \"B\"", "= 3", "title = \"A\"\n[[[x]]]",
                      "title = \"A\"\n[[=", "title = \"A\"\n[ [[1]]", "title = \"A\"\n[\nx = 1"] {
            let article = MarkdownFixtures.parse("+++\n\(front)\n+++\nBody text.\n")
            #expect(article.metadata.headline == nil, "\(front)")
            #expect(MarkdownFixtures.shape(article) == ["paragraph: Body text."], "\(front)")
        }
    }

    /// Hostile front matter, each with a title that would show were it read: every one is
    /// hidden, yields no metadata and leaves the body. Named by a label (the test's argument,
    /// kept short for the test log), built by ``hostileFrontMatter(_:)``.
    static let hostile = [
        "huge YAML", "huge TOML", "YAML alias bomb", "YAML nested brackets", "YAML nested mappings",
        "YAML compact sequences", "YAML indentation", "TOML nested arrays", "TOML nested tables",
        "TOML dotted key", "TOML table header",
    ]

    static func hostileFrontMatter(_ label: String) -> String {
        switch label {
        // Longer than the size limit (64 KiB): a comment line of 70,000 bytes.
        case "huge YAML": return "---\ntitle: Huge\n# " + String(repeating: "x", count: 70_000) + "\n---\n"
        case "huge TOML": return "+++\ntitle = \"Huge\"\n# " + String(repeating: "x", count: 70_000) + "\n+++\n"
        // A "billion laughs": nine levels of nine aliases each.
        case "YAML alias bomb":
            let levels = (1...9).map { "a\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ", ") + "]" }
            return "---\ntitle: Bomb\na0: &a0 [lol]\n" + levels.joined(separator: "\n") + "\n---\n"
        // Deep flow nesting: 30,000 brackets, and 10,000 braces.
        case "YAML nested brackets":
            return "---\ntitle: Deep\nx: " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000) + "\n---\n"
        case "YAML nested mappings":
            return "---\ntitle: Deep\nx: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n---\n"
        // Deep block nesting: compact sequences on one line, and indentation.
        case "YAML compact sequences": return "---\ntitle: Deep\nx:\n" + String(repeating: "- ", count: 20_000) + "end\n---\n"
        case "YAML indentation":
            return "---\ntitle: Deep\n" + (0..<300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " end\n---\n"
        // TOML: nested arrays and inline tables, a dotted key and a table header of many parts.
        case "TOML nested arrays":
            return "+++\ntitle = \"Deep\"\nx = " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000) + "\n+++\n"
        case "TOML nested tables":
            return "+++\ntitle = \"Deep\"\nx = " + String(repeating: "{a = ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n+++\n"
        case "TOML dotted key": return "+++\ntitle = \"Deep\"\n" + Array(repeating: "k", count: 20_000).joined(separator: ".") + " = 1\n+++\n"
        case "TOML table header": return "+++\ntitle = \"Deep\"\n[" + Array(repeating: "k", count: 20_000).joined(separator: ".") + "]\n+++\n"
        default: return ""
        }
    }

    @Test("hostile front matter: huge, alias bombs, deep nesting — hidden, no metadata, body kept", arguments: hostile)
    func hostileFrontMatter(label: String) {
        let front = Self.hostileFrontMatter(label)
        #expect(!front.isEmpty, "\(label)")
        let article = MarkdownFixtures.parse(front + "Body text.\n")
        #expect(article.metadata.headline == nil, "\(label)")
        #expect(MarkdownFixtures.shape(article) == ["paragraph: Body text."], "\(label)")
    }

    @Test("front matter just inside the limits is still read")
    func withinLimits() {
        let nested = "x: " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30)
        let padding = "# " + String(repeating: "x", count: 60_000)
        let yaml = MarkdownFixtures.parse("---\ntitle: Kept\n\(nested)\n\(padding)\n---\nText.\n").metadata
        #expect(yaml.headline == "Kept")
        let dotted = Array(repeating: "k", count: 30).joined(separator: ".") + " = 1"
        let toml = MarkdownFixtures.parse("+++\ntitle = \"Kept\"\nx = [[[1.5]]]\n\(dotted)\n\(padding)\n+++\nText.\n").metadata
        #expect(toml.headline == "Kept")
    }

    @Test("content starting with TOML front matter is detected as Markdown")
    func detection() {
        let bytes = Array("+++\ntitle = \"A\"\n+++\nPlain words.\n".utf8)
        #expect(FormatDetection.detect(bytes, name: "post.txt") == .markdown)
        #expect(FormatDetection.detect(Array("+++ not front matter\nwords\n".utf8), name: "a.txt") == .plainText)
    }
}
