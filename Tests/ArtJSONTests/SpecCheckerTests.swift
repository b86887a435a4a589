import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct SpecCheckerTests {
    let record = try! Record(
        validating: #"{"id":"a","text":"Hi there. Bye.","sentences":[{"start":0,"end":9},{"start":10,"end":14}],"quotes":[{"start":0,"end":2,"type":"direct","speaker":{"start":3,"end":8,"text":"there","canonical":"There"},"cue":null}]}"#
    )

    @Test func checkerFindsBrokenSpans() {
        let bad = try! Record(
            validating: #"{"text":"abc","sentences":[{"start":0,"end":2},{"start":1,"end":3}],"entities":[{"start":0,"end":1,"text":"x","type":"PERSON"}],"quotes":[{"start":0,"end":9,"type":"said"}]}"#
        )
        let problems = SpecChecker.check(bad)
        #expect(problems.contains { $0.hasPrefix("sentences[1]: overlaps") })
        #expect(problems.contains { $0.hasPrefix("entities[0].text: does not equal") })
        #expect(problems.contains { $0.hasPrefix("quotes[0]: span 0..<9 is not inside") })
        #expect(SpecChecker.check(record).isEmpty)
        let nulls = try! Record(
            validating: #"{"text":"x","title":null,"site":null,"agency":null,"image":null,"status":200,"authors":["A"],"keywords":[]}"#)
        #expect(SpecChecker.check(nulls).isEmpty)
    }

    @Test func fieldTypesAreChecked() {
        let bad = try! Record(
            validating: #"{"id":[1],"text":3,"title":4,"section":[],"status":"ok","authors":"Ann","keywords":[1],"errors":[{"tool":"x"}]}"#)
        #expect(SpecChecker.check(bad) == [
            "text: expected a string, found number",
            "title: expected a string or null, found number",
            "section: expected a string or null, found array",
            "id: expected a string or an integer, found array",
            "status: expected an integer, found string",
            "authors: expected an array, found string",
            "keywords[0]: expected a string, found number",
            "errors[0].kind: expected a string",
            "errors[0].message: expected a string",
        ])
    }

    @Test func spansNeedAStringText() {
        let r = try! Record(validating: #"{"sentences":[],"quotes":[]}"#)
        #expect(SpecChecker.check(r) == ["sentences, quotes: spans without a string `text`"])
    }

    @Test func entitiesAndQuotesHaveKnownTypes() {
        let r = try! Record(
            validating: #"{"text":"Ann  ","sentences":[{"start":0,"end":5}],"entities":[{"start":0,"end":3,"text":"Ann","type":"HERO"}],"quotes":[{"start":0,"end":3,"fragments":{},"speaker":{"start":0}}]}"#)
        #expect(SpecChecker.check(r) == [
            "sentences[0]: not trimmed of white space",
            "entities[0].type: unknown type \"HERO\"",
            "quotes[0].type: expected a string",
            "quotes[0].fragments: expected an array",
            "quotes[0].speaker: start and end must be integers",
        ])
    }
}
