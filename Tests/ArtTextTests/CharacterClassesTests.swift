import ArtCore
import Testing

@testable import ArtText

@Suite struct CharacterClassTests {
    @Test func classes() {
        #expect(("é" as Unicode.Scalar).isLetter)
        #expect(("Ж" as Unicode.Scalar).isUppercaseLetter)
        #expect(!("ж" as Unicode.Scalar).isUppercaseLetter)
        #expect(("٣" as Unicode.Scalar).isDigit)
        #expect(("“" as Unicode.Scalar).isQuoteMark && ("“" as Unicode.Scalar).isOpeningQuote)
        #expect(("»" as Unicode.Scalar).isClosingQuote)
        #expect(("—" as Unicode.Scalar).isDash && ("-" as Unicode.Scalar).isDash)
        #expect(("\u{A0}" as Unicode.Scalar).isSpace)
        #expect(("€" as Unicode.Scalar).isCurrencySymbol && ("%" as Unicode.Scalar).isSymbol)
        #expect(("…" as Unicode.Scalar).isSentenceTerminal)
    }
}

@Suite struct CharacterClassFastPathTests {
    /// The ASCII and Latin-1 fast paths agree with Unicode's general categories.
    @Test func fastPathsAgreeWithUnicode() {
        for v in UInt32(0)..<0x300 {
            guard let c = Unicode.Scalar(v) else { continue }
            let category = c.properties.generalCategory
            let letter: Set<Unicode.GeneralCategory> = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]
            #expect(c.isLetter == letter.contains(category), "isLetter U+\(String(v, radix: 16))")
            #expect(c.isUppercaseLetter == (category == .uppercaseLetter || category == .titlecaseLetter), "isUppercaseLetter U+\(String(v, radix: 16))")
            #expect(c.isLowercaseLetter == (category == .lowercaseLetter), "isLowercaseLetter U+\(String(v, radix: 16))")
            #expect(c.isDigit == (category == .decimalNumber), "isDigit U+\(String(v, radix: 16))")
        }
    }
}
