import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct HTMLReportTests {
    @Test func escapesEverything() {
        #expect(escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }
}
