import ArtCharset
import ArtCore

/// A response (or a file) read in full.
struct Fetched: Sendable {
    var finalURL: String
    /// HTTP status; nil for local files.
    var status: Int?
    /// The Content-Type value as sent (or guessed for files).
    var contentType: String?
    var body: [UInt8]
    var etag: String?
    var lastModified: String?
    var fetchedAt: String
}

/// How one fetch ended.
enum FetchResult: Sendable {
    case success(Fetched)
    /// `partial` carries what is known of a failed response (its status...).
    case failure(kind: String, message: String, partial: Fetched?)

    var failureKind: String? {
        if case .failure(let kind, _, _) = self { return kind }
        return nil
    }
}

enum Outcome {
    /// The record's new fields for `result`.
    static func update(_ result: FetchResult, options: FetchOptions) -> RecordUpdate {
        var update = RecordUpdate()
        switch result {
        case .failure(let kind, let message, let partial):
            if let p = partial {
                update.set("final_url", .string(p.finalURL))
                if let status = p.status { update.set("status", .int(status)) }
                if let ct = p.contentType { update.set("content_type", .string(mimeType(ct))) }
                update.set("fetched_at", .string(p.fetchedAt))
            }
            update.fail(tool: options.tool, kind: kind, message: message)
        case .success(let f):
            update.set("final_url", .string(f.finalURL))
            if let status = f.status { update.set("status", .int(status)) }
            let mime = f.contentType.map(mimeType) ?? ""
            var kind = bodyKind(mime: mime, body: f.body)
            update.set("content_type", .string(mime.isEmpty ? (kind == .html ? "text/html" : "text/plain") : mime))
            if kind == .other {
                if !options.anyType {
                    update.set("fetched_at", .string(f.fetchedAt))
                    update.fail(
                        tool: options.tool, kind: "content_type",
                        message: "content type \(mime) is neither HTML nor plain text (use --any-type)")
                    return update
                }
                kind = mime.contains("xml") || mime.contains("html") ? .html : .text
            }
            let declared = f.contentType.flatMap { CharsetDecoder.charsetParameter(ofContentType: $0) }
            let decoded = CharsetDecoder.decode(f.body, declared: declared, sniffHTML: kind == .html)!
            if tooManyReplacements(decoded.text) {
                update.set("fetched_at", .string(f.fetchedAt))
                update.fail(
                    tool: options.tool, kind: "decode",
                    message: "the body does not decode as text in any charset (\(f.body.count) bytes)")
                return update
            }
            update.set("charset", .string(decoded.charset))
            update.set("fetched_at", .string(f.fetchedAt))
            update.set(kind == .html ? "html" : "text", .string(decoded.text))
        }
        return update
    }

    enum BodyKind { case html, text, other }

    static func bodyKind(mime: String, body: [UInt8]) -> BodyKind {
        switch mime {
        case "text/html", "application/xhtml+xml": return .html
        case "text/plain": return .text
        case "", "application/octet-stream", "unknown/unknown":
            return sniff(body)
        default: return .other
        }
    }

    /// HTML when the body starts like markup, text when it has no NUL bytes.
    static func sniff(_ body: [UInt8]) -> BodyKind {
        var i = 0
        if body.count >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF { i = 3 }
        while i < body.count, body[i] == 0x20 || body[i] == 0x09 || body[i] == 0x0A || body[i] == 0x0D { i += 1 }
        if i < body.count && body[i] == UInt8(ascii: "<") { return .html }
        if body.prefix(4096).contains(0) { return .other }
        return .text
    }

    /// `text/html` from `Text/HTML; charset=utf-8`.
    static func mimeType(_ contentType: String) -> String {
        let head = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return String(head.filter { $0 != " " && $0 != "\t" }).lowercased()
    }

    /// Whether more than a quarter of the text (and more than 16
    /// characters) is U+FFFD or NUL: binary data, not text.
    static func tooManyReplacements(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b -> Bool in
            guard let base = b.baseAddress else { return false }
            let n = b.count
            // Both bytes are rare in text, so memchr skips between them.
            func count(_ byte: UInt8, _ isBad: (Int) -> Bool) -> Int {
                var found = 0
                var i = 0
                while i < n, let hit = memchr(base + i, Int32(byte), n - i) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if isBad(at) { found += 1 }
                    i = at + 1
                }
                return found
            }
            let bad = count(0) { _ in true } + count(0xEF) { $0 + 2 < n && b[$0 + 1] == 0xBF && b[$0 + 2] == 0xBD }
            // Each bad character takes at most 3 bytes; count characters roughly.
            return bad > 16 && bad * 4 > n / 3
        }
    }

    /// `2026-11-29T04:25:25Z`.
    static func timestamp(_ seconds: Int = Int(time(nil))) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Seconds since the epoch of an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func parseHTTPDate(_ s: String) -> Int? {
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
        guard parts.count >= 5 else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let day = Int(parts[1]), let mi = months.firstIndex(of: parts[2].lowercased()), var year = Int(parts[3])
        else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        let hms = parts[4].split(separator: ":")
        guard hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]), let sec = Int(hms[2]) else { return nil }
        let days = FeedDate.civilDays(year, mi + 1, day)
        return days * 86400 + h * 3600 + m * 60 + sec
    }
}
