@testable import ArticleParsing
import Testing

@Test func scratch() {
    print("BP", BoilerplateLexicon.isBoilerplate("Editors' picks"), TextShape.normalisedWord("Editors'"), BoilerplateLexicon.phrasesByFirstWord["editors"] ?? [])
}
