import Testing

@testable import ArtStrip

@Suite struct ExtractorTests {
    func extractor(_ html: String) -> Extractor { Extractor(dom: DOM.parse(html)) }

    func element(_ ex: Extractor, _ t: ArtStrip.Tag, classAndID: String) -> Int? {
        (0..<ex.n).first { ex.dom.tag[$0] == t && ex.dom.classAndID($0) == classAndID }
    }

    @Test func boilerplateIsRemovedByKindAndClass() {
        var ex = extractor(page(body: "<article>\(paragraphHTML())</article>"))
        ex.removeBoilerplate(strict: true)
        let nav = (0..<ex.n).first { ex.dom.tag[$0] == .nav }!
        let comments = element(ex, .div, classAndID: "comments-section")!
        let article = (0..<ex.n).first { ex.dom.tag[$0] == .article }!
        #expect(!ex.live[nav] && !ex.live[comments] && ex.live[article])
        #expect(ex.textLen[ex.body] == ex.textLen[article])
    }

    @Test func aSharingWrapperAroundTheArticleBodyStays() {
        // `share-container` names the share buttons beside the article, but it
        // wraps the entry-content too: it is no boilerplate.
        let html = page(body: "<div class=share-container><aside>Share</aside><div class=entry-content>\(paragraphHTML())</div></div><div class=share-bar><p>Share this</p></div>")
        var ex = extractor(html)
        ex.removeBoilerplate(strict: false)
        let wrapper = element(ex, .div, classAndID: "share-container")!
        let bar = element(ex, .div, classAndID: "share-bar")!
        #expect(ex.live[wrapper] && !ex.live[bar])
        // A layout wrapper named for its sidebar, around the headline and the text.
        var strict = extractor(page(body: "<section class=inline-and-sidebar-container><h1>Title</h1>\(paragraphHTML())</section><div class=sidebar><p>More</p></div>"))
        strict.removeBoilerplate(strict: true)
        let layout = element(strict, .section, classAndID: "inline-and-sidebar-container")!
        #expect(strict.live[layout] && !strict.live[element(strict, .div, classAndID: "sidebar")!])
    }

    @Test func aBlockNamedBoilerplateThatIsTheArticleStays() {
        // A menu of many links outweighs the article; the article's own
        // block is named for a newsletter, a hidden label or a sidebar,
        // and stands inside the <article> or <main>: it holds most of the
        // page's text outside links, so it is the article.
        let menu = "<div class=menu-wrap>" + (1...60).map { "<a href=\"/s\($0)\">Section number \($0) of the site</a>" }.joined() + "</div>"
        let text = paragraphHTML(prose("bridge", 6))
        for name in ["rich-text-newsletter-cms", "field field--label-hidden", "inline-and-sidebar-container"] {
            for outer in ["article", "main"] {
                var ex = extractor(page(body: "\(menu)<\(outer)><h1>Bridge</h1><div class=\"\(name)\">\(text)</div></\(outer)>"))
                ex.removeBoilerplate(strict: true)
                #expect(ex.live[element(ex, .div, classAndID: name)!], "\(name) in \(outer)")
            }
        }
        // Outside the article and the main element it is still boilerplate.
        var outside = extractor(page(body: "\(menu)<div><div class=newsletter-box>\(text)</div></div>"))
        outside.removeBoilerplate(strict: true)
        #expect(!outside.live[element(outside, .div, classAndID: "newsletter-box")!])
        // A gallery's captions, five and more like items, are not the
        // article, however much of the text they hold.
        let captions = (1...6).map { "<li><h2>Photo \($0)</h2><p>\(prose("caption \($0)", 1)[0])</p></li>" }.joined()
        var gallery = extractor(page(body: "\(menu)<article><h1>Bridge</h1><p>Short.</p><ul class=legends>\(captions)</ul></article>"))
        gallery.removeBoilerplate(strict: true)
        #expect(!gallery.live[element(gallery, .ul, classAndID: "legends")!])
        // Nor is a thread named for comments.
        let thread = (1...3).map { "<div class=c\($0)><p>\(prose("reader \($0)", 2).joined(separator: " "))</p></div>" }.joined()
        var comments = extractor(page(body: "\(menu)<article><h1>Bridge</h1><p>Short.</p><div class=comment-thread>\(thread)</div></article>"))
        comments.removeBoilerplate(strict: true)
        #expect(!comments.live[element(comments, .div, classAndID: "comment-thread")!])
    }

    @Test func aClassHidingOnlyAPartKeepsTheElement() {
        // `overflow-hidden` hides what spills over the edge, and
        // `field--label-hidden` the field's label: the element shows.
        for name in ["grid overflow-hidden", "md:overflow-x-hidden wrap", "field field--label-hidden"] {
            var ex = extractor(page(body: "<div><div class=\"\(name)\">\(paragraphHTML())</div></div>"))
            ex.removeBoilerplate(strict: true)
            #expect(ex.live[element(ex, .div, classAndID: name)!], "\(name)")
        }
        // A class that hides the element itself still does.
        var hidden = extractor(page(body: "<article>\(paragraphHTML())</article><div class=\"hidden promo\"><p>Later</p></div>"))
        hidden.removeBoilerplate(strict: true)
        #expect(!hidden.live[element(hidden, .div, classAndID: "hidden promo")!])
    }

    @Test func aBoilerplateWordInsideALongerNameNamesASettingOfAPart() {
        // `kt-pane-header-alignment-left` says how an accordion's pane
        // headers are aligned, and `kt-accordion-panel-hidden` is a
        // collapsed panel of it: neither element is a header or hidden.
        for name in ["kt-accordion-wrap kt-pane-header-alignment-left", "kt-accordion-panel kt-accordion-panel-hidden"] {
            var ex = extractor(page(body: "<div><div class=\"\(name)\">\(paragraphHTML())</div></div>"))
            ex.removeBoilerplate(strict: true)
            #expect(ex.live[element(ex, .div, classAndID: name)!], "\(name)")
        }
        // The word first or in the last two words, or with only numbers
        // after it, still names the element.
        for name in ["site-header-wrap", "header-alignment-left", "active-footer-widgets-1", "top-nav-menu-container"] {
            var ex = extractor(page(body: "<article>\(paragraphHTML())</article><div class=\"\(name)\"><p>Menu</p></div>"))
            ex.removeBoilerplate(strict: true)
            #expect(!ex.live[element(ex, .div, classAndID: name)!], "\(name)")
        }
    }

    @Test func anAuthorsBiographyBoxIsNoArticle() {
        // A box about the writer after the story, by its class, also when
        // it holds prose and a name marks its content.
        let bio = "<p>Ana Lima is a reporter who has covered city hall for ten years, and she writes about bridges.</p>"
        for name in ["author-bio", "saboxplugin-wrap", "about-the-author-content", "authorbox", "author-card", "writer-bio"] {
            var ex = extractor(page(body: "<article><h1>Bridge</h1>\(paragraphHTML())<div class=\"\(name)\">\(bio)</div></article>"))
            ex.removeBoilerplate(strict: false)
            #expect(!ex.live[element(ex, .div, classAndID: name)!], "\(name)")
        }
    }

    @Test func aWidgetAreaAfterTheArticleIsNoArticle() {
        // A site's widget area hooked after the story (an appeal, a sign-up)
        // is boilerplate, even though its name says content.
        let appeal = "<p>Support our mission to keep this journalism free for everyone, and give what you can today.</p>"
        for name in ["site-after-content", "after-post-widgets", "below-content"] {
            var ex = extractor(page(body: "<article><h1>Bridge</h1>\(paragraphHTML())<div class=\"\(name)\">\(appeal)</div></article>"))
            ex.removeBoilerplate(strict: false)
            #expect(!ex.live[element(ex, .div, classAndID: name)!], "\(name)")
        }
    }

    @Test func aListOfOtherStoriesWithExcerptsIsNoArticle() {
        // Other stories' headlines with their excerpts, named as such,
        // even in a name that says content.
        let teasers = (1...3).map { "<h3><a href=\"/s\($0)\">Story \($0)</a></h3><p>\(prose("story \($0)", 1)[0])</p>" }.joined()
        for name in ["read-next-content", "more-from-section", "yarpp-related", "recent-posts-list"] {
            var ex = extractor(page(body: "<article><h1>Bridge</h1>\(paragraphHTML())<div class=\"\(name)\">\(teasers)</div></article>"))
            ex.removeBoilerplate(strict: false)
            #expect(!ex.live[element(ex, .div, classAndID: name)!], "\(name)")
        }
    }

    @Test func aHighlightersNamesInCodeAreNoBoilerplate() {
        // highlight.js's `hljs-comment` and Prism's `token comment` mark a
        // comment of the code, not a comment section.
        for name in ["hljs-comment", "token comment"] {
            let code = "<pre><code>git init <span class=\"\(name)\"># start a repository</span></code></pre>"
            var ex = extractor(page(body: "<article><h1>Git</h1>\(paragraphHTML())\(code)</article>"))
            ex.removeBoilerplate(strict: true)
            #expect(ex.live[element(ex, .span, classAndID: name)!], "\(name)")
        }
        // Outside code the name still says a comment section.
        var ex = extractor(page(body: "<article><h1>Git</h1>\(paragraphHTML())</article><div class=hljs-comment><p>Nice post</p></div>"))
        ex.removeBoilerplate(strict: true)
        #expect(!ex.live[element(ex, .div, classAndID: "hljs-comment")!])
    }

    @Test func aCollapsedPanelIsContent() {
        // An accordion's answer, hidden until its button opens it, is a
        // region of the page's content; a hidden block that is no region
        // (a pop-up) stays out.
        let faq = "<h3><a role=button aria-controls=p1>How long will it take?</a></h3>"
            + "<div id=p1 role=region style=\"display:none\">\(paragraphHTML())</div>"
        var ex = extractor(page(body: "<article><h1>Bridge</h1>\(paragraphHTML(prose("bridge", 3)))\(faq)</article><div id=pop style=\"display:none\"><p>Sign up now</p></div>"))
        ex.removeBoilerplate(strict: true)
        #expect(ex.live[element(ex, .div, classAndID: "p1")!])
        #expect(!ex.live[element(ex, .div, classAndID: "pop")!])
    }

    @Test func densityPicksTheParagraphsContainer() {
        let html = page(body: "<div class=story>\(paragraphHTML())</div><div class=promo><p>Buy now</p></div>")
        var ex = extractor(html)
        ex.removeBoilerplate(strict: true)
        let story = element(ex, .div, classAndID: "story")!
        #expect(ex.densityPick(scope: ex.body) == [story])
    }

    @Test func blocksWithAHeadlineEachAreNotOneArticle() {
        func blocks(_ headline: String) -> String {
            [prose("first", 2), prose("second", 6)].enumerated().map { i, ps in
                "<div class=\"story-block s\(i)\">\(headline)<div class=wrap><div class=rich>\(paragraphHTML(ps))</div></div></div>"
            }.joined()
        }
        var sections = extractor(page(body: "<div class=stream>\(blocks("<h2>Part</h2>"))</div>"))
        sections.removeBoilerplate(strict: true)
        let rich = (0..<sections.n).filter { sections.dom.tag[$0] == .div && sections.dom.classAndID($0) == "rich" }
        let parts = (0..<sections.n).filter { sections.dom.classAndID($0).hasPrefix("story-block") }
        #expect(sections.blocksOfOneKind(around: rich[0], in: sections.body) == parts)
        var stories = extractor(page(body: "<div class=stream>\(blocks("<h1>Story</h1>"))</div>"))
        stories.removeBoilerplate(strict: true)
        let inner = (0..<stories.n).filter { stories.dom.tag[$0] == .div && stories.dom.classAndID($0) == "rich" }
        #expect(stories.blocksOfOneKind(around: inner[0], in: stories.body) == nil)
    }

    @Test func aRunOfBlocksNestedInARunIsTakenWhole() {
        // A builder's sections of sections: the inner run (two rows of the
        // last section) is part of the outer one (the article's sections).
        let inner = "<div class=row>\(paragraphHTML(prose("inner one", 3)))</div><div class=row>\(paragraphHTML(prose("inner two", 3)))</div>"
        let outer = "<div class=part>\(paragraphHTML(prose("opening", 4)))</div><div class=part>\(paragraphHTML(prose("middle", 4)))</div>"
            + "<div class=part>\(inner)</div>"
        var ex = extractor(page(body: "<article><h1>Bridge</h1><div class=body-parts>\(outer)</div></article>"))
        ex.removeBoilerplate(strict: true)
        let rows = (0..<ex.n).filter { ex.dom.classAndID($0) == "row" }
        let parts = (0..<ex.n).filter { ex.dom.classAndID($0) == "part" }
        #expect(ex.blocksOfOneKind(around: rows[0], in: ex.body) == parts)
    }

    @Test func aRunOfTwoBlocksOfWhichOneIsLarger() {
        // Two sections of one kind, the first the larger: the second adds
        // over 1,000 characters and a quarter of the first, and the two
        // hold the parent: both are the article.
        let run = "<div class=part>\(paragraphHTML(prose("first", 12)))</div><div class=part>\(paragraphHTML(prose("second", 9)))</div>"
        var ex = extractor(page(body: "<div class=stream>\(run)</div>"))
        ex.removeBoilerplate(strict: true)
        let parts = (0..<ex.n).filter { ex.dom.classAndID($0) == "part" }
        #expect(ex.blocksOfOneKind(around: parts[0], in: ex.body) == parts)
        // A short block of the same kind beside a long one adds too little.
        let small = "<div class=part>\(paragraphHTML(prose("first", 12)))</div><div class=part>\(paragraphHTML(prose("second", 2)))</div>"
        var little = extractor(page(body: "<div class=stream>\(small)</div>"))
        little.removeBoilerplate(strict: true)
        let two = (0..<little.n).filter { little.dom.classAndID($0) == "part" }
        #expect(little.blocksOfOneKind(around: two[0], in: little.body) == nil)
    }

    @Test func evidenceFromItempropAndClass() {
        let long = String(repeating: paragraphs[0] + " ", count: 3)
        var ex = extractor(page(body: "<div itemprop=articleBody><p>\(long)</p></div>"))
        ex.removeBoilerplate(strict: true)
        #expect(ex.itempropBody() != nil)
        ex = extractor(page(body: "<div class=article-body><p>\(long)</p></div>"))
        ex.removeBoilerplate(strict: true)
        #expect(ex.classBody() == [element(ex, .div, classAndID: "article-body")!])
    }

    @Test func cleaningDropsTheHeadlineAndCaptions() {
        var ex = extractor(page(body: "<article><h1>Bridge</h1>\(paragraphHTML())<figure><figcaption>Photo</figcaption></figure></article>"))
        ex.removeBoilerplate(strict: true)
        let article = (0..<ex.n).first { ex.dom.tag[$0] == .article }!
        ex.clean([article], title: "Bridge")
        #expect(ex.render([article]) == paragraphs)
    }

    @Test func hiddenStyles() {
        #expect(Extractor.hidesElement("Display : None"))
        #expect(Extractor.hidesElement("color: red; visibility:hidden"))
        #expect(!Extractor.hidesElement("display: block"))
    }

    @Test func aMenuLeftOpenAroundThePageIsKept() {
        // The menu's button is never closed: the parser puts the article in it.
        let long = String(repeating: paragraphs[0] + " ", count: 25)
        let body = "<div class=menu-top><button class=menu-button>Menu<div><p>\(long)</p>\(paragraphHTML())</div>"
        var ex = extractor(page(body: body))
        ex.removeBoilerplate(strict: true)
        let button = (0..<ex.n).first { ex.dom.tag[$0] == .button }!
        #expect(ex.live[button])
    }

    @Test func aWidgetAroundEveryParagraphIsStructure() {
        let widgets = paragraphs.map { "<div class=widget-container><p>\($0)</p></div>" }.joined()
        var ex = extractor(page(body: "<div class=entry-content><div>\(widgets)</div><div class=widget-container><div>"
            + "<p>Share</p><p>Tweet</p></div></div></div>"))
        ex.removeBoilerplate(strict: true)
        let root = element(ex, .div, classAndID: "entry-content")!
        #expect(ex.structuralClasses(root) == ["widget-container"])
        ex.clean([root], title: nil)
        #expect(ex.render([root]) == paragraphs)
    }
}
