import ArtText
import Testing

@testable import ArtEntities

@Suite struct TrainingDocumentTests {
    @Test func partialAnnotationLeavesMissingTypesOpen() {
        let doc = TrainingDocument(text: scalars("Germans met Anna Berg."), spans: [(12, 21, 0)], openTypes: [3])
        // "Germans" may be O or MISC; the name is fixed.
        #expect(doc.allowed[0] == 1 | (1 << EntityLabels.begin(3)) | (1 << EntityLabels.inside(3)))
        #expect(doc.allowed[2] == 1 << EntityLabels.begin(0))
        #expect(doc.allowed[3] == 1 << EntityLabels.inside(0))
    }

    @Test func sentencesAreTheFiltersSentences() {
        let text = scalars("Talks ended. Mr. Lee left.\nNew line")
        let doc = TrainingDocument(text: text, spans: [], openTypes: [])
        #expect(doc.tokens == entityTokens(text))
        #expect(doc.sentences == SentenceRanges.of(text, doc.tokens, sentences: nil))
        #expect(doc.sentences.count == 3)
    }
}
