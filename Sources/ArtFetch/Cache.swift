import ArtCore
import Synchronization

/// `--cache DIR`: responses stored by URL, one file each
/// (`DIR/ab/ab12...`: a few header lines, a blank line, the body).
struct ResponseCache: Sendable {
    let directory: String
    private static let counter = Atomic<Int>(0)

    init(directory: String) throws(CacheError) {
        self.directory = directory
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            throw CacheError("cannot create cache directory \(directory): \(errnoDescription())")
        }
    }

    struct CacheError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    struct Entry: Sendable {
        var url: String
        var fetched: Fetched
    }

    static func key(_ url: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in url.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func path(_ url: String) -> (dir: String, file: String) {
        let k = Self.key(url)
        let dir = directory + "/" + k.prefix(2)
        return (dir, dir + "/" + k)
    }

    func load(_ url: String) -> Entry? {
        guard case .success(let bytes) = LocalFile.read(path(url).file, maxBytes: Int.max) else { return nil }
        // Header lines up to the first empty line.
        var fields: [String: String] = [:]
        var i = 0
        var lineStart = 0
        var bodyStart: Int?
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if i == lineStart {
                    bodyStart = i + 1
                    break
                }
                let line = String(decoding: bytes[lineStart..<i], as: UTF8.self)
                if let colon = line.firstIndex(of: ":") {
                    let value = line[line.index(after: colon)...].drop(while: { $0 == " " })
                    fields[String(line[..<colon])] = String(value)
                }
                lineStart = i + 1
            }
            i += 1
        }
        guard let bodyStart, fields["url"] == url, let finalURL = fields["final_url"], let fetchedAt = fields["fetched_at"]
        else { return nil }
        let fetched = Fetched(
            finalURL: finalURL, status: fields["status"].flatMap { Int($0) }, contentType: fields["content_type"],
            body: Array(bytes[bodyStart...]), etag: fields["etag"], lastModified: fields["last_modified"],
            fetchedAt: fetchedAt)
        return Entry(url: url, fetched: fetched)
    }

    func store(_ url: String, _ f: Fetched) {
        let (dir, file) = path(url)
        if mkdir(dir, 0o755) != 0 && errno != EEXIST { return }
        var text = "art-fetch-cache 1\nurl: \(url)\nfinal_url: \(f.finalURL)\n"
        if let s = f.status { text += "status: \(s)\n" }
        if let c = f.contentType { text += "content_type: \(c)\n" }
        if let e = f.etag { text += "etag: \(e)\n" }
        if let l = f.lastModified { text += "last_modified: \(l)\n" }
        text += "fetched_at: \(f.fetchedAt)\n\n"
        guard !text.dropLast(2).contains("\n\n"), !url.contains("\n") else { return }
        let tmp = file + ".tmp\(getpid()).\(Self.counter.add(1, ordering: .relaxed).newValue)"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var ok = writeAll(fd, Array(text.utf8)) && writeAll(fd, f.body)
        ok = close(fd) == 0 && ok
        if ok { ok = rename(tmp, file) == 0 }
        if !ok { unlink(tmp) }
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}
