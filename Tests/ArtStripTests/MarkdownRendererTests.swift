import Testing

@testable import ArtStrip

@Suite struct MarkdownRendererTests {
    let stripper = Stripper(format: .markdown)
    let url = "https://news.example.org/2024/05/bridge.html"

    /// The Markdown of a page whose article is the first paragraph, `body`
    /// and the last paragraph.
    func markdown(_ body: String) -> String? {
        let html = page(body: "<article><p>\(paragraphs[0])</p>\(body)<p>\(paragraphs[2])</p></article>")
        return stripper.strip(html: html, url: url).markdown
    }

    func expected(_ body: String) -> String { paragraphs[0] + "\n\n" + body + "\n\n" + paragraphs[2] }

    @Test func headingsAndParagraphs() {
        #expect(markdown("<h2>The cost</h2><p>One <br>two</p><h3>Next</h3>") == expected("## The cost\n\nOne\\\ntwo\n\n### Next"))
    }

    @Test func listsNestedUnderTheirItems() {
        let html = "<ul><li>Steel</li><li>Stone<ol><li>granite</li><li>slate</li></ol></li></ul><ol><li>First</li></ol>"
        #expect(markdown(html) == expected("- Steel\n- Stone\n  1. granite\n  2. slate\n\n1. First"))
    }

    @Test func anItemOfTwoParagraphsIsIndented() {
        #expect(markdown("<ul><li><p>One</p><p>More</p></li><li>Two</li></ul>") == expected("- One\n\n  More\n- Two"))
    }

    @Test func deepNestingStopsIndenting() {
        let html = String(repeating: "<ul><li>Deeper", count: 12) + String(repeating: "</li></ul>", count: 12)
        let lines = markdown(html)!.split(separator: "\n").dropFirst().prefix(12)
        #expect(lines.map { $0.prefix { $0 == " " }.count } == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 20])
        #expect(lines.allSatisfy { $0.hasSuffix("- Deeper") })
    }

    @Test func blockQuotes() {
        let html = "<blockquote><p>We waited.</p><p>Now it is here.</p></blockquote>"
        #expect(markdown(html) == expected("> We waited.\n>\n> Now it is here."))
    }

    @Test func tablesWithAHeaderRowAndEscapedCells() {
        let html = "<table><caption>Costs</caption><tr><th>Part</th><th>Cost</th></tr><tr><td>a|b</td><td><b>2</b></td></tr><tr><td>c</td></tr></table>"
        #expect(markdown(html) == expected("Costs\n\n| Part | Cost |\n| --- | --- |\n| a\\|b | **2** |\n| c |  |"))
    }

    @Test func aTableThatLaysOutThePageIsShownAsBlocks() {
        let html = "<table><tr><td><h2>Inside the plan</h2><ul><li>\(paragraphs[1])</li></ul></td></tr></table>"
        #expect(markdown(html) == expected("## Inside the plan\n\n- " + paragraphs[1]))
    }

    @Test func linksResolvedAgainstThePage() {
        let html = """
            <p>See <a href="../plan.pdf">the plan</a>, <a href="https://other.example.com/x">this</a>, \
            <a href="/">   </a><a href="?page=2">page (2)</a>.</p>
            """
        let links = "See [the plan](https://news.example.org/2024/plan.pdf), [this](https://other.example.com/x), "
            + "[page (2)](https://news.example.org/2024/05/bridge.html?page=2)."
        #expect(markdown(html) == expected(links))
    }

    @Test func emphasisStrongAndCode() {
        let html = "<p>A <em>new</em> <strong>bridge <b>now</b></strong>, un<i>believ</i>able, run <code>make `all`</code>.</p>"
        #expect(markdown(html) == expected("A *new* **bridge now**, un*believ*able, run `` make `all` ``."))
    }

    @Test func codeBlocksAreFenced() {
        #expect(markdown("<pre>let x = 1\n  y()</pre>") == expected("```\nlet x = 1\n  y()\n```"))
    }

    @Test func markupCharactersInTextAreEscaped() {
        #expect(markdown("<p>*Update*: 1. see [1]</p><p>- dash</p>") == expected("\\*Update\\*: 1. see \\[1\\]\n\n\\- dash"))
        #expect(markdown("<h2>1. First</h2><p><b>Wow!</b> Read!<a href=\"/x\">this</a></p>") == expected("## 1. First\n\n**Wow!** Read\\![this](https://news.example.org/x)"))
    }

    @Test func theTextStaysAsItIs() {
        let body = "<h2>The cost</h2><ul><li>Steel</li></ul><table><tr><td>a</td><td>b</td></tr></table>"
        let html = page(body: "<article><h1>Bridge</h1>\(paragraphHTML())\(body)</article>")
        let plain = Stripper().strip(html: html, url: url)
        let both = stripper.strip(html: html, url: url)
        #expect(both.text == plain.text)
        #expect(plain.markdown == nil)
        #expect(both.markdown != nil)
    }

    @Test func theHeadlineAndANoticeLeaveTheMarkdownToo() {
        let notice = "This story was originally published by the Valley Courier and is republished with permission."
        let html = page(
            head: "<title>Bridge to be rebuilt</title>",
            body: "<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())<p><i>\(notice)</i></p></article>")
        let r = stripper.strip(html: html, url: url)
        #expect(r.notice == notice)
        #expect(r.markdown == paragraphs.joined(separator: "\n\n"))
    }
}
