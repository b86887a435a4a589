import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct StreamStatsTests {
    @Test func countsFieldsSpansAndErrors() throws {
        var stats = StreamStats()
        stats.add(try Record(validating: #"{"id":1,"text":"héllo","sentences":[{"start":0,"end":5}],"entities":[{"type":"PERSON"},{"type":"ORG"}],"quotes":[{"type":"direct","speaker":{"start":0,"end":1}}]}"#))
        stats.add(try Record(validating: #"{"id":2,"errors":[{"tool":"art-strip","kind":"no_text","message":"m"}]}"#))
        #expect(stats.records == 2)
        #expect(stats.summary.jsonText == #"{"records":2,"fields":{"id":2,"text":1,"sentences":1,"entities":1,"quotes":1,"errors":1},"text_code_points":5,"sentences":1,"entities":{"total":2,"ORG":1,"PERSON":1},"quotes":{"total":1,"with_speaker":1,"direct":1},"errors":{"art-strip":{"no_text":1}}}"#)
    }
}
