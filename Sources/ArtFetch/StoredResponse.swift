/// An HTTP response as stored in a WARC `response` record.
struct StoredResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }

    init?(_ block: [UInt8]) {
        var i = 0
        func line() -> ArraySlice<UInt8>? {
            guard i < block.count else { return nil }
            let s = i
            while i < block.count && block[i] != 0x0A { i += 1 }
            var e = i
            if i < block.count { i += 1 }
            if e > s && block[e - 1] == 0x0D { e -= 1 }
            return block[s..<e]
        }
        guard let statusLine = line(), statusLine.starts(with: Array("HTTP/".utf8)) else { return nil }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2)
        guard parts.count >= 2, let status = Int(String(decoding: parts[1], as: UTF8.self)) else { return nil }
        self.status = status
        headers = []
        while let l = line(), !l.isEmpty {
            guard let colon = l.firstIndex(of: UInt8(ascii: ":")) else { continue }
            headers.append((
                String(decoding: l[..<colon], as: UTF8.self).lowercased(),
                String(decoding: l[(colon + 1)...], as: UTF8.self).trimmingCharacters
            ))
        }
        body = Array(block[i...])
        if header("transfer-encoding")?.lowercased().contains("chunked") == true, let plain = Self.dechunk(body) {
            body = plain
        }
    }

    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            var sizeEnd = i
            while sizeEnd < b.count && b[sizeEnd] != 0x0A { sizeEnd += 1 }
            guard sizeEnd < b.count else { return nil }
            let sizeText = String(decoding: b[i..<sizeEnd], as: UTF8.self)
                .split(separator: ";").first.map { String($0).trimmingCharacters } ?? ""
            guard let size = Int(sizeText.replacingCR, radix: 16) else { return nil }
            i = sizeEnd + 1
            if size == 0 { return out }
            guard i + size <= b.count else { return nil }
            out.append(contentsOf: b[i..<(i + size)])
            i += size
            if i < b.count && b[i] == 0x0D { i += 1 }
            if i < b.count && b[i] == 0x0A { i += 1 }
        }
        return out
    }

    /// Gunzips/inflates a body stored with its Content-Encoding; nil when
    /// it is damaged or inflates beyond `limit`.
    static func decompress(_ body: [UInt8], limit: Int) -> [UInt8]? {
        var out: [UInt8] = []
        let inflater = GzipInflater(acceptingZlib: true)
        let step = body.withUnsafeBytes { inflater.inflate($0, into: &out, limit: limit + 1).step }
        return step == .end ? out : nil
    }
}

extension String {
    var replacingCR: String { String(self.filter { $0 != "\r" }) }
}
