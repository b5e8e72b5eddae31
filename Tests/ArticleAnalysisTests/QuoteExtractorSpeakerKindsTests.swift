import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Issue 13: kinds of speaker failures a new user found with the release binary, each on a
/// short fictional article (invented people and places) stating the right speaker.
@Suite("Quote extractor: speaker kinds from new-user trials (issue 13)")
struct QuoteExtractorSpeakerKindsTests {
    private func quotes(_ paragraphs: [String]) -> [Quote] {
        QuoteExtractorFixture.article(paragraphs).analysed().quotes
    }

    private func quote(_ quotes: [Quote], containing words: String) throws -> Quote {
        try #require(quotes.first { $0.text.contains(words) })
    }

    @Test("'she' skips a person the article shows to be a man ('he' earlier resolved to him)")
    func pronounGender() throws {
        let found = quotes([
            "Councillor Owen Pike met Councillor Ruth Alder after the vote.",
            "Pike met Alder again on Monday. He said they had \u{201C}agreed on nothing\u{201D}. She said the talks were \u{201C}polite but useless\u{201D}.",
        ])
        #expect(try quote(found, containing: "agreed on nothing").speaker == "Owen Pike")
        #expect(try quote(found, containing: "polite but useless").speaker == "Ruth Alder")
    }

    @Test("German cues (sagte, so X) and French cues (a déclaré, affirme, selon X) with „…“ and « … »")
    func germanAndFrenchCues() throws {
        let found = quotes([
            "Bürgermeisterin Katrin Albers sagte am Dienstag: \u{201E}Die Brücke kommt im Herbst.\u{201C}",
            "\u{201E}Das ist zu teuer\u{201C}, sagte Stadtrat Jonas Weber. \u{201E}Wir warten ab\u{201C}, so Lena Hartl.",
            "\u{AB} C'est une bonne nouvelle \u{BB}, a déclaré Claire Dubois, maire de Brévanne. \u{AB} Nous suivrons le projet \u{BB}, affirme Paul Ravel.",
            "Selon Marc Tissot, \u{AB} le chantier avance \u{BB}.",
        ])
        #expect(try quote(found, containing: "Die Brücke").speaker == "Katrin Albers")
        #expect(try quote(found, containing: "zu teuer").speaker == "Jonas Weber")
        #expect(try quote(found, containing: "Wir warten").speaker == "Lena Hartl")
        #expect(try quote(found, containing: "bonne nouvelle").speaker == "Claire Dubois")
        #expect(try quote(found, containing: "Nous suivrons").speaker == "Paul Ravel")
        #expect(try quote(found, containing: "chantier").speaker == "Marc Tissot")
    }

    @Test("French 'Elle a ajouté' takes the woman named before")
    func frenchPronoun() throws {
        let found = quotes([
            "\u{AB} C'est une bonne nouvelle \u{BB}, a déclaré Claire Dubois. Elle a ajouté : \u{AB} Nous suivrons le projet. \u{BB}",
        ])
        #expect(try quote(found, containing: "Nous suivrons").speaker == "Claire Dubois")
    }

    @Test("a sentence-initial or inner contraction 'I'm' is no speaker's name")
    func contractionIsNoName() throws {
        let found = quotes([
            "Although I'm usually called \u{201C}the fixer\u{201D} at work, my name is Ola Brandt.",
        ])
        let nickname = try quote(found, containing: "the fixer")
        #expect(nickname.speaker == nil)
        #expect(nickname.speakerMention != "I'm")
    }

    @Test("a number with a slash inside the description before the name: 'said 9/11 widow Nora Quill'")
    func numberInDescription() throws {
        let found = quotes([
            "Councillor Owen Pike opened the hearing.",
            "\u{201C}We lost everything that day,\u{201D} said 9/11 widow Nora Quill.",
        ])
        #expect(try quote(found, containing: "lost everything").speaker == "Nora Quill")
    }

    @Test("'what they call' and a passive 'is called' before a quotation quote nobody")
    func genericNaming() throws {
        let found = quotes([
            "Councillor Owen Pike toured the valley on Monday.",
            "Residents of what they call \u{201C}the forgotten end\u{201D} of the valley turned out in force.",
            "The new ferry is called \u{201C}Morning Star\u{201D} by the crew.",
        ])
        let generic = try quote(found, containing: "forgotten end")
        #expect(generic.speaker == nil)
        #expect(generic.kind == .scare)
        #expect(try quote(found, containing: "Morning Star").speaker == nil)
    }
}

extension QuoteExtractorSpeakerKindsTests {
    @Test("a quoted nickname inside a name neither ends the attribution nor is anybody's words")
    func nicknameInsideName() throws {
        let found = QuoteExtractorFixture.article([
            "Dockworkers gathered at the gate on Friday.",
            "\u{201C}We are not done yet,\u{201D} union steward Marta \u{201C}Tess\u{201D} Holm shouted to the crowd.",
        ]).analysed().quotes
        let words = try #require(found.first { $0.text.contains("not done yet") })
        #expect(words.speaker == "Marta Holm")
        let nickname = try #require(found.first { $0.text == "Tess" })
        #expect(nickname.kind == .scare)
        #expect(nickname.speaker == nil)
    }
}

extension QuoteExtractorSpeakerKindsTests {
    @Test("an attribution right after the quotation beats a colon lead-in whose cue is far from it")
    func adjacentAfterBeatsFarLeadIn() throws {
        let found = QuoteExtractorFixture.article([
            "Councillor Owen Pike wrote to the harbour union on Friday.",
            "The letter said Pike would keep the night shift for the dock workers of the eastern quay in Tolverton: \u{201C}We are ready to talk,\u{201D} the union wrote.",
        ]).analysed().quotes
        let reply = try #require(found.first { $0.text.contains("ready to talk") })
        #expect(reply.speakerMention == "the union")
        #expect(reply.cue == "wrote")
    }
}

extension QuoteExtractorSpeakerKindsTests {
    @Test("a possessive and a noun of relation, then the name in an appositive with a nickname: the named person speaks")
    func relationAppositiveWithNickname() throws {
        let found = QuoteExtractorFixture.article([
            "Councillor Owen Pike spoke first at the rally.",
            "\u{201C}This is our year!\u{201D} Pike's niece, dock steward Marta \u{201C}Tess\u{201D} Holm (Harbour Union), shouted to the crowd.",
        ]).analysed().quotes
        let cheer = try #require(found.first { $0.text.contains("our year") })
        #expect(cheer.speaker == "Marta Holm")
    }

    @Test("a progressive naming verb has its own subject: 'X's doctor is calling him \"…\"'")
    func progressiveParticiple() throws {
        let found = QuoteExtractorFixture.article([
            "Candidate Owen Pike released his medical records on Friday.",
            "Councillor Owen Pike's doctor is calling the candidate \u{201C}remarkably fit for his age.\u{201D}",
        ]).analysed().quotes
        let verdict = try #require(found.first { $0.text.contains("remarkably fit") })
        #expect(verdict.speakerMention?.contains("doctor") == true)
    }
}

extension QuoteExtractorSpeakerKindsTests {
    @Test("'the 41-year-old father of two replied' is the speaker's phrase, 'of two' included")
    func descriptionWithCount() throws {
        let found = QuoteExtractorFixture.article([
            "Councillor Owen Pike presented the plan on Monday.",
            "When pressed on the cost of the ferry, the 41-year-old father of two replied, \u{201C}We will find the money somewhere.\u{201D}",
        ]).analysed().quotes
        let reply = try #require(found.first { $0.text.contains("find the money") })
        #expect(reply.speakerMention == "the 41-year-old father of two")
    }

    @Test("a title between the commas of an opening phrase is no subject: 'In his memoir, Harbour Lights, Pike recalled'")
    func appositiveInOpeningPhrase() throws {
        let found = QuoteExtractorFixture.article([
            "Councillor Owen Pike grew up by the river.",
            "In his 2019 memoir, Harbour Lights, Pike recalled the flood. He said the water rose \u{201C}faster than anyone expected.\u{201D}",
        ]).analysed().quotes
        #expect(try #require(found.first { $0.text.contains("faster than") }).speaker == "Owen Pike")
    }

    @Test("a plural organization noun heads a subject: 'several environmental groups …, saying \"…\"'")
    func pluralOrganizationSubject() throws {
        let found = QuoteExtractorFixture.article([
            "Councillor Owen Pike asked for more time.",
            "In August, several environmental groups granted Pike an extension on the order, saying his \u{201C}plan was sound enough.\u{201D}",
        ]).analysed().quotes
        #expect(try #require(found.first { $0.text.contains("plan was sound") }).speakerMention == "several environmental groups")
    }
}

extension QuoteExtractorSpeakerKindsTests {
    @Test("title-case words after a naming verb with a speaker are that speaker's partial quotation, not a title")
    func namingInTitleCase() throws {
        let found = QuoteExtractorFixture.article([
            "Councillor Owen Pike spoke after the vote.",
            "Pike called the harbour master \u{201C}Captain Delay\u{201D} twice during the meeting.",
            "Pike later wrote a column in \u{201C}The Harbour Review\u{201D} about the vote.",
        ]).analysed().quotes
        let nickname = try #require(found.first { $0.text == "Captain Delay" })
        #expect(nickname.kind == .partial)
        #expect(nickname.speaker == "Owen Pike")
        #expect(try #require(found.first { $0.text == "The Harbour Review" }).kind == .scare)
    }
}
