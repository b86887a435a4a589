import ArtText
import Testing

@testable import ArtEntities

@Suite struct TaggerTests {
    @Test func labelsDecodeToSpans() {
        let b = EntityLabels.begin, i = EntityLabels.inside
        // B-PER I-PER O I-LOC (an I without a B starts a span) B-ORG
        #expect(spans(fromLabels: [b(0), i(0), 0, i(2), b(1)], offset: 10) == [
            TokenSpan(first: 10, end: 12, type: 0), TokenSpan(first: 13, end: 14, type: 2), TokenSpan(first: 14, end: 15, type: 1),
        ])
    }

    @Test func tagsTheTokensOfEachSentence() {
        let s = scalars("Anna Berg visited Paris. Tom Hale left.")
        let tokens = entityTokens(s)
        let sentences = SentenceRanges.of(s, tokens, sentences: nil)
        let tagger = EntityTagger(model: tinyModel())
        let (names, hashes, capitals) = tagger.tagged(s, tokens: tokens, sentences: sentences)
        #expect(names == tagger.tag(s, tokens: tokens, sentences: sentences))
        #expect(names.contains(TokenSpan(first: 0, end: 2, type: 0)))
        #expect(hashes == tokens.map { hashScalars(s, $0.start, $0.end, lower: true) })
        #expect(capitals == [Bool](repeating: false, count: tokens.count))
        let headline = scalars("MARKETS FALL AS RATES RISE. Stocks fell.")
        let headlineTokens = entityTokens(headline)
        let caps = tagger.tagged(headline, tokens: headlineTokens, sentences: SentenceRanges.of(headline, headlineTokens, sentences: nil)).capitalsLines
        #expect(caps == headlineTokens.indices.map { $0 < 6 })
    }
}
