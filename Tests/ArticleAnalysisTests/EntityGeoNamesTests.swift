import Foundation
import Testing
@testable import ArticleAnalysis

/// The GeoNames place list: the embedded copy matches `geonames-places.txt`, it records its
/// source and licence, and it answers cities and US states but not the common words and
/// given names `make-geonames-places.py` leaves out.
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

    private func contains(_ name: String) -> Bool {
        var tokens: [TextToken] = []
        Tokenizer.tokenize(Array(name.unicodeScalars), parts: [], into: &tokens)
        var key: UInt64 = 0
        for (position, token) in tokens.enumerated() { key = position == 0 ? token.key : Gazetteer.extend(key, with: token.key) }
        return GeoNamesPlaces.shared.contains(key)
    }

    @Test("cities of 15,000 or more and US states are in; common words and given names are out", arguments: [
        ("Tromsø", true), ("Bergamo", true), ("Wrocław", true), ("Ohio", true), ("Reading", false), ("Mobile", false),
        ("Florence", false), ("Victoria", false),
    ])
    func membership(name: String, expected: Bool) {
        #expect(contains(name) == expected, "\(name)")
    }

    @Test("about 31,000 names")
    func size() {
        #expect(GeoNamesPlaces.shared.count > 25_000)
    }
}
