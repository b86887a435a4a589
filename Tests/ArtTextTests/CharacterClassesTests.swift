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
