import Testing

@testable import ArtStrip

@Suite struct HTMLParserTests {
    @Test func scriptAndStyleTextNeverReachesTheText() {
        let html = page(body: """
            <article><p>\(paragraphs[0])</p><script>var a = "<p>not text</p>"; if (a < b) {}</SCRIPT >
            <style>p > a { color: red } </style><p>\(paragraphs[1])</p><script></script><script/>
            <style><p>starts with a tag</p></style><p>\(paragraphs[2])</p></article>
            """)
        let r = stripper.strip(html: html)
        #expect(r.paragraphs == paragraphs)
    }

    @Test func structuredDataInsideMarkersAndComments() {
        let html = page(head: """
            <script type="application/ld+json">//<![CDATA[
            {"@type": "NewsArticle", "headline": "Bridge to be rebuilt", "author": {"name": "Ana Lima"}}
            //]]></script><noscript><script type="application/ld+json">{"@type": "x"}</script></noscript>
            """, body: "<article>\(paragraphHTML())</article>")
        let r = stripper.strip(html: html)
        #expect(r.metadata.title == "Bridge to be rebuilt")
        #expect(r.metadata.authors == ["Ana Lima"])
    }

    @Test func unterminatedScriptEndsThePage() {
        let html = page(body: "<article>\(paragraphHTML())</article>") + "<script>var never = 'closed';"
        let r = stripper.strip(html: html)
        #expect(r.paragraphs == paragraphs)
    }

    /// The same DOM, but for runs of blanks outside <pre> that may be cut
    /// to their last blank (their length in the page is the same).
    func sameDOM(_ a: DOM, _ b: DOM) -> Bool {
        guard a.tag == b.tag, a.parent == b.parent, a.end == b.end, a.jsonLD == b.jsonLD, a.titleText == b.titleText,
            a.attrMask == b.attrMask, a.attrBytes == b.attrBytes, a.classBytes == b.classBytes
        else { return false }
        func cut(_ t: String) -> [UInt8] {
            let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
            let b = Array(t.utf8)
            return b.indices.filter { !(blank(b[$0]) && $0 + 1 < b.count && blank(b[$0 + 1])) }.map { b[$0] }
        }
        func inPre(_ i: Int) -> Bool {
            var p = Int(a.parent[i])
            while p >= 0 {
                if a.tag[p] == .pre { return true }
                p = Int(a.parent[p])
            }
            return false
        }
        for i in 0..<a.count where a.tag[i] == .text {
            let x = a.text(i)
            let y = b.text(i)
            guard x == y || (cut(x) == cut(y) && !inPre(i)), a.sourceLength(i) == b.sourceLength(i) else { return false }
        }
        return true
    }

    @Test func shortcutsGiveTheSameDOMOnRandomPages() {
        let pieces = ["  \n\t  ", "<pre>", "</pre>", " ", "<script>", "</script>", "</SCRIPT >", "<style>", "</style>", "<p>", "</p>", "text ", "<", "</",
            "<!--", "-->", "\u{1}", "\u{FFFF}", "<title>", "</title>", "<noscript>", "</noscript>", "<svg>", "</svg>",
            "<script type=application/ld+json>", "{\"a\": \"é\"}", "</scriptx>", "<scriptx>", "<div class=x>", "</div>",
            "&amp;", "<br/>", "<script/>", "\n", "<![CDATA[", "]]>", "<textarea>", "</textarea>", "<a href=x>", "</a>",
            "<img src=\"a b.jpg\" data-x='y' alt=z>", "<p style=\"display:none\" data-long=\"0123456789\">",
            "<a href=\"javascript:x\" onclick=\"a>b\" class=c>", "<x a=1 b c = \"d\" e/>", "<path d=\"M0 0 L1 1\"/>",
            "<div data-a=\">\" class=\"k\">", "<p  id=i title='t'  >", "<meta charset=utf-8 content=x name=y>",
            "<span @click=\"x\" :a=\"b\" [c]=\"d\" data-e=f>", "<i data-open=\"", "<b title=&quot;q&quot; x=\"&amp;\">",
            "<script src=\"x.js\" async type=application/ld+json>", "<a href=\"   javascript:void(0)\">",
            "<a href=\"java&#115;cript:x\">", "<a href='https://example.com/a/long/path?x=1&amp;y=2'>",
            "<link rel=canonical href=\"https://example.com/a/long/canonical/address\">",
            "<meta name=description content=\"about\">", "<input name=q value=x>",
            // Values taken out before the parser reads them: repeated names,
            // any case, empty, non-ASCII, with references, after comments,
            // on tags the parser drops (a second <body>).
            "<p class=\"a\" CLASS=\"b\" id=\"c\" data-x=\"0123456789\">", "<body class=\"x\" id=\"y\" data-b=\"0123456789\">",
            "<meta name=\"description\" content=\"é ü – 日本\" data-m=\"0123456789\">", "<div class=\"\" id=\"q\" data-e=\"0123456789\">",
            "<!-- c -->", "<!---->", "<!-->", "--!>", "-->", "<div class=\"after\" data-x=\"0123456789\">",
            "<span class='s' style=\"display:none\" data-z=\"abcdefgh\">", "<img class=\"a&amp;b\" alt=x src=\"abcdefghij\">",
            "<a class=\"k\" href=\"https://example.com/long/path\" data-q=\"0123456789\"/>",
            "<link rel=\"alternate\" href=\"https://example.com/?a=1&amp;b=2&quot;&#39;&amp\" data-l=\"0123456789\">",
            "<meta property=\"og:title\" content=\"&quot;Q&quot; &amp; A &nbsp;\" data-t=\"0123456789\">", "<i id=\"v\" hidden data-h=\"0123456789\"  / >",
            // Tags in <head>, after blanks, closed XML-wise.
            "<head>", "</head>", "<meta name=\"viewport\" content=\"width=device-width\" data-v=\"0123456789\"/>\n    ",
            "<a href=\"https://example.com/a&amp;b\" class=\"c\"/>"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let html = (0..<Int.random(in: 1...25, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(sameDOM(DOM.parse(html), DOM.parse(html, takingShortcuts: false)), "\(html)")
        }
    }

    @Test func shortcutsGiveTheSameDOM() {
        let pages = [
            page(body: "<article>\(paragraphHTML())<script>if (a</b) { x = '</scripty>' }</script></article>"),
            "<p>a<script></div>b</script>c<style><div>d</style>e<script>x</SCRIPT>f<style>y</style >g",
            "<title>T<script>in title</script>itle</title><p>x<script type=application/ld+json>{\"a\": 1}</script>",
            "<svg><style>svg</style></svg><noscript><script>n</script></noscript><p>\u{1}<script>\u{1}x</script>",
            "<script type=\"application/ld+json\">{\"a\": \"\u{1}\u{FFFF}\"}</script><p>after",
            "<p>never closed<script>var a = 1;",
            "<div>\n    <p>a</p>\n    <pre>\n   <b>x</b>\n    </pre>\n  <br>\n  </div>  \n <p>" + String(repeating: " ", count: 1500) + "<i>",
            "<head>\n  <title>\n  </title>\n  </head>\n<pre>\n   <i>y</i></pre>\n\n<html>\n  <p>\n</p>",
        ]
        for html in pages {
            #expect(sameDOM(DOM.parse(html), DOM.parse(html, takingShortcuts: false)), "\(html)")
        }
    }

    /// Attribute values are taken out only where the parser would hand
    /// them over as they are: no reference, well-formed UTF-8.
    @Test func plainValuesAreThoseTheParserCopies() {
        func plain(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer(SAXBuilder.isPlainValue) }
        #expect(plain(Array("main-content article".utf8)) && plain(Array("é – 日本 😀".utf8)) && plain([]))
        #expect(plain(Array("a&amp;b=&quot;c&quot; &#39;d&#39;".utf8)))
        #expect(!plain(Array("a&ampb".utf8)) && !plain(Array("&nbsp;".utf8)) && !plain(Array("&#x27;".utf8)) && !plain(Array("a&".utf8)))
        #expect(!plain([0x61, 0xC3]) && !plain([0xC0, 0x80]) && !plain([0xED, 0xA0, 0x80]) && !plain([0xF4, 0x90, 0x80, 0x80]))
    }

    /// A comment ends at the first "-->" or "--!>" after "<!--", as libxml2 2.9 reads it.
    @Test func commentEndsAsTheParserReadsIt() {
        func after(_ s: String) -> String? {
            let b = Array(s.utf8)
            return b.withUnsafeBufferPointer { p in
                SAXBuilder.commentEnd(from: p.baseAddress! + 4, to: p.baseAddress! + p.count).map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: p.baseAddress! + p.count - $0), as: UTF8.self)
                }
            }
        }
        #expect(after("<!---->x") == "x")
        #expect(after("<!-->a-->b") == "b")
        #expect(after("<!-- a - b --!>c") == "c")
        #expect(after("<!-- open") == nil)
    }

    /// The attribute shortcut tells the elements whose attributes depend on them from the tag's bytes.
    @Test func attributeOwnersFromBytes() {
        func owner(_ s: String) -> ArtStrip.Tag { Array(s.utf8).withUnsafeBufferPointer(SAXBuilder.attributeOwner) }
        #expect(owner("a") == .a && owner("LINK") == .link && owner("Meta") == .meta)
        #expect(owner("abbr") == .other && owner("div") == .other && owner("metadata") == .other)
    }

    let stripper = Stripper()

    /// The DOM comparisons above test something only where the shortcuts run.
    @Test func shortcutsRunOnlyOnTheParserTheyRepeat() {
        let html = "<div>\n      <p>a</p>\n      <p>b</p>\n    </div>"
        let cut = DOM.parse(html).textCut.contains { $0 > 0 }
        #expect(cut == SAXBuilder.parserSkipsLikeThis)
        #expect(!DOM.parse(html, takingShortcuts: false).textCut.contains { $0 > 0 })
    }
}
