import Testing
@testable import ArticleAnalysis

/// The character classes' fast paths give what Unicode's properties give.
@Suite("Scalar classes")
struct ScalarClassTests {
    @Test("General Punctuation holds no letter, digit or cased scalar, so its fast path agrees with the properties")
    func generalPunctuationFastPath() {
        for value in UInt32(0x2000)...0x206F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(ScalarClass.isLetter(scalar) == properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isDigit(scalar) == (properties.numericType == .decimal))
            #expect(ScalarClass.isUppercase(scalar) == (properties.isUppercase || properties.generalCategory == .titlecaseLetter))
            #expect(ScalarClass.isLowercase(scalar) == properties.isLowercase)
        }
        #expect(!ScalarClass.isAlphanumeric("\u{201C}"))
        #expect(ScalarClass.isAlphanumeric("é"))
        #expect(ScalarClass.isUppercase("É"))
    }

    @Test("a common word's ending is found whatever the case, and only with three letters before it")
    func commonWordEndings() {
        #expect(EntityScanner.hasCommonWordEnding(firstWordOf: ArraySlice(Array("OPERATION Tidewing".unicodeScalars))))
        #expect(EntityScanner.hasCommonWordEnding(firstWordOf: ArraySlice(Array("Offensive".unicodeScalars))))
        #expect(!EntityScanner.hasCommonWordEnding(firstWordOf: ArraySlice(Array("Olive Park".unicodeScalars))))
        #expect(!EntityScanner.hasCommonWordEnding(firstWordOf: ArraySlice(Array("Ana Operation".unicodeScalars))))
    }
}
