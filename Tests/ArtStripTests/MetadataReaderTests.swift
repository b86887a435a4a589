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
}
