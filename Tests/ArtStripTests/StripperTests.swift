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

    @Test func anArticleInBlocksOfOneKindIsWhole() {
        // One <section> per heading, each its text in two wrappers: the
        // density winner is one section's inside; the article is all of them.
        let parts = [prose("first", 2), prose("second", 6), prose("third", 3)]
        let sections = parts.enumerated().map { i, ps in
            "<section class=\"blog-section s\(i)\"><h2>Part \(i + 1)</h2><div class=wrap><div class=rich>\(paragraphHTML(ps))</div></div></section>"
        }
        let r = stripper.strip(html: page(body: "<main><h1>Bridge</h1>\(sections.joined())</main>"))
        #expect(r.paragraphs.filter { $0.hasPrefix("The ") } == parts.flatMap { $0 })
        #expect(r.paragraphs.contains("Part 1") && r.paragraphs.contains("Part 3"))
    }

    @Test func aHeaderLeftOpenAroundThePageAndItsMenusIsKept() {
        // The header is never closed, so the parser puts the article inside
        // it, with a menu of more link text than the article has words.
        let menu = (1...60).map { "<li><a href=\"/s\($0)\">Section number \($0) of the site</a></li>" }.joined()
        let story = prose("bridge", 6)
        let r = stripper.strip(html: "<html><body><div class=canvas><header class=site-header><ul>\(menu)</ul><main><article><h1>Bridge</h1>\(paragraphHTML(story))</article></main></div></body></html>")
        #expect(r.paragraphs == story)
    }

    @Test func aDataTableInAScrollingWrapperStays() {
        // "scroll" in a class name marks furniture, but this one only lets a
        // table of the article scroll sideways; its header row is a <thead>.
        let table = "<div class=\"table-scroll\"><table><thead><tr><td>Model</td><td>Price</td></tr></thead><tbody><tr><td>Model A</td><td>$500</td></tr><tr><td>Model B</td><td>$650</td></tr></tbody></table></div>"
        let story = prose("bridge", 4)
        let r = stripper.strip(html: page(body: "<article>\(paragraphHTML(story))\(table)</article>"))
        #expect(r.paragraphs.prefix(story.count) == story[...])
        #expect(r.text.contains("Model B") && r.text.contains("$650"))
    }

    @Test func itemsWithAnIconAndSentencesAreNoGallery() {
        let item = { (name: String) in
            "<div class=item><img src=\"/\(name).png\"><div>\(name)</div><div>\(prose(name, 2).joined(separator: " "))</div></div>"
        }
        let items = "<div class=row>\(item("coolant"))\(item("brakes"))</div>"
        let gallery = "<div class=row><div><img src=/a.png> Photo one</div><div><img src=/b.png> Photo two</div></div>"
        let story = prose("car", 4)
        let r = stripper.strip(html: page(body: "<article>\(paragraphHTML(story))\(items)\(gallery)</article>"))
        #expect(r.text.contains(prose("brakes", 2)[1]))
        #expect(!r.text.contains("Photo two"))
    }

    @Test func evidenceThatHoldsLittleOfTheTextGivesWay() {
        // A class that names an article body around one small box of a
        // long review does not outweigh the review's text.
        let review = prose("review", 8)
        let html = page(body: "<div class=review>\(paragraphHTML(review))</div><div class=\"article-content\"><p>\(paragraphs[0])</p></div>")
        let r = stripper.strip(html: html)
        #expect(r.method == "density")
        #expect(Array(r.paragraphs.prefix(review.count)) == review)
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

