import CZlib

/// Gzipped sitemaps (`sitemap.xml.gz`), sent as files rather than with a
/// `Content-Encoding` the HTTP client would undo: inflated in chunks
/// straight into the XML parser, so the inflated document is never held
/// whole, and stopped past `limit` bytes.
enum Gunzip {
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    enum Failure: Error, Equatable {
        case corrupt(String)
        case tooLarge(Int)
    }

    /// Hands each inflated chunk to `sink` (false from it stops early);
    /// members that follow one another are read as one stream.
    static func inflate(
        _ body: [UInt8], limit: Int, into sink: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Failure? {
        var stream = z_stream()
        guard art_inflateInit2(&stream, 15 + 16) == Z_OK else { return .corrupt("cannot start zlib") }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        var input = body
        return input.withUnsafeMutableBufferPointer { inp -> Failure? in
            stream.next_in = inp.baseAddress
            stream.avail_in = UInt32(inp.count)
            while true {
                var status: Int32 = 0
                let wanted = chunk.withUnsafeMutableBufferPointer { c -> Bool in
                    stream.next_out = c.baseAddress
                    stream.avail_out = UInt32(c.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    let produced = c.count - Int(stream.avail_out)
                    total += produced
                    return produced == 0 || total > limit || sink(UnsafeBufferPointer(rebasing: c[..<produced]))
                }
                if total > limit { return .tooLarge(limit) }
                if !wanted { return nil }
                switch status {
                case Z_STREAM_END:
                    if stream.avail_in == 0 { return nil }
                    inflateReset(&stream)
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    // No progress was possible: more input was needed and there is none.
                    if stream.avail_in > 0 || stream.avail_out == 0 { continue }
                    return .corrupt("the gzip data ends early")
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    return .corrupt("corrupt gzip data (\(message))")
                }
            }
        }
    }
}
