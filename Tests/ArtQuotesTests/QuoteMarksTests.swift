import Testing

@testable import ArtQuotes

@Suite struct QuoteMarksTests {
    private func pairs(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let marks = QuoteMarks(text: scalars, tokens: QuoteToken.tokenize(scalars))
        return marks.pairs().map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func doubleMarksPair() {
        #expect(pairs("“A b,” she said, “c d.”") == ["A b,", "c d."])
        #expect(pairs("\"A b,\" she said.") == ["A b,"])
        #expect(pairs("``A b,'' she said.") == ["A b,"])
    }

    @Test func apostrophesNeverOpen() {
        #expect(pairs("Russia’s envoy likes rock ’n’ roll from the ’90s and '80s.").isEmpty)
    }

    @Test func singleMarksPairAtTheTopLevel() {
        #expect(pairs("She said ‘never again’ twice.") == ["never again"])
        #expect(pairs("“He said ‘never again’ twice.”") == ["He said ‘never again’ twice."])
    }

    @Test func anOpenQuoteEndsWithItsParagraph() {
        #expect(pairs("“Open and never closed.\n\nNext paragraph.") == ["Open and never closed."])
    }

    @Test func anOpenQuoteContinuesIntoAReopenedParagraph() {
        let scalars = Array("“First part.\n\n“Second part.”".unicodeScalars)
        let p = QuoteMarks(text: scalars, tokens: QuoteToken.tokenize(scalars)).pairs()
        #expect(p.count == 2)
        #expect(p.first?.continues == true)
    }

    @Test func roles() {
        let scalars = Array("a “b” c".unicodeScalars)
        let tokens = QuoteToken.tokenize(scalars)
        let marks = QuoteMarks(text: scalars, tokens: tokens)
        #expect(marks.role(tokens[1]) == .open)
        #expect(marks.role(tokens[3]) == .close)
    }
}
