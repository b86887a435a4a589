import ArtCore

/// The addresses discovery deals in: inputs, feed and sitemap URLs, and
/// the links inside them. Links of a local feed stay local paths, so that
/// a feed read from `dir/feed.xml` names `dir/pages/a.html`.
enum Address {
    /// Where discovery of an input starts: a URL as given, an existing
    /// local file, or else a bare site name (`example.com`) over https.
    static func start(_ input: String) -> String {
        let text = String(WebURL.trimmed(input))
        if WebURL.schemeEnd(Array(text.utf8)) != nil || access(text, F_OK) == 0 { return text }
        let host = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let looksLikeHost =
            host.contains(".") && !host.hasPrefix(".")
            && host.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-.:".unicodeScalars.contains($0) }
        return looksLikeHost ? "https://" + text : text
    }

    /// `reference` made absolute against `base`; nil for anything but an
    /// http(s) or file URL or a local path.
    static func resolve(_ reference: String, against base: String) -> String? {
        LinkResolver(base: base).resolve(reference)
    }

    /// Whether `address` is an http(s) URL, whose site has a robots.txt and
    /// the usual feed paths.
    static func webURL(_ address: String) -> WebURL? {
        guard let url = try? WebURL(parsing: address), url.scheme == "http" || url.scheme == "https" else { return nil }
        return url
    }

    /// The host `--same-host` compares: lower case, without `www.`; empty
    /// for local files.
    static func siteHost(_ address: String) -> String {
        guard let url = webURL(address) else { return "" }
        return url.host.hasPrefix("www.") ? String(url.host.dropFirst(4)) : url.host
    }
}

/// Resolves the links of one document against its address, parsed once.
struct LinkResolver {
    let base: String
    /// The base as a URL; nil for a local path.
    let baseURL: WebURL?

    init(base: String) {
        self.base = base
        baseURL = WebURL.schemeEnd(Array(base.utf8)) != nil ? try? WebURL(parsing: base) : nil
    }

    /// `reference` made absolute; nil for anything but an http(s) or file
    /// URL or a local path.
    func resolve(_ reference: String) -> String? {
        let ref = WebURL.trimmed(reference)
        guard !ref.isEmpty else { return nil }
        let refBytes = Array(ref.utf8)
        if Self.isPlainWebURL(refBytes) { return String(ref) }
        if baseURL != nil || WebURL.schemeEnd(refBytes) != nil {
            guard let start = baseURL ?? (try? WebURL(parsing: String(ref))),
                let url = try? start.resolving(String(ref)), ["http", "https", "file"].contains(url.scheme)
            else { return nil }
            return url.description
        }
        if ref.hasPrefix("/") { return String(ref) }
        // A local path: the reference is relative to the feed's folder.
        let folder = base.lastIndex(of: "/").map { String(base[...$0]) } ?? ""
        return String(WebURL.removeDotSegments("/" + folder + ref).dropFirst())
    }

    /// An absolute http(s) URL already as `WebURL` would write it (lower-case
    /// host, a path, nothing to escape or remove): most links of a sitemap,
    /// taken as they are without parsing.
    static func isPlainWebURL(_ b: [UInt8]) -> Bool {
        let secure = b.starts(with: "https://".utf8)
        guard secure || b.starts(with: "http://".utf8) else { return false }
        var i = secure ? 8 : 7
        let hostStart = i
        while i < b.count, b[i] != UInt8(ascii: "/") {
            let c = b[i]
            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E else { return false }
            i += 1
        }
        guard i > hostStart, i < b.count else { return false }
        var previous: UInt8 = 0
        while i < b.count {
            let c = b[i]
            let plain = c > 0x20 && c < 0x7F && !Self.escaped.contains(c)
            // "/." may start a dot segment: leave those to the parser.
            guard plain, !(previous == 0x2F && c == 0x2E) else { return false }
            previous = c
            i += 1
        }
        return true
    }

    /// What `WebURL` escapes, changes or drops in a path or query.
    static let escaped: Set<UInt8> = Set("\"<>\\^`{|}#".utf8)
}
