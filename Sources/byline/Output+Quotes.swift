import ArticleModel
import TerminalText

extension Output {
    /// Prints one entry per quotation for `--quotes`: the quote in typographic quotation
    /// marks, wrapped at `width` columns, then "— Speaker (cue)" indented below it and a
    /// blank line. An unknown speaker prints as "unknown" (with the mention as written, when
    /// there is one); a quote without a cue has no parentheses. No escape sequences: every
    /// line passes through ``CellText/sanitize(_:)``.
    static func writeQuotes(_ article: Article, width: Int) {
        var out = ""
        if article.quotes.isEmpty {
            out = "(no quotations found)\n"
        }
        for quote in article.quotes {
            for line in WordWrap.wrap("“" + quote.text + "”", width: width) {
                out += CellText.sanitize(line.text) + "\n"
            }
            out += CellText.sanitize("  " + attribution(of: quote)) + "\n\n"
        }
        write(out)
    }

    /// "— Speaker (cue)", "— unknown (“he”, said)" and the like.
    static func attribution(of quote: Quote) -> String {
        var speaker = quote.speaker ?? "unknown"
        var details: [String] = []
        if quote.speaker == nil, let mention = quote.speakerMention {
            details.append("“\(mention)”")
        }
        if let cue = quote.cue { details.append(cue) }
        if !details.isEmpty { speaker += " (" + details.joined(separator: ", ") + ")" }
        return "— " + speaker
    }
}
