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
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 16)
        var total = 0
        var offset = 0
        return body.withUnsafeBytes { all -> Failure? in
            var member = GzipInflater()
            while true {
                chunk.removeAll(keepingCapacity: true)
                let (used, step) = member.inflate(UnsafeRawBufferPointer(rebasing: all[offset...]), into: &chunk, limit: 1 << 16)
                offset += used
                total += chunk.count
                if total > limit { return .tooLarge(limit) }
                if !chunk.isEmpty, !chunk.withUnsafeBufferPointer(sink) { return nil }
                switch step {
                case .end:
                    if offset >= all.count { return nil }
                    member = GzipInflater()
                case .outputFull:
                    continue
                case .needsInput:
                    return .corrupt("the gzip data ends early")
                case .failed(let message):
                    return .corrupt("corrupt gzip data (\(message))")
                }
            }
        }
    }
}
