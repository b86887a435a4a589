import ArtCore
import ArtTestServer
import Testing

@testable import ArtFetch

@Suite struct WARCFiles {
    func records() -> [[UInt8]] {
        let page = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>".utf8)
            + Pages.cp1252Sentence + Array("</p>".utf8)
        let missing = Array("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>".utf8)
        let zipped = Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n\r\n".utf8)
            + Gzip.stored(Array("zipped text".utf8))
        return [
            WARCBuilder.warcinfo,
            WARCBuilder.record(type: "response", uri: "http://example.org/a", block: page),
            WARCBuilder.record(type: "request", uri: "http://example.org/b", block: Array("GET /b HTTP/1.1\r\n\r\n".utf8)),
            WARCBuilder.record(type: "response", uri: "http://example.org/b", block: missing),
            WARCBuilder.record(type: "metadata", uri: "http://example.org/b", block: Array("fetchTimeMs: 12\r\n".utf8)),
            WARCBuilder.record(type: "response", uri: "http://example.org/c", block: zipped),
        ]
    }

    @Test func plainAndGzipped() throws {
        let dir = temporaryDirectory()
        let recs = records()
        writeFile(dir + "/t.warc", recs.flatMap { $0 })
        writeFile(dir + "/t.warc.gz", recs.flatMap { Gzip.stored($0) })
        writeFile(dir + "/one-member.warc.gz", Gzip.stored(recs.flatMap { $0 }))
        for name in ["/t.warc", "/t.warc.gz", "/one-member.warc.gz"] {
            let read = try WARCReading(dir + name)
            #expect(read.damaged == [])
            #expect(read.lines.count == 3)
            #expect(read.lines.first == "{\"url\":\"http://example.org/a\",\"final_url\":\"http://example.org/a\",\"status\":200,"
                + "\"content_type\":\"text/html\",\"charset\":\"windows-1252\",\"fetched_at\":\"2024-05-01T10:00:00Z\","
                + "\"html\":\"<p>\(Pages.cp1252SentenceText)</p>\"}\n")
            #expect(read.lines.dropFirst().first?.contains("\"kind\":\"http_status\"") == true)
            #expect(read.lines.last?.contains("\"text\":\"zipped text\"") == true)
        }
    }

    @Test func truncatedFileKeepsTheWholeRecords() throws {
        let dir = temporaryDirectory()
        let recs = records()
        let all = recs.flatMap { $0 }
        writeFile(dir + "/cut.warc", Array(all.prefix(all.count - 30)))
        let read = try WARCReading(dir + "/cut.warc")
        #expect(read.urls == ["http://example.org/a", "http://example.org/b"])
        let lastOffset = all.count - recs.last!.count
        #expect(read.damaged.count == 1)
        #expect(read.damaged.first?.hasPrefix("byte \(lastOffset): truncated WARC record (Content-Length ") == true)
    }

    @Test func recordWithoutHTTPIsAnErrorNamingItsPlace() throws {
        let dir = temporaryDirectory()
        let recs = [WARCBuilder.warcinfo, WARCBuilder.record(type: "response", uri: "http://example.org/x", block: Array("not http".utf8))]
        writeFile(dir + "/t.warc", recs.flatMap { $0 })
        writeFile(dir + "/t.warc.gz", recs.flatMap { Gzip.stored($0) })
        let offset = recs[0].count
        let plain = try WARCReading(dir + "/t.warc")
        #expect(plain.lines.count == 1)
        #expect(plain.lines[0].contains("\"kind\":\"decode\",\"message\":\"the WARC record of http://example.org/x at byte \(offset) of \(dir)/t.warc holds no HTTP response\""))
        let zipped = try WARCReading(dir + "/t.warc.gz")
        let memberOffset = Gzip.stored(recs[0]).count
        #expect(zipped.lines.count == 1)
        #expect(zipped.lines[0].contains("at the gzip member at byte \(memberOffset) of \(dir)/t.warc.gz holds no HTTP response"))
    }

    @Test func blockOverMaxBytesFailsWithoutBeingHeld() throws {
        let dir = temporaryDirectory()
        let html = String(repeating: "<p>long</p>", count: 200)
        let recs = [WARCBuilder.response("http://example.org/long", html: html), WARCBuilder.response("http://example.org/short", html: "<p>s</p>")]
        writeFile(dir + "/t.warc", recs.flatMap { $0 })
        writeFile(dir + "/t.warc.gz", recs.flatMap { Gzip.stored($0) })
        for name in ["/t.warc", "/t.warc.gz"] {
            // A block limit of 64 KB + 100 bytes; the page is 2.2 KB: over --max-bytes.
            let read = try WARCReading(dir + name) { $0.maxBytes = 100 }
            #expect(read.damaged == [])
            #expect(read.urls == ["http://example.org/long", "http://example.org/short"])
            #expect(read.lines[0].contains("\"kind\":\"too_large\""))
        }
    }

    @Test func missingFileCannotBeOpened() {
        #expect(throws: WARCReadError.self) { try WARCReading("/nonexistent/x.warc") }
    }
}
