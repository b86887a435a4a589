import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct ArticleViewTests {
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
