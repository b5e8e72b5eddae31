import ArticleModel

/// Sections: the outline's entries as places to jump to (`}` and `{`), and the one being read.
extension ReaderState {
    /// The outline entry whose section holds the top of the viewport, if any.
    public var currentSection: Int? {
        outline.entry(containing: anchor.block)
    }

    /// Goes to the start of outline entry `index`'s block.
    mutating func goToSection(_ index: Int) {
        let entries = outline.entries
        guard entries.indices.contains(index) else { return }
        let here = anchor
        jump(to: TextPosition(block: entries[index].block, offset: 0))
        if anchor != here { previousPlace = here }
    }

    /// `}` (`step` > 0) and `{`: the start of the section `step` on or back from the one
    /// being read; `{` first goes to the start of the current section when the view is
    /// inside it. At the ends the status line says so.
    mutating func jumpSection(by step: Int) {
        let entries = outline.entries
        guard !entries.isEmpty else {
            statusMessage = OutlinePanel.emptyMessage
            return
        }
        let current = currentSection
        var target: Int
        if step > 0 {
            target = (current ?? -1) + step
        } else {
            let inside = current.map { entries[$0].block < anchor.block || anchor.offset > 0 } ?? false
            target = (current ?? 0) + step + (inside ? 1 : 0)
        }
        guard target < entries.count else {
            statusMessage = "no more sections (last section)"
            return
        }
        guard target >= 0 else {
            statusMessage = "no earlier section (first section)"
            return
        }
        goToSection(target)
        statusMessage = "section \(target + 1)/\(entries.count)"
    }
}
