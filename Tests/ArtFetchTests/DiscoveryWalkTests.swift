import ArtCore
import ArtTestServer
import Testing

@testable import ArtFetch

/// One discovered line: an article, or the input record with its errors.
struct Found: Equatable, CustomStringConvertible {
    var url: String
    var source: String?
    var date: String?
    var title: String?
    var errorKinds: [String] = []

    var description: String { "\(url) \(source ?? "-") \(date ?? "-") \(title ?? "-") \(errorKinds)" }
}

/// Discovers from `input` on a fresh fetcher and returns the output lines.
func discover(_ input: String, _ change: (inout DiscoveryOptions) -> Void = { _ in }) async -> [Found] {
    var d = DiscoveryOptions()
    change(&d)
    let o = options {
        $0.robots = true
        $0.retries = 0
        $0.maxBytes = 50 << 20
        $0.discovery = d
    }
    let fetcher = try! Fetcher(options: o)
    let (bytes, _) = await DiscoveryWalk.output(
        for: Record([("url", .string(input))]), url: input, fetcher, d, tool: "art-fetch")
    try? await fetcher.client.shutdown()
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { line in
        let r = try! Record(validating: String(line))
        return Found(
            url: r.string("url") ?? "", source: r.string("source"), date: r.string("date"), title: r.string("title"),
            errorKinds: r.errors.compactMap { $0["kind"]?.stringValue })
    }
}

func errorMessages(_ input: String) async -> [String] {
    let fetcher = try! Fetcher(options: options { $0.robots = true; $0.retries = 0 })
    let (bytes, _) = await DiscoveryWalk.output(
        for: Record([("url", .string(input))]), url: input, fetcher, DiscoveryOptions(), tool: "art-fetch")
    try? await fetcher.client.shutdown()
    let last = String(decoding: bytes, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? "{}"
    return (try! Record(validating: last)).errors.compactMap { $0["message"]?.stringValue }
}

func xml(_ s: String) -> TestResponse { TestResponse(s, type: "application/xml; charset=utf-8") }

/// A news site with every kind of source: a home page linking an RSS and an
/// Atom feed, robots.txt naming a sitemap index (one plain and one gzipped
/// sitemap) and a Google News sitemap.
enum NewsSite {
    static let rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <title>The Harbour Gazette</title><link>/</link>
        <item><title>Dredging starts</title><link>/2024/03/dredging</link><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate></item>
        <item><title>Rates &amp; the  bank</title><link>/2024/03/rates</link><pubDate>Wed, 06 Mar 2024 10:00:00 +0100</pubDate></item>
        <item><title>Only a guid</title><guid isPermaLink="true">/2024/03/guid-only</guid><dc:date>2024-03-07</dc:date></item>
        <item><title>Wire copy</title><link>http://elsewhere.example/wire</link></item>
        <item><title>Dredging starts again</title><link>/2024/03/dredging</link></item>
        </channel></rss>
        """
    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>
        <entry><title type="html">Reef survey</title><link rel="alternate" href="/2024/03/reef"/><link rel="edit" href="/edit/1"/>
        <updated>2024-03-09T08:00:00Z</updated><published>2024-03-08T07:15:30.250+02:00</published></entry>
        <entry><title>Rates again</title><link href="/2024/03/rates"/></entry>
        <entry><title>Cup final</title><link href="2024/03/cup"/><updated>2024-03-10T18:00:00Z</updated></entry>
        </feed>
        """
    static let index = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>/sitemap-1.xml</loc><lastmod>2024-03-10</lastmod></sitemap>
        <sitemap><loc>/sitemap-2.xml.gz</loc></sitemap>
        </sitemapindex>
        """
    static let sitemap1 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
        <url><loc>/2024/02/floods</loc><lastmod>2024-02-20</lastmod><image:image><image:loc>/img/floods.jpg</image:loc></image:image></url>
        <url><loc>/2024/03/dredging</loc><lastmod>2024-03-05</lastmod></url>
        </urlset>
        """
    static let sitemap2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>/2024/01/budget</loc><lastmod>2024-01-15T12:00:00+00:00</lastmod></url>
        <url><loc>/2024/01/strike</loc></url>
        </urlset>
        """
    static let news = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>/2024/03/market-fire</loc><lastmod>2024-03-12</lastmod><news:news>
          <news:publication><news:name>Gazette</news:name><news:language>en</news:language></news:publication>
          <news:publication_date>2024-03-11T21:05:00-05:00</news:publication_date>
          <news:title>Fire at the  market</news:title></news:news></url>
        <url><loc>/2024/03/trial</loc><news:news><news:publication_date>2024-03-12</news:publication_date></news:news></url>
        </urlset>
        """

    static var site: [String: TestResponse] {
        [
            "/": TestResponse(
                """
                <!doctype html><html><head><title>Gazette</title>
                <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
                <link rel="stylesheet" href="/style.css">
                <link rel="alternate" type="application/atom+xml; charset=utf-8" href="atom.xml">
                </head><body><link rel="alternate" type="application/rss+xml" href="/not-in-head.xml"></body></html>
                """, type: "text/html"),
            "/rss.xml": xml(rss),
            "/atom.xml": TestResponse(atom, type: "application/atom+xml"),
            "/robots.txt": TestResponse(
                "User-agent: *\nDisallow: /private\nSitemap: /sitemap_index.xml\nsitemap: /news-sitemap.xml\n", type: "text/plain"),
            "/sitemap_index.xml": xml(index),
            "/sitemap-1.xml": xml(sitemap1),
            "/sitemap-2.xml.gz": TestResponse(headers: [("Content-Type", "application/x-gzip")], body: Gzip.stored(Array(sitemap2.utf8))),
            "/news-sitemap.xml": xml(news),
        ]
    }
}

@Suite struct DiscoveryWalkTests {
    @Test func everySourceOfASiteInDocumentOrder() async throws {
        let s = try TestServer(site: NewsSite.site)
        defer { s.shutdown() }
        let found = await discover(s.url("/"))
        let rss = s.url("/rss.xml")
        let atom = s.url("/atom.xml")
        let expected = [
            Found(url: s.url("/2024/03/dredging"), source: rss, date: "2024-03-05T09:30:00Z", title: "Dredging starts"),
            Found(url: s.url("/2024/03/rates"), source: rss, date: "2024-03-06T10:00:00+01:00", title: "Rates & the bank"),
            Found(url: s.url("/2024/03/guid-only"), source: rss, date: "2024-03-07", title: "Only a guid"),
            Found(url: "http://elsewhere.example/wire", source: rss, title: "Wire copy"),
            Found(url: s.url("/2024/03/reef"), source: atom, date: "2024-03-08T07:15:30+02:00", title: "Reef survey"),
            Found(url: s.url("/2024/03/cup"), source: atom, date: "2024-03-10T18:00:00Z", title: "Cup final"),
            Found(url: s.url("/2024/02/floods"), source: s.url("/sitemap-1.xml"), date: "2024-02-20"),
            Found(url: s.url("/2024/01/budget"), source: s.url("/sitemap-2.xml.gz"), date: "2024-01-15T12:00:00Z"),
            Found(url: s.url("/2024/01/strike"), source: s.url("/sitemap-2.xml.gz")),
            Found(
                url: s.url("/2024/03/market-fire"), source: s.url("/news-sitemap.xml"), date: "2024-03-11T21:05:00-05:00",
                title: "Fire at the market"),
            Found(url: s.url("/2024/03/trial"), source: s.url("/news-sitemap.xml"), date: "2024-03-12"),
        ]
        #expect(found == expected)
        // Linked feeds were found, so the usual paths were not tried.
        #expect(s.requests("/feed") == 0 && s.requests("/sitemap.xml") == 0 && s.requests("/not-in-head.xml") == 0)
        #expect(s.requests("/robots.txt") == 1)
    }

    @Test func datesHostAndLimit() async throws {
        let s = try TestServer(site: NewsSite.site)
        defer { s.shutdown() }
        let march = await discover(s.url("/")) { try! $0.setDates(since: "2024-03-06", until: "2024-03-10") }
        #expect(march.map(\.url) == ["/2024/03/rates", "/2024/03/guid-only", "/2024/03/reef", "/2024/03/cup"].map(s.url))
        let local = await discover(s.url("/")) { $0.sameHost = true }
        #expect(local.count == 10 && !local.contains { $0.url.contains("elsewhere") })
        let three = await discover(s.url("/")) { $0.limit = 3 }
        #expect(three.map(\.url) == ["/2024/03/dredging", "/2024/03/rates", "/2024/03/guid-only"].map(s.url))
        // Full after the first feed: nothing else is asked for.
        #expect(s.requests("/sitemap-1.xml") == 2)
    }

    @Test func aFeedOrSitemapGivenDirectlyIsReadAlone() async throws {
        let s = try TestServer(site: NewsSite.site)
        defer { s.shutdown() }
        let feed = await discover(s.url("/atom.xml"))
        #expect(feed.map(\.url) == ["/2024/03/reef", "/2024/03/rates", "/2024/03/cup"].map(s.url))
        let index = await discover(s.url("/sitemap_index.xml"))
        #expect(index.map(\.url) == ["/2024/02/floods", "/2024/03/dredging", "/2024/01/budget", "/2024/01/strike"].map(s.url))
        #expect(s.requests("/robots.txt") == 2 && s.requests("/rss.xml") == 0)
    }

    @Test func usualPathsWhenThePageLinksNoFeed() async throws {
        let s = try TestServer(site: [
            "/": TestResponse("<html><head><title>No links</title></head><body><p>Hi</p></body></html>", type: "text/html"),
            "/robots.txt": TestResponse("User-agent: *\nDisallow: /atom.xml\n", type: "text/plain"),
            "/feed": TestResponse(
                "<rss version=\"2.0\"><channel><item><link>/a</link></item></channel></rss>", type: "application/rss+xml"),
            "/atom.xml": xml("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link href=\"/private\"/></entry></feed>"),
            "/feed.xml": TestResponse("<!DOCTYPE html><html><body>soft 404</body></html>", type: "text/html"),
            "/sitemap.xml": xml("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>/b</loc></url><url><loc>/a</loc></url></urlset>"),
        ])
        defer { s.shutdown() }
        let found = await discover(s.url("/"))
        #expect(found == [Found(url: s.url("/a"), source: s.url("/feed")), Found(url: s.url("/b"), source: s.url("/sitemap.xml"))])
        // robots.txt is obeyed for guessed paths too.
        #expect(s.requests("/atom.xml") == 0)
    }

    @Test func everyRequestKeepsTheDelayBetweenStartsToOneHost() async throws {
        let s = try TestServer(site: NewsSite.site)
        defer { s.shutdown() }
        var d = DiscoveryOptions()
        d.limit = 1_000
        let o = options { $0.robots = true; $0.delay = 0.15; $0.perHost = 4; $0.discovery = d }
        let fetcher = try Fetcher(options: o)
        let started = monotonicSeconds()
        _ = await DiscoveryWalk.output(for: Record([("url", .string(s.url("/")))]), url: s.url("/"), fetcher, d, tool: "art-fetch")
        let seconds = monotonicSeconds() - started
        try? await fetcher.client.shutdown()
        // The page, 2 feeds, the index, 2 sitemaps and the news sitemap: 7
        // starts, 6 delays (robots.txt is asked for apart, once).
        #expect(seconds >= 0.85)
    }

    @Test func theSiteIsWhereTheStartPageRedirectsTo() async throws {
        let moved = try TestServer(site: [
            "/": TestResponse("<html><body>moved here</body></html>", type: "text/html"),
            "/rss.xml": xml("<rss><channel><item><link>/moved</link></item></channel></rss>"),
        ])
        defer { moved.shutdown() }
        let old = try TestServer(site: ["/": .redirect(to: moved.url("/"))])
        defer { old.shutdown() }
        let found = await discover(old.url("/"))
        #expect(found == [Found(url: moved.url("/moved"), source: moved.url("/rss.xml"))])
        #expect(old.requests("/rss.xml") == 0)
    }

    @Test func brokenFeedsAndRedirectLoopsAreReportedAndTheRestGoesOn() async throws {
        let s = try TestServer(site: [
            "/": TestResponse(
                """
                <html><head><link rel="alternate" type="application/rss+xml" href="/broken.xml">
                <link rel="alternate" type="application/rss+xml" href="/loop.xml">
                <link rel="alternate" type="application/atom+xml" href="/page.html">
                <link rel="alternate" type="application/rss+xml" href="/good.xml"></head></html>
                """, type: "text/html"),
            "/broken.xml": xml("<rss><channel><item><link>/one</link></item><item><link>/two</link></item><item><link>/three</link>"
                + "</channel></rss>"),
            "/loop.xml": .redirect(to: "/loop2.xml"),
            "/loop2.xml": .redirect(to: "/loop.xml"),
            "/page.html": TestResponse("<!doctype html><p>not a feed</p>", type: "text/html"),
            "/good.xml": xml("<rss><channel><item><link>/four</link></item></channel></rss>"),
        ])
        defer { s.shutdown() }
        let found = await discover(s.url("/"))
        #expect(found.map(\.url) == ["/one", "/two", "/four", "/"].map(s.url))
        #expect(found.last?.errorKinds == ["malformed", "redirect_loop", "malformed"])
        let messages = await errorMessages(s.url("/"))
        #expect(messages.first?.hasPrefix(s.url("/broken.xml") + ": line 1: ") == true)
        #expect(messages.count == 3)
    }

    @Test func nothingFoundIsSaid() async throws {
        let s = try TestServer(site: ["/": TestResponse("<html><body>plain</body></html>", type: "text/html")])
        defer { s.shutdown() }
        let found = await discover(s.url("/"))
        #expect(found.map(\.errorKinds) == [["not_found"]])
        let missing = await discover(s.url("/status/404"))
        #expect(missing.first?.errorKinds.first == "http_status")
    }

    @Test func aSitemapOfFiftyThousandURLs() async throws {
        var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for i in 0..<50_000 {
            body += "<url><loc>https://news.example/2024/\(i)</loc><lastmod>2024-03-\(i % 28 + 1 < 10 ? "0" : "")\(i % 28 + 1)</lastmod></url>\n"
        }
        body += "</urlset>\n"
        let s = try TestServer(site: ["/sitemap.xml": xml(body), "/sitemap.xml.gz": TestResponse(
            headers: [("Content-Type", "application/gzip")], body: Gzip.stored(Array(body.utf8)))])
        defer { s.shutdown() }
        for path in ["/sitemap.xml", "/sitemap.xml.gz"] {
            let started = monotonicSeconds()
            let found = await discover(s.url(path))
            let seconds = monotonicSeconds() - started
            print("discovery: \(path), \(body.utf8.count) bytes, \(found.count) URLs in \(seconds) s")
            #expect(found.count == 50_000)
            #expect(found.enumerated().allSatisfy { $0.element.url == "https://news.example/2024/\($0.offset)" })
            #expect(found[27].date == "2024-03-28" && found[28].date == "2024-03-01")
        }
        let ten = await discover(s.url("/sitemap.xml")) { $0.limit = 10 }
        #expect(ten.count == 10)
        // In a pipeline the articles leave in parts as they are found.
        let fetcher = try! Fetcher(options: options())
        final class Sizes { var parts: [Int] = [] }
        let sizes = Sizes()
        let (rest, _) = await DiscoveryWalk.output(
            for: Record([("url", .string(s.url("/sitemap.xml")))]), url: s.url("/sitemap.xml"), fetcher,
            DiscoveryOptions(), tool: "art-fetch", early: { sizes.parts.append($0.count) })
        try? await fetcher.client.shutdown()
        #expect(sizes.parts.count >= 10 && sizes.parts.allSatisfy { $0 >= 256 << 10 })
        #expect(rest.count < 256 << 10)
    }
}

@Suite struct BoardParts {
    @Test func partsOfAnOutputLeaveBeforeItAndAreNotRecords() {
        var state = Board.State()
        state.submitted = 2
        state.parts[0] = Array("a1\n".utf8)
        state.parts[1] = Array("b1\n".utf8)
        state.doneBytes = 6
        let first = state.takeWritable(unordered: false)
        #expect(first.map(\.bytes) == [Array("a1\n".utf8)] && first.allSatisfy(\.isPart) && state.written == 0)
        state.done[0] = Board.Output(bytes: Array("a2\n".utf8), failed: false)
        state.done[1] = Board.Output(bytes: Array("b2\n".utf8), failed: true)
        state.doneBytes += 6
        let rest = state.takeWritable(unordered: false)
        #expect(rest.map { String(decoding: $0.bytes, as: UTF8.self) } == ["a2\n", "b1\n", "b2\n"])
        #expect(rest.map(\.isPart) == [false, true, false] && state.written == 2 && state.doneBytes == 0)
    }
}
