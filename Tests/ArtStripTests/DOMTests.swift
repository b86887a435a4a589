import Testing

@testable import ArtStrip

@Suite struct DOMTests {
    @Test func subtreesAreIndexRanges() {
        let dom = DOM.parse("<html><body><div id=Main class='A b'><p>One, two</p><p>three</p></div></body></html>")
        let div = (0..<dom.count).first { dom.tag[$0] == .div }!
        let inside = (div + 1..<Int(dom.end[div])).map { dom.tag[$0] }
        #expect(inside == [.p, .text, .p, .text])
        // The class first, then the id, whatever their order in the markup.
        #expect(dom.classAndID(div) == "a b main")
        #expect(dom.hasClassOrID(div) && !dom.hasClassOrID(div + 1))
        let first = div + 2
        #expect(dom.text(first) == "One, two")
        #expect(dom.textLength[first] == 8 && dom.textCommas[first] == 1)
        #expect(Int(dom.parent[first]) == div + 1)
    }

    @Test func onlyKeptAttributesAreKept() {
        let dom = DOM.parse("<p role=note data-x=1 style='color: red' src=a.png>x</p><a href='javascript:go()'>y</a>")
        let p = (0..<dom.count).first { dom.tag[$0] == .p }!
        #expect(dom.attr(p, .role) == "note")
        #expect(dom.attr(p, .style) == "color: red")
        #expect(dom.hasAttr(p, .role) && !dom.hasAttr(p, .href))
        // A script hook is no link.
        #expect(!dom.tag.contains(.a))
    }

    @Test func structuredDataAndTitleAreCaptured() {
        let dom = DOM.parse("<title>First</title><title>Second</title><script type=application/ld+json>{\"a\":1}</script>")
        #expect(dom.titleText == "First")
        #expect(dom.jsonLD == ["{\"a\":1}"])
    }
}
