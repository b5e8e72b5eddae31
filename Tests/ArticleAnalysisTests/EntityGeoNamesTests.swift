import Foundation
import Testing
@testable import ArticleAnalysis

/// The GeoNames place list: the embedded copy matches `geonames-places.txt`, it records its
/// source and licence, and it answers cities and US states but not the common words and
/// given names `make-geonames-places.py` leaves out; first-level subdivisions of every country.
@Suite("Entity GeoNames places")
struct EntityGeoNamesTests {
    static let listPath: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ArticleAnalysis/Entities/Gazetteer/geonames-places.txt").path

    @Test("GeoNamesPlaceData.swift is geonames-places.txt as written by make-geonames-places.py")
    func embeddedCopyIsCurrent() throws {
        let file = try String(contentsOfFile: Self.listPath, encoding: .utf8)
        #expect(GeoNamesPlaceData.text + "\n" == file, "run Sources/ArticleAnalysis/Entities/Gazetteer/make-geonames-places.py")
    }

    @Test("the header records GeoNames and CC BY 4.0")
    func header() {
        #expect(GeoNamesPlaceData.text.contains("GeoNames"))
        #expect(GeoNamesPlaceData.text.contains("CC BY 4.0"))
    }

    private func contains(_ name: String, in places: GeoNamesPlaces = .shared) -> Bool {
        var tokens: [TextToken] = []
        Tokenizer.tokenize(Array(name.unicodeScalars), parts: [], into: &tokens)
        var key: UInt64 = 0
        for (position, token) in tokens.enumerated() { key = position == 0 ? token.key : Gazetteer.extend(key, with: token.key) }
        return places.contains(key)
    }

    @Test("the parser skips comment and empty lines and reads the last line without a line break")
    func parsing() {
        let places = GeoNamesPlaces(text: "# Comment naming Velmora\n\nKastrel Bay\nSão Tirme\n#Ostvik\n\nŁomira")
        #expect(places.count == 3)
        #expect(contains("Kastrel Bay", in: places))
        #expect(contains("São Tirme", in: places))
        #expect(contains("Łomira", in: places))
        #expect(!contains("Ostvik", in: places))
        #expect(!contains("Velmora", in: places))
        #expect(!contains("Kastrel", in: places))
    }

    @Test("cities of 15,000 or more and US states are in; common words and given names are out", arguments: [
        ("Tromsø", true), ("Bergamo", true), ("Wrocław", true), ("Ohio", true), ("Reading", false), ("Mobile", false),
        ("Florence", false), ("Victoria", false),
    ])
    func membership(name: String, expected: Bool) {
        #expect(contains(name) == expected, "\(name)")
    }

    @Test("first-level subdivisions of other countries are in, by their English and plain names; compass words are out", arguments: [
        ("Lombardy", true), ("Karnataka", true), ("Karnātaka", true), ("Queensland", true), ("Bavaria", true), ("Crete", true),
        ("Northern", false), ("Central", false), ("Western", false),
    ])
    func subdivisions(name: String, expected: Bool) {
        #expect(contains(name) == expected, "\(name)")
    }

    @Test("a first-level subdivision named with no other evidence is a place")
    func subdivisionIsAPlace() {
        let list = entities([
            "Tea growers from Karnataka met buyers on Monday. Lombardy has offered a grant, and Queensland officials said they were watching.",
        ])
        for name in ["Karnataka", "Lombardy", "Queensland"] {
            #expect(entity(name, in: list)?.kind == .place, "\(name)")
        }
    }

    @Test("about 38,000 names")
    func size() {
        #expect(GeoNamesPlaces.shared.count > 35_000)
    }
}
