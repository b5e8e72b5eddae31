/// What the reader has selected, shared by the article pane and both sidebars: nothing, one
/// quotation, or one named entity (with the mention the mention keys last went to).
///
/// Selecting a quotation clears an entity selection and the other way round; the article
/// pane paints the selection (the current quotation, or every mention of the entity with
/// the current one set apart) and the status line counts it while the article, the quotes or
/// the entities panel has the focus ("quote 3/17",
/// "mention 2/9 · Name").
public enum Selection: Sendable, Equatable {
    /// Nothing is selected.
    case none
    /// The quotation at this index of `article.quotes`.
    case quote(Int)
    /// The entity at this index of `article.entities`; `mention` is the index in its
    /// ``ArticleModel/Entity/mentions`` of the current mention, or `nil` before the first
    /// jump to one.
    case entity(Int, mention: Int?)

    /// The selected quotation's index, when a quotation is selected.
    public var quote: Int? {
        if case .quote(let index) = self { return index }
        return nil
    }

    /// The selected entity's index, when an entity is selected.
    public var entity: Int? {
        if case .entity(let index, _) = self { return index }
        return nil
    }

    /// The current mention's index in the selected entity's mentions, when there is one.
    public var mention: Int? {
        if case .entity(_, let mention) = self { return mention }
        return nil
    }
}
