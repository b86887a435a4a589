import ArtText
import Testing

@testable import ArtQuotes

@Suite struct QuoteTokenTests {
    private func tokens(_ text: String) -> [QuoteToken] { QuoteToken.tokenize(Array(text.unicodeScalars)) }

    @Test func spansAreArtTextTokens() {
        let text = "Sen. O’Brien didn’t say it, Russia’s envoy said."
        let scalars = Array(text.unicodeScalars)
        let base = Tokenizer().tokenize(scalars)
        let ours = QuoteToken.tokenize(scalars)
        #expect(ours.map { [$0.start, $0.end] } == base.map { [$0.start, $0.end] })
    }

    @Test func lowerCasedWithTheStraightApostrophe() {
        #expect(tokens("Sen. O’Brien didn’t say Russia’s").map(\.lower) == ["sen.", "o'brien", "did", "n't", "say", "russia", "'s"])
    }

    /// Tokens of ASCII and `’` take the byte-wise path, others the scalar
    /// one; both lower-case the same way.
    @Test func lowerCasedBeyondASCII() {
        #expect(tokens("ÉMILE Ölmann İstanbul ÆSIR Ω").map(\.lower) == ["émile", "ölmann", "i\u{307}stanbul", "æsir", "ω"])
        // By the definition, scalar by scalar, on either path.
        for text in ["MIXED’CASE 123 A.B. O’Neill", "Zürich’s ÉCOLE d’été", "Sen. X-Ray’ll"] {
            let scalars = Array(text.unicodeScalars)
            for t in QuoteToken.tokenize(scalars) {
                var expected = ""
                for c in scalars[t.start..<t.end] {
                    expected += c == "’" ? "'" : c.properties.isUppercase ? c.properties.lowercaseMapping : String(c)
                }
                #expect(t.lower == expected, "\(text)")
            }
        }
    }

    @Test func capitalisationAndKinds() {
        let t = tokens("Mark said “no” at 5 & 6.")
        #expect(t.map(\.cap) == [true, false, false, false, false, false, false, false, false, false])
        #expect(t.map(\.kind) == [.word, .word, .quote, .word, .quote, .word, .number, .punct, .number, .punct])
    }

    @Test func paragraphsCountLineBreakRuns() {
        let t = tokens("One two.\n\nThree\nfour. \r\n Five")
        #expect(t.map(\.para) == [0, 0, 0, 1, 2, 2, 3])
    }

    @Test func urlsAreOneWord() {
        #expect(tokens("founded fivethirtyeight.com tweeted").map(\.lower) == ["founded", "fivethirtyeight.com", "tweeted"])
    }
}
