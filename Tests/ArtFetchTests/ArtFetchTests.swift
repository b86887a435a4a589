import ArtCore
import Dispatch
import ArtTestServer
import Testing

@testable import ArtFetch

/// One server for the whole suite (each test uses its own paths).
let server: TestServer = try! TestServer(threads: 2, pageSize: 3000)

func options(_ change: (inout FetchOptions) -> Void = { _ in }) -> FetchOptions {
    var o = FetchOptions()
    o.timeout = 20
    o.backoff = 0.05
    o.concurrency = 8
    o.perHost = 8
    change(&o)
    return o
}

/// Fetches one URL with a fresh fetcher and returns the record update.
func fetch(_ url: String, _ o: FetchOptions = options()) async -> RecordUpdate {
    let fetcher = try! Fetcher(options: o)
    let result = await fetcher.fetch(url)
    let update = Outcome.update(result, options: o)
    try? await fetcher.client.shutdown()
    return update
}

extension RecordUpdate {
    func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.value }
    var kind: String? { errors.first?.kind }
}

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
        let start = monotonicSeconds()
        let u = await fetch(server.url("/stall"), options { $0.timeout = 0.5 })
        #expect(u.kind == "timeout")
        // Not a speed check: the server never answers, so this only shows the
        // fetch gave up on its own (generous, for loaded machines).
        #expect(monotonicSeconds() - start < 15)
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

func temporaryDirectory() -> String {
    var template = Array("/tmp/art-fetch-test.XXXXXX".utf8CString)
    let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    return String(cString: p!)
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    precondition(fd >= 0)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

func readFile(_ path: String) -> [UInt8] {
    if case .success(let b) = LocalFile.read(path, maxBytes: Int.max) { return b }
    return []
}

@Suite struct LocalFiles {
    @Test func pathsAndFileURLs() async {
        let dir = temporaryDirectory()
        writeFile(dir + "/a page.html", Array("<p>Grüß Gott</p>".utf8))
        writeFile(dir + "/note.txt", Array("just text".utf8))
        let byPath = await fetch(dir + "/a page.html")
        #expect(byPath.field("html")?.stringValue == "<p>Grüß Gott</p>")
        #expect(byPath.field("final_url")?.stringValue == "file://" + dir + "/a%20page.html")
        #expect(byPath.field("status") == nil)
        let byURL = await fetch("file://" + dir + "/a%20page.html")
        #expect(byURL.field("html")?.stringValue == "<p>Grüß Gott</p>")
        #expect(await fetch(dir + "/note.txt").field("text")?.stringValue == "just text")
        #expect(await fetch(dir + "/missing.html").kind == "file")
        #expect(await fetch(dir + "/note.txt", options { $0.maxBytes = 4 }).kind == "too_large")
    }
}

@Suite struct URLParsing {
    @Test func resolution() throws {
        let base = try WebURL(parsing: "http://Example.com/a/b/c?q=1#frag")
        #expect(base.host == "example.com")
        #expect(base.description == "http://example.com/a/b/c?q=1")
        #expect(try base.resolving("../d").description == "http://example.com/a/d")
        #expect(try base.resolving("/x/./y/../z").description == "http://example.com/x/z")
        #expect(try base.resolving("?p=2").description == "http://example.com/a/b/c?p=2")
        #expect(try base.resolving("//other.org/p").description == "http://other.org/p")
        #expect(try base.resolving("https://s.org").description == "https://s.org/")
        #expect(try WebURL(parsing: "http://h:8080/ä b").description == "http://h:8080/%C3%A4%20b")
        #expect(try WebURL(parsing: "http://h:8080/").origin == "http://h:8080")
    }
}

@Suite struct RobotsParsing {
    @Test func groupsAndPrecedence() {
        let text = """
            User-agent: googlebot
            Disallow: /

            User-agent: art-fetch
            User-agent: other
            Disallow: /private
            Allow: /private/public
            Disallow: /*.pdf$

            User-agent: *
            Disallow: /everything
            """
        let r = RobotsRules(parsing: text, agent: "art-fetch/0.1.0")
        #expect(r.allows("/"))
        #expect(!r.allows("/private/x"))
        #expect(r.allows("/private/public/x"))
        #expect(!r.allows("/a/b.pdf"))
        #expect(r.allows("/a/b.pdf?x"))
        #expect(r.allows("/everything"))
        let star = RobotsRules(parsing: text, agent: "somebot/1")
        #expect(!star.allows("/everything/else"))
        #expect(star.allows("/private"))
    }
}

@Suite struct Pipeline {
    /// Runs the whole filter over `input` lines; returns the output lines.
    /// The pipeline blocks its thread, so it runs on a thread of its own,
    /// as it does in the command (never on one of the tasks' threads).
    func run(_ input: String, _ o: FetchOptions) async throws -> [String] {
        let dir = temporaryDirectory()
        writeFile(dir + "/in", Array(input.utf8))
        let failed: String? = await withCheckedContinuation { (c: CheckedContinuation<String?, Never>) in
            DispatchQueue.global().async {
                do {
                    var runner = RunnerOptions(tool: "art-fetch")
                    runner.inputs = [dir + "/in"]
                    runner.bareLineField = "url"
                    runner.quiet = true
                    let diagnostics = try Diagnostics(tool: "art-fetch", quiet: true, rejectPath: nil)
                    let source = RecordSource(options: runner, diagnostics: diagnostics)
                    var output = try OutputSink.create(path: dir + "/out")
                    var progress = ProgressMeter(tool: "art-fetch", enabled: false)
                    let fetcher = try Fetcher(options: o)
                    try FetchRun.pipeline(source, &output, diagnostics, &progress, fetcher, o)
                    try output.close()
                    fetcher.shutdown()
                    c.resume(returning: nil)
                } catch {
                    c.resume(returning: "\(error)")
                }
            }
        }
        #expect(failed == nil)
        return String(decoding: readFile(dir + "/out"), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func urlListWithDuplicatesAndInvalidEntries() async throws {
        let lines = [
            server.url("/page/1"), server.url("/status/404"), "not a url at all://", server.url("/page/1"),
            "{\"id\":\"x\",\"note\":\"no url\"}", "http://", server.url("/redirect/2"), "{\"url\":5}",
        ]
        let out = try await run(lines.joined(separator: "\n") + "\n", options())
        #expect(out.count == lines.count)
        #expect(out[0].hasPrefix("{\"url\":\"\(server.url("/page/1"))\",\"final_url\""))
        #expect(out[1].contains("\"kind\":\"http_status\""))
        #expect(out[2].contains("\"kind\":\"file\"") || out[2].contains("\"kind\":\"invalid_url\""))
        #expect(out[3].contains("\"html\":"))
        #expect(out[4] == "{\"id\":\"x\",\"note\":\"no url\"}")
        #expect(out[5].contains("\"kind\":\"invalid_url\""))
        #expect(out[6].contains("\"final_url\":\"\(server.url("/page/0"))\""))
        #expect(out[7].contains("\"kind\":\"invalid_url\""))
    }

    @Test func aURLListedTwiceIsFetchedOnceWhileInFlight() async throws {
        // The first answer is a 503 and the retry waits: the second listing
        // arrives meanwhile and must share the fetch, not ask again.
        let url = server.url("/flaky/twice?fail=1")
        let out = try await run("\(url)\n\(url)\n", options { $0.backoff = 0.3; $0.perHost = 4 })
        #expect(out.count == 2)
        #expect(out.allSatisfy { $0.contains("\"status\":200") })
        #expect(server.requests("/flaky/twice?fail=1") == 2)
    }

    @Test func orderIsKeptUnderConcurrency() async throws {
        // Slow first pages must not change the order.
        var lines: [String] = []
        for i in 0..<200 { lines.append(i % 50 == 0 ? server.url("/flaky/\(i)?fail=1") : server.url("/page/\(i)")) }
        let out = try await run(lines.joined(separator: "\n") + "\n", options { $0.concurrency = 32; $0.perHost = 32; $0.window = 64 })
        #expect(out.count == 200)
        for (i, line) in out.enumerated() {
            #expect(line.contains("<title>Page \(i)</title>"), "line \(i)")
        }
    }

    @Test func delayBetweenRequestsToOneHost() async throws {
        let lines = (0..<4).map { server.url("/page/\(2000 + $0)") }
        let start = monotonicSeconds()
        let out = try await run(lines.joined(separator: "\n") + "\n", options { $0.delay = 0.2; $0.perHost = 4 })
        #expect(out.count == 4)
        #expect(monotonicSeconds() - start >= 0.55)
    }

    @Test func unorderedKeepsEveryRecord() async throws {
        let lines = (0..<50).map { server.url("/page/\(1000 + $0)") }
        let out = try await run(lines.joined(separator: "\n") + "\n", options { $0.unordered = true })
        #expect(out.count == 50)
        #expect(Set(out).count == 50)
    }
}

@Suite struct WARCFiles {
    func warcRecord(type: String, uri: String, block: [UInt8]) -> [UInt8] {
        var head = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        head += "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    func records() -> [[UInt8]] {
        let page = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>".utf8)
            + Pages.cp1252Sentence + Array("</p>".utf8)
        let missing = Array("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>".utf8)
        let zipped = Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n\r\n".utf8)
            + Gzip.stored(Array("zipped text".utf8))
        return [
            warcRecord(type: "warcinfo", uri: "", block: Array("software: test\r\n".utf8)),
            warcRecord(type: "response", uri: "http://example.org/a", block: page),
            warcRecord(type: "request", uri: "http://example.org/b", block: Array("GET /b HTTP/1.1\r\n\r\n".utf8)),
            warcRecord(type: "response", uri: "http://example.org/b", block: missing),
            warcRecord(type: "response", uri: "http://example.org/c", block: zipped),
        ]
    }

    func convertAll(_ path: String) throws -> [String] {
        var reader = try WARCReader(path: path, maxBlock: 1 << 20)
        var out: [String] = []
        while let r = try reader.next() {
            if let line = WARCRun.convert(r, options: FetchOptions()) { out.append(String(decoding: line.bytes, as: UTF8.self)) }
        }
        return out
    }

    @Test func plainAndGzipped() throws {
        let dir = temporaryDirectory()
        let recs = records()
        writeFile(dir + "/t.warc", recs.flatMap { $0 })
        writeFile(dir + "/t.warc.gz", recs.flatMap { Gzip.stored($0) })
        for name in ["/t.warc", "/t.warc.gz"] {
            let out = try convertAll(dir + name)
            #expect(out.count == 3)
            #expect(out[0] == "{\"url\":\"http://example.org/a\",\"final_url\":\"http://example.org/a\",\"status\":200,"
                + "\"content_type\":\"text/html\",\"charset\":\"windows-1252\",\"fetched_at\":\"2024-05-01T10:00:00Z\","
                + "\"html\":\"<p>\(Pages.cp1252SentenceText)</p>\"}\n")
            #expect(out[1].contains("\"kind\":\"http_status\""))
            #expect(out[2].contains("\"text\":\"zipped text\""))
        }
    }

    @Test func truncatedFileIsAnError() throws {
        let dir = temporaryDirectory()
        let all = records().flatMap { $0 }
        writeFile(dir + "/cut.warc", Array(all.prefix(all.count - 30)))
        #expect(throws: (any Error).self) { try convertAll(dir + "/cut.warc") }
    }
}
