import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite("art-json conversions")
struct ConversionTests {
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

    @Test func checkerFindsBrokenSpans() {
        let bad = try! Record(
            validating: #"{"text":"abc","sentences":[{"start":0,"end":2},{"start":1,"end":3}],"entities":[{"start":0,"end":1,"text":"x","type":"PERSON"}],"quotes":[{"start":0,"end":9,"type":"said"}]}"#
        )
        let problems = SpecChecker.check(bad)
        #expect(problems.contains { $0.hasPrefix("sentences[1]: overlaps") })
        #expect(problems.contains { $0.hasPrefix("entities[0].text: does not equal") })
        #expect(problems.contains { $0.hasPrefix("quotes[0]: span 0..<9 is not inside") })
        #expect(SpecChecker.check(record).isEmpty)
        let nulls = try! Record(validating: #"{"text":"x","title":null,"site":null,"status":200,"authors":["A"]}"#)
        #expect(SpecChecker.check(nulls).isEmpty)
    }

    @Test func reportEscapesEverything() {
        #expect(escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(markdown("*a* [b] | c") == "\\*a\\* \\[b\\] \\| c")
    }

    @Test func articleViewCutsAtEveryBoundary() {
        let r = try! Record(
            validating: #"{"text":"Ann said “go now” today.\n\nNext.","entities":[{"start":0,"end":3,"text":"Ann","type":"PERSON","canonical":"Ann Lee"}],"quotes":[{"start":10,"end":16,"type":"direct","speaker":{"start":0,"end":3,"text":"Ann","canonical":"Ann Lee"}}]}"#
        )
        let view = ArticleView(r)
        #expect(view.paragraphs.count == 2)
        let runs = view.paragraphs[0]
        #expect(runs.map(\.text) == ["Ann", " said “", "go now", "” today."])
        #expect(runs[0].entity == 0 && runs[0].endsEntity)
        #expect(runs[2].quote == 0 && runs[2].endsQuote)
        #expect(view.topEntities(5).first?.name == "Ann Lee")
    }
}
