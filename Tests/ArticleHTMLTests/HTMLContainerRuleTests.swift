import ArticleHTML
import ArticleModel
import Testing

/// Rules of the container choice (``ContentExtractor``) on small pages written for them:
/// landmarks that hold the page, section headers inside the article, the lead paragraph
/// beside the headline, questions with their answers, and scholarly reference lists.
struct HTMLContainerRuleTests {
    /// Four sentences of prose, different per `topic`, about 120 characters each.
    static func prose(_ topic: String) -> [String] {
        [
            "The \(topic) committee met on Tuesday evening in the old library and agreed to publish its findings before the end of the month.",
            "Members of the \(topic) group said the figures had been checked twice by the county office and were ready for the public to read.",
            "A spokeswoman for the \(topic) board said the work had taken longer than planned because the records were kept in three places.",
            "The next meeting on the \(topic) question is planned for the spring, when the council will decide how to spend the money it has left.",
        ]
    }

    static func text(_ html: String) -> String {
        HTMLArticleParser().parse(bytes: Array(html.utf8), source: "rule.html").blocks.map(\.text).joined(separator: "\n")
    }

    @Test("a nav or header that holds the page's main element (misnested markup) is not furniture")
    func landmarkHoldingMain() {
        let body = Self.prose("harbour")
        // The nav's list is never closed properly, so the parser nests the whole page in it.
        let html = """
            <html><head><title>Harbour report</title></head><body>
            <header><nav class="navbar"><ul><li><a href="/a">Home</a></li><li><a href="/b">Sport</a></li></ul>
            <div class="menu-wrap"><main id="main"><article><h1>Harbour report</h1>
            \(body.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </article></main></div></nav></header></body></html>
            """
        let text = Self.text(html)
        for paragraph in body { #expect(text.contains(paragraph)) }
        #expect(!text.contains("Sport"))
    }

    @Test("a header wrapping only a section's heading inside the article keeps the heading; the page banner stays out")
    func headingWrapper() {
        let body = Self.prose("orchard")
        let html = """
            <html><head><title>Orchard guide</title></head><body>
            <header class="site"><h1>Orchard guide</h1><p>The county's gardening paper since 1950, every week.</p></header>
            <article><div class="body">
            <p>\(body[0])</p><p>\(body[1])</p>
            <section class="fold"><header class="fold-head"><h3>What the pickers were told</h3></header>
            <p>\(body[2])</p></section>
            <p>\(body[3])</p>
            </div></article></body></html>
            """
        let text = Self.text(html)
        #expect(text.contains("What the pickers were told"))
        for paragraph in body { #expect(text.contains(paragraph)) }
        #expect(!text.contains("gardening paper since 1950"))
    }

    @Test("the lead paragraph in the title box beside the headline joins the article before its body")
    func leadBesideHeadline() {
        let body = Self.prose("ferry")
        let lead = "Three island ferries will run through the winter after all, the council said on Monday, ending a month of uncertainty."
        let html = """
            <html><head><title>Winter ferries saved</title></head><body>
            <div class="stage"><div class="stage-head"><h1>Winter ferries saved</h1></div>
            <div class="stage-intro"><p>\(lead)</p></div>
            <figure><figcaption><p>The ferry at the north quay on a calm morning in the autumn, before the timetable changed.</p></figcaption></figure></div>
            <div class="basis"><div class="basis-text">
            \(body.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </div></div></body></html>
            """
        let blocks = HTMLArticleParser().parse(bytes: Array(html.utf8), source: "lead.html").blocks
        let paragraphs = blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.first == lead)
        for paragraph in body { #expect(paragraphs.contains(paragraph)) }
        // The caption between them is not a lead paragraph.
        #expect(!paragraphs.contains { $0.hasPrefix("The ferry at the north quay") })
    }

    @Test("the standfirst in the article's own header (beside its headline) or marked as an excerpt joins; the header's other lines and the site banner stay out")
    func leadInArticleHeader() {
        let body = Self.prose("lighthouse")
        let lead = "The last keeper of the northern lighthouse retires this week after forty years, and the light will be run from the mainland."
        let excerpt = "Whatever one thinks of automation, there is no denying that the old keeper has become a familiar face along the whole coast."
        let html = """
            <html><head><title>Last keeper retires</title></head><body>
            <header class="site-banner"><div class="brand">Coast Courier</div><p>News from every harbour on the coast, updated through the day and night.</p></header>
            <header class="article-header"><h1>Last keeper retires</h1><p class="meta-line">Filed from the north quay</p><p>\(lead)</p>
            <div class="share"><a href="/s">Share</a></div></header>
            <figure><figcaption>The lighthouse at dusk.</figcaption></figure>
            <h2 class="article-excerpt">\(excerpt)</h2>
            <div class="story-text">\(body.map { "<p>\($0)</p>" }.joined(separator: "\n"))</div></body></html>
            """
        let text = Self.text(html)
        #expect(text.contains(lead))
        #expect(text.contains(excerpt))
        for paragraph in body { #expect(text.contains(paragraph)) }
        #expect(!text.contains("News from every harbour"))
        #expect(!text.contains("Filed from the north quay"))
    }

    @Test("a question page keeps the question with its answers, whose bodies share the question's class")
    func questionWithAnswers() {
        let question = "How does a ferry timetable get decided when the islands disagree about which crossings matter most in winter?"
        let answers = [Self.prose("timetable"), Self.prose("crossing"), Self.prose("quay")]
        let answerBoxes = answers.enumerated().map { index, paragraphs in
            """
            <div class="answer" id="answer-\(index)"><div class="vote">\(index + 3)</div><div class="answer-cell">
            <div class="post-text">\(paragraphs.map { "<p>\($0)</p>" }.joined())</div>
            <div class="answer-footer"><a href="/u/\(index)">user\(index)</a></div></div></div>
            """
        }
        let html = """
            <html><head><title>Ferry timetables</title></head><body><div id="content">
            <div id="mainbar"><div class="question"><h1>Ferry timetables</h1><div class="question-cell">
            <div class="post-text"><p>\(question)</p></div></div></div>
            <div id="answers">\(answerBoxes.joined(separator: "\n"))</div></div></div></body></html>
            """
        let text = Self.text(html)
        #expect(text.contains(question))
        for paragraphs in answers { for paragraph in paragraphs { #expect(text.contains(paragraph)) } }
    }

    @Test("a scholarly page's comma-rich reference list does not push out its abstract")
    func referenceList() {
        let abstract = Self.prose("survey")
        let citations = (0..<30).map { "Aldane K, Borrow P, Cask T, Dune R. A study of item \($0), part one, part two. Journal of Northern Studies, 19\($0 % 10)0, 4, 12-19." }
        let html = """
            <html><head><title>A survey of island services</title></head><body><article><div class="article-body">
            <h1>A survey of island services</h1>
            <section class="abstract"><h2>Abstract</h2>\(abstract.map { "<p>\($0)</p>" }.joined())</section>
            <section class="article-references"><h2>References</h2><ol class="references-list">
            \(citations.map { "<li><p>\($0)</p></li>" }.joined(separator: "\n"))
            </ol></section></div></article></body></html>
            """
        let text = Self.text(html)
        for paragraph in abstract { #expect(text.contains(paragraph), "\(text)") }
    }
}

/// Calls to action inside the article's container (``EdgePrompts``).
struct HTMLReaderPromptRuleTests {
    @Test("a short call to action addressed to the reader is dropped wherever it stands; story sentences and quotes stay")
    func readerPromptsInTheMiddle() {
        let body = HTMLContainerRuleTests.prose("bridge") + HTMLContainerRuleTests.prose("tunnel")
        let prompts = [
            "Never miss a story from the coast by signing up to our morning email today!",
            "To continue reading, please subscribe to the Coast Courier from one pound a week.",
            "Suscríbete y apoya el periodismo local. Cancela cuando quieras.",
        ]
        let kept = [
            "The paper's editor said the number of readers who subscribe to the printed edition had fallen by a third since the bridge closed.",
            "“Never miss a chance to cross while the bridge is open,” the ferryman told his passengers on the last evening of the summer.",
        ]
        var paragraphs = body
        paragraphs.insert(prompts[0], at: 2)
        paragraphs.insert(kept[0], at: 4)
        paragraphs.insert(prompts[1], at: 5)
        paragraphs.insert(kept[1], at: 6)
        paragraphs.insert(prompts[2], at: 7)
        let html = """
            <html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>
            <div class="story">\(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))</div></article></body></html>
            """
        let text = HTMLContainerRuleTests.text(html)
        for paragraph in body + kept { #expect(text.contains(paragraph)) }
        for prompt in prompts { #expect(!text.contains(prompt)) }
    }
}
