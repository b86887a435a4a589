import ArtCore
import Testing

@testable import ArtStrip

/// A small news page of our own: boilerplate around a body of paragraphs.
private func page(head: String = "", body: String) -> String {
    """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\(head)</head><body>
    <header class="masthead"><a href="/">Home</a> <a href="/news">News</a></header>
    <nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
    \(body)
    <div class="comments-section"><p>Great article, thanks for writing it, I agree with every word.</p></div>
    <footer><p>Copyright The Example Post. All rights reserved.</p></footer>
    </body></html>
    """
}

private let paragraphs = [
    "The city council voted on Tuesday to rebuild the river bridge, ending a debate that lasted three years.",
    "Engineers said the new bridge would carry twice as much traffic, and that work could begin in the spring.",
    "Residents who crossed the old bridge every day welcomed the decision, though some worried about the cost.",
]

private func paragraphHTML(_ ps: [String] = paragraphs) -> String {
    ps.map { "<p>\($0)</p>" }.joined(separator: "\n")
}

@Suite struct ExtractionTests {
    let stripper = Stripper()

    @Test func densityFindsTheBody() {
        let html = page(body: "<div><h1>Bridge to be rebuilt</h1>\(paragraphHTML())</div>")
        let r = stripper.strip(html: html)
        #expect(r.paragraphs == paragraphs)
        #expect(r.text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func itempropArticleBodyWins() {
        let html = page(body: """
            <div class="teasers"><p>\(paragraphs[0]) Another teaser, with commas, and more, and more.</p></div>
            <div itemprop="articleBody">\(paragraphHTML(Array(paragraphs[1...])))</div>
            """)
        let r = stripper.strip(html: html)
        #expect(r.method == "itemprop")
        #expect(r.paragraphs == Array(paragraphs[1...]))
    }

    @Test func classNamedBodyAndSplitParts() {
        let html = page(body: """
            <div class="article-body"><p>\(paragraphs[0])</p></div>
            <div class="ad-slot">Advertisement</div>
            <div class="article-body"><p>\(paragraphs[1])</p><p>\(paragraphs[2])</p></div>
            """)
        let r = stripper.strip(html: html)
        #expect(r.method == "class")
        #expect(r.paragraphs == paragraphs)
    }

    @Test func boilerplateIsRemoved() {
        let html = page(body: """
            <article><h1>Bridge to be rebuilt</h1>
            <p class="byline">By Ann Lee</p>
            <div class="share-buttons"><a href="#">Share on social media</a></div>
            \(paragraphHTML())
            <figure><img src="b.jpg"><figcaption>The old bridge. Photo: Ann Lee</figcaption></figure>
            <div style="display: none"><p>Hidden text that must never appear in the output at all.</p></div>
            <aside><p>Related: other bridges around the country, and more stories.</p></aside>
            <div class="newsletter"><p>Sign up for our newsletter today.</p></div>
            </article>
            """)
        let r = stripper.strip(html: html)
        #expect(r.paragraphs == paragraphs)
    }

    @Test func listsTablesBreaksAndEntities() {
        let html = page(body: """
            <article>\(paragraphHTML())
            <ul><li>First point of the plan</li><li>Second point of the plan</li></ul>
            <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>&pound;3m</td></tr></table>
            <p>Line one<br>line two &amp; more</p></article>
            """)
        let r = stripper.strip(html: html)
        #expect(r.paragraphs.contains("First point of the plan"))
        #expect(r.paragraphs.contains("Year\tCost\n2024\t£3m"))
        #expect(r.paragraphs.last == "Line one\nline two & more")
    }

    @Test func headlineGoesToTitleNotText() {
        let html = page(
            head: "<title>Bridge to be rebuilt | The Example Post</title>",
            body: "<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())</article>")
        let r = stripper.strip(html: html)
        #expect(r.metadata.title == "Bridge to be rebuilt")
        #expect(!r.text.contains("Bridge to be rebuilt"))
    }

    @Test func jsonLDBodyUsedWhenThePageHasLittle() {
        let body = paragraphs.joined(separator: "\n") + "\n" + paragraphs.joined(separator: " ")
        let ld = JSONValue.object(["@type": .string("NewsArticle"), "articleBody": .string(body)]).jsonText
        let html = page(
            head: "<script type=\"application/ld+json\">\(ld)</script>",
            body: "<div id=\"app\"><p>Loading…</p></div>")
        let r = stripper.strip(html: html)
        #expect(r.method == "json-ld-text")
        #expect(r.paragraphs.first == paragraphs[0])
    }

    @Test func noArticleGivesNoText() {
        let r = stripper.strip(html: page(body: "<form><input name=q><button>Search</button></form>"))
        #expect(r.paragraphs.isEmpty)
        #expect(r.method == "none")
    }
}

@Suite struct MetadataTests {
    let stripper = Stripper()

    @Test func structuredDataFirst() {
        let head = """
            <title>Bridge to be rebuilt - The Example Post</title>
            <script type="application/ld+json"><![CDATA[
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
             {"@type":"NewsArticle","headline":"Bridge to be rebuilt","datePublished":"2024-05-02T08:15:00Z",
              "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Organization","name":"Example Post"}],
              "publisher":{"@type":"Organization","name":"The Example Post"}}]}
            ]]></script>
            <meta property="og:description" content="The council votes for a new bridge.">
            <meta property="og:locale" content="en_GB">
            <link rel="canonical" href="/news/bridge">
            """
        let r = stripper.strip(html: page(head: head, body: "<article>\(paragraphHTML())</article>"),
            url: "https://post.example.com/news/bridge?utm=x")
        let m = r.metadata
        #expect(m.title == "Bridge to be rebuilt")
        #expect(m.authors == ["Ann Lee"])
        #expect(m.date == "2024-05-02T08:15:00Z")
        #expect(m.site == "The Example Post")
        #expect(m.lang == "en")
        #expect(m.description == "The council votes for a new bridge.")
        #expect(m.canonicalURL == "https://post.example.com/news/bridge")
    }

    @Test func metaAndBylineFallbacks() {
        let head = """
            <title>Bridge to be rebuilt | Example Post</title>
            <meta property="og:site_name" content="Example Post">
            <meta property="article:published_time" content="2024-05-02 08:15:00">
            """
        let body = "<article><p class=\"byline\">By Ann Lee and Raj Patel</p>\(paragraphHTML())</article>"
        let m = stripper.strip(html: page(head: head, body: body)).metadata
        #expect(m.title == "Bridge to be rebuilt")
        #expect(m.authors == ["Ann Lee", "Raj Patel"])
        #expect(m.date == "2024-05-02T08:15:00")
        #expect(m.site == "Example Post")
    }

    @Test func staffAndSiteAreNotAuthors() {
        #expect(!MetadataReader.isPersonName("Staff", site: nil))
        #expect(!MetadataReader.isPersonName("Example Post", site: "Example Post"))
        #expect(!MetadataReader.isPersonName("https://example.com/ann", site: nil))
        #expect(MetadataReader.isPersonName("Ann Lee", site: "Example Post"))
        #expect(MetadataReader.splitNames("By Ann Lee, Raj Patel & Tom Wu | May 2, 2024") == ["Ann Lee", "Raj Patel", "Tom Wu"])
    }

    @Test func dates() {
        #expect(DateParser.iso8601("2024-05-02") == "2024-05-02")
        #expect(DateParser.iso8601("2024-05-02T08:15:30.123+0200") == "2024-05-02T08:15:30+02:00")
        #expect(DateParser.iso8601("Thu, 02 May 2024 08:15:00 GMT") == "2024-05-02")
        #expect(DateParser.iso8601("May 2, 2024") == "2024-05-02")
        #expect(DateParser.iso8601("yesterday") == nil)
        #expect(DateParser.fromURL("https://x.example/2024/05/02/bridge") == "2024-05-02")
        #expect(DateParser.fromURL("https://x.example/news/20240502") == nil)
    }
}

@Suite struct PlainTextTests {
    let stripper = Stripper()

    @Test func noticeAtStart() {
        let text = "This article was originally published by Radio Free Example and is reprinted with permission.\n"
            + "Officials met on Monday.\nThey agreed to meet again."
        let r = stripper.strip(text: text)
        #expect(r.notice == "This article was originally published by Radio Free Example and is reprinted with permission.")
        #expect(r.publisher == "Radio Free Example")
        #expect(r.text == "Officials met on Monday.\n\nThey agreed to meet again.")
    }

    @Test func noticeAtEnd() {
        let text = "Officials met on Monday.\n\nThey agreed to meet again.\n\nThis story originally appeared in The Valley Times."
        let r = stripper.strip(text: text)
        #expect(r.notice == "This story originally appeared in The Valley Times.")
        #expect(r.publisher == "The Valley Times")
        #expect(r.text == "Officials met on Monday.\n\nThey agreed to meet again.")
    }

    @Test func noNotice() {
        let r = stripper.strip(text: "  Officials   met\ton Monday.  \r\n\r\n\r\nThey agreed.  ")
        #expect(r.notice == nil)
        #expect(r.text == "Officials met on Monday.\n\nThey agreed.")
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let r = stripper.strip(text: "One line\nwrapped here.\n\nSecond paragraph.")
        #expect(r.text == "One line wrapped here.\n\nSecond paragraph.")
    }
}

@Suite struct FilterTests {
    @Test func htmlRecordGetsAllFields() throws {
        let html = page(head: "<title>Bridge | Example Post</title>", body: "<article>\(paragraphHTML())</article>")
        let record = Record([("id", .int(1)), ("html", .string(html))])
        let update = StripFilter().transform(record)
        let keys = update.fields.map(\.key)
        #expect(keys == ["text", "title", "authors", "date", "site", "lang", "description", "canonical_url", "notice"])
        #expect(update.errors.isEmpty)
        #expect(update.removals.isEmpty)
        let dropped = StripFilter(dropHTML: true).transform(record)
        #expect(dropped.removals == ["html"])
    }

    @Test func recordWithoutHTMLOrTextIsUnchanged() {
        let update = StripFilter().transform(Record([("id", .int(1)), ("title", .string("x"))]))
        #expect(update.isEmpty)
    }

    @Test func pageWithoutArticleGetsAnError() {
        let update = StripFilter().transform(Record([("html", .string("<nav><a href=/>Home</a></nav>"))]))
        #expect(update.errors.map(\.kind) == ["no_text"])
    }

    @Test func plainTextKeepsAnExistingSite() {
        let text = "Originally published by Example Wire.\nThe market rose."
        let a = StripFilter().transform(Record([("text", .string(text))]))
        #expect(a.fields.first(where: { $0.key == "site" })?.value == .string("Example Wire"))
        let b = StripFilter().transform(Record([("text", .string(text)), ("site", .string("Mine"))]))
        #expect(b.fields.first(where: { $0.key == "site" }) == nil)
    }
}

@Suite struct RobustnessTests {
    let stripper = Stripper()

    @Test func emptyAndGarbage() {
        #expect(stripper.strip(html: "").paragraphs.isEmpty)
        var garbage = ""
        var x: UInt32 = 12345
        for _ in 0..<5000 {
            x = x &* 1_103_515_245 &+ 12345
            if let u = Unicode.Scalar((x >> 8) % 0xD000 + 1) { garbage.unicodeScalars.append(u) }
        }
        garbage += "<<<>>></div></p><p<p<</html>\u{0}\u{1}"
        _ = stripper.strip(html: garbage)
    }

    @Test func unclosedAndMisnestedTags() {
        let html = "<html><body><div><p>\(paragraphs[0]) <b>bold <i>both</b> italic</i><p>\(paragraphs[1])<div>x</span></td>"
        let r = stripper.strip(html: html)
        #expect(r.text.contains("bold both italic"))
        #expect(r.text.contains(paragraphs[1]))
    }

    @Test func deeplyNestedDivisions() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "<p>\(paragraphs[0])</p>"
            + String(repeating: "</div>", count: depth)
        _ = stripper.strip(html: html)
    }

    @Test func tenMegabytesOnOneLine() {
        let p = "<p>\(paragraphs[1])</p>"
        let count = 10_000_000 / p.utf8.count + 1
        let html = "<html><body><article>" + String(repeating: p, count: count) + "</article></body></html>"
        #expect(html.utf8.count > 10_000_000)
        let r = stripper.strip(html: html)
        #expect(r.paragraphs.count == count)
    }

    @Test func byteOrderMarkAndUTF8() {
        let html = "\u{FEFF}<html><body><article><p>Café, \(paragraphs[0])</p></article></body></html>"
        let r = stripper.strip(html: html)
        #expect(r.text == "Café, \(paragraphs[0])")
        // NUL bytes first: the parser's encoding guess is overruled (no text is found, but no crash).
        _ = stripper.strip(html: "\u{0}<\u{0}?" + html)
    }

    @Test func windows1252PageAlreadyDecoded() {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><article>"
            + "<p>Café crème — “naïve” résumé, \(paragraphs[0])</p></article></body></html>"
        let r = stripper.strip(html: html)
        #expect(r.text.hasPrefix("Café crème — “naïve” résumé"))
    }
}

@Suite struct ParsingTests {
    /// Every flag by the definition: substrings anywhere, tokens between
    /// spaces, hyphens and underscores.
    func referenceFlags(_ s: String) -> UInt16 {
        let sets: [(HintPatterns, ClassFlags)] = [
            (Patterns.negative, .negative), (Patterns.positive, .positive), (Patterns.unlikely, .unlikely),
            (Patterns.alwaysUnlikely, .alwaysUnlikely), (Patterns.maybe, .maybe), (Patterns.body, .body),
            (Patterns.byline, .byline), (Patterns.authorBox, .authorBox), (Patterns.notAuthor, .notAuthor),
        ]
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
        var found: UInt16 = 0
        for (set, flag) in sets {
            if set.substrings.contains(where: { TextUtil.contains(s, $0) }) || set.tokens.contains(where: tokens.contains) {
                found |= flag.rawValue
            }
        }
        return found
    }

    @Test func classMatcherFindsWhatTheDefinitionSays() {
        let pieces = ["ad", "ads", "nav", "main", "content", "article-body", "share", "x", "-", "_", " ", "é",
            "comment", "comments", "byline", "author-bio", "story", "date", "time", "metadata", "hidden", "sr-only",
            "post", "entry", "tags", "taglist", "sidebar"]
        var generator = SystemRandomNumberGenerator()
        var samples = pieces + Patterns.unlikely.substrings + Patterns.body.substrings + Patterns.byline.tokens
        for _ in 0..<5000 {
            let n = Int.random(in: 1...6, using: &generator)
            samples.append((0..<n).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for s in samples {
            var bytes = Array(s.utf8)
            let flags = bytes.withUnsafeMutableBufferPointer { ClassFlags.matcher.scan(UnsafeBufferPointer($0)) }
            #expect(flags == referenceFlags(s), "\(s)")
        }
    }

    @Test func measureCountsCollapsedScalarsAndCommas() {
        let pieces = ["a", "bc", " ", "  ", "\n", "\t\r", ",", "é", "\u{A0}", "\u{2009}", "\u{3001}", "\u{1}", "word", "x,y"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // By the definition: each run of white space after text counts as one.
            var length: Int32 = 0
            var inSpace = true
            for u in s.unicodeScalars {
                let space = TextUtil.isSpace(u.value)
                if !(space && inSpace) { length += 1 }
                inSpace = space
            }
            let commas = Int32(s.unicodeScalars.filter { $0 == "," || $0 == "\u{60C}" || $0 == "\u{FF0C}" || $0 == "\u{3001}" }.count)
            let m = TextUtil.measure(s)
            #expect(m.length == length && m.commas == commas, "\(s.debugDescription)")
        }
    }

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

    @Test func stringBytesUnescapeLikeTheDecoder() throws {
        let values = ["", "plain", "q\"uote\\back/slash", "\u{8}\u{C}\n\r\t", "é ☃ 😀 \u{0}", "<p class=\"x\">a&amp;b</p>\n"]
        for v in values {
            let line = JSONValue.object([("html", .string(v))]).jsonText
            let record = try Record(validating: line)
            #expect(record.stringBytes("html") == Array(v.utf8), "\(line)")
        }
        let escaped = try Record(validating: #"{"html": "\u00e9\u2603\ud83d\ude00\u0041\/\b"}"#)
        #expect(record(escaped) == "é☃😀A/\u{8}")
        #expect(try Record(validating: #"{"html": 3}"#).stringBytes("html") == nil)
        #expect(try Record(validating: #"{"text": "x"}"#).stringBytes("html") == nil)
    }

    private func record(_ r: Record) -> String? { r.stringBytes("html").map { String(decoding: $0, as: UTF8.self) } }

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
}
