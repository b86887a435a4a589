import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct MarkdownReportTests {
    @Test func escapesMarkup() {
        #expect(markdown("*a* [b] | c") == "\\*a\\* \\[b\\] \\| c")
    }
}
