import ArtCore
import ArtTestServer
import Testing

@testable import ArtFetch

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
