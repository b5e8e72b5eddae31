import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Attribution patterns and speaker resolution, on fictional sentences.
@Suite("Quote extractor: attribution and speakers")
struct QuoteExtractorAttributionTests {
    typealias Fixture = QuoteExtractorFixture

    /// One attribution case: a paragraph after ``QuoteExtractorFixture/cast``, and the
    /// expected cue, mention and speaker of its first quotation.
    struct Case: Sendable, CustomTestStringConvertible {
        var paragraph: String
        var cue: String?
        var mention: String?
        var speaker: String?
        var testDescription: String { paragraph }
    }

    @Test("attribution patterns", arguments: [
        Case(paragraph: #"Ruiz said: "The bridge is ready.""#, cue: "said", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"Ruiz said that "the bridge is ready.""#, cue: "said", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," Ruiz said."#, cue: "said", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," said Ruiz."#, cue: "said", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," said Valmont Mayor Ana Ruiz."#, cue: "said", mention: "Ana Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," Mayor Ruiz said on Friday."#, cue: "said", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"The bridge "is ready for trams," according to Ruiz."#, cue: "according to", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"According to Ruiz, "the bridge is ready.""#, cue: "according to", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"The toll is "a tax on tourists," as Ruiz put it."#, cue: "put it", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: "“The bridge is ready.” — Ana Ruiz", cue: nil, mention: "Ana Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," Ruiz was quoted as saying."#, cue: "was quoted as saying", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," Ruiz was cited as saying in the bulletin."#, cue: "was cited as saying", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"The bulletin quoted Bell as saying "the deck is dry.""#, cue: "quoted as saying", mention: "Bell", speaker: "Tomas Bell"),
        Case(paragraph: #""The bridge is ready," it was said by Ruiz."#, cue: "was said", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"Ruiz told a press conference on Friday that "the bridge is ready.""#, cue: "told", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," Ruiz told reporters."#, cue: "told", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," Ruiz later added."#, cue: "added", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," Bell, the harbour engineer, said."#, cue: "said", mention: "Bell", speaker: "Tomas Bell"),
        Case(paragraph: #"Ruiz opened the bridge, saying "it is ready for trams.""#, cue: "saying", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"Bell described the old ferry as "a floating museum.""#, cue: "described", mention: "Bell", speaker: "Tomas Bell"),
        Case(paragraph: #"Bell criticised the toll as "a tax on tourists.""#, cue: "criticised", mention: "Bell", speaker: "Tomas Bell"),
        Case(paragraph: #"Ruiz stressed that the bridge was "ready for trams" and left."#, cue: "stressed", mention: "Ruiz", speaker: "Ana Ruiz"),
        // Two people named and no speaker yet: "she" is ambiguous.
        Case(paragraph: #"She said the "bridge is ready.""#, cue: "said", mention: "She", speaker: nil),
        Case(paragraph: #"Said Ruiz: "The bridge is ready.""#, cue: "said", mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #"Ruiz had a message for the council: "The bridge is ready.""#, cue: nil, mention: "Ruiz", speaker: "Ana Ruiz"),
        Case(paragraph: #""The bridge is ready," a source said."#, cue: "said", mention: "a source", speaker: nil),
        Case(paragraph: #""The bridge is ready," they said."#, cue: "said", mention: "they", speaker: nil),
        Case(paragraph: #"The council dropped its "harbour tax" in June."#, cue: nil, mention: nil, speaker: nil),
    ])
    func patterns(_ testCase: Case) throws {
        let quotes = Fixture.quotes(Fixture.cast, testCase.paragraph)
        let quote = try #require(quotes.first)
        #expect(quote.cue == testCase.cue)
        #expect(quote.speakerMention == testCase.mention)
        #expect(quote.speaker == testCase.speaker)
    }

    @Test("'the Home Secretary' is not a former Home Secretary; two mayors in one sentence: 'the mayor' is neither")
    func formerAndSeveralHolders() {
        let former = Fixture.quotes(#"Former Home Secretary Edwin Marsh met officials in Amman. "We are close," the Home Secretary said in London."#)
        #expect(former.count == 1)
        #expect(former.first?.speaker == nil)
        let hyphen = Fixture.quotes(#"The ex-Home Secretary Edwin Marsh met officials in Amman. "We are close," the Home Secretary said."#)
        #expect(hyphen.first?.speaker == nil)
        let holder = Fixture.quotes(#"Home Secretary Nadia Okoro met officials in Amman. "We are close," the Home Secretary said."#)
        #expect(holder.first?.speaker == "Nadia Okoro")
        let two = Fixture.quotes(
            "On Friday, Mayor Ilse Brandt and Mayor Oskar Lind met to discuss the river bridge.",
            #""We need the bridge by 2030," the mayor said after the meeting."#)
        #expect(two.count == 1)
        #expect(two.first?.speaker == nil)
    }

    @Test("the mention range points at the mention")
    func mentionRange() throws {
        let article = Fixture.article([Fixture.cast, #""The bridge is ready," said Valmont Mayor Ana Ruiz."#])
        let quote = try #require(QuoteExtractor().extract(from: article).first)
        let range = try #require(quote.speakerMentionRange)
        #expect(range.block == 1)
        #expect(Fixture.text(of: range, in: article) == "Ana Ruiz")
    }

    @Test("a split quotation: the attribution in the middle serves both parts")
    func splitQuotation() {
        let quotes = Fixture.quotes(Fixture.cast, #""The bridge is ready," Ruiz said, "and the trams will follow.""#)
        #expect(quotes.map(\.text) == ["The bridge is ready,", "and the trams will follow."])
        #expect(quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
        #expect(quotes.map(\.cue) == ["said", "said"])
        #expect(quotes.map(\.kind) == [.direct, .direct])
    }

    @Test("a split quotation over two sentences: the second part inherits the attribution")
    func splitSentences() {
        let quotes = Fixture.quotes(Fixture.cast, #""The bridge is ready," Ruiz said. "The trams will follow.""#)
        #expect(quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
        #expect(quotes.map(\.cue) == ["said", "said"])
        #expect(quotes.map(\.speakerMention) == ["Ruiz", "Ruiz"])
    }

    @Test("partial quotations in one sentence share its attribution")
    func sharedSentence() {
        let quotes = Fixture.quotes(
            Fixture.cast, #"Ruiz said the bridge was "nearly done" but "not yet safe" for trams."#)
        #expect(quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
        #expect(quotes.map(\.kind) == [.partial, .partial])
    }

    @Test("quotations in captions are attributed")
    func captions() throws {
        let article = Article(blocks: [
            Block(kind: .paragraph, text: "The Valmont Harbour Agency (VHA) opened the bridge on Friday."),
            Block(kind: .caption, text: #"The bridge at dawn. "All crews worked through the night," state-run VHA reported."#, credit: "Valmont Daily"),
        ])
        let quote = try #require(QuoteExtractor().extract(from: article).first)
        #expect(quote.text == "All crews worked through the night,")
        #expect(quote.kind == .direct)
        #expect(quote.cue == "reported")
        #expect(quote.speakerMention == "VHA")
        #expect(quote.speaker == "Valmont Harbour Agency")
    }

    // MARK: - Speaker resolution

    @Test("speaker resolution", arguments: [
        // A surname resolves to the most recent full name ending with it.
        (["Harbour Authority spokesperson Lina Okafor spoke on Monday.", #""The ferries will run," Okafor said."#], "Lina Okafor"),
        // Family name first.
        (["Supreme Commander Park Ji Woo arrived in Valmont.", #""We are ready," Park said."#], "Park Ji Woo"),
        // Titles and possessives are not part of the name.
        ([#""Ready," said President Ana Ruiz."#], "Ana Ruiz"),
        (["Mayor Ana Ruiz's deputy resigned.", #""A pity," Ruiz's successor said."#], nil),
        // A pronoun: the last person who spoke.
        ([#""The budget is fixed," Okafor said of Lina Okafor's plan."#, #"She added that "no fares will rise.""#], "Lina Okafor"),
        // A pronoun skips people of the other gender.
        ([#""The trams are late," said Lina Okafor, a spokeswoman for the Harbour Authority."#,
          #""The bridge is fine," said Tomas Bell, a spokesman for the city."#,
          #""We disagree," she said."#], "Lina Okafor"),
        // A pronoun: the subject earlier in the same sentence.
        (["Mayor Ana Ruiz met Tomas Bell.", #"Bell condemned what he called a "reckless toll.""#], "Tomas Bell"),
        // "the report" → the organization that reported.
        (["The state-run Valmont Press Agency (VPA) reported Monday that the bridge was open.", #""Traffic is light," the report said."#], "Valmont Press Agency"),
        // An acronym defined inline.
        (["The state-run Valmont Press Agency (VPA) opened a bureau.", #""Traffic is light," VPA reported."#], "Valmont Press Agency"),
        // A document with its source in the phrase.
        ([#"The two mayors "agreed on a ferry route," according to a Harbour Ministry readout."#], "Harbour Ministry"),
        // "the spokesperson" → the last person written as spokesperson.
        (["Ministry spokesperson Lina Okafor met reporters.", #""No comment," the spokesperson said."#], "Lina Okafor"),
        // "the Valmontese side" → the last organization whose name starts with "Valmontese".
        (["The Valmontese Transport Ministry issued a statement.", #"The talks were "frank and useful," according to the Valmontese side."#], "Valmontese Transport Ministry"),
        // "the ministry" → the last organization named "… Ministry".
        (["The Valmontese Transport Ministry issued a statement.", #""Fares stay," the ministry said."#], "Valmontese Transport Ministry"),
        // An affiliation after the name is not part of it.
        ([#""The tide is high," said Lina Okafor of Valmont."#], "Lina Okafor"),
        ([#"Lina Okafor of the Harbour Institute told reporters "the tide is high.""#], "Lina Okafor"),
        // A country after a title is not part of the name.
        ([#""Fares will fall," said President of Valmont Ana Ruiz."#], "Ana Ruiz"),
        // "the Vice President" is not "the President".
        (["Vice President Tomas Bell and President Ana Ruiz toured the port.", #""The port is busy," the Vice President said."#], "Tomas Bell"),
        // Initials stay in the name.
        (["Valmont University president Tomas J. K. Bell spoke.", #""Welcome," Bell said."#], "Tomas J. K. Bell"),
        // A document's source written after it.
        ([#"The ferry talks "made real progress," according to a readout issued by the Valmontese Transport Ministry."#],
         "Valmontese Transport Ministry"),
        // "X published a report", then "the report said".
        (["The Harbour Institute for Coastal Study published a report on Monday.", #""The tide is rising," the report said."#],
         "Harbour Institute for Coastal Study"),
        // "the institute" → the organization with that word in its name.
        (["The Harbour Institute for Coastal Study opened a lab.", #""We are hiring," the institute said."#],
         "Harbour Institute for Coastal Study"),
        // A full name before a role is an organization's, so its statement is the organization's.
        (["Norvik Shipping spokesperson Ida Berg spoke on Monday.", #""Our ships are ready," Norvik Shipping said in a statement."#,
          #""No route will close," the statement said."#], "Norvik Shipping"),
        // A role made precise by one word, before the name or in an appositive.
        (["On Monday opposition leader Paul Moss spoke.", #""It is a shuffle," the opposition leader said."#], "Paul Moss"),
        (["Ida Berg, Norvik's chief executive, met the mayor.", #""Trade is up," Norvik's chief executive said."#], "Ida Berg"),
        // A person introduced after the last speaker is the one "she" quotes.
        ([#""The budget is fine," Ruiz said."#, "Harbour pilot Lina Okafor has worked the port for 30 years.",
          #""The tides have changed," she said."#], "Lina Okafor"),
        // A dateline is not the subject.
        ([#"VALMONT, Norland — Mayor Ana Ruiz had a message for the council: "The bridge is ready.""#], "Ana Ruiz"),
        // Nothing fits: unknown rather than a guess.
        (["Health Minister Lina Okafor spoke.", #""Wait," the local transport minister said."#], nil),
        ([#""The plan is dead," a senior official said."#], nil),
        ([#""It works," the two men said."#], nil),
        ([#""Fine," she said."#], nil),
        // The one person named just before.
        (["Mayor Ana Ruiz toured the site on Friday.", #"She said the "bridge is ready.""#], "Ana Ruiz"),
    ])
    func resolution(paragraphs: [String], speaker: String?) throws {
        let quotes = QuoteExtractor().extract(from: Fixture.article(paragraphs))
        let quote = try #require(quotes.last)
        #expect(quote.speaker == speaker)
    }

    @Test("a quotation continuing a speaker's turn inherits the speaker")
    func continuation() {
        let quotes = Fixture.quotes(Fixture.cast, #""The bridge is ready," Ruiz said."#, #""The trams will follow in June.""#)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker == "Ana Ruiz")
        #expect(quotes.last?.cue == nil)
        #expect(quotes.last?.speakerMention == nil)
    }

    @Test("another speaker in between takes the turn")
    func turnTaken() {
        let quotes = Fixture.quotes(
            Fixture.cast, #""The bridge is ready," Ruiz said."#, "Bell said the plan was too costly.",
            #""We will see about that.""#)
        #expect(quotes.last?.speaker == "Tomas Bell")
    }

    @Test("a turn does not carry over a paragraph without speech")
    func turnEnds() {
        let quotes = Fixture.quotes(
            Fixture.cast, #""The bridge is ready," Ruiz said."#, "The ferry left at noon.", #""We will see about that.""#)
        #expect(quotes.last?.speaker == nil)
    }

    @Test("a partial quotation without a cue is not given the last speaker")
    func partialWithoutCue() {
        let quotes = Fixture.quotes(
            Fixture.cast, #""The bridge is ready," Ruiz said."#, #"Bell was set to inspect it and "report on the cables.""#)
        #expect(quotes.last?.speaker == nil)
        #expect(quotes.last?.kind == .partial)
    }

    // Regressions from real news text, on fictional sentences.

    @Test("a sentence adverb before a name is not part of the name")
    func sentenceAdverbBeforeName() {
        let quotes = Fixture.quotes(
            "Afterwards Jonas Pellworth visited the quay.", #"Meanwhile Odessa Grint said, "The quay is closed.""#,
            #""It will reopen in May," Pellworth said."#)
        #expect(quotes.map(\.speaker) == ["Odessa Grint", "Jonas Pellworth"])
    }

    @Test("a name run keeps its initials, even one that spells a pronoun")
    func middleInitials() {
        let quotes = Fixture.quotes(#"Harriet A. I. Lomax wrote in a letter, "The town owes the school an apology.""#)
        #expect(quotes.first?.speaker == "Harriet A. I. Lomax")
    }

    @Test("a surname that is a time word is the subject; the person after \"of\" is the topic")
    func timeWordSurname() {
        let quotes = Fixture.quotes(
            "Singer Marla Day and her friend Tom Hollis toured for years.",
            #"When interviewed by the station, Day said of Hollis, "Nothing was ever said about his private life.""#)
        #expect(quotes.first?.speakerMention == "Day")
        #expect(quotes.first?.speaker != "Tom Hollis")
    }

    @Test("a quotation right after the verb, without a comma, is direct")
    func directWithoutComma() {
        let quotes = Fixture.quotes(Fixture.cast, #"Ruiz said "We couldn't finish the deck," and left."#)
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.speaker == "Ana Ruiz")
        let partial = Fixture.quotes(Fixture.cast, #"Ruiz said the deck was "not quite finished" on Friday."#)
        #expect(partial.first?.kind == .partial)
    }

    @Test("\"and\" inside an organization's name after \"of\"")
    func organizationWithAnd() {
        let quotes = Fixture.quotes(#"The Bureau of Roads and Coastal Works said, "The survey is finished.""#)
        #expect(quotes.first?.speaker == "Bureau of Roads and Coastal Works")
    }

    @Test("an organization subject before a colon lead-in speaks")
    func organizationColonLeadIn() {
        let quotes = Fixture.quotes(
            "The Pellworth campaign released a statement it first used in June: \"The council has failed the town.\"")
        #expect(quotes.first?.speakerMention == "The Pellworth campaign")
    }

    @Test("a clause ending in a comma whose subject is a person introduces the quotation", arguments: [
        #"Bell, also on the radio, defended his decision, "I stand by every word of the report.""#,
        #"Bell spoke on local television, "This is going to cost us for a decade.""#,
        #"On Monday, Bell elaborated, "A town cannot borrow forever.""#,
    ])
    func commaLeadIn(paragraph: String) {
        let quotes = Fixture.quotes(Fixture.cast, paragraph)
        #expect(quotes.first?.speaker == "Tomas Bell")
        #expect(quotes.first?.kind == .direct)
    }

    @Test("a comma lead-in needs a person as subject and a lead-in verb")
    func commaLeadInNeedsPerson() {
        let quotes = Fixture.quotes(Fixture.cast, #"In the end the vote went ahead, "As planned and on time.""#)
        #expect(quotes.first?.speaker == nil)
    }
}
