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
        #expect(MetadataReader.splitNames("By Ann Lee, Raj Patel & Tom Wu | May 2, 2024") == ["Ann Lee", "Raj Patel", "Tom Wu"])
        #expect(MetadataReader.splitNames("Ann Lee Dec 17, 2025") == ["Ann Lee"])
        #expect(MetadataReader.splitNames("Author Ann Lee") == ["Ann Lee"])
        #expect(MetadataReader.splitNames("Brian Ross USA TODAY") == ["Brian Ross"])
        #expect(MetadataReader.splitNames("Ann May") == ["Ann May"])
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
}
