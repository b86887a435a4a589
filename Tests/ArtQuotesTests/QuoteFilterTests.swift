import ArtCore
import Testing

@testable import ArtQuotes

@Suite struct QuoteFilterTests {
    @Test func addsQuotesField() throws {
        let record = try Record(validating: #"{"id":1,"text":"“Yes,” he said."}"#)
        let update = QuoteFilter().transform(record)
        let out = String(decoding: record.applying(update), as: UTF8.self)
        #expect(out.hasPrefix(#"{"id":1,"text":"“Yes,” he said.","quotes":[{"start":1,"end":5,"text":"Yes,","type":"direct""#))
    }

    @Test func recordWithoutTextIsUnchanged() throws {
        let record = try Record(validating: #"{"id":2}"#)
        #expect(QuoteFilter().transform(record).isEmpty)
    }
}

/// The `quotes` that art-quotes writes for `record`.
func quotesField(_ record: Record) throws -> JSONValue? {
    try Record(validating: record.applying(QuoteFilter().transform(record))).value("quotes")
}

@Suite struct QuoteFilterJSONTests {
    /// The bytes art-quotes has always written: keys in art(7)'s order, fragments last.
    @Test func outputBytesKeepTheirOrder() throws {
        let record = try Record(validating: #"{"id":7,"text":"Mayor Ana Lopez spoke. “It is done,” Lopez said. “We start in May.”"}"#)
        let out = String(decoding: record.applying(QuoteFilter().transform(record)), as: UTF8.self)
        #expect(
            out
                == #"{"id":7,"text":"Mayor Ana Lopez spoke. “It is done,” Lopez said. “We start in May.”","quotes":[{"start":24,"end":66,"text":"It is done, We start in May.","type":"direct","speaker":{"start":37,"end":42,"text":"Lopez","canonical":"Ana Lopez"},"cue":{"start":43,"end":47,"text":"said"},"fragments":[{"start":24,"end":35},{"start":50,"end":66}]}]}"#
        )
    }

    @Test func speakerAndCueMayBeNull() {
        let text = Array("“Yes.”".unicodeScalars)
        let q = Quote(start: 1, end: 5, type: .direct, speaker: nil, cue: nil)
        let json = QuoteFilter.json(q, text)
        #expect(json["speaker"] == .null)
        #expect(json["cue"] == .null)
        #expect(json["fragments"] == nil)
        #expect(json["text"]?.stringValue == "Yes.")
    }
}

@Suite struct QuoteFilterSentencesTests {
    private func record(_ sentences: String) throws -> Record {
        try Record(validating: #"{"text":"One two. Three four.","sentences":"# + sentences + "}")
    }

    @Test func invalidSentencesGiveTheSegmentersQuotes() throws {
        let text = #"“We will appeal,” the lawyer said. Officials said the ruling was final."#
        let plain = try Record(validating: #"{"text":"\#(text)"}"#)
        let broken = try Record(validating: #"{"text":"\#(text)","sentences":[{"start":50,"end":10}]}"#)
        #expect(try quotesField(plain) != nil)
        #expect(try quotesField(plain) == quotesField(broken))
    }
}

@Suite struct QuoteFilterWindowTests {
    /// A text longer than the window limit is read window by window: each
    /// paragraph's quotes, speakers and entities are those it has alone,
    /// at its own offsets.
    @Test func aLongTextIsReadWindowByWindow() throws {
        let paragraph = "“We will win this,” said Anna Berg, the mayor. She added: “It is done.”\n"
        let length = paragraph.unicodeScalars.count
        let entity = #"{"start":25,"end":34,"text":"Anna Berg","type":"PERSON","canonical":"Anna Berg"}"#
        var filter = QuoteFilter()
        let alone = try Record(validating: JSONValue.object(["text": .string(paragraph)]).jsonText.dropLast() + #","entities":[\#(entity)]}"#)
        let one = try #require(try Record(validating: alone.applying(filter.transform(alone))).value("quotes")?.arrayValue)
        #expect(one.count == 2)
        filter.windowLimit = 200
        let entities = (0..<7).map { i in
            #"{"start":\#(25 + i * length),"end":\#(34 + i * length),"text":"Anna Berg","type":"PERSON","canonical":"Anna Berg"}"#
        }
        let long = try Record(validating: JSONValue.object(["text": .string(String(repeating: paragraph, count: 7))]).jsonText.dropLast() + #","entities":[\#(entities.joined(separator: ","))]}"#)
        let all = try #require(try Record(validating: long.applying(filter.transform(long))).value("quotes")?.arrayValue)
        let expected = (0..<7).flatMap { i in one.map { shift($0, by: i * length) } }
        #expect(all == expected)
    }

    func shift(_ value: JSONValue, by offset: Int) -> JSONValue {
        switch value {
        case .object(let members):
            return .object(members.map { m in
                (key: m.key, value: (m.key == "start" || m.key == "end") ? .int(m.value.intValue! + offset) : shift(m.value, by: offset))
            })
        case .array(let items): return .array(items.map { shift($0, by: offset) })
        default: return value
        }
    }
}
