import Testing

@testable import ArtStrip

@Suite struct MetadataReaderTests {
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

    @Test func aBylineLaidOutInTwoParts() {
        // A label element, then the name in the next one.
        let body = "<article><div><p class=\"x\">Written by</p><p class=\"y\">Edna Tabor</p></div>\(paragraphHTML())</article>"
        #expect(stripper.strip(html: page(head: "<title>T</title>", body: body)).metadata.authors == ["Edna Tabor"])
        // twitter:label1 "Written by" names the author in twitter:data1.
        let head = "<title>T</title><meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Rui Costa\">"
        #expect(stripper.strip(html: page(head: head, body: "<article>\(paragraphHTML())</article>")).metadata.authors == ["Rui Costa"])
        // A comment form's field is no name; a team that names itself is the page's credit.
        let form = "<article>\(paragraphHTML())</article><form><label>Author</label><span>Name *</span></form>"
        #expect(stripper.strip(html: page(head: "<title>T</title>", body: form)).metadata.authors == [])
        let team = "<title>T</title><meta name=\"author\" content=\"Podium Staff\">"
        #expect(stripper.strip(html: page(head: team, body: "<article>\(paragraphHTML())</article>")).metadata.authors == ["Podium Staff"])
        let role = "<title>T</title><meta name=\"author\" content=\"Staff\">"
        #expect(stripper.strip(html: page(head: role, body: "<article>\(paragraphHTML())</article>")).metadata.authors == [])
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
        #expect(MetadataReader.byline("By Ann Lee, Raj Patel & Tom Wu | May 2, 2024").names == ["Ann Lee", "Raj Patel", "Tom Wu"])
        #expect(MetadataReader.byline("Ann Lee Dec 17, 2025").names == ["Ann Lee"])
        #expect(MetadataReader.byline("Author Ann Lee").names == ["Ann Lee"])
        #expect(MetadataReader.byline("Brian Ross USA TODAY").names == ["Brian Ross"])
        #expect(MetadataReader.byline("Ann May").names == ["Ann May"])
        #expect(!MetadataReader.isPersonName("MS", site: nil))
        #expect(!MetadataReader.isPersonName("Ph.D.", site: nil))
        #expect(!MetadataReader.isPersonName("The Author", site: nil))
    }

    func date(head: String = "", lang: String = "en", dateline: String, url: String? = nil) -> String? {
        let body = "<article><h1>Bridge to be rebuilt</h1>\(dateline)\(paragraphHTML())</article>"
        let html = page(head: head, body: body).replacing("<html lang=\"en\">", with: "<html lang=\"\(lang)\">")
        return stripper.strip(html: html, url: url).metadata.date
    }

    @Test func theShownDateline() {
        #expect(date(dateline: "<p class=\"meta\">By Ann Lee, Dec 17, 2025</p>") == "2025-12-17")
        #expect(date(lang: "de", dateline: "<p>Veröffentlicht am 3. Oktober 2024</p>") == "2024-10-03")
        #expect(date(lang: "fr", dateline: "<p>Par Ann Lee, le 3 octobre 2024</p>") == "2024-10-03")
        #expect(date(lang: "es", dateline: "<p>Por Ann Lee, 3 de octubre de 2024</p>") == "2024-10-03")
        #expect(date(lang: "pt", dateline: "<p>Por Ann Lee, 4 de março de 2024</p>") == "2024-03-04")
        #expect(date(lang: "it", dateline: "<p>Di Ann Lee, 12 dicembre 2023</p>") == "2023-12-12")
        #expect(date(lang: "fr", dateline: "<p>22/11/2020 - 04:30</p>") == "2020-11-22")
    }

    @Test func shownDayWithMachineTime() {
        let head = "<meta property=\"article:published_time\" content=\"2024-05-02T08:15:00+02:00\">"
        // The same day: the machine value, with its time and zone.
        #expect(date(head: head, dateline: "<p>May 2, 2024</p>") == "2024-05-02T08:15:00+02:00")
        // A later shown date is an update: the stated publication wins.
        #expect(date(head: head, dateline: "<p>May 9, 2024</p>") == "2024-05-02T08:15:00+02:00")
        // An earlier one is the original.
        #expect(date(head: head, dateline: "<p>April 30, 2024</p>") == "2024-04-30")
        // A numeric date that reads either way: the reading the page confirms.
        #expect(date(head: head, dateline: "<p>02/05/2024</p>") == "2024-05-02T08:15:00+02:00")
    }

    @Test func publishedBeforeUpdated() {
        #expect(date(dateline: "<p>Published 3 May 2024 · Updated 9 May 2024</p>") == "2024-05-03")
        #expect(date(dateline: "<p>Updated May 9, 2024</p><p>Published May 3, 2024</p>") == "2024-05-03")
        let modified = "<meta property=\"article:modified_time\" content=\"2024-05-09T10:00:00Z\">"
        #expect(date(head: modified, dateline: "<p>Updated: May 9, 2024</p>") == "2024-05-09T10:00:00Z")
        #expect(date(head: modified, dateline: "", url: "https://x.example/2024/05/03/bridge") == "2024-05-03")
        #expect(date(head: modified, dateline: "") == "2024-05-09T10:00:00Z")
    }

    @Test func notFromTeasersOrComments() {
        let related = "<aside class=\"related\"><ul><li><a href=\"/x\">Old story</a> May 1, 2024</li></ul></aside>"
        #expect(date(dateline: related) == nil)
        #expect(stripper.strip(html: page(body: "<aside><time datetime=\"2024-01-05\">Jan 5</time></aside>"
            + "<article>\(paragraphHTML())</article>")).metadata.date == nil)
        #expect(date(dateline: "<p><time datetime=\"2024-01-05T09:00:00Z\">Jan 5, 2024</time></p>") == "2024-01-05T09:00:00Z")
    }

    @Test func structuredDataDates() {
        let ld = """
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2024-05-02"},
            {"@type":"Article","headline":"Bridge to be rebuilt","dateModified":"2024-06-01"}]}</script>
            """
        #expect(date(head: ld, dateline: "") == "2024-05-02")
        let itemprop = "<p><abbr itemprop=\"datePublished\">May 3, 2024</abbr></p>"
        #expect(stripper.strip(html: page(body: "<article>\(paragraphHTML())\(itemprop)</article>")).metadata.date
            == "2024-05-03")
    }

    @Test func modifiedDates() {
        func dates(_ head: String, dateline: String = "") -> (String?, String?, [String: String]) {
            let body = "<article><h1>Bridge to be rebuilt</h1>\(dateline)\(paragraphHTML())</article>"
            let m = stripper.strip(html: page(head: head, body: body)).metadata
            return (m.date, m.dateModified, m.sources)
        }
        let og = "<meta property=\"og:updated_time\" content=\"2024-06-01T10:00:00+02:00\">"
        // No publication date: `date` is the modified one, and says so.
        var (date, modified, sources) = dates(og)
        #expect(date == "2024-06-01T10:00:00+02:00")
        #expect(modified == "2024-06-01T10:00:00+02:00")
        #expect(sources["date"] == "date_modified")
        #expect(sources["date_modified"] == "og")
        (date, modified, sources) = dates(og + "<meta property=\"article:published_time\" content=\"2024-05-02\">")
        #expect(date == "2024-05-02")
        #expect(modified == "2024-06-01T10:00:00+02:00")
        #expect(sources["date"] == "og")
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to be rebuilt\",\"datePublished\":\"2024-05-02\",\"dateModified\":\"2024-05-04T08:00:00Z\"}</script>"
        (date, modified, sources) = dates(ld)
        #expect(modified == "2024-05-04T08:00:00Z")
        #expect(sources["date_modified"] == "json-ld")
        (_, modified, sources) = dates("", dateline: "<p><span itemprop=\"dateModified\">3 May 2024</span></p>")
        #expect(modified == "2024-05-03")
        #expect(sources["date_modified"] == "itemprop")
        (date, modified, _) = dates("")
        #expect(date == nil && modified == nil)
    }

    @Test func imageSectionAndKeywords() {
        let head = """
            <meta property="og:image" content="/img/bridge.jpg">
            <meta property="article:section" content="Local news">
            <meta property="article:tag" content="Bridges"><meta property="article:tag" content=" council ">
            <meta property="article:tag" content="bridges">
            <meta name="keywords" content="site, words">
            """
        let m = stripper.strip(html: page(head: head, body: "<article>\(paragraphHTML())</article>"),
            url: "https://post.example.com/news/2024/bridge.html").metadata
        #expect(m.image == "https://post.example.com/img/bridge.jpg")
        #expect(m.section == "Local news")
        #expect(m.keywords == ["Bridges", "council"])
        #expect(m.sources["image"] == "og" && m.sources["keywords"] == "og")
        let ld = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge",
            "image":[{"@type":"ImageObject","url":"pics/a.png"}],"articleSection":["Politics","Local"],
            "keywords":"bridge,  council ,Bridge"}</script><meta name="news_keywords" content="x">
            """
        let n = stripper.strip(html: page(head: ld, body: "<article>\(paragraphHTML())</article>"),
            url: "https://post.example.com/news/2024/bridge.html?x=1").metadata
        #expect(n.image == "https://post.example.com/news/2024/pics/a.png")
        #expect(n.section == "Politics")
        #expect(n.keywords == ["bridge", "council"])
        #expect(n.sources["keywords"] == "json-ld")
        let bare = stripper.strip(html: page(body: "<article>\(paragraphHTML())</article>")).metadata
        #expect(bare.image == nil && bare.section == nil && bare.keywords.isEmpty)
        let twitter = "<meta name=\"twitter:image\" content=\"//cdn.example.com/a.jpg\"><meta name=\"keywords\" content=\"a; b\">"
        let t = stripper.strip(html: page(head: twitter, body: "<article>\(paragraphHTML())</article>"),
            url: "https://post.example.com/x").metadata
        #expect(t.image == "https://cdn.example.com/a.jpg")
        #expect(t.keywords == ["a", "b"])
        #expect(t.sources["keywords"] == "meta[name=keywords]")
    }

    @Test func sourcesOfTheOtherFields() {
        let head = """
            <title>Bridge to be rebuilt | Example Post</title>
            <meta property="og:site_name" content="Example Post">
            <meta name="author" content="Ann Lee">
            <meta name="description" content="A bridge.">
            <link rel="canonical" href="https://post.example.com/bridge">
            """
        let m = stripper.strip(html: page(head: head, body: "<article>\(paragraphHTML())</article>")).metadata
        #expect(m.sources["title"] == "title-tag")
        #expect(m.sources["authors"] == "meta[name=author]")
        #expect(m.sources["site"] == "og")
        #expect(m.sources["description"] == "meta[name=description]")
        #expect(m.sources["canonical_url"] == "link[rel=canonical]")
        #expect(m.sources["lang"] == "html-lang")
        let shown = "<article><h1>Bridge to be rebuilt today</h1><p class=\"byline\">By Raj Patel</p>\(paragraphHTML())</article>"
        let n = stripper.strip(html: page(head: "<title>Bridge to be rebuilt today - Post</title>", body: shown),
            url: "https://post.example.com/2024/05/02/bridge").metadata
        #expect(n.sources["title"] == "h1")
        #expect(n.sources["authors"] == "byline-text")
        #expect(n.sources["date"] == "url")
    }

    @Test func aDescriptionEscapedTwice() {
        let head = "<meta property=\"og:description\" content=\"That&amp;#039;s the &amp;quot;blue house&amp;quot; &amp;#x0;\">"
        let m = stripper.strip(html: page(head: head, body: "<article>\(paragraphHTML())</article>")).metadata
        #expect(m.description == "That's the \"blue house\" \u{FFFD}")
        let once = "<meta name=\"description\" content=\"Tom &amp; Jerry\">"
        #expect(stripper.strip(html: page(head: once, body: "<article>\(paragraphHTML())</article>")).metadata.description
            == "Tom & Jerry")
    }

    @Test func aPageThatShowsOnlyItsUpdate() {
        let stated = "<meta property=\"article:published_time\" content=\"2021-03-01T08:00:00Z\">"
            + "<meta property=\"article:modified_time\" content=\"2024-05-09T10:00:00Z\">"
        let body = "<article><h1>Bridge to be rebuilt</h1><p>Updated May 9, 2024</p>\(paragraphHTML())</article>"
        let m = stripper.strip(html: page(head: stated, body: body)).metadata
        // The stated publication stands; the update shown is date_modified.
        #expect(m.date == "2021-03-01T08:00:00Z")
        #expect(m.dateModified == "2024-05-09T10:00:00Z")
    }

    @Test func theDatelineOfTheHeadlineAndTheByline() {
        // A logo in an h1 comes first: the zone is the headline's.
        let logo = page(head: "<title>Bridge to be rebuilt - Post</title>",
            body: "<div class=\"top\"><h1>Post</h1><p>\(String(repeating: "Menu item and more words. ", count: 80))</p></div>"
                + "<article><h1>Bridge to be rebuilt</h1><p>Jun 8, 2023</p>\(paragraphHTML())</article>")
        #expect(stripper.strip(html: logo).metadata.date == "2023-06-08")
        // A date beside the byline, in an element of its own, far below.
        let byline = page(body: "<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())\(paragraphHTML())"
            + "<div><p>By <a href=\"/a\">Ann Lee</a></p><p>April 8, 2024</p></div>\(paragraphHTML())</article>")
        #expect(stripper.strip(html: byline).metadata.date == "2024-04-08")
    }

    @Test func aCreditThatIsNoPerson() {
        func authors(_ head: String) -> ([String], String?) {
            let m = stripper.strip(html: page(head: "<title>T</title>" + head, body: "<article>\(paragraphHTML())</article>")).metadata
            return (m.authors, m.sources["authors"])
        }
        let site = "<meta property=\"og:site_name\" content=\"Swoogo\"><meta name=\"author\" content=\"Swoogo\">"
        #expect(authors(site) == (["Swoogo"], "meta[name=author]"))
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\",\"name\":\"Center for Drug Evaluation\"}}</script>"
        #expect(authors(ld) == (["Center for Drug Evaluation"], "json-ld"))
        // Never a wire, which is the agency, nor an address.
        #expect(authors("<meta name=\"author\" content=\"Reuters\">").0 == [])
        #expect(authors("<meta name=\"author\" content=\"https://facebook.com/post\">").0 == [])
    }

    @Test func rolesBesideNames() {
        #expect(MetadataReader.byline("Tracy Parker, Dietitian").names.filter { MetadataReader.isPersonName($0, site: nil) }
            == ["Tracy Parker"])
        #expect(!MetadataReader.isPersonName("CEO of CaseBasix", site: nil))
        #expect(!MetadataReader.isPersonName("Liz Kenny Former McKinsey Consultant", site: nil))
        #expect(MetadataReader.byline("Written By: Cazzy Magennis Last").names == ["Cazzy Magennis"])
        #expect(MetadataReader.byline("Text by Hunter Dukes").names == ["Hunter Dukes"])
        #expect(!MetadataReader.isPersonName("Updated", site: nil))
        #expect(MetadataReader.byline("Posted by: Idle Cartulary").names == ["Idle Cartulary"])
        #expect(MetadataReader.byline("Authored by: Ann Lee").names == ["Ann Lee"])
        #expect(!MetadataReader.isPersonName("Florence says:", site: nil))
    }
}

