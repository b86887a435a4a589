import ArtCore

/// What `art-fetch` is asked to do, free of any argument parser.
public struct FetchOptions: Sendable {
    public var tool = "art-fetch"
    /// Requests in flight at once, over all hosts.
    public var concurrency = 16
    /// Requests in flight at once to one host (scheme, host and port).
    public var perHost = 2
    /// Seconds between the starts of two requests to one host.
    public var delay = 0.0
    /// Seconds to connect, and for the whole of one attempt (redirects included).
    public var timeout = 30.0
    /// Further attempts after a connection error, a 429 or a 5xx.
    public var retries = 2
    /// First backoff in seconds; doubled on each retry, with jitter.
    public var backoff = 0.5
    /// Longest `Retry-After` honoured, in seconds; a longer one ends the retries.
    public var maxRetryAfter = 60.0
    /// Bodies larger than this (after decompression) fail with `too_large`.
    public var maxBytes = 10 << 20
    /// Largest decompressed/compressed ratio accepted (gzip bombs).
    public var maxCompressionRatio = 100
    public var maxRedirects = 10
    public var userAgent = "art-fetch/\(artVersion)"
    public var robots = false
    public var unordered = false
    public var anyType = false
    public var cacheDirectory: String?
    public var revalidate = false
    /// `--discover`: each input names a site, page, feed or sitemap, and
    /// gives the records of the articles found there (robots.txt obeyed).
    public var discovery: DiscoveryOptions?
    /// Records held for reordering at most (bounds memory).
    public var window = 0
    /// Bytes of completed records held for reordering at most: no new
    /// request starts while more wait for an earlier one.
    public var windowBytes = 256 << 20

    public init() {}

    /// The reorder window actually used.
    var effectiveWindow: Int { window > 0 ? window : max(256, concurrency * 8) }
}
