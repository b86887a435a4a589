import Testing

@testable import ArtFetch

@Suite struct WARCRecordParserTests {
    /// What the parser gives for `bytes` fed in pieces of `piece` bytes:
    /// `uri@offset` for records, `!reason@offset` for damage.
    func parse(_ bytes: [UInt8], piece: Int = Int.max, maxBlock: Int = 1 << 20) -> [String] {
        var parser = WARCRecordParser(maxBlock: maxBlock)
        var out: [String] = []
        var i = 0
        func drain() {
            while let item = parser.next() {
                switch item {
                case .record(let record, let offset):
                    let size = record.skippedLength.map { " skipped \($0)" } ?? ""
                    out.append("\(record.header("warc-target-uri") ?? "-")@\(offset)\(size)")
                case .damaged(let reason, let offset): out.append("!\(reason)@\(offset)")
                }
            }
        }
        repeat {
            let end = min(bytes.count, i + min(piece, bytes.count))
            bytes[i..<end].withUnsafeBytes { parser.feed($0) }
            i = end
            drain()
        } while i < bytes.count
        parser.finish()
        drain()
        return out
    }

    let a = WARCBuilder.response("http://a/", html: "<p>a</p>")
    let b = WARCBuilder.response("http://b/", html: "<p>b</p>")
    let c = WARCBuilder.response("http://c/", html: "<p>c</p>")

    @Test func piecesOfAnySizeGiveTheSameRecords() {
        let bytes = WARCBuilder.warcinfo + a + b
        let expected = ["@0", "http://a/@\(WARCBuilder.warcinfo.count)", "http://b/@\(WARCBuilder.warcinfo.count + a.count)"]
        #expect(parse(bytes) == expected)
        #expect(parse(bytes, piece: 1) == expected)
        #expect(parse(bytes, piece: 7) == expected)
    }

    @Test func recordCutShortIsReportedAndTheNextOneRead() {
        // The first record loses 20 bytes of its block: its Content-Length runs into b.
        let cut = Array(a.prefix(a.count - 24)) + Array("\r\n\r\n".utf8)
        let expected = ["!truncated WARC record (the next record starts inside its block)@0", "http://b/@\(cut.count)", "http://c/@\(cut.count + b.count)"]
        #expect(parse(cut + b + c) == expected)
        #expect(parse(cut + b + c, piece: 5) == expected)
    }

    @Test func garbageBetweenRecordsIsReportedOnce() {
        let junk = Array("junk line\r\nmore junk\r\n".utf8)
        #expect(parse(a + junk + b) == ["http://a/@0", "!no WARC record here@\(a.count)", "http://b/@\(a.count + junk.count)"])
    }

    @Test func recordWithoutContentLength() {
        let broken = Array("WARC/1.0\r\nWARC-Type: response\r\n\r\n".utf8)
        #expect(parse(broken + a) == ["!WARC record without Content-Length@0", "http://a/@\(broken.count)"])
    }

    @Test func blockOverTheLimitIsSkipped() {
        let big = WARCBuilder.response("http://big/", html: String(repeating: "x", count: 5000))
        let length = big.count - 4 - (big.firstRange(of: Array("\r\n\r\n".utf8))!.upperBound)
        #expect(parse(big + a, piece: 100, maxBlock: 1000) == ["http://big/@0 skipped \(length)", "http://a/@\(big.count)"])
    }

    @Test func truncatedAtTheEnd() {
        let cut = Array(b.prefix(b.count - 10))
        #expect(parse(a + cut).last?.hasPrefix("!truncated WARC record (Content-Length ") == true)
        #expect(parse(a + Array(b.prefix(20))) == ["http://a/@0", "!truncated WARC header@\(a.count)"])
    }

    @Test func foldedHeaderLinesJoin() {
        let headers = WARCRecordParser.headers(Array("WARC/1.0\r\nWARC-Target-URI: http://x/\r\n  long\r\nContent-Length: 3\r\n".utf8)[...])
        #expect(headers.map { "\($0.0)=\($0.1)" } == ["warc-target-uri=http://x/ long", "content-length=3"])
    }
}
