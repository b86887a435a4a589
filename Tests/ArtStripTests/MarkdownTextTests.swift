import Testing

@testable import ArtStrip

@Suite struct MarkdownTextTests {
    func block(_ markdown: String, _ paragraphs: Range<Int>) -> MarkdownBlock {
        MarkdownBlock(markdown: markdown, paragraphs: paragraphs)
    }

    @Test func plainParagraphsAreEscapedAndKeepTheirLineBreaks() {
        #expect(MarkdownText(plain: ["# one", "two\nthree"]).joined == "\\# one\n\ntwo\\\nthree")
    }

    @Test func listItemsAreOneLineApart() {
        var item = block("- a", 0..<1)
        item.startsItemOfList = 7
        item.list = 7
        var next = block("- b", 1..<2)
        next.startsItemOfList = 7
        next.list = 7
        #expect(MarkdownText(blocks: [item, next, block("c", 2..<3)]).joined == "- a\n- b\n\nc")
    }

    @Test func followsTheRemovalOfTheFirstParagraph() {
        var md = MarkdownText(blocks: [block("# H", 0..<1), block("**a**", 1..<2), block("| t |", 2..<4)])
        md.follow(["H", "a", "t1", "t2"], ["a", "t1", "t2"])
        #expect(md.blocks == [block("**a**", 0..<1), block("| t |", 1..<3)])
    }

    @Test func aChangedParagraphBecomesPlainText() {
        var md = MarkdownText(blocks: [block("**a**", 0..<1), block("*b* c", 1..<2)])
        md.follow(["a", "b c"], ["a", "b"])
        #expect(md.blocks == [block("**a**", 0..<1), block("b", 1..<2)])
    }

    @Test func aBlockOfSeveralParagraphsGivesWayWhole() {
        var md = MarkdownText(blocks: [block("| x | y |", 0..<2)])
        md.follow(["x", "y"], ["x"])
        #expect(md.blocks == [block("x", 0..<1)])
    }
}
