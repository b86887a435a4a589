import ArtText
import Testing

@testable import ArtEntities

/// The tokens art-entities reads are ArtText's, with hyphenated words cut
/// into parts for the rules.
@Suite struct TokenizerUseTests {
    @Test func abbreviationsPossessivesAndNumbers() {
        #expect(tokenTexts("U.S. envoys met Mr. Smith’s aides at 5 p.m.") == ["U.S.", "envoys", "met", "Mr.", "Smith", "’s", "aides", "at", "5", "p.m."])
        #expect(tokenTexts("$3.5 billion, 1,000 troops") == ["$", "3.5", "billion", ",", "1,000", "troops"])
        #expect(tokenTexts("O'Brien's eight-year war") == ["O'Brien", "'s", "eight-year", "war"])
        #expect(tokenTexts("Harry S. Truman") == ["Harry", "S.", "Truman"])
        #expect(tokenTexts("Kremlin-backed NATO-Russia talks") == ["Kremlin-backed", "NATO-Russia", "talks"])
    }

    @Test func cliticsAndUnitsStayOnTheirWord() {
        // ArtText's boundaries, less two cuts the tagger does without.
        #expect(tokenTexts("I'm sure they don't walk 100kilometres") == ["I'm", "sure", "they", "don't", "walk", "100kilometres"])
        #expect(tokenTexts("Smith's and Jr.'s") == ["Smith", "'s", "and", "Jr.", "'s"])
        let s = scalars("We're at 3AW, aren't we? “Yes”")
        let shared = Tokenizer().tokenize(s)
        // Every boundary is one of the shared tokenizer's.
        for t in entityTokens(s) {
            #expect(shared.contains { $0.start == t.start } && shared.contains { $0.end == t.end })
        }
    }

    @Test func splittingHyphensCutsOnlyHyphenatedWords() {
        let s = scalars("a nearly eight-year war, mid-2022, NATO-Russia and COVID-19 -- U.S.-based")
        let tokens = Tokenizer().tokenize(s)
        let (parts, source) = Tokenizer.splittingHyphens(tokens, in: s)
        #expect(parts.map { scalarString(s, $0.start, $0.end) } == [
            "a", "nearly", "eight", "-", "year", "war", ",", "mid", "-", "2022", ",", "NATO", "-", "Russia", "and",
            "COVID", "-", "19", "--", "U.S.", "-", "based",
        ])
        // A kept token is the same token; a part lies inside the token it comes from.
        for (part, k) in zip(parts, source) where k >= 0 { #expect(part == tokens[k]) }
        for part in parts {
            #expect(tokens.contains { $0.start <= part.start && part.end <= $0.end })
        }
        #expect(parts.filter { scalarString(s, $0.start, $0.end) == "2022" }.map(\.kind) == [.number])
    }

    @Test func tokenFactsHashTheirText() {
        // The rules look words up by these hashes.
        let s = scalars("Zürich’s ÉCOLE, U.S. co-op Straße 3.5")
        for t in entityTokens(s) {
            let info = FeatureExtractor.info(s, t)
            #expect(info.lower == hashScalars(s, t.start, t.end, lower: true))
            #expect(info.exact == hashScalars(s, t.start, t.end, lower: false))
        }
    }
}
