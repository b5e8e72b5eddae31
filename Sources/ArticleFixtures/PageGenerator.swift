/// Deterministic web pages for benchmarks and hardening: ``ArticleGenerator``'s article (our
/// own generated text) as the main content of a page with the usual clutter around it —
/// navigation, a share bar, advertising slots between paragraphs, a figure with a caption
/// and credit, a related-stories list, a comments section and a footer.
public enum PageGenerator {
    /// A page of about `bytes` UTF-8 bytes (at least one paragraph), the same for the same
    /// arguments.
    public static func page(bytes: Int, seed: UInt64 = 1) -> String {
        let text = ArticleGenerator.article(bytes: max(200, bytes * 7 / 10), seed: seed)
        var paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let headline = paragraphs.isEmpty ? "Untitled" : paragraphs.removeFirst()
        var page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(escaped(headline)) | Generated Gazette</title>
            <meta property="og:site_name" content="Generated Gazette"><script>var analytics = { page: 1 };</script>
            <style>.ad { height: 90px }</style></head><body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <main><article><h1>\(escaped(headline))</h1><div class="share"><a href="/s/f">Facebook</a> <a href="/s/t">Twitter</a></div>
            <figure><img src="/a.jpg" alt=""><figcaption>A generated scene at the harbour. <span class="credit">Photo: Gen Erator</span></figcaption></figure>
            <div class="article-body">
            """
        for (index, paragraph) in paragraphs.enumerated() {
            page += "<p>\(escaped(paragraph))</p>\n"
            if index % 6 == 5 { page += "<div class=\"ad ad-slot\"><span>Advertisement</span></div>\n" }
        }
        page += """
            </div></article>
            <section class="related"><h2>Related</h2><ul><li><a href="/r1">A related story about the harbour</a></li><li><a href="/r2">Another related story</a></li></ul></section>
            <section class="comments"><h2>Comments</h2><div class="comment"><p>A reader's comment, with an opinion, and another clause.</p></div></section>
            </main><footer><p>Copyright Generated Gazette</p></footer></body></html>
            """
        return page
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }
}
