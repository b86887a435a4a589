import Testing

@testable import ArtStrip

/// Streaming server rendering: the article's parts come at the end of
/// <body> in hidden `<div hidden id="S:k">` blocks, which a script moves to
/// their `<template id="B:k">` / `<template id="P:k">` placeholders.
@Suite struct StreamedSegmentsTests {
    let stripper = Stripper()

    @Test func streamedSegmentsTakeTheirPlaceholdersPlace() {
        // The body's paragraphs are streamed out of order; a segment holds
        // a placeholder of its own (a nested segment).
        let html = page(body: """
            <article><h1>Bridge</h1><div class="article-body"><template id="B:0"></template><div>Loading...</div>\
            <template id="B:1"></template></div></article><footer><p>Footer</p></footer>
            <div hidden id="S:1"><p>\(paragraphs[2])</p></div>
            <div hidden id="S:0"><p>\(paragraphs[0])</p><template id="P:2"></template></div>
            <div hidden id="S:2"><p>\(paragraphs[1])</p></div><script>$RC("B:0","S:0")</script>
            """)
        let r = stripper.strip(html: html)
        // The boundary's fallback (`<div>Loading...</div>`) goes with it.
        #expect(r.paragraphs == Array(paragraphs[0...2]))
        var dom = DOM.parse(html)
        #expect(!(0..<dom.count).contains { dom.tag[$0] == .div && dom.hasAttr($0, .hidden) })
        // The arrays stay one tree: every subtree inside its parent's.
        for i in 0..<dom.count where dom.parent[i] >= 0 {
            let p = Int(dom.parent[i])
            #expect(p < i && dom.end[i] <= dom.end[p])
        }
        // What follows a boundary without a fallback stays: an element
        // with attributes, a heading, or one holding more than text.
        for after in ["<div class=\"note\">Updated today</div>", "<h2>Updated today</h2>", "<div><b>Updated</b> today</div>"] {
            let streamed = page(body: """
                <article><h1>Bridge</h1><div><template id="B:0"></template>\(after)</div></article>
                <div hidden id="S:0">\(paragraphHTML())</div>
                """)
            #expect(stripper.strip(html: streamed).paragraphs.contains { $0.hasSuffix("today") }, "\(after)")
        }
        // Without a placeholder, a hidden block stays where it is (and hidden).
        dom = DOM.parse(page(body: "<article>\(paragraphHTML())</article><div hidden id=\"S:7\"><p>Later</p></div>"))
        #expect((0..<dom.count).contains { dom.tag[$0] == .div && dom.hasAttr($0, .hidden) })
    }
}
