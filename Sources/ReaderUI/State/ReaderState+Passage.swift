import ArticleModel

/// Selecting a passage: `v` by sentences, `V` by paragraphs, `a` the current quotation;
/// while a passage is selected `j` `k` (`)` `(`, Down, Up) move its far end by the unit and
/// `v` / `V` extend by one more (or switch the unit), `y` copies it as a citation, `*` keeps
/// it as a highlight, Esc drops it.
extension ReaderState {
    /// Where `v` and `V` start: the current quotation when it is on screen; else the first
    /// unit that starts on the top line of the viewport or below it (the one the top line is
    /// inside when the next starts below the screen).
    func passageStart(_ unit: PassageSelection.Unit) -> TextSpan? {
        if let quote = currentQuote, isQuoteVisible(quote) {
            return PassageUnits.unit(unit, at: article.quotes[quote].start, in: article)
        }
        let top = layout.position(ofLine: topLine)
        guard let here = PassageUnits.unit(unit, at: top, in: article) else { return nil }
        if here.start < top, let next = PassageUnits.next(unit, after: here, in: article),
           layout.lineIndex(for: next.start) < topLine + viewportHeight
        {
            return next
        }
        return here
    }

    /// `v` / `V`: starts a selection of one sentence (paragraph); with one already made, the
    /// same key extends it by one unit and the other switches it to that unit.
    mutating func beginPassage(_ unit: PassageSelection.Unit) {
        if var passage, focus == .article {
            if passage.unit == unit {
                extendPassage(by: 1)
                return
            }
            // Switch the unit: anchor and head grow to the whole units around them.
            let forward = passage.head.start >= passage.anchor.start
            guard let anchor = PassageUnits.unit(unit, at: forward ? passage.anchor.start : Self.lastScalar(of: passage.anchor), in: article),
                  let head = PassageUnits.unit(unit, at: forward ? Self.lastScalar(of: passage.head) : passage.head.start, in: article)
            else { return }
            passage.unit = unit
            passage.anchor = anchor
            passage.head = head
            passage.quote = nil
            self.passage = passage
            reportPassage()
            return
        }
        guard let span = passageStart(unit) else {
            statusMessage = "no text to select"
            return
        }
        focus = .article
        passage = PassageSelection(unit: unit, span: span)
        reveal(line: layout.lineIndex(for: span.start))
        reportPassage()
    }

    /// `a`: selects exactly the current quotation (the selected one, else the first on
    /// screen); `y` then cites it with its speaker.
    mutating func selectQuotation() {
        guard let index = quoteToCite else {
            statusMessage = article.quotes.isEmpty
                ? "no quotations in this article" : "no quotation on screen (. selects the next one)"
            return
        }
        let quote = article.quotes[index]
        guard let first = quote.ranges.first, let last = quote.ranges.last else { return }
        focus = .article
        selection = .quote(index)
        passage = PassageSelection(
            unit: .quotation, span: TextSpan(start: first.lowerBound, end: last.upperBound), quote: index)
        reveal(quote: index)
        reportPassage()
    }

    /// Moves the selection's far end (``PassageSelection/head``) by `steps` units (negative:
    /// back), stopping at the ends of the article. From a quotation, the steps are
    /// sentences.
    mutating func extendPassage(by steps: Int) {
        guard var passage else { return }
        if passage.unit == .quotation {
            passage.unit = .sentence
            passage.quote = nil
            // Anchor and head become the sentences the quotation starts and ends in.
            passage.anchor = PassageUnits.unit(.sentence, at: passage.anchor.start, in: article) ?? passage.anchor
            passage.head = PassageUnits.unit(.sentence, at: Self.lastScalar(of: passage.head), in: article) ?? passage.head
        }
        var moved = false
        for _ in 0..<min(abs(steps), 100_000) {
            let next = steps > 0
                ? PassageUnits.next(passage.unit, after: passage.head, in: article)
                : PassageUnits.previous(passage.unit, before: passage.head.start, in: article)
            guard let next else { break }
            passage.head = next
            moved = true
        }
        self.passage = passage
        if !moved {
            statusMessage = steps > 0 ? "end of the article" : "top of the article"
            return
        }
        let edge = steps > 0 ? Self.lastScalar(of: passage.head) : passage.head.start
        reveal(line: layout.lineIndex(for: edge))
        reportPassage()
    }

    /// Esc while selecting: the selection goes.
    mutating func cancelPassage() {
        passage = nil
        statusMessage = "selection cleared"
    }

    /// The position of the last scalar of `span` (its start when it is empty).
    static func lastScalar(of span: TextSpan) -> TextPosition {
        span.end.offset > 0 && span.end > span.start
            ? TextPosition(block: span.end.block, offset: span.end.offset - 1) : span.start
    }

    /// The status line while selecting: what is selected and the keys.
    private mutating func reportPassage() {
        guard let passage else { return }
        statusMessage = "\(passageDescription(passage)) selected: j/k extend, y copy, * highlight, Esc cancel"
    }

    /// What `passage` covers: "the quotation", "1 sentence", "3 paragraphs".
    public func passageDescription(_ passage: PassageSelection) -> String {
        switch passage.unit {
        case .quotation: return "the quotation"
        case .sentence, .paragraph:
            let n = unitCount(passage)
            let name = passage.unit == .sentence ? "sentence" : "paragraph"
            return "\(n) \(name)\(n == 1 ? "" : "s")"
        }
    }

    /// How many units the selection covers (at least 1; counting stops at 9999).
    func unitCount(_ passage: PassageSelection) -> Int {
        let span = passage.span
        var current = passage.anchor.start <= passage.head.start ? passage.anchor : passage.head
        var n = 1
        while n < 9999, current.end < span.end, let next = PassageUnits.next(passage.unit, after: current, in: article),
              next.end <= span.end
        {
            n += 1
            current = next
        }
        return n
    }
}
