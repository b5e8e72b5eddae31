import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Issue 13: speakers and quotation shapes where readers fail on real news, each on a short
/// fictional article (invented people, parties and bodies).
@Suite("Quote extractor: speakers and marks on news prose (issue 13)")
struct QuoteExtractorNewsTests {
    private func analysed(_ paragraphs: [String]) -> Article {
        QuoteExtractorFixture.article(paragraphs).analysed()
    }

    @Test("'he' is the subject of the sentence before, not the person named most recently")
    func pronounTakesPreviousSubject() throws {
        let article = analysed([
            "Transport minister Mira Okonkwo met opposition leader Dmitri Calloway on Monday.",
            "Calloway, who had asked for the meeting, spoke after Okonkwo. He told reporters the plan was \u{201C}a disaster\u{201D}.",
        ])
        let quote = try #require(article.quotes.first)
        #expect(quote.speakerMention == "He")
        #expect(quote.speaker == "Dmitri Calloway")
    }

    @Test("a name inside an opening participial phrase is not the speaker")
    func participialPhrase() throws {
        let article = analysed([
            "Facing pressure from the European Rail Commission, Okonkwo said: \u{201C}There is no alternative.\u{201D}",
        ])
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Okonkwo")
    }

    @Test("a quotation that goes on after a full stop with a new opening mark keeps every sentence")
    func brokenMarks() throws {
        let article = analysed([
            "Calloway spoke last. \"We will not give up on my country. \"I will stand again next year,\" Calloway said.",
        ])
        let quote = try #require(article.quotes.first)
        #expect(article.quotes.count == 1)
        #expect(quote.text.contains("We will not give up on my country."))
        #expect(quote.text.contains("I will stand again next year"))
        #expect(quote.speaker == "Calloway")
    }

    @Test("German „…“ and ‚…‘, and French « … » with inner spaces")
    func europeanMarks() throws {
        let german = analysed(["\u{201E}Wir bleiben hier\u{201C}, said Hanne Brandt, a councillor in Kessington."])
        #expect(german.quotes.first?.text == "Wir bleiben hier")
        #expect(german.quotes.first?.speaker == "Hanne Brandt")
        let single = analysed(["\u{201A}Nie wieder\u{2018}, sagte der Titel."])
        #expect(single.quotes.first?.text == "Nie wieder")
        let french = analysed(["\u{AB} Nous restons ici \u{BB}, said Sofia Moreau, the mayor of Tolverton."])
        #expect(french.quotes.first?.text == "Nous restons ici")
        #expect(french.quotes.first?.speaker == "Sofia Moreau")
    }

    @Test("a quotation over two paragraphs with an opening mark on each is one quotation")
    func multiParagraph() throws {
        let article = analysed([
            "\u{201C}This is the first paragraph of a long statement about the harbour.",
            "\u{201C}And this is the second paragraph of it,\u{201D} said Kwame Mensah, the harbour master.",
        ])
        #expect(article.quotes.count == 1)
        let quote = try #require(article.quotes.first)
        #expect(quote.ranges.count == 2)
        #expect(quote.speaker == "Kwame Mensah")
    }

    @Test("a speaker named in the paragraph before")
    func speakerInPreviousParagraph() throws {
        let article = analysed([
            "Harbour master Kwame Mensah spoke first at the meeting in Tolverton.",
            "\u{201C}We are ready for the storm,\u{201D} he said.",
        ])
        #expect(article.quotes.first?.speaker == "Kwame Mensah")
    }

    @Test("less common cues", arguments: ["insisted", "conceded", "quipped", "recalled", "wrote", "posted"])
    func lessCommonCues(_ cue: String) throws {
        let article = analysed(["\u{201C}The bridge will be ready,\u{201D} Ines Varga \(cue)."])
        let quote = try #require(article.quotes.first)
        #expect(quote.cue == cue)
        #expect(quote.speaker == "Ines Varga")
    }

    @Test("several speakers in one paragraph")
    func severalSpeakers() throws {
        let article = analysed([
            "\u{201C}The vote was fair,\u{201D} said Ines Varga. \u{201C}It was not,\u{201D} said Owen Pryor, and Marta Quist added: \u{201C}We will see.\u{201D}",
        ])
        #expect(article.quotes.map(\.speaker) == ["Ines Varga", "Owen Pryor", "Marta Quist"])
    }

    @Test("a person after a capitalised office or party title is the speaker, the title their role")
    func personAfterPartyTitle() throws {
        let article = analysed([
            "Green Renewal Party MP Marta Quist said: \u{201C}The result is a warning.\u{201D}",
        ])
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Marta Quist")
        let entity = try #require(quote.speakerEntity.map { article.entities[$0] })
        #expect(entity.role == "Green Renewal Party MP")
        #expect(article.entities.contains { $0.name == "Green Renewal Party" && $0.kind == .organization })
    }

    @Test("an organization's name, lower-case words with a role and a person's name are one speaker phrase")
    func organizationRoleAndName() throws {
        let article = analysed([
            "\u{201C}We have kept every promise,\u{201D} Harbour House press secretary Nora Quill said at a briefing on Monday.",
        ])
        let quote = try #require(article.quotes.first)
        #expect(quote.speakerMention == "Nora Quill")
        #expect(quote.speaker == "Nora Quill")
        #expect(quote.cue == "said")
    }

    @Test("a quotation after a verb of stance is the clause's subject's", arguments: ["attacked", "has used", "blasted", "ruled"])
    func stanceVerb(verb: String) throws {
        let article = analysed([
            "Senator Ilse Marwick spoke in Dunmere on Friday.",
            "In a long speech, Marwick \(verb) \u{201C}the tired politics of the old guard\u{201D} in front of supporters.",
        ])
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Ilse Marwick")
        #expect(quote.kind == .partial)
    }

    @Test("a song's title after 'sang' is nobody's quotation")
    func songTitleIsNoQuotation() throws {
        let article = analysed(["Volunteers sang \u{201C}Harbour Lights Home\u{201D} as the boats came in."])
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.kind == .scare)
    }

    @Test("a quotation inside a sentence that ends with the attribution is the speaker's")
    func attributionEndsSentence() throws {
        let article = analysed([
            "A clerk who \u{201C}takes a few notes home\u{201D} is punished at once, Senator Ilse Marwick said. Managers are not.",
        ])
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Ilse Marwick")
        #expect(quote.cue == "said")
        // Not when the sentence goes on after the cue: the quotation is not the speaker's.
        let other = analysed(["The plan to cut \u{201C}needless red tape\u{201D} failed, Marwick said the report showed."])
        #expect(other.quotes.first?.speaker == nil)
    }

    @Test("'it' is the organization heading the subject of the sentence before")
    func itTakesPreviousOrganizationSubject() throws {
        let article = analysed([
            "Calder Foods Ltd met its investors on Friday after Ana Ruiz wrote to every one of them.",
            "It said the closure was \u{201C}a mistake we will put right\u{201D}.",
        ])
        let quote = try #require(article.quotes.first)
        #expect(quote.speakerMention == "It")
        #expect(quote.speaker == "Calder Foods Ltd")
    }
}
