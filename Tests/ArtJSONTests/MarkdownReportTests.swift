import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct MarkdownReportTests {
    @Test func cellsStayOnOneLineWithTheirBarsEscaped() {
        #expect(MarkdownReport.cell("*a* [b] | c\nd") == "\\*a\\* \\[b\\] \\| c d")
    }
}
