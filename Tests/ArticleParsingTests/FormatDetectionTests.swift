import ArticleModel
import Testing

@testable import ArticleParsing

/// Format detection: content first, extension second; and the parser choice by `--format`.
struct FormatDetectionTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><p>Hi</p></html>", "notes.txt", ArticleFormat.html),
        ("\u{FEFF}  <html lang=\"en\"><body>x</body></html>", "-", .html),
        ("<!-- saved --><div class=\"story\"><p>Text</p></div>", "page", .html),
        ("Saved from somewhere\n<html><body><p>x</p></body></html>", "x", .html),
        ("---\ntitle: Ferry plan\n---\n# Ferry plan\n", "post.txt", .markdown),
        ("Ferry plan\n\nThe councils agreed.", "story.html", .html),
        ("Ferry plan\n\nThe councils agreed.", "story.md", .markdown),
        ("Ferry plan\n\nThe councils agreed.", "story.txt", .plainText),
        ("Ferry plan\n\nUse <b> for bold in a sentence.", "-", .plainText),
        ("---\nnot front matter at all", "-", .plainText),
        ("# Ferry plan\n\nThe councils agreed.", "-", .markdown),
        ("Ferry plan\n\nSee [the plan](https://a.example/p), [the map](https://a.example/m)\nand [the fares](https://a.example/f).", "-", .markdown),
        ("Ferry plan\n\n## What changes\n\nThe [plan](https://a.example/p) starts.", "-", .markdown),
        ("Ferry plan\n\n#ferries trended as [sic] the councils agreed.", "-", .plainText),
        ("Ferry plan\n\nThe list (see [1]) and one link [here](https://a.example).", "-", .plainText),
        ("", "empty.htm", .html),
        ("x", "https://example.org/story.html?ref=a", .html),
        ("x", "dir.html/file", .plainText),
    ])
    func detects(text: String, name: String, expected: ArticleFormat) {
        #expect(FormatDetection.detect(Array(text.utf8), name: name) == expected)
    }

    @Test func requestedFormatOverridesDetection() throws {
        let parsers = ArticleParsers()
        let input = ArticleInput(name: "page.html", bytes: Array("<html><p>Hi</p></html>".utf8))
        #expect(parsers.format(of: input, choice: .text) == .plainText)
        #expect(parsers.format(of: input, choice: .auto) == .html)
        let article = try parsers.parse(input, choice: .text)
        #expect(article.metadata.format == .plainText)
    }

    @Test func aFormatWithoutParserIsAOneLineError() {
        let parsers = ArticleParsers()
        let input = ArticleInput(name: "post.md", bytes: Array("# Title\n".utf8))
        #expect(throws: ArticleInputError.unsupportedFormat(input: "post.md", format: .markdown)) {
            try parsers.parse(input, choice: .auto)
        }
        #expect(ArticleInputError.unsupportedFormat(input: "post.md", format: .markdown).description
            == "post.md: Markdown is not supported yet")
    }
}
