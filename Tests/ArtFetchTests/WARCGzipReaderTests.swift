import ArtCore
import Testing

@testable import ArtFetch

@Suite struct WARCGzipReaderTests {
    func page(_ n: Int) -> [UInt8] {
        WARCBuilder.response("http://example.org/n/\(n)", html: "<html><body><h1>Story \(n)</h1><p>Text of story \(n), with a few words.</p></body></html>")
    }

    /// The start offset of each member.
    func offsets(_ members: [[UInt8]]) -> [Int] {
        var offsets: [Int] = []
        var at = 0
        for m in members {
            offsets.append(at)
            at += m.count
        }
        return offsets
    }

    /// Flips two bytes in the middle of a member's compressed data.
    func damage(_ member: [UInt8]) -> [UInt8] {
        var m = member
        m[m.count / 2] ^= 0x5A
        m[m.count / 2 + 1] ^= 0xA5
        return m
    }

    @Test(arguments: [1, 2])
    func damagedAndTruncatedMembersCostOneRecordEach(jobs: Int) throws {
        var members = WARCBuilder.gzipMembers([WARCBuilder.warcinfo] + (0..<10).map(page))
        members[3] = damage(members[3])
        members[6] = Array(members[6].prefix(members[6].count / 2))
        let starts = offsets(members)
        let path = temporaryDirectory() + "/d.warc.gz"
        writeFile(path, members.flatMap { $0 })
        let read = try WARCReading(path, jobs: jobs)
        #expect(read.urls == [0, 1, 3, 4, 6, 7, 8, 9].map { "http://example.org/n/\($0)" })
        #expect(read.damaged.count == 2)
        #expect(read.damaged.first?.hasPrefix("byte \(starts[3]): damaged gzip member (") == true)
        #expect(read.damaged.last?.hasPrefix("byte \(starts[6]): damaged gzip member (") == true)
    }

    @Test func lastMemberCutShort() throws {
        let members = WARCBuilder.gzipMembers((0..<3).map(page))
        let path = temporaryDirectory() + "/cut.warc.gz"
        let all = members.flatMap { $0 }
        writeFile(path, Array(all.prefix(all.count - 5)))
        let read = try WARCReading(path)
        #expect(read.urls.count == 2)
        #expect(read.damaged == ["byte \(members[0].count + members[1].count): damaged gzip member (truncated gzip data)"])
    }

    @Test func bytesBetweenMembersAreReportedOnce() throws {
        let members = WARCBuilder.gzipMembers((0..<2).map(page))
        let junk = Array("not gzip at all".utf8)
        let path = temporaryDirectory() + "/junk.warc.gz"
        writeFile(path, members[0] + junk + members[1] + junk)
        let read = try WARCReading(path)
        #expect(read.urls.count == 2)
        let second = members[0].count + junk.count + members[1].count
        #expect(read.damaged == ["byte \(members[0].count): no gzip member here", "byte \(second): no gzip member here"])
    }

    @Test func memberWithoutAWARCRecord() throws {
        let members = WARCBuilder.gzipMembers([Array("plain text, not WARC\n".utf8), page(1)])
        let path = temporaryDirectory() + "/text.warc.gz"
        writeFile(path, members.flatMap { $0 })
        let read = try WARCReading(path)
        #expect(read.urls == ["http://example.org/n/1"])
        #expect(read.damaged == ["gzip member at byte 0: no WARC record here"])
    }

    @Test func memberLongerThanAWindowIsStreamed() throws {
        // 6 MB that do not compress: one member longer than the 4 MB window.
        let png = Array("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".utf8) + WARCBuilder.noise(6 << 20)
        let big = WARCBuilder.record(type: "response", uri: "http://example.org/big.png", block: png)
        var members = WARCBuilder.gzipMembers([page(0), big, page(2), big, page(4)])
        members[3] = Array(members[3].prefix(members[3].count - 100)) // cut short
        let path = temporaryDirectory() + "/big.warc.gz"
        writeFile(path, members.flatMap { $0 })
        let read = try WARCReading(path, jobs: 2)
        #expect(read.urls == ["http://example.org/n/0", "http://example.org/big.png", "http://example.org/n/2", "http://example.org/n/4"])
        #expect(read.lines[1].contains("\"kind\":\"content_type\""))
        #expect(read.damaged.count == 1)
        #expect(read.damaged.first?.hasPrefix("byte \(offsets(members)[3]): damaged gzip member (") == true)
    }

    @Test func wholeFileMemberOverTheMemberLimitIsStreamed() throws {
        // One gzip stream of 6,000 records, more than the member limit of a
        // 1 KB --max-bytes (1 MB + 65 KB): read as a stream, record by record.
        let records = (0..<6000).map(page)
        var options = FetchOptions()
        options.maxBytes = 1000
        #expect(records.joined().count > WARCConverter(file: "", options: options).memberLimit)
        let path = temporaryDirectory() + "/one.warc.gz"
        writeFile(path, WARCBuilder.gzipMembers([records.flatMap { $0 }])[0])
        let read = try WARCReading(path) { $0.maxBytes = 1000 }
        #expect(read.damaged == [])
        #expect(read.urls == (0..<6000).map { "http://example.org/n/\($0)" })
    }

    /// Issue 23, "Done means": 20,000 responses and a warcinfo record, one
    /// member damaged and one cut short: the other 19,998 responses come out
    /// and the two damaged members are reported with their offsets.
    @Test func twentyThousandRecordsWithTwoDamaged() throws {
        var members = WARCBuilder.gzipMembers([WARCBuilder.warcinfo] + (0..<20000).map(page))
        let corrupt = 7001
        let truncated = 15001
        members[corrupt] = damage(members[corrupt])
        members[truncated] = Array(members[truncated].prefix(members[truncated].count * 2 / 3))
        let starts = offsets(members)
        let path = temporaryDirectory() + "/20k.warc.gz"
        writeFile(path, members.flatMap { $0 })
        let read = try WARCReading(path, jobs: 2)
        #expect(read.lines.count == 19998)
        let expected = (0..<20000).filter { $0 != corrupt - 1 && $0 != truncated - 1 }.map { "http://example.org/n/\($0)" }
        #expect(read.urls == expected)
        #expect(read.damaged.count == 2)
        #expect(read.damaged.first?.hasPrefix("byte \(starts[corrupt]): damaged gzip member (") == true)
        #expect(read.damaged.last?.hasPrefix("byte \(starts[truncated]): damaged gzip member (") == true)
    }
}
