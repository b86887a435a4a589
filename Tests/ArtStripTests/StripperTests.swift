import ArtCore
import Testing

@testable import ArtStrip

@Suite struct StripperTests {
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

    @Test func aWireStoryGivesItsBylineAndDateline() {
        let body = "<article><p>By Md Aynal Haque</p><p>RAJSHAHI, Dec 20, 2025 (BSS) - \(paragraphs[0])</p>"
            + "\(paragraphHTML(Array(paragraphs.dropFirst())))</article>"
        let m = Stripper().strip(html: page(body: body)).metadata
        #expect(m.authors == ["Md Aynal Haque"])
        #expect(m.agency == "BSS")
        #expect(m.date == "2025-12-20")
        #expect(m.sources["date"] == "dateline-text")
        let german = "<article><p>BERLIN, 3. Oktober 2024 (dpa) - \(paragraphs[0])</p>\(paragraphHTML())</article>"
        let d = Stripper().strip(html: page(body: german).replacing("lang=\"en\"", with: "lang=\"de\"")).metadata
        #expect(d.date == "2024-10-03" && d.agency == "dpa")
        // A date in the text that no dash or parenthesis follows is no dateline.
        #expect(MetadataReader.datelineDay("On Dec 20, 2025 the council met and voted", lang: "en") == nil)
    }
}

