import HardeningSupport
import Testing

/// Web pages through the whole hardened pipeline: malformed markup, hostile character
/// references, scripts only, deep nesting, and generated pages mutated with hostile pieces.
@Suite("Hardening: hostile web pages")
struct HostileHTMLTests {
    static let malformed: [String] = [
        "<html><body><p>Unclosed <b>bold <i>italic <p>next paragraph with text, more text, and more text here",
        "<html><body><table><tr><td><table><tr><td>Nested cell text, with commas, and words</td></tr></table>",
        "<!DOCTYPE html><html><head><title>\u{1B}[2J title</title></head><body><h1>Escape &#27;[31m here</h1><p>&#x9b;31m and &#0; and &#xD800; and &#x10FFFF; and &#150; and &#x202E;reversed&#x202C; text in a paragraph.</p></body></html>",
        "<html><body>" + String(repeating: "<div><span>", count: 3000) + "<p>Deep text, with commas, enough to be scored as a paragraph.</p></body></html>",
        "<html><head><script>document.write('<p>x</p>')</script><style>p{}</style></head><body><script>1</script></body></html>",
        "<html><body><figure><figcaption>\u{7}Caption with bell. Photo: A\u{0}B</figcaption></figure><p>" + String(repeating: "word, ", count: 50) + "</p></body></html>",
        "<html><body><a href=\"javascript:alert(1)\">click</a><a href=\"file:///etc/passwd\">file</a><p>" + String(repeating: "Text with <a href=\"//x\">a link</a>, ", count: 20) + "</p></body></html>",
        "<html><meta charset=\"x-unknown-charset\"><body><p>caf\u{E9} " + String(repeating: "text, ", count: 40) + "</p></body></html>",
        "<html><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"\u{1B}]0;x\u{7}\",\"articleBody\":\"" + String(repeating: "Body line with a comma, and more.\\n", count: 20) + "\",\"author\":[{\"name\":\"A\\u001bB\"}]}</script><body></body></html>",
        "<html",
        "<",
        "<html><body><pre>\tcode\n\n\u{1B}[1mline\u{0B}\r\nmore</pre></body></html>",
    ]

    @Test("malformed and hostile pages keep every invariant", arguments: Array(malformed.indices))
    func malformedPages(index: Int) {
        let violations = HardeningPipeline.run(Array(Self.malformed[index].utf8))
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test("generated pages mutated with hostile pieces keep every invariant", arguments: [UInt64(7), 21, 1999])
    func mutatedPages(seed: UInt64) {
        var generator = HostileInput(seed: seed)
        for _ in 0..<6 {
            let article = generator.article(maxBytes: 3000)
            var page = Array("<!DOCTYPE html><html><head><title>T</title></head><body><article><p>".utf8)
            for byte in article {
                if byte == 0x0A { page += Array("</p><p>".utf8) } else { page.append(byte) }
            }
            page += Array("</p></article></body></html>".utf8)
            generator.mutate(&page)
            let violations = HardeningPipeline.run(page)
            #expect(violations.isEmpty, "seed \(seed): \(violations)")
        }
    }
}
