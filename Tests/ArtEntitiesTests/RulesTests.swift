import ArtText
import Testing

@testable import ArtEntities

@Suite struct RulesTests {
    private func found(_ text: String) -> [String] {
        let s = scalars(text)
        return ruleSpans(s, tokens: entityTokens(s)).map { "\(scalarString(s, $0.start, $0.end))|\($0.type.rawValue)" }
    }

    @Test func newsStyleNumbersAndDates() {
        #expect(found("on January 10 and Dec. 27") == ["January 10|DATE", "Dec. 27|DATE"])
        #expect(found("in early 2022 and the 1990s") == ["early 2022|DATE", "the 1990s|DATE"])
        #expect(found("in 2 1/2 years of a nearly eight-year war") == ["2 1/2 years|DATE", "nearly eight-year|DATE"])
        #expect(found("on Tuesday at 5 p.m.") == ["Tuesday|DATE", "5 p.m.|TIME"])
        #expect(found("pledged $3.5 billion and €20 million") == ["$3.5 billion|MONEY", "€20 million|MONEY"])
        #expect(found("rose 5 percent, or 40%") == ["5 percent|PERCENT", "40%|PERCENT"])
        #expect(found("sent 300 troops") == ["300 troops|QUANTITY"])
    }

    @Test func clockTimesAndFractionsAreOneToken() {
        // The tokenizer keeps 10:30 and 1/2 together; the rules read them whole.
        #expect(found("at 10:30 a.m. and at 11:45") == ["10:30 a.m.|TIME", "11:45|TIME"])
        #expect(found("for 1 1/2 days and 3/4 miles") == ["1 1/2 days|DATE", "3/4 miles|QUANTITY"])
        #expect(found("in mid-2022, 10 January 2022 and March 3rd") == ["mid-2022|DATE", "10 January 2022|DATE", "March 3rd|DATE"])
    }

    @Test func lowerCaseMonthWordsAreNotDates() {
        #expect(found("They may march on.") == [])
    }

    @Test func lexiconHashesMatchTheTokenFacts() {
        // The tagger's lower-case hashes stand in for the lexicon's own.
        let s = scalars("In MID-2022 Tuesday")
        let tokens = entityTokens(s)
        let hashes = tokens.map { hashScalars(s, $0.start, $0.end, lower: true) }
        #expect(ruleSpans(s, tokens: tokens, lowerHashes: hashes).map(\.start) == ruleSpans(s, tokens: tokens).map(\.start))
    }
}
