import ArtCore
import Testing

@testable import ArtText

@Suite struct SentenceFilterTests {
    @Test func addsSentences() throws {
        let record = try Record(validating: #"{"id":"a","text":"One. Two."}"#)
        let update = SentenceFilter().transform(record)
        #expect(String(decoding: record.applying(update), as: UTF8.self) ==
            #"{"id":"a","text":"One. Two.","sentences":[{"start":0,"end":4},{"start":5,"end":9}]}"#)
    }

    @Test func recordWithoutTextIsUnchanged() throws {
        let record = try Record(validating: #"{"id":"a","html":"<p>x</p>"}"#)
        #expect(SentenceFilter().transform(record).isEmpty)
    }

    @Test func replacesExistingSentences() throws {
        let record = try Record(validating: #"{"text":"Hi.","sentences":[],"x":1}"#)
        let update = SentenceFilter().transform(record)
        #expect(String(decoding: record.applying(update), as: UTF8.self) ==
            #"{"text":"Hi.","sentences":[{"start":0,"end":3}],"x":1}"#)
    }
}
