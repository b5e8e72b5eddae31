import ArticleModel
import Testing
@testable import ArticleAnalysis

/// Unit tests of the recognizer's context rules, on short fictional articles: place cues,
/// names that are not people's, multi-part names of organizations and works, lone heads,
/// words that are never names, and buildings.
@Suite("Entity recognizer: context rules")
struct EntityRecognizerContextTests {


    @Test("a lone unknown name is a place after a place noun and 'of', after 'the capital,', or before a place noun")
    func placeCues() {
        let list = entities([
            "Trawlers returned to the port of Dunvale on Sunday, and aid reached the capital, Orvena, by road.",
            "Rain sent the Marra and Tisel rivers over their banks across the Kelvar district.",
            "The clinic opened in the border town of Ashkir last spring.",
        ])
        for name in ["Dunvale", "Orvena", "Marra", "Tisel", "Kelvar", "Ashkir"] {
            #expect(entity(name, in: list)?.kind == .place, "\(name)")
        }
    }

    @Test("a two-word name whose first word the article writes in lower case is not a person")
    func productNames() {
        let list = entities([
            "Users of Swift Browser complained on Monday. The maker promised a swift fix.",
            "Tomas Eder, who tested it, said Swift Browser was still slow.",
        ])
        #expect(entity("Swift Browser", in: list)?.kind != .person)
        #expect(entity("Tomas Eder", in: list)?.kind == .person)
    }

    @Test("capitalised reporting verbs, ampersands, works' titles and plural groups stay inside names")
    func multiPartNames() {
        let list = entities([
            "The Council of Coastal States met the Alliance of Small Island States (AOSIS) in Valmont.",
            "She joined Demir & Sato Architects in 2001. Her song, Song of the Harbour, was sung at St. Mary's Church.",
            "The drivers' union, Transport Workers United, said it would strike.",
        ])
        #expect(entity("Council of Coastal States", in: list)?.kind == .organization)
        let alliance = entity("Alliance of Small Island States", in: list)
        #expect(alliance?.kind == .organization)
        #expect(alliance?.aliases.contains("AOSIS") == true)
        #expect(entity("Demir & Sato Architects", in: list)?.kind == .organization)
        #expect(entity("Song of the Harbour", in: list)?.kind == .other)
        #expect(entity("St. Mary's Church", in: list)?.kind == .place)
        #expect(entity("Transport Workers United", in: list)?.kind == .organization)
        let chamber = entities(["The Ostrava Chamber of Commerce said in a statement that it expects growth."])
        #expect(entity("Ostrava Chamber of Commerce", in: chamber)?.kind == .organization)
        #expect(!chamber.contains { $0.kind == .person })
        #expect(!list.contains { ["Song", "Harbour", "St. Mary", "Church", "Demir", "United", "Transport"].contains($0.name) })
    }

    @Test("a lone organization head goes to the one organization with that head")
    func loneHeads() {
        let list = entities([
            "The Coastal Commission will review the deal. On Monday the Commission said it had concerns.",
            "The Harbour Council and the Valmont City Council disagreed. The Council met again on Friday.",
        ])
        #expect(entity("Coastal Commission", in: list)?.aliases.contains("Commission") == true)
        // Two councils: the lone word stays apart rather than risk a wrong merge.
        #expect(entity("Harbour Council", in: list)?.aliases.contains("Council") != true)
        #expect(entity("Valmont City Council", in: list)?.aliases.contains("Council") != true)
    }

    @Test("connectives, common abbreviations in capitals, Roman numerals and adjectives alone are not names")
    func neverNames() {
        let list = entities([
            "The ferry left at 15:11 GMT, UNLESS the wind rose. [...] However, a VIP guest was aboard with HTML pages.",
            "Foreign ministers from Ostrava and Velmark met on Monday. The talks were part XVII of a long series.",
            "Critics listed his sins: a) Leaving the board early; b) Refusing to answer.",
            "The archive holds letters of King Aldric II.",
        ])
        for word in ["GMT", "UNLESS", "However", "VIP", "HTML", "Foreign", "XVII", "Leaving", "Refusing"] {
            #expect(!list.contains { $0.name == word }, "\(word)")
        }
        #expect(list.contains { $0.name == "Aldric II" })
    }

    @Test("a church of a denomination is an organization; other churches, airports and castles are places")
    func buildings() {
        let list = entities([
            "The Catholic Church bought the land near Norland Airport from the Orvena Castle trust.",
            "Mourners gathered at Harbour Chapel.",
        ])
        #expect(entity("Catholic Church", in: list)?.kind == .organization)
        #expect(entity("Norland Airport", in: list)?.kind == .place)
        #expect(entity("Harbour Chapel", in: list)?.kind == .place)
    }
}
