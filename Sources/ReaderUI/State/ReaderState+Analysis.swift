import ArticleModel

extension ReaderState {
    /// Takes the analysed article (``Message/analysisFinished(_:)``): its quotations and named
    /// entities replace the empty ones the reader opened with, the entities sidebar's order is
    /// rebuilt, and the text is laid out again only if a newly docked sidebar changes the
    /// measure (the reading place is kept through ``anchor``).
    ///
    /// An article whose blocks differ from the one being read is ignored: its ranges would
    /// point into other text.
    mutating func applyAnalysis(_ analysed: Article) {
        guard analysed.blocks == article.blocks else { return }
        article = analysed
        entityList = EntityList(entities: analysed.entities)
        outline = Outline(article: analysed)
        selection = .none
        speakerFilter = nil
        speakerFilterEntity = nil
        resetPanelViewports()
        relayout()
    }
}
