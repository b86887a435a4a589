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
            "<meta name=description content=\"about\">", "<input name=q value=x>"]
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

    let stripper = Stripper()

    /// The DOM comparisons above test something only where the shortcuts run.
    @Test func shortcutsRunOnlyOnTheParserTheyRepeat() {
        let html = "<div>\n      <p>a</p>\n      <p>b</p>\n    </div>"
        let cut = DOM.parse(html).textCut.contains { $0 > 0 }
        #expect(cut == SAXBuilder.parserSkipsLikeThis)
        #expect(!DOM.parse(html, takingShortcuts: false).textCut.contains { $0 > 0 })
    }
}
