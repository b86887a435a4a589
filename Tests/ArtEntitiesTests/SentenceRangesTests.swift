import ArtCore
import ArtText
import Testing

@testable import ArtEntities

@Suite struct SentenceRangesTests {
    private let text = scalars("Talks ended. Mr. Lee left.\nNew line")

    @Test func withoutSentencesTheSegmenterIsUsed() {
        let tokens = Tokenizer().tokenize(text)
        let segmented = SentenceSegmenter().sentences(in: text)
        #expect(SentenceRanges.of(text, tokens, sentences: nil) == SentenceRanges.tokenRanges(text, tokens, segmented))
        #expect(SentenceRanges.of(text, tokens, sentences: nil).count == 3)
    }

    @Test func validSentencesAreUsedAsGiven() {
        let tokens = Tokenizer().tokenize(text)
        // One sentence over the first two: a line break inside still ends a range.
        let given = [TextSpan(start: 0, end: 26), TextSpan(start: 27, end: 35)]
        #expect(SentenceRanges.of(text, tokens, sentences: given) == [0..<7, 7..<9])
        let oneSpan = [TextSpan(start: 0, end: 35)]
        #expect(SentenceRanges.of(text, tokens, sentences: oneSpan) == [0..<7, 7..<9])
    }

    @Test func invalidSentencesAreSegmentedAgain() {
        let tokens = Tokenizer().tokenize(text)
        let segmented = SentenceRanges.of(text, tokens, sentences: nil)
        for bad in [
            [TextSpan(start: 0, end: 99)],
            [TextSpan(start: 13, end: 26), TextSpan(start: 0, end: 12)],
            [TextSpan(start: 0, end: 20), TextSpan(start: 13, end: 26)],
        ] {
            #expect(!SentenceRanges.areValid(bad, count: text.count))
            #expect(SentenceRanges.of(text, tokens, sentences: bad) == segmented)
        }
        #expect(SentenceRanges.areValid([], count: 0))
    }
}
