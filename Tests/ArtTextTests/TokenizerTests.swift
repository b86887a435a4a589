import ArtCore
import Testing

@testable import ArtText

@Suite struct TokenizerTests {
    @Test func wordsHyphensApostrophes() {
        #expect(tokens("an eight-year war") == ["an", "eight-year", "war"])
        #expect(tokens("O'Brien didn't see Kyiv’s forces") == ["O'Brien", "did", "n't", "see", "Kyiv", "’s", "forces"])
        #expect(tokens("the minister's plan") == ["the", "minister", "'s", "plan"])
        #expect(tokens("they're here") == ["they", "'re", "here"])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(tokens("Mr. Smith met U.S. officials on Dec. 5.") == ["Mr.", "Smith", "met", "U.S.", "officials", "on", "Dec.", "5", "."])
        #expect(tokens("J.R.R. Tolkien wrote it.") == ["J.R.R.", "Tolkien", "wrote", "it", "."])
        #expect(tokens("Jonas E. Smith") == ["Jonas", "E.", "Smith"])
    }

    @Test func numbers() {
        #expect(tokens("3.5 percent of 1,000 at 2:30 for 2 1/2 years") == ["3.5", "percent", "of", "1,000", "at", "2:30", "for", "2", "1/2", "years"])
        #expect(tokens("$100 and 5% and €20") == ["$", "100", "and", "5", "%", "and", "€", "20"])
        #expect(tokens("the 21st century, the 1990s") == ["the", "21st", "century", ",", "the", "1990s"])
    }

    @Test func quotesAndPunctuation() {
        let text = "“Go,” he said. ‘Yes’ \"no\" «oui» „ja“ ``so'' ..."
        let scalars = Array(text.unicodeScalars)
        let toks = Tokenizer().tokenize(scalars)
        let pairs = toks.map { (scalars.string($0.span), $0.kind) }
        #expect(pairs.filter { $0.1 == .quote }.map { $0.0 } == ["“", "”", "‘", "’", "\"", "\"", "«", "»", "„", "“", "``", "''"])
        #expect(pairs.last!.0 == "..." && pairs.last!.1 == .punctuation)
        #expect(toks.first { scalars.string($0.span) == "said" }!.kind == .word)
    }

    @Test func urlsAndEmails() {
        #expect(tokens("see https://example.org/a-b.html, or mail jo.doe@example.net.") ==
            ["see", "https://example.org/a-b.html", ",", "or", "mail", "jo.doe@example.net", "."])
        #expect(tokens("visit www.example.com today") == ["visit", "www.example.com", "today"])
    }

    @Test func offsetsAreScalars() {
        let toks = Tokenizer().tokenize("é😀 ok")
        #expect(toks.map { $0.start } == [0, 1, 3])
        #expect(toks[2].end == 5)
        #expect(toks[1].kind == .symbol)
    }

    @Test func stringAndScalarsAgree() {
        let text = "The U.S. envoy said: “We’ll see.”"
        #expect(Tokenizer().tokenize(text) == Tokenizer().tokenize(Array(text.unicodeScalars)))
    }
}
