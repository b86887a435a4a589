/// A parsed absolute URL, enough for fetching: scheme, host, port, and the
/// request target. Parsing follows RFC 3986 (with the lenience browsers
/// show: spaces and non-ASCII characters in paths are percent-encoded).
public struct WebURL: Sendable, Hashable, CustomStringConvertible {
    /// Lower-case scheme: `http`, `https`, `file`...
    public var scheme: String
    public var userinfo: String?
    /// Lower-case host; IPv6 addresses keep their brackets.
    public var host: String
    public var port: Int?
    /// Path (starting with `/` for hierarchical URLs), query with `?`, no fragment.
    public var path: String
    public var query: String?

    public var effectivePort: Int {
        port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : 0)
    }

    /// `scheme://host[:port]`, the unit of politeness.
    public var origin: String {
        var s = scheme + "://" + host
        if let port, port != (scheme == "https" ? 443 : 80) { s += ":\(port)" }
        return s
    }

    /// The URL without its fragment.
    public var description: String {
        var s = scheme + ":"
        if scheme != "mailto" || !host.isEmpty {
            s += "//"
            if let userinfo { s += userinfo + "@" }
            s += host
            if let port { s += ":\(port)" }
        }
        s += path
        if let query { s += "?" + query }
        return s
    }

    /// Path and query, for the request line.
    public var requestTarget: String {
        (path.isEmpty ? "/" : path) + (query.map { "?" + $0 } ?? "")
    }

    public enum ParseError: Error, CustomStringConvertible {
        case empty, noScheme, badHost(String), badPort(String), badCharacter
        public var description: String {
            switch self {
            case .empty: return "empty URL"
            case .noScheme: return "no scheme"
            case .badHost(let h): return "invalid host \"\(h)\""
            case .badPort(let p): return "invalid port \"\(p)\""
            case .badCharacter: return "invalid character in URL"
            }
        }
    }

    /// Parses an absolute URL.
    public init(parsing text: String) throws(ParseError) {
        let bytes = Array(Self.trimmed(text).utf8)
        guard !bytes.isEmpty else { throw .empty }
        guard let colon = Self.schemeEnd(bytes) else { throw .noScheme }
        try self.init(scheme: String(decoding: bytes[..<colon], as: UTF8.self).lowercased(), rest: bytes[(colon + 1)...])
    }

    private init(scheme: String, rest: ArraySlice<UInt8>) throws(ParseError) {
        self.scheme = scheme
        var rest = rest
        // Drop the fragment.
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        // Backslashes count as slashes in http(s) URLs, as browsers do.
        if scheme == "http" || scheme == "https" {
            rest = ArraySlice(rest.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 })
        }
        var authority: ArraySlice<UInt8> = []
        var hasAuthority = false
        if rest.starts(with: [0x2F, 0x2F]) {
            hasAuthority = true
            rest = rest.dropFirst(2)
            let end =
                rest.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? rest.endIndex
            authority = rest[..<end]
            rest = rest[end...]
        }
        var userinfo: String?
        var host = ""
        var port: Int?
        if hasAuthority {
            if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
                userinfo = String(decoding: authority[..<at], as: UTF8.self)
                authority = authority[(at + 1)...]
            }
            var hostPart = authority
            if authority.first == UInt8(ascii: "[") {
                guard let close = authority.firstIndex(of: UInt8(ascii: "]")) else {
                    throw .badHost(String(decoding: authority, as: UTF8.self))
                }
                hostPart = authority[...close]
                let after = authority[(close + 1)...]
                if !after.isEmpty {
                    guard after.first == UInt8(ascii: ":") else { throw .badHost(String(decoding: authority, as: UTF8.self)) }
                    port = try Self.parsePort(after.dropFirst())
                }
            } else if let c = authority.lastIndex(of: UInt8(ascii: ":")) {
                hostPart = authority[..<c]
                port = try Self.parsePort(authority[(c + 1)...])
            }
            host = String(decoding: hostPart, as: UTF8.self).lowercased()
            if scheme == "http" || scheme == "https" {
                guard !host.isEmpty else { throw .badHost(host) }
                for c in hostPart {
                    let ok =
                        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                        || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_")
                        || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: ":")
                    guard ok else { throw .badHost(host) }
                }
                guard !host.hasPrefix("."), !host.contains("..") else { throw .badHost(host) }
            }
        }
        var path = rest
        var query: String?
        if let q = rest.firstIndex(of: UInt8(ascii: "?")) {
            path = rest[..<q]
            query = Self.percentEncode(rest[(q + 1)...], keepSlash: true)
        }
        var pathString = Self.percentEncode(path, keepSlash: true)
        if hasAuthority && pathString.isEmpty && (scheme == "http" || scheme == "https" || scheme == "file") {
            pathString = "/"
        }
        if pathString.hasPrefix("/") { pathString = Self.removeDotSegments(pathString) }
        self.userinfo = userinfo
        self.host = host
        self.port = port
        self.path = pathString
        self.query = query
    }

    /// Resolves a reference (a `Location` header, a link) against this URL.
    public func resolving(_ reference: String) throws(ParseError) -> WebURL {
        let bytes = Array(Self.trimmed(reference).utf8)
        if let colon = Self.schemeEnd(bytes) {
            return try WebURL(scheme: String(decoding: bytes[..<colon], as: UTF8.self).lowercased(), rest: bytes[(colon + 1)...])
        }
        var ref = bytes[...]
        if scheme == "http" || scheme == "https" {
            ref = ArraySlice(ref.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 })
        }
        if let hash = ref.firstIndex(of: UInt8(ascii: "#")) { ref = ref[..<hash] }
        if ref.starts(with: [0x2F, 0x2F]) {
            return try WebURL(scheme: scheme, rest: ref)
        }
        var result = self
        if ref.isEmpty { return result }
        var refPath = ref
        var refQuery: ArraySlice<UInt8>?
        if let q = ref.firstIndex(of: UInt8(ascii: "?")) {
            refPath = ref[..<q]
            refQuery = ref[(q + 1)...]
        }
        if refPath.isEmpty {
            if let refQuery { result.query = Self.percentEncode(refQuery, keepSlash: true) }
            return result
        }
        let encoded = Self.percentEncode(refPath, keepSlash: true)
        if encoded.hasPrefix("/") {
            result.path = Self.removeDotSegments(encoded)
        } else {
            var base = path.isEmpty ? "/" : path
            if let slash = base.lastIndex(of: "/") { base = String(base[...slash]) } else { base = "/" }
            result.path = Self.removeDotSegments(base + encoded)
        }
        result.query = refQuery.map { Self.percentEncode($0, keepSlash: true) }
        return result
    }

    // MARK: Helpers

    static func trimmed(_ s: String) -> Substring {
        var sub = Substring(s)
        while let f = sub.unicodeScalars.first, f.value <= 0x20 { sub = sub.dropFirst() }
        while let l = sub.unicodeScalars.last, l.value <= 0x20 { sub = sub.dropLast() }
        return sub
    }

    /// The index of the colon that ends a scheme, if the text starts with one.
    static func schemeEnd(_ b: [UInt8]) -> Int? {
        guard let first = b.first, (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A else { return nil }
        for (i, c) in b.enumerated().dropFirst() {
            if c == UInt8(ascii: ":") { return i }
            let ok =
                ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "+")
                || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
            if !ok { return nil }
        }
        return nil
    }

    static func parsePort(_ p: ArraySlice<UInt8>) throws(ParseError) -> Int? {
        if p.isEmpty { return nil }
        guard p.count <= 5, p.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(String(decoding: p, as: UTF8.self)),
            n <= 65535
        else { throw .badPort(String(decoding: p, as: UTF8.self)) }
        return n
    }

    /// Percent-encodes spaces, controls, non-ASCII bytes and characters not
    /// allowed in URLs; keeps existing escapes.
    static func percentEncode(_ b: ArraySlice<UInt8>, keepSlash: Bool) -> String {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        for c in b {
            if c <= 0x20 || c >= 0x7F || c == UInt8(ascii: "\"") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">")
                || c == UInt8(ascii: "`") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}") || c == UInt8(ascii: "|")
                || c == UInt8(ascii: "^")
            {
                out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 15)]]
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var out: [Substring] = []
        var trailingSlash = false
        for (i, s) in segments.enumerated() {
            let last = i == segments.count - 1
            switch s {
            case ".":
                trailingSlash = last
            case "..":
                if !out.isEmpty { out.removeLast() }
                trailingSlash = last
            default:
                out.append(s)
                trailingSlash = false
            }
        }
        var result = "/" + out.joined(separator: "/")
        if trailingSlash && !result.hasSuffix("/") { result += "/" }
        return result
    }
}
