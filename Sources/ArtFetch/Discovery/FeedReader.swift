/// One entry of a feed or a sitemap: an article (an RSS item, an Atom
/// entry, a sitemap `url`) or, in a sitemap index, a sitemap.
struct FeedEntry: Equatable {
    /// The address as written (relative ones are resolved by the caller).
    var link: String?
    var date: FeedDate?
    var title: String?
}

/// What a document turned out to be, from its root element.
enum FeedKind: Equatable {
    case rss, atom, sitemap, sitemapIndex
    /// Not a feed or sitemap: the root element's name.
    case other(String)

    var isFeedOrSitemap: Bool {
        if case .other = self { return false }
        return true
    }
}

/// Reads RSS 2.0, RSS 1.0 (RDF), Atom, sitemaps, sitemap indexes and
/// Google News sitemaps from `XMLStream`'s events, handing each entry to
/// `onArticle` (or, in a sitemap index, `onSitemap`) as soon as it ends, in
/// document order; false from either stops the reading.
final class FeedReader: XMLEventHandler {
    private(set) var kind: FeedKind?
    var onArticle: (FeedEntry) -> Bool = { _ in true }
    var onSitemap: (FeedEntry) -> Bool = { _ in true }
    private(set) var wantsMore = true

    /// The namespace of the elements that make entries and their main fields.
    private var mainNamespace: String?
    private var depth = 0
    /// The depth of the entry being read, and what it has so far.
    private var entryDepth: Int?
    private var entry = FeedEntry()
    private var dateRank = Int.max
    /// An RSS `guid` that is a URL, and its `isPermaLink`.
    private var guidLink: String?
    private var permalink: String?
    /// The field whose text is being collected, and from what depth.
    private var field: Field?
    private var fieldDepth = 0
    private var textBytes: [UInt8] = []

    static let rss1 = "http://purl.org/rss/1.0/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// The fields read, with the rank of each date source (lower wins:
    /// a news sitemap's publication date over `lastmod`, Atom's
    /// `published` over `updated`).
    enum Field {
        case link, guid, title, newsTitle, date(rank: Int)
    }

    func start(_ name: String, namespace: String?, prefix: String?, attributes: [String: String]) {
        depth += 1
        guard let kind else { return root(name, namespace: namespace) }
        guard let entryDepth else {
            if namespace == mainNamespace, name == Self.entryElement(kind) {
                entryDepth = depth
                entry = FeedEntry()
                dateRank = .max
                permalink = nil
                guidLink = nil
            }
            return
        }
        guard field == nil, depth > entryDepth else { return }
        if kind == .atom, name == "link", namespace == mainNamespace {
            // The entry's own page: rel alternate, or no rel at all.
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate", entry.link == nil, let href = attributes["href"] { entry.link = href }
            return
        }
        // An undeclared prefix comes as part of the name.
        var (name, prefix) = (name, prefix)
        if namespace == nil, prefix == nil, let colon = name.firstIndex(of: ":") {
            (name, prefix) = (String(name[name.index(after: colon)...]), String(name[..<colon]))
        }
        guard let f = Self.field(name, namespace: namespace, prefix: prefix, main: mainNamespace, kind: kind) else {
            return
        }
        if case .guid = f { permalink = attributes["isPermaLink"] }
        field = f
        fieldDepth = depth
        textBytes.removeAll(keepingCapacity: true)
    }

    func end(_ name: String, namespace: String?, prefix: String?) {
        defer { depth -= 1 }
        if let f = field, depth == fieldDepth {
            field = nil
            store(f, Self.collapsed(textBytes))
        }
        if let entryDepth, depth == entryDepth {
            self.entryDepth = nil
            if entry.link == nil, permalink?.lowercased() != "false", let guid = guidLink { entry.link = guid }
            if !(kind == .sitemapIndex ? onSitemap(entry) : onArticle(entry)) { wantsMore = false }
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if field != nil { textBytes.append(contentsOf: bytes) }
    }

    private func store(_ f: Field, _ value: String) {
        guard !value.isEmpty else { return }
        switch f {
        case .link: if entry.link == nil { entry.link = value }
        case .guid: guidLink = permalink?.lowercased() == "true" || value.contains("://") ? value : nil
        case .title: if entry.title == nil { entry.title = value }
        case .newsTitle: entry.title = value
        case .date(let rank):
            if rank < dateRank, let d = FeedDate(value) {
                entry.date = d
                dateRank = rank
            }
        }
    }

    private func root(_ name: String, namespace: String?) {
        switch name {
        case "rss": kind = .rss
        case "RDF":
            kind = .rss
            mainNamespace = Self.rss1
            return
        case "feed": kind = .atom
        case "urlset": kind = .sitemap
        case "sitemapindex": kind = .sitemapIndex
        default:
            kind = .other(name)
            wantsMore = false
        }
        mainNamespace = namespace
    }

    static func entryElement(_ kind: FeedKind) -> String {
        switch kind {
        case .rss: return "item"
        case .atom: return "entry"
        case .sitemap: return "url"
        case .sitemapIndex: return "sitemap"
        case .other: return ""
        }
    }

    static func field(_ name: String, namespace: String?, prefix: String?, main: String?, kind: FeedKind) -> Field? {
        if namespace == main {
            switch (kind, name) {
            case (.rss, "link"), (.sitemap, "loc"), (.sitemapIndex, "loc"): return .link
            case (.rss, "guid"): return .guid
            case (.rss, "title"), (.atom, "title"): return .title
            case (.atom, "published"), (.atom, "issued"): return .date(rank: 1)
            case (.rss, "pubDate"): return .date(rank: 1)
            case (.atom, "updated"), (.atom, "modified"), (.sitemap, "lastmod"), (.sitemapIndex, "lastmod"):
                return .date(rank: 3)
            default: break
            }
        }
        if name == "date", namespace == dublinCore { return .date(rank: 2) }
        // Google News: publication_date and title in its namespace (or
        // under the usual prefix when the namespace was not declared).
        let news = namespace?.contains("sitemap-news") == true || (namespace == nil && prefix == "news")
        guard news, kind == .sitemap else { return nil }
        if name == "publication_date" { return .date(rank: 0) }
        if name == "title" { return .newsTitle }
        return nil
    }

    /// Text with runs of white space made one space, trimmed.
    static func collapsed(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
