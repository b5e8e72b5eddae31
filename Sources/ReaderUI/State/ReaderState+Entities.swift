import ArticleModel

/// Named entities in the reader: the entities sidebar's cursor, selecting an entity,
/// jumping between its mentions, and narrowing the quotes to what it said.
extension ReaderState {
    /// The entities panel's cursor: a position in ``entityList``'s order.
    var entityCursor: Int {
        get { cursor(of: .entities) }
        set { setCursor(of: .entities, to: newValue) }
    }

    /// The entity under the entities sidebar's cursor (an index into `article.entities`).
    public var entityAtCursor: Int? {
        let order = entityList.order
        return order.indices.contains(entityCursor) ? order[entityCursor] : nil
    }

    /// The lines of the layout where a mention starts.
    func line(of mention: Mention) -> Int {
        line(of: mention.range)
    }

    /// Whether the current mention of the selected entity starts inside the viewport.
    var isCurrentMentionOnScreen: Bool {
        guard let entity = selection.entity, let mention = selection.mention,
              article.entities.indices.contains(entity),
              article.entities[entity].mentions.indices.contains(mention)
        else { return false }
        let line = line(of: article.entities[entity].mentions[mention])
        return line >= topLine && line < topLine + viewportHeight
    }

    /// Selects `entity` (highlighting its mentions), keeping its current mention when it
    /// is already the selection; the sidebar's cursor follows.
    mutating func select(entity: Int) {
        if selection.entity != entity {
            selection = .entity(entity, mention: nil)
        }
        if let position = entityList.order.firstIndex(of: entity) {
            entityCursor = position
            keepEntityCursorVisible()
        }
    }

    /// Makes mention `index` of the selected `entity` current and scrolls it into view.
    mutating func go(toMention index: Int, of entity: Int) {
        let mentions = article.entities[entity].mentions
        guard mentions.indices.contains(index) else { return }
        select(entity: entity)
        selection = .entity(entity, mention: index)
        reveal(line: line(of: mentions[index]))
    }

    /// Enter in the entities sidebar: selects the entity under the cursor and jumps to its
    /// first mention; an overlay closes.
    mutating func activateEntityCursor() {
        guard let entity = entityAtCursor else { return }
        go(toMention: 0, of: entity)
        if overlayPanel == .entities { leaveSidebar() }
    }

    /// `]` and `[`: the mention `step` on (or back) from the current one of the selected
    /// entity (the one under the cursor when the entities sidebar has the focus), or from
    /// the top of the viewport when the current one is off screen. At the ends the status
    /// line says so.
    mutating func jumpMention(by step: Int) {
        let entity = focus == .entities ? entityAtCursor : selection.entity
        guard let entity else {
            statusMessage = hasPanel(.entities)
                ? "no entity selected (Tab or E: entities)" : "no named entities in this article"
            return
        }
        let mentions = article.entities[entity].mentions
        guard !mentions.isEmpty else { return }
        let target: Int
        if selection.entity == entity, let current = selection.mention, isCurrentMentionOnScreen {
            target = current + step
        } else {
            let firstBelow = mentions.firstIndex { line(of: $0) >= topLine } ?? mentions.count
            target = step > 0 ? firstBelow + step - 1 : firstBelow + step
        }
        guard target >= 0 else {
            statusMessage = "no earlier mention (first mention)"
            if selection.entity != entity || selection.mention == nil { go(toMention: 0, of: entity) }
            return
        }
        guard target < mentions.count else {
            select(entity: entity)
            statusMessage = "no more mentions (last mention)"
            return
        }
        go(toMention: target, of: entity)
    }

    /// Esc in the article (and `c`): nothing selected any more, so no highlight.
    mutating func clearSelection() {
        selection = .none
    }

    /// `s` for an entity: narrows the quotes to those whose speaker is the entity under
    /// the cursor (entities sidebar) or the selected entity (article), or widens them again
    /// when they already are; says so when the entity has no quotes. From the entities
    /// sidebar, the quotes panel is brought on screen with the focus when it is hidden.
    mutating func filterQuotesByEntity() {
        let entity = focus == .entities ? entityAtCursor : selection.entity
        guard let entity else { return }
        if speakerFilterEntity == entity {
            clearSpeakerFilter()
            return
        }
        let name = article.entities[entity].name
        guard article.quotes.contains(where: { $0.speakerEntity == entity }) else {
            statusMessage = "no quotes by \(name)"
            return
        }
        setSpeakerFilter(entity: entity, keeping: currentQuote)
        if focus == .entities, !isShown(.quotes) {
            let message = statusMessage
            focus(panel: .quotes)
            statusMessage = message
        }
    }

    /// Scrolls the entities list so that the cursor's row (and its group header, when it
    /// is the group's first entry) is among the rows shown.
    mutating func keepEntityCursorVisible() {
        keepCursorVisible(.entities)
    }
}
