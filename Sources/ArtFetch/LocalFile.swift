import ArtCore

/// Reads `file://` URLs and local paths.
enum LocalFile {
    /// The path of a `file://` URL (percent-escapes decoded), or nil.
    static func path(ofFileURL url: WebURL) -> String? {
        guard url.scheme == "file", url.host.isEmpty || url.host == "localhost" else { return nil }
        return percentDecode(url.path)
    }

    static func percentDecode(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var out: [UInt8] = []
        let b = Array(s.utf8)
        var i = 0
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x41...0x46: return c - 0x37
            case 0x61...0x66: return c - 0x57
            default: return nil
            }
        }
        while i < b.count {
            if b[i] == UInt8(ascii: "%"), i + 2 < b.count, let h = hex(b[i + 1]), let l = hex(b[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `file:///abs/path` for a local path.
    static func fileURL(forPath path: String) -> String {
        var absolute = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                let cwd = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                absolute = (cwd.hasSuffix("/") ? cwd : cwd + "/") + path
            }
        }
        return "file://" + WebURL.removeDotSegments(WebURL.percentEncode(ArraySlice(absolute.utf8), keepSlash: true))
    }

    enum ReadError: Error {
        case system(String)
        case tooLarge(Int)
    }

    /// Reads at most `maxBytes` bytes.
    static func read(_ path: String, maxBytes: Int) -> Result<[UInt8], ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system("cannot open \(path): \(errnoDescription())")) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.system("\(path) is a directory")) }
            if Int(st.st_size) > maxBytes { return .failure(.tooLarge(Int(st.st_size))) }
        }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Platform.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system("cannot read \(path): \(errnoDescription())"))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[..<n])
            if out.count > maxBytes { return .failure(.tooLarge(out.count)) }
        }
        return .success(out)
    }

    /// A content type from the file name's extension; nil to sniff.
    static func contentType(forPath path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm", "shtml": return "text/html"
        case "xhtml", "xht": return "application/xhtml+xml"
        case "txt", "text", "md": return "text/plain"
        case "json", "jsonl": return "application/json"
        case "xml": return "application/xml"
        case "pdf": return "application/pdf"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "gz": return "application/gzip"
        case "zip": return "application/zip"
        default: return nil
        }
    }
}
