@testable import ArticleParsing
import Testing

@Test func scratch() {
    print("BP", BoilerplateLexicon.phrases.filter { $0.first?.hasPrefix("edit") == true })
    print("BP", "editors' picks".split(separator: " ").map(TextShape.normalisedWord))
}
