import Testing

@testable import ArtCore

@Suite struct MarkdownEscapingTests {
    func escaped(_ s: String, inTableCell: Bool = false) -> String {
        MarkdownEscaping.escaped(s, inTableCell: inTableCell)
    }

    @Test func proseKeepsItsLook() {
        #expect(escaped("It cost 5 * 3 = 15 dollars, snake_case stays, a < b & c.") == "It cost 5 * 3 = 15 dollars, snake_case stays, a < b & c.")
        #expect(escaped("# 1 fan, - not a list, 2024. A year") == "\\# 1 fan, - not a list, 2024. A year")
    }

    @Test func inlineMarkupIsEscaped() {
        #expect(escaped("a *b* _c_ `d` [e](f) ~g~") == "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\~g\\~")
        #expect(escaped("<div> &amp; &#38; x\\*") == "\\<div> \\&amp; \\&#38; x\\\\\\*")
        #expect(escaped("Wow! ![x]") == "Wow! !\\[x\\]")
    }

    @Test func blockStartsAreEscapedAtTheStartOfEachLine() {
        #expect(escaped("## Title") == "\\## Title")
        #expect(escaped("> quote\n- item\n+ item\n* item") == "\\> quote\n\\- item\n\\+ item\n\\* item")
        #expect(escaped("1. one\n12) two\n2024 was") == "1\\. one\n12\\) two\n2024 was")
        #expect(escaped("---\n===\n___") == "\\---\n\\===\n\\_\\_\\_")
        #expect(escaped("#hashtag") == "#hashtag")
    }

    @Test func barsOnlyInTableCells() {
        #expect(escaped("a | b") == "a | b")
        #expect(escaped("a | b", inTableCell: true) == "a \\| b")
    }

    @Test func appendingKnowsWhatCameBefore() {
        var out = Array("x".utf8)
        Array("# y *z".utf8).withUnsafeBufferPointer { MarkdownEscaping.append($0, to: &out, atLineStart: false) }
        #expect(String(decoding: out, as: UTF8.self) == "x# y \\*z")
    }
}
