extension ArticleGenerator {
    /// A Markdown post of about `bytes` bytes (never less), the same for the same `seed`, made
    /// from ``article(bytes:seed:)``'s paragraphs: YAML front matter (title, authors, date,
    /// tags), then the paragraphs with the constructs a blog post has spread through them —
    /// emphasis and links in every paragraph, a `##` heading every 6th, a figure every 7th
    /// (Markdown image with title, raw `<figure>` or an image template tag), a nested list
    /// every 8th, a block quote every 9th, a fenced code block every 11th, a table every
    /// 13th, a footnote every 17th — for benchmarks and tests of the Markdown parser.
    public static func markdownPost(bytes: Int, seed: UInt64 = 1) -> String {
        let source = article(bytes: bytes, seed: seed)
        var text = "---\ntitle: \"Harbour Board Approves the Night Ferry\"\nauthors:\n  - Mira Castellanos\n  - Tomasz Ilves\ndate: 2026-03-12 09:30:00 +0100\ntags: [ferries, harbour]\n---\n\n"
        var footnotes = ""
        var index = 0
        for paragraph in source.split(separator: "\n\n").dropFirst(3) {
            index += 1
            let flat = paragraph.replacingNewlines()
            if index % 6 == 0 { text += "## Part \(index / 6): the crossing\n\n" }
            var words = flat.split(separator: " ").map(String.init)
            if words.count > 6 {
                words[1] = "*" + words[1] + "*"
                words[3] = "[" + words[3] + "](https://harbour.example/notes/\(index))"
                words[5] = "**" + words[5] + "**"
            }
            var body = words.joined(separator: " ")
            if index % 17 == 0 {
                body += "[^n\(index)]"
                footnotes += "[^n\(index)]: Figures from the harbour office, note \(index).\n\n"
            }
            text += (index % 9 == 0 ? "> " : "") + body + "\n\n"
            switch index % 7 {
            case 0 where index % 3 == 0:
                text += "<figure>\n  <img src=\"/img/\(index).jpg\" alt=\"The quay\">\n  <figcaption>The quay at dawn, picture \(index). Photo: Lena Brandvold</figcaption>\n</figure>\n\n"
            case 0 where index % 3 == 1:
                text += "{% image \"assets/\(index).jpg\" \"The night ferry, picture \(index)\" %}\n\n"
            case 0:
                text += "![The ferry](/img/\(index).jpg \"The ferry at the old port, picture \(index). Photo: Bo Lind\")\n\n"
            default:
                break
            }
            if index % 8 == 0 {
                text += "- Crossings every hour\n  - Night fares from the board\n  - New vessels by 2028\n- Tide tables revised\n\n"
            }
            if index % 11 == 0 {
                text += "```swift\nlet crossings = timetable.filter { $0.hour >= 22 }\nprint(\"\\(crossings.count) night crossings\")\n```\n\n"
            }
            if index % 13 == 0 {
                text += "| Route | Crossings | Fare |\n|---|---:|---|\n| Valmont – Skerry | 12 | 4.50 |\n| Skerry – Ostrand | ~~6~~ 8 | 3.20 |\n\n"
            }
        }
        return text + footnotes
    }
}

extension Substring {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
