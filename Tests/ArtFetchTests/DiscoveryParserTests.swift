import ArtTestServer
import Testing

@testable import ArtFetch

/// Reads `text` as a feed or sitemap; returns its kind, entries and error.
func readFeed(_ text: String) -> (FeedKind?, [FeedEntry], XMLStream.ParseError?) {
    var entries: [FeedEntry] = []
    let reader = FeedReader()
    reader.onArticle = { entries.append($0); return true }
    reader.onSitemap = reader.onArticle
    let error = XMLStream.parse(Array(text.utf8), with: reader)
    return (reader.kind, entries, error)
}

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00Z"),
        ("5 Mar 2024 09:30 +0130", "2024-03-05T09:30:00+01:30"),
        ("Wed, 06 Mar 24 22:00:00 EST", "2024-03-06T22:00:00-05:00"),
        ("Thu, 07 March 2024 08:00:00 XYZ", "2024-03-07T08:00:00"),
        ("2024-03-05", "2024-03-05"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        (" 2024-03-05T09:30+01:00 ", "2024-03-05T09:30:00+01:00"),
        ("2024-03-05T09:30:15.123456Z", "2024-03-05T09:30:15Z"),
        ("2024-03-05 09:30:15-0800", "2024-03-05T09:30:15-08:00"),
    ])
    func readsAndWritesISO8601(_ text: String, _ iso: String) {
        #expect(FeedDate(text)?.iso8601 == iso)
    }

    @Test(arguments: ["", "yesterday", "2024-13-01", "2024-03-05T25:00", "32 Mar 2024", "2024-03-05 and more"])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(FeedDate(text) == nil)
    }

    @Test func instantsForTheDateBounds() {
        #expect(FeedDate("1970-01-02")?.seconds == 86400)
        #expect(FeedDate("1970-01-01T01:00:00+01:00")?.seconds == 0)
        #expect(FeedDate("2024-02")?.endSeconds == FeedDate("2024-03-01")?.seconds)
        #expect(FeedDate("2024-12-31")?.endSeconds == FeedDate("2025")?.seconds)
        var d = DiscoveryOptions()
        #expect(throws: DiscoveryOptions.Invalid.self) { try d.setDates(since: "Tue, 05 Mar 2024", until: nil) }
        try? d.setDates(since: "2024-03-05", until: "2024-03-05")
        #expect(d.keeps(FeedDate("2024-03-05T23:59:59Z")) && !d.keeps(FeedDate("2024-03-06T00:00:00Z")))
        #expect(!d.keeps(FeedDate("2024-03-04T23:59:59Z")) && !d.keeps(nil))
        #expect(DiscoveryOptions().keeps(nil))
    }
}

@Suite struct FeedReaderTests {
    @Test func rss1AndCDATAAndXHTMLTitles() {
        let (kind, entries, error) = readFeed(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
              xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="http://a.example/"><title>Channel</title><link>http://a.example/</link></channel>
            <item rdf:about="http://a.example/1"><title><![CDATA[Tom & <Jerry>]]></title><link>http://a.example/1</link>
            <dc:date>2024-03-05T10:00:00Z</dc:date></item>
            </rdf:RDF>
            """)
        #expect(kind == .rss && error == nil)
        #expect(entries == [FeedEntry(link: "http://a.example/1", date: FeedDate("2024-03-05T10:00:00Z"), title: "Tom & <Jerry>")])
        let atom = readFeed(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><entry>
            <media:title>not this</media:title><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> move</div></title>
            <link rel="enclosure" href="/a.mp3"/><link href="/a"/></entry></feed>
            """)
        #expect(atom.0 == .atom && atom.1 == [FeedEntry(link: "/a", title: "A bold move")])
    }

    @Test func guidsThatAreNotPermalinksAreNotLinks() {
        let (_, entries, _) = readFeed(
            """
            <rss version="2.0"><channel>
            <item><guid isPermaLink="false">http://a.example/tag:1</guid><title>No link</title></item>
            <item><guid>urn:uuid:1234</guid></item>
            <item><guid>http://a.example/2</guid></item>
            </channel></rss>
            """)
        #expect(entries.map(\.link) == [nil, nil, "http://a.example/2"])
    }

    @Test func sitemapIndexesAndOtherDocuments() {
        let index = readFeed(
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc> /s1.xml </loc></sitemap></sitemapindex>")
        #expect(index.0 == .sitemapIndex && index.1 == [FeedEntry(link: "/s1.xml")])
        let html = readFeed("<html><body><p>x</p></body></html>")
        #expect(html.0 == .other("html") && html.1.isEmpty && html.2 == nil)
        let undeclaredNews = readFeed(
            "<urlset><url><loc>/n</loc><news:news><news:title>T</news:title></news:news></url></urlset>")
        #expect(undeclaredNews.1 == [FeedEntry(link: "/n", title: "T")])
    }

    @Test func malformedDocumentsKeepWhatCameBeforeTheError() {
        let (kind, entries, error) = readFeed("<rss><channel>\n<item><link>/a</link></item>\n<item><link>/b</lnk></item></channel></rss>")
        #expect(kind == .rss && entries.map(\.link) == ["/a"])
        #expect(error?.line == 3 && error?.message.contains("mismatch") == true)
        #expect(readFeed("").2 != nil)
        #expect(readFeed("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&e;</title><link>/x</link></item></channel></rss>").1.first?.title == nil)
    }

    @Test func aGzippedDocumentIsInflatedInChunks() {
        let text = "<urlset>" + String(repeating: "<url><loc>/x</loc></url>", count: 10_000) + "</urlset>"
        var count = 0
        let reader = FeedReader()
        reader.onArticle = { _ in count += 1; return true }
        let stream = XMLStream(reader)
        #expect(Gunzip.inflate(Gzip.stored(Array(text.utf8)), limit: 1 << 20) { stream.feed($0) } == nil)
        #expect(stream.finish() == nil && count == 10_000)
        #expect(Gunzip.inflate(Gzip.stored(Array(text.utf8)), limit: 1000) { _ in true } == .tooLarge(1000))
        var damaged = Gzip.stored(Array(text.utf8))
        damaged.removeLast(100)
        if case .corrupt = Gunzip.inflate(damaged, limit: 1 << 20, into: { _ in true }) {} else { Issue.record("not reported") }
        // Members one after another are one stream.
        var joined: [UInt8] = []
        #expect(Gunzip.inflate(Gzip.stored(Array("<a>".utf8)) + Gzip.stored(Array("</a>".utf8)), limit: 100) { joined += $0; return true } == nil)
        #expect(joined == Array("<a></a>".utf8))
    }
}

@Suite struct DiscoveryAddressTests {
    @Test func inputs() {
        #expect(Address.start("example.com") == "https://example.com")
        #expect(Address.start(" news.example.org/world ") == "https://news.example.org/world")
        #expect(Address.start("http://a.example/") == "http://a.example/")
        #expect(Address.start("no-such-file") == "no-such-file")
        #expect(Address.start("/tmp") == "/tmp")
    }

    @Test func linksOfWebAndLocalSources() {
        #expect(Address.resolve("/b", against: "http://a.example/feed/rss.xml") == "http://a.example/b")
        #expect(Address.resolve("c", against: "http://a.example/feed/rss.xml") == "http://a.example/feed/c")
        #expect(Address.resolve("mailto:x@a.example", against: "http://a.example/") == nil)
        #expect(Address.resolve("pages/a.html", against: "examples/corpus/feed.xml") == "examples/corpus/pages/a.html")
        #expect(Address.resolve("../a.html", against: "dir/sub/feed.xml") == "dir/a.html")
        #expect(Address.resolve("a.html", against: "feed.xml") == "a.html")
        #expect(Address.resolve("https://b.example/x", against: "feed.xml") == "https://b.example/x")
        #expect(Address.siteHost("https://www.A.example/x") == "a.example" && Address.siteHost("feed.xml") == "")
    }

    @Test func robotsSitemapLines() {
        let rules = RobotsRules(parsing: "Sitemap: /s1.xml\nUser-agent: *\nDisallow: /x\nSITEMAP: https://a.example/s2.xml # two\n", agent: "art-fetch")
        #expect(rules.sitemaps == ["/s1.xml", "https://a.example/s2.xml"])
        #expect(!rules.allows("/x"))
    }

    @Test func pageFeedLinks() {
        let page = Array(
            """
            <html><head><base href="http://cdn.example/">
            <LINK REL="Alternate feed" TYPE="application/atom+xml" HREF=" /atom ">
            <link rel="alternate" type="text/html" href="/other">
            </head><body><link rel="alternate" type="application/rss+xml" href="/late"></body></html>
            """.utf8)
        let found = PageFeedLinks.find(in: page, contentType: "text/html")
        #expect(found.hrefs == ["/atom"] && found.base == "http://cdn.example/")
    }
}
