import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct ConversionTests {
    let record = try! Record(
        validating: #"{"id":"a","text":"Hi there. Bye.","sentences":[{"start":0,"end":9},{"start":10,"end":14}],"quotes":[{"start":0,"end":2,"type":"direct","speaker":{"start":3,"end":8,"text":"there","canonical":"There"},"cue":null}]}"#
    )

    @Test func selectKeepsTheGivenOrderAndFollowsPaths() {
        let r = Conversion.select(record, ["text", "id", "missing"])
        #expect(String(decoding: r.bytes, as: UTF8.self) == #"{"text":"Hi there. Bye.","id":"a"}"#)
        let q = Conversion.explode(record, field: "quotes", carrying: [])[0]
        #expect(String(decoding: Conversion.select(q, ["speaker.canonical", "cue.text"]).bytes, as: UTF8.self)
            == #"{"speaker.canonical":"There"}"#)
    }

    @Test func explodeSlicesSpansFromTheParent() {
        let rows = Conversion.explode(record, field: "sentences", carrying: ["text"])
        #expect(rows.count == 2)
        #expect(rows.map { $0.string("text") } == ["Hi there.", "Bye."])
        #expect(rows.allSatisfy { $0.string("id") == "a" })
        #expect(rows[1].keys == ["id", "text", "start", "end"])
    }
}
