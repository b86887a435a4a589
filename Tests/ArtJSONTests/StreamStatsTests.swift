import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct StreamStatsTests {
    @Test func countsFieldsSpansAndErrors() throws {
        var stats = StreamStats()
        stats.add(try Record(validating: #"{"id":1,"text":"héllo","sentences":[{"start":0,"end":5}],"entities":[{"type":"PERSON"},{"type":"ORG"}],"quotes":[{"type":"direct","speaker":{"start":0,"end":1}}]}"#))
        stats.add(try Record(validating: #"{"id":2,"errors":[{"tool":"art-strip","kind":"no_text","message":"m"}]}"#))
        #expect(stats.records == 2)
        #expect(stats.summary.jsonText == #"{"records":2,"fields":{"id":2,"text":1,"sentences":1,"entities":1,"quotes":1,"errors":1},"text_code_points":5,"sentences":1,"entities":{"total":2,"ORG":1,"PERSON":1},"quotes":{"total":1,"with_speaker":1,"direct":1},"errors":{"art-strip":{"no_text":1}},"duplicates":0,"lang":{},"site":{},"month":{},"quotes_by_month":{},"undated":2,"top_entities":{},"top_speakers":[],"approximate":[]}"#)
    }

    @Test func countsNamesLanguagesMonthsAndCopies() throws {
        var stats = StreamStats(top: 1)
        stats.add(try Record(validating: #"{"lang":"en","date":"2026-03-01","entities":[{"type":"ORG","text":"UN","canonical":"United Nations"},{"type":"ORG","text":"UNESCO","canonical":"UNESCO"},{"type":"ORG","text":"the UN","canonical":"United Nations"}],"quotes":[{"type":"direct","speaker":{"text":"he","canonical":"Marco Bell","gender":"male"}}]}"#))
        stats.add(try Record(validating: #"{"lang":"en","date":"March","duplicate_of":"x"}"#))
        let s = stats.summary
        #expect(s["lang"]?.jsonText == #"{"en":2}"#)
        #expect(s["month"]?.jsonText == #"{"2026-03":1}"#)
        #expect(s["undated"] == 1)
        #expect(s["duplicates"] == 1)
        #expect(s["top_entities"]?.jsonText == #"{"ORG":{"United Nations":2}}"#)
        #expect(s["quotes_by_gender"]?.jsonText == #"{"male":1}"#)
        #expect(s["top_speakers"]?.jsonText == #"[{"name":"Marco Bell","quotes":1,"gender":"male"}]"#)
    }
}
