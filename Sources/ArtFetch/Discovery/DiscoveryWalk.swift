import ArtCore

/// The discovery of one input (a site, a page, a feed or a sitemap): its
/// feeds and sitemaps read in a fixed order, every request through the
/// `Fetcher`, so robots.txt, politeness, retries and the cache apply.
///
/// 1. The input itself: a feed or sitemap is read and that is all; a page
///    gives the feeds its head links to.
/// 2. For a web page, the site's feeds: the linked ones, or if it links
///    none, the usual paths (`/feed`, `/rss`, ...).
/// 3. The sitemaps robots.txt lists, or `/sitemap.xml`; a sitemap index's
///    sitemaps in order, recursively (at most `maxDepth` deep and
///    `maxSitemaps` in all).
///
/// What a named source (a link, a `Sitemap:` line, an index entry) fails
/// with becomes an `errors` entry; a guessed path that is missing is not
/// an error.
final class DiscoveryWalk {
    let fetcher: Fetcher
    let options: DiscoveryOptions
    let tool: String
    let articles: ArticleList
    private(set) var errors: [RecordError] = []
    /// Feeds and sitemaps asked for, so that none is read twice.
    private var visited: Set<String> = []
    /// Feeds and sitemaps read (well-formed or not).
    private var sourcesRead = 0
    private var sitemapsFetched = 0

    static let feedPaths = ["/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml"]

    init(fetcher: Fetcher, options: DiscoveryOptions, tool: String, input: String) {
        self.fetcher = fetcher
        self.options = options
        self.tool = tool
        articles = ArticleList(options: options, siteHost: Address.siteHost(Address.start(input)))
    }

    /// A source and how sure we are that it exists.
    struct Source {
        var address: String
        /// Named by a link, a robots.txt line or an index: failures are reported.
        var named: Bool
        var depth = 0
    }

    func run(_ input: String) async {
        let start = Address.start(input)
        visited.insert(start)
        var links: [String] = []
        // The site is where the start page is, after its redirects.
        var site = start
        switch await fetcher.fetch(start) {
        case .failure(let kind, let message, _):
            report(kind, message)
            // A site that cannot be reached has no feeds to try either.
            if kind != "http_status" { return }
        case .success(let page):
            let base = Self.base(of: start, page)
            site = base
            if Self.looksLikeHTML(page.body) {
                let found = PageFeedLinks.find(in: page.body, contentType: page.contentType)
                let linkBase = found.base.flatMap { Address.resolve($0, against: base) } ?? base
                links = found.hrefs.compactMap { Address.resolve($0, against: linkBase) }
            } else if await read(page, as: Source(address: start, named: true)) {
                return
            }
        }
        await readFeeds(links, site: site)
        if let site = Address.webURL(site) { await readSitemaps(site) }
        if sourcesRead == 0 && errors.isEmpty {
            report("not_found", "no feed or sitemap found for \(start)")
        }
    }

    private func readFeeds(_ links: [String], site: String) async {
        if !links.isEmpty {
            for link in links { await fetchAndRead(Source(address: link, named: true)) }
        } else if let site = Address.webURL(site) {
            for path in Self.feedPaths {
                guard let url = try? site.resolving(path) else { continue }
                await fetchAndRead(Source(address: url.description, named: false))
            }
        }
    }

    private func readSitemaps(_ site: WebURL) async {
        let listed = await fetcher.robotsRules(site).sitemaps.compactMap { Address.resolve($0, against: site.description) }
        if listed.isEmpty, let url = try? site.resolving("/sitemap.xml") {
            await fetchAndRead(Source(address: url.description, named: false))
        }
        for sitemap in listed { await fetchAndRead(Source(address: sitemap, named: true)) }
    }

    private func fetchAndRead(_ source: Source) async {
        guard !articles.isFull, visited.insert(source.address).inserted else { return }
        await handle(await fetcher.fetch(source.address), source)
    }

    private func handle(_ result: FetchResult, _ source: Source) async {
        switch result {
        case .failure(let kind, let message, _):
            // A guessed path may well be missing, or closed to robots.
            if source.named || !["http_status", "robots"].contains(kind) { report(kind, message) }
        case .success(let document):
            if Self.looksLikeHTML(document.body) {
                if source.named { report("malformed", "\(source.address) is an HTML page, not a feed or sitemap") }
                return
            }
            _ = await read(document, as: source)
        }
    }

    /// Reads a fetched document as a feed or sitemap; false when it is neither.
    private func read(_ document: Fetched, as source: Source) async -> Bool {
        let links = LinkResolver(base: Self.base(of: source.address, document))
        var children: [String] = []
        var tooMany = false
        let reader = FeedReader()
        reader.onArticle = { [articles] entry in articles.add(entry, source: source.address, links: links) }
        reader.onSitemap = { [options] entry in
            guard let link = entry.link, let child = links.resolve(link) else { return true }
            if children.count >= options.maxSitemaps {
                tooMany = true
                return false
            }
            children.append(child)
            return true
        }
        let failure = parse(document.body, with: reader, source: source.address)
        guard let kind = reader.kind, kind.isFeedOrSitemap else {
            if let failure, source.named { report("malformed", failure) }
            else if source.named, case .other(let root) = reader.kind {
                report("malformed", "\(source.address) is not a feed or sitemap (its root element is <\(root)>)")
            }
            return false
        }
        sourcesRead += 1
        if let failure { report("malformed", failure) }
        if tooMany { report("too_large", "\(source.address) lists more than \(options.maxSitemaps) sitemaps") }
        if kind == .sitemapIndex { await readChildren(children, of: source) }
        return true
    }

    /// Parses `body`, gzipped or not; returns the error, if any.
    private func parse(_ body: [UInt8], with reader: FeedReader, source: String) -> String? {
        guard Gunzip.isGzip(body) else {
            return XMLStream.parse(body, with: reader).map { "\(source): line \($0.line): \($0.message)" }
        }
        let stream = XMLStream(reader)
        let limit = fetcher.options.maxBytes
        let inflated = Gunzip.inflate(body, limit: limit) { stream.feed($0) }
        switch inflated {
        case .corrupt(let message): return "\(source): \(message)"
        case .tooLarge: return "\(source) inflates to more than --max-bytes \(limit) bytes"
        case nil: return stream.finish().map { "\(source): line \($0.line): \($0.message)" }
        }
    }

    /// The sitemaps of an index, in order, a few fetched ahead.
    private func readChildren(_ children: [String], of index: Source) async {
        guard index.depth < options.maxDepth else {
            report("too_large", "\(index.address): sitemap indexes nested more than \(options.maxDepth) deep")
            return
        }
        let fresh = children.filter { visited.insert($0).inserted }
        let ahead = max(1, fetcher.options.perHost)
        var pending: [(String, Task<FetchResult, Never>)] = []
        var next = 0
        while !articles.isFull && (next < fresh.count || !pending.isEmpty) {
            while pending.count < ahead && next < fresh.count {
                guard sitemapsFetched < options.maxSitemaps else {
                    report("too_large", "more than \(options.maxSitemaps) sitemaps for one input")
                    next = fresh.count
                    break
                }
                sitemapsFetched += 1
                let (fetcher, url) = (fetcher, fresh[next])
                pending.append((url, Task { await fetcher.fetch(url) }))
                next += 1
            }
            guard !pending.isEmpty else { break }
            let (url, task) = pending.removeFirst()
            await handle(await task.value, Source(address: url, named: true, depth: index.depth + 1))
        }
    }

    private func report(_ kind: String, _ message: String) {
        errors.append(RecordError(tool: tool, kind: kind, message: message))
    }

    /// What the links of a document are relative to: the URL it came from
    /// after redirects, or for a local file the path as given.
    static func base(of address: String, _ document: Fetched) -> String {
        WebURL.schemeEnd(Array(address.utf8)) == nil ? address : document.finalURL
    }

    /// A page rather than XML: `<!doctype html` or `<html` before any other tag.
    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        guard !Gunzip.isGzip(body) else { return false }
        var i = 0
        while i < min(body.count, 2048) {
            if body[i] == UInt8(ascii: "<") {
                let head = String(decoding: body[(i + 1)..<min(body.count, i + 15)], as: UTF8.self).lowercased()
                if head.hasPrefix("!doctype html") || head.hasPrefix("html") { return true }
                if !head.hasPrefix("?") && !head.hasPrefix("!") { return false }
            }
            i += 1
        }
        return false
    }
}

extension DiscoveryWalk {
    /// The output lines for one input record: a record for each article
    /// found, then, when anything failed, the input record with an `errors`
    /// entry for each failure (art(7), Bad input and failures). A large site's
    /// articles go to `early` as they are found, so that memory holds a few
    /// of them, not the whole site.
    static func output(
        for record: Record, url: String, _ fetcher: Fetcher, _ options: DiscoveryOptions, tool: String,
        early: (([UInt8]) -> Void)? = nil
    ) async -> (bytes: [UInt8], failed: Bool) {
        let walk = DiscoveryWalk(fetcher: fetcher, options: options, tool: tool, input: url)
        walk.articles.early = early
        await walk.run(url)
        var out = walk.articles.bytes
        guard !walk.errors.isEmpty else { return (out, false) }
        var update = RecordUpdate()
        update.errors = walk.errors
        record.write(update, to: &out)
        return (out, true)
    }
}
