import ArtCore
import ArtTestServer
import Testing

@testable import ArtFetch

@Suite struct HTTPFetching {
    @Test func plainPage() async {
        let u = await fetch(server.url("/page/5"))
        #expect(u.errors.isEmpty)
        #expect(u.field("status")?.intValue == 200)
        #expect(u.field("content_type")?.stringValue == "text/html")
        #expect(u.field("charset")?.stringValue == "UTF-8")
        #expect(u.field("final_url")?.stringValue == server.url("/page/5"))
        #expect(u.field("html")?.stringValue == String(decoding: server.pageBody(5), as: UTF8.self))
        #expect(u.field("fetched_at")?.stringValue?.hasSuffix("Z") == true)
        #expect(server.lastUserAgent == "art-fetch/\(artVersion)")
    }

    @Test func gzipAndChunkedBodies() async {
        let g = await fetch(server.url("/gzip/6"))
        #expect(g.field("html")?.stringValue == String(decoding: server.pageBody(6), as: UTF8.self))
        let c = await fetch(server.url("/chunked/8"))
        #expect(c.field("html")?.stringValue == String(decoding: server.pageBody(8), as: UTF8.self))
    }

    @Test func plainText() async {
        let u = await fetch(server.url("/text/2"))
        #expect(u.field("text")?.stringValue == "Plain text number 2.\nIt has two lines — and a dash.\n")
        #expect(u.field("html") == nil)
    }

    @Test func redirects() async {
        let r = await fetch(server.url("/redirect/3"))
        #expect(r.errors.isEmpty)
        #expect(r.field("final_url")?.stringValue == server.url("/page/0"))
        let a = await fetch(server.url("/redirect-abs/2"))
        #expect(a.field("final_url")?.stringValue == server.url("/page/0"))
    }

    @Test func redirectLoopsAndLimits() async {
        #expect(await fetch(server.url("/loop/a")).kind == "redirect_loop")
        #expect(await fetch(server.url("/redirect/11")).kind == "redirect_loop")
        #expect(await fetch(server.url("/redirect/9")).errors.isEmpty)
        #expect(await fetch(server.url("/redirect/10")).kind == "redirect_loop")
        #expect(await fetch(server.url("/to-ftp")).kind == "redirect")
    }

    @Test func statusErrors() async {
        // A path of its own: the server's counts are shared by tests running at once.
        let u = await fetch(server.url("/status/404?test=status-errors"))
        #expect(u.kind == "http_status")
        #expect(u.field("status")?.intValue == 404)
        #expect(u.field("html") == nil)
        #expect(server.requests("/status/404?test=status-errors") == 1)
        let e = await fetch(server.url("/status/500?x=1"), options { $0.retries = 2 })
        #expect(e.kind == "http_status")
        #expect(server.requests("/status/500?x=1") == 3)
    }

    @Test func retryAfterIsHonoured() async {
        let path = "/flaky/1?fail=1&retry-after=1"
        let start = monotonicSeconds()
        let u = await fetch(server.url(path))
        #expect(u.errors.isEmpty)
        #expect(server.requests(path) == 2)
        #expect(monotonicSeconds() - start >= 0.9)
        // A Retry-After longer than allowed ends the retries.
        let long = "/status/503?retry-after=3600"
        #expect(await fetch(server.url(long)).kind == "http_status")
        #expect(server.requests(long) == 1)
        // 429 is retried too.
        let busy = "/flaky/2?fail=2&code=429"
        #expect(await fetch(server.url(busy)).errors.isEmpty)
        #expect(server.requests(busy) == 3)
    }

    @Test func connectionResetAndRefused() async {
        let u = await fetch(server.url("/reset"), options { $0.retries = 1 })
        #expect(u.kind == "connect")
        #expect(server.requests("/reset") == 2)
        let closed = try! TestServer()
        let port = closed.port
        closed.shutdown()
        #expect(await fetch("http://127.0.0.1:\(port)/page/1", options { $0.retries = 0 }).kind == "connect")
    }

    @Test func stallingServerTimesOut() async {
        // The server never answers: that the fetch returns at all shows it
        // gave up on its own; how long it took is not a test (loaded machines).
        let u = await fetch(server.url("/stall"), options { $0.timeout = 0.5 })
        #expect(u.kind == "timeout")
    }

    @Test func oversizedBodies() async {
        let o = options { $0.maxBytes = 100_000 }
        #expect(await fetch(server.url("/big?size=200000"), o).kind == "too_large")
        #expect(await fetch(server.url("/big-chunked?size=200000"), o).kind == "too_large")
        #expect(await fetch(server.url("/big?size=90000"), o).errors.isEmpty)
    }

    @Test func gzipBomb() async {
        #expect(await fetch(server.url("/bomb")).kind == "too_large")
    }

    @Test func charsets() async {
        let meta = await fetch(server.url("/cp1252-meta"))
        #expect(meta.field("charset")?.stringValue == "windows-1252")
        #expect(meta.field("html")?.stringValue?.contains(Pages.cp1252SentenceText) == true)
        let latin = await fetch(server.url("/wrong-latin"))
        #expect(latin.field("charset")?.stringValue == "UTF-8")
        #expect(latin.field("html")?.stringValue?.contains("Ça coûte 5 € — déjà.") == true)
        let utf8 = await fetch(server.url("/wrong-utf8"))
        #expect(utf8.field("charset")?.stringValue == "windows-1252")
        #expect(utf8.field("html")?.stringValue?.contains(Pages.cp1252SentenceText) == true)
    }

    @Test func contentTypes() async {
        let image = await fetch(server.url("/image"))
        #expect(image.kind == "content_type")
        #expect(image.field("content_type")?.stringValue == "image/png")
        let any = await fetch(server.url("/image"), options { $0.anyType = true })
        #expect(any.errors.isEmpty)
        #expect(any.field("text") != nil)
    }

    @Test func invalidURLs() async {
        for url in ["http://", "http://exa mple.com/", "ftp://127.0.0.1/x", "http://127.0.0.1:99999/", "mailto:x@y", " "] {
            #expect(await fetch(url).kind == "invalid_url", "\(url)")
        }
    }

    @Test func robots() async {
        let o = options { $0.robots = true }
        let fetcher = try! Fetcher(options: o)
        let denied = Outcome.update(await fetcher.fetch(server.url("/private/1")), options: o)
        #expect(denied.kind == "robots")
        let allowed = Outcome.update(await fetcher.fetch(server.url("/private/ok")), options: o)
        #expect(allowed.errors.isEmpty)
        #expect(Outcome.update(await fetcher.fetch(server.url("/page/77")), options: o).errors.isEmpty)
        #expect(server.requests("/robots.txt") == 1)
        #expect(server.requests("/private/1") == 0)
        try? await fetcher.client.shutdown()
    }

    @Test func cacheAndRevalidation() async {
        let dir = temporaryDirectory()
        let o = options { $0.cacheDirectory = dir }
        let first = await fetch(server.url("/etag"), o)
        #expect(first.errors.isEmpty)
        #expect(server.requests("/etag") == 1)
        let second = await fetch(server.url("/etag"), o)
        #expect(second.field("html") == first.field("html"))
        #expect(server.requests("/etag") == 1)
        let revalidated = await fetch(server.url("/etag"), options { $0.cacheDirectory = dir; $0.revalidate = true })
        #expect(revalidated.field("html") == first.field("html"))
        #expect(revalidated.field("status")?.intValue == 200)
        #expect(server.requests("/etag") == 2)
    }
}
