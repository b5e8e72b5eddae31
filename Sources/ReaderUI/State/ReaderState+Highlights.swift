import ArticleModel
import Citations

/// Highlights: `*` keeps the selected passage (or the current quotation) with an optional
/// note typed in the note prompt; the highlights panel (`i`) lists them, `Enter` jumps, `e`
/// edits the note, `x` deletes.
extension ReaderState {
    /// What the note prompt is for.
    public enum NoteTarget: Sendable, Equatable {
        /// A new highlight of this span, kept when the note is submitted.
        case new(TextSpan)
        /// The note of ``highlights``[index].
        case existing(Int)
    }

    /// The note prompt while it is open: the line being typed and what it is for.
    public struct NoteEditing: Sendable, Equatable {
        /// The line being typed.
        public var editor: LineEditor
        /// What the note is for.
        public var target: NoteTarget
    }

    /// `*`: asks for a note for a new highlight of the selected passage, else of the current
    /// quotation; a passage already kept has its note edited instead.
    mutating func keepHighlight() {
        let span: TextSpan
        if let passage {
            span = passage.span
        } else if let index = selection.quote, let quote = article.quotes.indices.contains(index) ? article.quotes[index] : nil,
                  let first = quote.ranges.first, let last = quote.ranges.last
        {
            span = TextSpan(start: first.lowerBound, end: last.upperBound)
        } else {
            statusMessage = "nothing selected to highlight (v: a sentence, V: a paragraph, a: the quotation)"
            return
        }
        if let existing = highlights.firstIndex(where: { $0.span == span }) {
            noteEditor = NoteEditing(editor: LineEditor(highlights[existing].note ?? ""), target: .existing(existing))
        } else {
            noteEditor = NoteEditing(editor: LineEditor(), target: .new(span))
        }
        statusMessage = "Enter keeps (empty: no note), Esc cancels"
    }

    /// `e` in the highlights panel: edits the note of the highlight under the cursor.
    mutating func editHighlightNote() {
        let index = cursor(of: .highlights)
        guard highlights.indices.contains(index) else { return }
        noteEditor = NoteEditing(editor: LineEditor(highlights[index].note ?? ""), target: .existing(index))
        statusMessage = "Enter saves (empty: no note), Esc cancels"
    }

    /// `x` in the highlights panel: deletes the highlight under the cursor.
    mutating func deleteHighlight() {
        let index = cursor(of: .highlights)
        guard highlights.indices.contains(index) else { return }
        highlights.remove(at: index)
        statusMessage = "highlight deleted (\(highlights.count) left)"
        if highlights.isEmpty {
            if focus == .panel(.highlights) { leaveSidebar() }
            relayout()
        } else {
            setCursor(of: .highlights, to: min(index, highlights.count - 1))
            keepCursorVisible(.highlights)
        }
    }

    /// Enter in the note prompt: the highlight is kept (with the note, or none when the line
    /// is empty), or its note replaced.
    mutating func submitNote() {
        guard let editing = noteEditor else { return }
        noteEditor = nil
        let note = editing.editor.string
        switch editing.target {
        case .new(let span):
            let hadPanel = hasPanel(.highlights)
            let highlight = Highlight(span: span, note: note)
            let at = highlights.firstIndex { ($0.span.start, $0.span.end) > (span.start, span.end) } ?? highlights.count
            highlights.insert(highlight, at: at)
            passage = nil
            setCursor(of: .highlights, to: at)
            keepCursorVisible(.highlights)
            statusMessage = "highlight kept\(highlight.note == nil ? "" : " with its note") (i lists them)"
            if !hadPanel { relayout() }
        case .existing(let index):
            guard highlights.indices.contains(index) else { return }
            highlights[index].note = Highlight.cleanNote(note)
            statusMessage = highlights[index].note == nil ? "note removed" : "note saved"
        }
    }

    /// Esc in the note prompt: nothing is kept or changed.
    mutating func cancelNote() {
        if case .new = noteEditor?.target { statusMessage = "not highlighted" }
        noteEditor = nil
    }

    /// Replaces the highlights (remembered ones, re-anchored by the executable), in reading
    /// order.
    mutating func restoreHighlights(_ restored: [Highlight]) {
        highlights = restored.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        relayout()
    }

    /// The quotation whose words are exactly `span`, if one is.
    public func quotation(exactly span: TextSpan) -> Int? {
        article.quotes.firstIndex { quote in
            guard let first = quote.ranges.first, let last = quote.ranges.last else { return false }
            return first.lowerBound == span.start && last.upperBound == span.end
        }
    }

    /// The citation of `span` with `note`: a quotation's (speaker, role and cue) when the span
    /// is exactly one, else a passage's (no speaker).
    public func citation(of span: TextSpan, note: String? = nil) -> Citation {
        if let quote = quotation(exactly: span) {
            return Citation(quote: article.quotes[quote], in: article, note: note)
        }
        return Citation(passage: span.ranges(in: article), in: article, note: note)
    }
}
