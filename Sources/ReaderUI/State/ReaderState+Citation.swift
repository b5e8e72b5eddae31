import ArticleModel
import Citations

/// `y`: the current quotation as a citation, for the clipboard.
extension ReaderState {
    /// The quotation `y` copies: the selected one, else the first that starts on screen
    /// (the viewport's lines), else `nil`.
    public var quoteToCite: Int? {
        if let selected = selection.quote, article.quotes.indices.contains(selected) { return selected }
        let visible = topLine..<(topLine + viewportHeight)
        return article.quotes.firstIndex { visible.contains(layout.lineIndex(for: $0.start)) }
    }

    /// Builds the citation of the highlight under the cursor (the highlights panel focused),
    /// else of the selected passage (a quotation's, with its speaker, when it is exactly one),
    /// else of ``quoteToCite`` with ``citationTemplate`` and asks the loop to
    /// copy it; says so on the status line when there is nothing to copy.
    mutating func copyCitation() -> [Effect] {
        if focus == .panel(.highlights) {
            let cursor = cursor(of: .highlights)
            guard highlights.indices.contains(cursor) else { return [] }
            let highlight = highlights[cursor]
            let citation = citation(of: highlight.span, note: highlight.note)
            return [.copyToClipboard(ClipboardCopy(
                text: citationTemplate.render(citation), summary: "highlight \(cursor + 1) as a citation"))]
        }
        if let passage, focus == .article || focus.panel != nil {
            let citation = citation(of: passage.span)
            let what = citation.kind == .quote
                ? "the quotation" + (citation.speaker.map { " (\($0))" } ?? "")
                : passageDescription(passage)
            return [.copyToClipboard(ClipboardCopy(text: citationTemplate.render(citation), summary: what + " as a citation"))]
        }
        guard let index = quoteToCite else {
            statusMessage = article.quotes.isEmpty
                ? "no quotations to copy" : "no quotation on screen (. selects the next one)"
            return []
        }
        let citation = Citation(quote: article.quotes[index], in: article)
        let text = citationTemplate.render(citation)
        let who = citation.speaker.map { " (\($0))" } ?? ""
        return [.copyToClipboard(ClipboardCopy(text: text, summary: "quote \(index + 1)\(who) as a citation"))]
    }

    /// The status line after a copy: what was copied and how, or why not.
    mutating func reportCopy(_ copy: ClipboardCopy, _ outcome: ClipboardOutcome) {
        let size = "\(copy.text.utf8.count) bytes"
        switch outcome {
        case .osc52: statusMessage = "copied \(copy.summary), \(size), through OSC 52"
        case .command(let name): statusMessage = "copied \(copy.summary), \(size), with \(name)"
        case .failed(let reason): statusMessage = "not copied: \(reason)"
        }
    }
}
