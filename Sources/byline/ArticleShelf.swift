import ArticleModel
import Foundation
import ReaderUI
import ReadingSession

/// The articles open in one run of the reader (`byline a.txt b.html …`, and those opened from
/// the history), each with its own reader state (place, search, selection, panels) and its
/// memory in the store. Articles are read when first shown, so a slow URL or a big file
/// later in the list does not delay the first.
struct ArticleShelf {
    /// One open article.
    struct Slot {
        /// What it was named by (a path, a URL, `-`); `nil` for piped standard input or the
        /// built-in sample.
        var argument: String?
        /// Its absolute path or URL (``ReadingSessionMemory/location(of:)``).
        var location: String?
        /// Its headline once read, else the name it was given by.
        var title: String
        /// Its reader state once it was shown.
        var state: ReaderState?
        /// Its memory in the store, when there is one.
        var memory: ReadingSessionMemory?

        init(argument: String?) {
            self.argument = argument
            self.location = ReadingSessionMemory.location(of: argument)
            let name = argument.map { $0 == "-" ? "standard input" : $0 } ?? "standard input"
            self.title = name.split(separator: "/").last.map(String.init) ?? name
        }

        /// The entry of the articles panel.
        var entry: OpenArticle { OpenArticle(title: title, location: location) }

        /// Saves the place in this article (and its marks and highlights); a one-line warning
        /// when it could not be saved.
        func save() -> String? {
            guard let memory, let reading = self.state else { return nil }
            // Followed links may have left the reader on another page: the place remembered
            // is that of the article opened, as it was left.
            let state = reading.firstPage
            return memory.save(
                state.article, position: state.anchor, percent: state.percentRead,
                marks: Dictionary(uniqueKeysWithValues: state.marks.map { (String($0.key), $0.value) }),
                highlights: HighlightExport.toSave(state))
        }
    }

    /// The open articles, in order.
    private(set) var slots: [Slot]
    /// The index of the one being read.
    private(set) var current = 0

    /// The articles named by `arguments` (in order; at least one).
    init(arguments: [String?]) {
        slots = (arguments.isEmpty ? [nil] : arguments).map(Slot.init(argument:))
    }

    /// The entries of the articles panel.
    var entries: [OpenArticle] { slots.map(\.entry) }

    /// The slot being read.
    var currentSlot: Slot { slots[current] }

    /// Records the state the reader left the current article in.
    mutating func keep(_ state: ReaderState) {
        slots[current].state = state
    }

    /// Gives the current article its first state and its memory.
    mutating func start(_ state: ReaderState, memory: ReadingSessionMemory?, title: String?) {
        slots[current].state = state
        slots[current].memory = memory
        if let title, !title.isEmpty { slots[current].title = title }
    }

    /// The index of the article `request` names: an open one, or (for a location no open
    /// article has) a new slot at the end.
    mutating func target(of request: ArticleRequest) -> Int? {
        switch request {
        case .open(let index):
            return slots.indices.contains(index) ? index : nil
        case .location(let location):
            if let index = slots.firstIndex(where: { $0.location == location }) { return index }
            slots.append(Slot(argument: location))
            return slots.count - 1
        }
    }

    /// Makes `index` the current article.
    mutating func select(_ index: Int) {
        if slots.indices.contains(index) { current = index }
    }

    /// Drops the article at `index` (it could not be read), keeping the current one current.
    mutating func remove(_ index: Int) {
        guard slots.indices.contains(index), index != current else { return }
        slots.remove(at: index)
        if index < current { current -= 1 }
    }
}
