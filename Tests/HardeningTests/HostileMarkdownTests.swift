import HardeningSupport
import Testing

/// Hostile Markdown through the whole pipeline (the fuzz target's path for Markdown): escape
/// sequences written raw and as character references in front matter, text, alt text, link
/// targets, tables and code; scripts; deep nesting. Every invariant must hold.
@Suite("Hostile Markdown through the pipeline")
struct HostileMarkdownTests {
    static let inputs: [String] = [
        "---\ntitle: \"Bad \\e[31m title \u{1B}]0;owned\u{07}\"\nauthors: [\"A\u{9B}B\"]\ndate: 2021-06-18\ntags: [\"\u{202E}evil\"]\n---\nBody.\n",
        "# Head &#27;[2J &#x9b;c &#0; &#xD800;\n\nText &#x1b;]52;c;Zm9v&#7; and \u{1B}[?1049h raw.\n",
        "![alt \u{1B}[31m &#27;x](a.png \"title &#155;\")\n\n<img alt=\"&#27;[1m\" src=x>\n",
        "[link](javascript:alert(1)) [ok](https://a.example/\u{1B}) <https://b.example/&#27;>\n",
        "| a \u{1B} | b |\n|---|---|\n| &#27; | \u{85} |\n\n```\n\u{1B}[31mcode\u{7}\n```\n",
        "<script>\u{1B}[2J</script><style>x</style>\n\n<p>&#27;</p>\n\n- [ ] \u{1B}\n- [x] &#155;\n\n> \u{202E}quoted\u{202C}\n",
        "{% image \"a.png\" \"\u{1B}[31m caption\" %}\n\n{{< figure src=\"b\" caption=\"&#27;\" >}}\n\nA[^1].\n\n[^1]: \u{1B}note\n",
        String(repeating: "> ", count: 300) + "deep\n\n" + String(repeating: "<div>", count: 300) + "x\n",
        String(repeating: "- ", count: 200) + "item\n" + String(repeating: "[", count: 500) + "](x)\n",
    ]

    @Test("each hostile post keeps every invariant", arguments: inputs.indices)
    func hostile(index: Int) {
        let violations = HardeningPipeline.run(Array(Self.inputs[index].utf8), format: .markdown)
        #expect(violations.isEmpty, "\(violations)")
    }
}
