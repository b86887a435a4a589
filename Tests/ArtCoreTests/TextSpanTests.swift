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

    /// A list of spans read by `Record.forEachSpan` gives what decoding each
    /// element and `TextSpan(json:)` give, on the shape art-sentences writes
    /// (read from the bytes) and on every other (decoded).
    @Test func spanListsReadAsDecoded() throws {
        let lists = [
            #"[{"start":0,"end":5},{"start":6,"end":12}]"#,
            #"[ { "start" : 3 , "end" : 40 } , {"start":-1,"end":123456789012345678} ]"#,
            #"[{"end":5,"start":0},{"start":1.0,"end":2},{"start":1e2,"end":200},{"start":"1","end":2}]"#,
            #"[{"start":1,"end":2,"text":"x"},{"start":1},{"st\u0061rt":1,"end":2},{"start":1,"start":4,"end":9}]"#,
            #"[{"start":1234567890123456789,"end":2},{"start":0,"end":5} ,7,null,[],{}]"#,
            #"[]"#,
        ]
        for list in lists {
            let record = try Record(validating: Array(#"{"sentences":\#(list)}"#.utf8))
            var read: [TextSpan?] = []
            var decoded: [TextSpan?] = []
            #expect(record.forEachSpan(of: "sentences") { read.append($0); return true })
            record.forEachElement(of: "sentences") { decoded.append(TextSpan(json: $0)); return true }
            #expect(read == decoded, "\(list)")
        }
        let record = try Record(validating: Array(#"{"sentences":[{"start":0,"end":1},{"start":2,"end":3}],"x":1}"#.utf8))
        var first: [TextSpan?] = []
        #expect(record.forEachSpan(of: "sentences") { first.append($0); return false })
        #expect(first == [TextSpan(start: 0, end: 1)])
        #expect(!record.forEachSpan(of: "x") { _ in true })
        #expect(!record.forEachSpan(of: "absent") { _ in true })
    }
}
