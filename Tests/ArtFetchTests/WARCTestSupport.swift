import ArtCore
import CZlib

@testable import ArtFetch

/// WARC files written by the tests (no fixtures in git).
enum WARCBuilder {
    static func record(type: String, uri: String, block: [UInt8], contentType: String = "application/http; msgtype=response") -> [UInt8] {
        var head = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        head += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A `response` record of an HTML page.
    static func response(_ uri: String, html: String) -> [UInt8] {
        let block = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html
        return record(type: "response", uri: uri, block: Array(block.utf8))
    }

    static let warcinfo = record(
        type: "warcinfo", uri: "", block: Array("software: test\r\n".utf8), contentType: "application/warc-fields")

    /// gzip members of `pieces`, one each, with zlib's deflate (one stream reused).
    static func gzipMembers(_ pieces: [[UInt8]]) -> [[UInt8]] {
        var stream = z_stream()
        precondition(deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        return pieces.map { piece in
            deflateReset(&stream)
            var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(piece.count))) + 64)
            var input = piece
            input.withUnsafeMutableBufferPointer { i in
                out.withUnsafeMutableBufferPointer { o in
                    stream.next_in = i.baseAddress
                    stream.avail_in = UInt32(i.count)
                    stream.next_out = o.baseAddress
                    stream.avail_out = UInt32(o.count)
                    precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                }
            }
            return Array(out[..<Int(stream.total_out)])
        }
    }

    /// Bytes that do not compress (xorshift).
    static func noise(_ count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
        var x = seed
        return (0..<count).map { _ in
            x ^= x << 13
            x ^= x >> 7
            x ^= x << 17
            return UInt8(truncatingIfNeeded: x)
        }
    }
}

/// What reading a WARC file gave: output lines and damage reports, in order.
struct WARCReading {
    var lines: [String] = []
    var damaged: [String] = []

    init(_ path: String, jobs: Int = 1, _ change: (inout FetchOptions) -> Void = { _ in }) throws {
        var options = FetchOptions()
        change(&options)
        var lines: [String] = []
        var damaged: [String] = []
        try WARCFile(path: path, options: options, jobs: jobs).read { event in
            switch event {
            case .line(let bytes, _): lines.append(String(decoding: bytes, as: UTF8.self))
            case .damaged(let reason): damaged.append(reason)
            }
        }
        self.lines = lines
        self.damaged = damaged
    }

    /// The `url` of every line.
    var urls: [String] {
        lines.map { line in
            guard let range = line.firstRange(of: "\"url\":\""), let end = line[range.upperBound...].firstIndex(of: "\"") else { return "" }
            return String(line[range.upperBound..<end])
        }
    }
}
