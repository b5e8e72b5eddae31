import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Unit tests of ``EntityRecognizer`` on short fictional articles: recognition (titles,
/// headlines, sentence starts, acronyms, possessives, hyphenated and multi-part names) and
/// alias merging.
@Suite("Entity recognizer: rules")
struct EntityRecognizerTests {


    @Test("titles and roles are left out of the name and kept as the role")
    func titles() throws {
        let list = entities([
            "Valmont Foreign Minister Ana Ruiz met Supreme Leader Jon Arvo Tal on Monday.",
            "Harbour Authority spokesperson Lin Meiyu said the talks would continue.",
        ])
        let ruiz = try #require(entity("Ana Ruiz", in: list))
        #expect(ruiz.kind == .person)
        #expect(ruiz.role == "Valmont Foreign Minister")
        #expect(entity("Jon Arvo Tal", in: list)?.kind == .person)
        #expect(entity("Lin Meiyu", in: list)?.role == "Harbour Authority spokesperson")
        #expect(entity("Harbour Authority", in: list)?.kind == .organization)
        #expect(!list.contains { $0.name.contains("Supreme") || $0.name.contains("Minister") })
    }

    @Test("occupational titles and roles before a name (capitalised or not) are the role, not part of the name")
    func occupationalRoles() throws {
        let list = entities([
            "\u{201C}The reading room opens in June,\u{201D} said Harbour Librarian Wilhelmina Ostrova-Kade.",
            "\u{201C}We kept every ledger,\u{201D} said Archivist Lena Moor.",
            "\u{201C}The accounts are in order,\u{201D} said treasurer Maja Holt.",
            "\u{201C}The quay is safe again,\u{201D} said harbourmaster Tom Reed.",
            "\u{201C}It took four months,\u{201D} said chief engineer Ilse Marquardt.",
        ])
        #expect(entity("Wilhelmina Ostrova-Kade", in: list)?.role == "Harbour Librarian")
        #expect(entity("Lena Moor", in: list)?.role == "Archivist")
        #expect(entity("Maja Holt", in: list)?.role == "treasurer")
        #expect(entity("Tom Reed", in: list)?.role == "harbourmaster")
        #expect(entity("Ilse Marquardt", in: list)?.role == "chief engineer")
        #expect(!list.contains { $0.name.contains("Librarian") || $0.name.contains("Archivist") })
    }

    @Test("mentions point at the name as written; possessives are stripped")
    func mentionRanges() throws {
        let text = "Ana Ruiz’s plan and Ruiz's budget were praised by Mr. Tomas Eder."
        let list = entities([text])
        let ruiz = try #require(entity("Ana Ruiz", in: list))
        let scalars = Array(text.unicodeScalars)
        for mention in ruiz.mentions {
            let written = String(String.UnicodeScalarView(scalars[mention.range.start..<mention.range.end]))
            #expect(written == mention.text)
            #expect(!written.contains("'") && !written.contains("’"))
        }
        #expect(ruiz.mentions.map(\.text) == ["Ana Ruiz", "Ruiz"])
        #expect(entity("Tomas Eder", in: list)?.mentions.first?.text == "Tomas Eder")
    }

    @Test("title-case headline words are not names unless the body names them")
    func headline() throws {
        let list = entities(
            ["Harbour master Kaito Brann said on Friday that dredging in Valmont would start in May."],
            headline: "Minister Says Harbour Concerns Should Be Valued by Brann")
        let names = Set(list.map(\.name))
        for word in ["Says", "Concerns", "Should", "Valued", "Minister", "Harbour"] { #expect(!names.contains(word)) }
        let brann = try #require(entity("Kaito Brann", in: list))
        #expect(brann.mentions.first?.range.block == 0, "the headline's surname joins the body's full name")
    }

    @Test("sentence-initial ordinary words are not names")
    func sentenceStarts() {
        let list = entities(["Recent reports say the port closed. Days later, Ostra Freight reopened it. Discussing costs, Ida Moss said little."])
        let names = Set(list.map(\.name))
        #expect(!names.contains("Recent") && !names.contains("Days") && !names.contains("Discussing"))
        #expect(names.contains("Ida Moss"))
    }

    @Test("an inline acronym, gazetteer abbreviations and demonyms join their entity")
    func aliases() throws {
        let list = entities([
            "The official Valmont Press Agency (VPA) said the People's Republic of China and the U.S. would talk.",
            "VPA added that Chinese officials met American envoys in Beijing, and the PRC agreed.",
        ])
        let agency = try #require(entity("Valmont Press Agency", in: list))
        #expect(agency.kind == .organization && agency.aliases == ["VPA"] && agency.mentions.count == 3)
        let china = try #require(entity("People's Republic of China", in: list))
        #expect(china.kind == .place && Set(china.aliases) == ["Chinese", "PRC"])
        #expect(entity("United States", in: list)?.aliases == ["U.S.", "American"])
        #expect(entity("Beijing", in: list)?.kind == .place, "a capital is a place of its own")
    }

    @Test("a demonym inside an organization's name is part of that name")
    func demonymInsideOrganization() throws {
        let list = entities(["The Chinese Foreign Ministry said Chinese President Wen Ho would travel."])
        #expect(entity("Chinese Foreign Ministry", in: list)?.kind == .organization)
        let china = try #require(entity("China", in: list))
        #expect(china.mentions.count == 1, "only the demonym before the title is a mention of China")
    }

    @Test("acronyms with dots, hyphenated and multi-part names")
    func nameShapes() {
        let list = entities([
            "Moon Ji-ho met Pieter van der Berg and Jean-Luc Marchetti at the U.N. in Geneva.",
            "Later, U.S.-backed talks resumed.",
        ])
        let names = Set(list.map(\.name))
        #expect(names.isSuperset(of: ["Moon Ji-ho", "Pieter van der Berg", "Jean-Luc Marchetti", "United Nations", "Geneva"]))
        #expect(entity("United States", in: list)?.mentions.first?.text == "U.S.")
    }

    @Test("a surname goes to the person; two people sharing one stay apart")
    func sharedSurnames() throws {
        let list = entities([
            "Envoy Lee Park met trade minister Park Soo-ah in Valmont.",
            "Lee Park later spoke to reporters.",
            "Park Soo-ah did not attend. Mark Olsen spoke next.",
            "Olsen said the deal was close.",
        ])
        let lee = try #require(entity("Lee Park", in: list))
        let soo = try #require(entity("Park Soo-ah", in: list))
        #expect(lee.mentions.count == 2 && soo.mentions.count == 2)
        #expect(entity("Mark Olsen", in: list)?.aliases == ["Olsen"])
    }

    @Test("names inside quotations and next to quotation marks count")
    func quotations() {
        let list = entities(["\"We will meet Ana Ruiz in Lisbon,\" Tomas Eder said."])
        let names = Set(list.map(\.name))
        #expect(names.isSuperset(of: ["Ana Ruiz", "Lisbon", "Tomas Eder"]))
    }

    @Test("entities are in order of first mention with mentions in reading order")
    func order() {
        let list = entities(["Ida Moss went to Oslo.", "Oslo welcomed Moss and Ostra Freight."])
        #expect(list.map(\.name) == ["Ida Moss", "Oslo", "Ostra Freight"])
        for entity in list {
            #expect(!entity.mentions.isEmpty)
            #expect(zip(entity.mentions, entity.mentions.dropFirst()).allSatisfy { $0.range.lowerBound < $1.range.lowerBound })
        }
    }

    @Test("empty and name-less articles give no entities")
    func empty() {
        #expect(EntityRecognizer().recognize(in: Article()).isEmpty)
        #expect(entities(["the harbour was quiet all week, and nobody minded."]).isEmpty)
    }
}
