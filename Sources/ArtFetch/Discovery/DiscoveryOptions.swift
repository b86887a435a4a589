/// What `art-fetch --discover` keeps of the articles it finds, and how far
/// it walks a site.
public struct DiscoveryOptions: Sendable {
    /// Articles dated at or after this instant (seconds since the epoch).
    public var since: Int?
    /// Articles dated before this instant: the end of the `--until` day.
    public var until: Int?
    /// Only articles on the input's host (a leading `www.` aside).
    public var sameHost = false
    /// At most this many articles an input.
    public var limit: Int?
    /// Sitemaps read at most for one input, sitemap indexes included.
    public var maxSitemaps = 10_000
    /// Sitemap indexes nested at most this deep (the protocol allows one).
    public var maxDepth = 4

    public init() {}

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads `--since` and `--until`: a date or a date and time in ISO 8601;
    /// `--until` counts its whole day (or month, year).
    public mutating func setDates(since: String?, until: String?) throws(Invalid) {
        if let since {
            guard let d = FeedDate(since), FeedDate.w3c(Array(since.utf8)) != nil else {
                throw Invalid(description: "--since: \"\(since)\" is not a date such as 2024-03-05 or 2024-03-05T09:30:00Z")
            }
            self.since = d.seconds
        }
        if let until {
            guard let d = FeedDate(until), FeedDate.w3c(Array(until.utf8)) != nil else {
                throw Invalid(description: "--until: \"\(until)\" is not a date such as 2024-03-05 or 2024-03-05T09:30:00Z")
            }
            self.until = d.endSeconds
        }
    }

    /// Whether an article of this date is kept; undated articles are kept
    /// only when no date bounds are given.
    func keeps(_ date: FeedDate?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let date else { return false }
        let t = date.seconds
        return t >= (since ?? .min) && t < (until ?? .max)
    }
}
