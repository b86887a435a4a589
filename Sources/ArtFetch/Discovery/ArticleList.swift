import ArtCore

/// The article records of one input, written as they are found: each URL
/// once (the first sighting wins, so document order is kept), filtered by
/// date and host, and at most `limit` of them.
final class ArticleList {
    let options: DiscoveryOptions
    /// The input's host, for `--same-host`.
    let siteHost: String
    private var seen: Set<String> = []
    /// The records not handed to `early` yet, one JSON line each.
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0
    /// Takes the records written so far, when they pass `earlyBytes`.
    var early: (([UInt8]) -> Void)?
    static let earlyBytes = 256 << 10

    init(options: DiscoveryOptions, siteHost: String) {
        self.options = options
        self.siteHost = siteHost
    }

    var isFull: Bool { options.limit.map { count >= $0 } ?? false }

    /// Adds the article of `entry`, a link of the feed or sitemap `source`.
    /// False once the list is full.
    func add(_ entry: FeedEntry, source: String, links: LinkResolver) -> Bool {
        guard !isFull else { return false }
        guard let link = entry.link, let url = links.resolve(link),
            !options.sameHost || Address.siteHost(url) == siteHost, options.keeps(entry.date),
            seen.insert(url).inserted
        else { return true }
        var fields: [(key: String, value: JSONValue)] = [("url", .string(url)), ("source", .string(source))]
        if let date = entry.date { fields.append(("date", .string(date.iso8601))) }
        if let title = entry.title { fields.append(("title", .string(title))) }
        var writer = JSONWriter(capacity: 160)
        writer.write(.object(fields))
        bytes.append(contentsOf: writer.bytes)
        bytes.append(0x0A)
        count += 1
        if let early, bytes.count >= Self.earlyBytes {
            early(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        return !isFull
    }
}
