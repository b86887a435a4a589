import Testing

@testable import ArtCore

@Suite("Text spans")
struct TextSpanTests {
    @Test func jsonBothWays() {
        let span = TextSpan(start: 2, end: 9)
        #expect(span.json.jsonText == #"{"start":2,"end":9}"#)
        #expect(TextSpan(json: span.json) == span)
        #expect(TextSpan(json: .object(["start": 1])) == nil)
    }

    @Test func orderAndOverlap() {
        let a = TextSpan(start: 0, end: 4)
        let b = TextSpan(start: 3, end: 5)
        #expect(a < b && a.overlaps(b) && !a.overlaps(TextSpan(start: 4, end: 6)))
        #expect(a.contains(3) && !a.contains(4) && a.length == 4 && TextSpan(start: 2, end: 2).isEmpty)
    }
}
