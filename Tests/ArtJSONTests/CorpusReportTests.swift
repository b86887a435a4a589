import ArtCore
import Testing

@testable import ArtJSON

@Suite struct CorpusReportTests {
    /// Two records: a speaker whose name is markup, quoted twice, and a copy.
    static func page() throws -> String {
        var stats = StreamStats(top: 5, keepExamples: true)
        let lines = [
            #"{"id":"r1","date":"2026-05-01","lang":"en","site":"a.example","quotes":[{"text":"one <b>","type":"direct","speaker":{"text":"x","canonical":"<script>Ann</script>","gender":"female"}}]}"#,
            #"{"id":"r2","date":"2026-06-01","lang":"en","site":"b.example","duplicate_of":"r1","quotes":[{"text":"two","type":"indirect","speaker":{"text":"x","canonical":"<script>Ann</script>","gender":"female"}}]}"#,
        ]
        for line in lines { stats.add(try Record(validating: line)) }
        return CorpusReport.render(stats.summary, examples: stats.speakerExamples)
    }

    @Test func everythingFromTheRecordsIsEscaped() throws {
        let page = try Self.page()
        #expect(!page.contains("<script>") && page.contains("&lt;script&gt;Ann&lt;/script&gt;"))
        #expect(page.contains("<q>one &lt;b&gt;</q>"))
    }

    @Test func aSpeakerLinksToTheirQuotes() throws {
        let page = try Self.page()
        let anchor = CorpusReport.anchor(speaker: "<script>Ann</script>")
        #expect(page.contains("href=\"#\(anchor)\"") && page.contains("id=\"\(anchor)\""))
        #expect(page.contains("(indirect, article r2)"))
    }

    @Test func monthsAndCopies() throws {
        let page = try Self.page()
        #expect(page.contains("<tr><td>2026-05</td><td>1</td></tr>") && page.contains("<tr><td>2026-06</td><td>1</td></tr>"))
        #expect(page.contains("<tr><td>near-copies of an earlier article</td><td>1</td><td>50.0%</td></tr>"))
    }
}
