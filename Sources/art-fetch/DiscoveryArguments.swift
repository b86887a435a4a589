import ArgumentParser
import ArtFetch

/// `--discover` and the options that choose what it keeps.
struct DiscoveryArguments: ParsableArguments {
    @Flag(help: "Find the article URLs of each input site, page, feed or sitemap (RSS, Atom, sitemaps, robots.txt) instead of fetching it.")
    var discover = false

    @Option(help: ArgumentHelp("With --discover, only articles dated DATE (ISO 8601) or later.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("With --discover, only articles dated DATE (ISO 8601) or earlier (the whole day).", valueName: "date"))
    var until: String?

    @Flag(name: .customLong("same-host"), help: "With --discover, only articles on the input's host.")
    var sameHost = false

    @Option(help: ArgumentHelp("With --discover, at most n articles an input.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if !discover && (since != nil || until != nil || sameHost || limit != nil) {
            throw ValidationError("--since, --until, --same-host and --limit need --discover")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be positive") }
        _ = try options()
    }

    /// The discovery to run, or nil without --discover.
    func options() throws(ValidationError) -> DiscoveryOptions? {
        guard discover else { return nil }
        var d = DiscoveryOptions()
        do { try d.setDates(since: since, until: until) } catch { throw ValidationError(error.description) }
        d.sameHost = sameHost
        d.limit = limit
        return d
    }
}
