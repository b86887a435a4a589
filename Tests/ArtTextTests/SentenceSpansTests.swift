import ArtCore
import Testing

@testable import ArtText

@Suite struct SentenceSpansTests {
    private func record(_ sentences: String) throws -> Record {
        try Record(validating: #"{"text":"One two. Three four.","sentences":"# + sentences + "}")
    }

    @Test func validSentencesAreRead() throws {
        let spans = try record(#"[{"start":0,"end":8},{"start":9,"end":20}]"#).sentenceSpans(textLength: 20)
        #expect(spans == [TextSpan(start: 0, end: 8), TextSpan(start: 9, end: 20)])
    }

    @Test func invalidSentencesAreIgnored() throws {
        for bad in [
            #"[{"start":0,"end":8},{"start":5,"end":20}]"#,  // overlapping
            #"[{"start":9,"end":20},{"start":0,"end":8}]"#,  // out of order
            #"[{"start":0,"end":21}]"#,  // past the text
            #"[{"start":3,"end":3}]"#,  // empty
            #"[{"start":-1,"end":3}]"#,
            #"[{"start":0}]"#,
            #""none""#,
        ] {
            #expect(try record(bad).sentenceSpans(textLength: 20) == nil, "\(bad)")
        }
    }

    @Test func noSentencesField() throws {
        let r = try Record(validating: #"{"text":"One two."}"#)
        #expect(r.sentenceSpans(textLength: 8) == nil)
    }
}
