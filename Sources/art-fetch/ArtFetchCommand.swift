import ArgumentParser
import ArtCLI
import ArtCore
import ArtFetch

@main
struct ArtFetchCommand: FilterCommand {
    static let configuration = CommandConfiguration(
        commandName: "art-fetch",
        abstract: "Fetch the page of each record's url (or each bare URL line) over HTTP(S) or from local files.",
        version: versionString("art-fetch"))

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("Requests in flight at once, over all hosts.", valueName: "n"))
    var concurrency = 16

    @Option(name: .customLong("per-host"), help: ArgumentHelp("Requests in flight at once to one host.", valueName: "n"))
    var perHost = 2

    @Option(help: ArgumentHelp("Seconds between the starts of two requests to one host.", valueName: "seconds"))
    var delay = 0.0

    @Option(help: ArgumentHelp("Seconds allowed to connect, and for a whole request with its redirects.", valueName: "seconds"))
    var timeout = 30.0

    @Option(help: ArgumentHelp("Retries after a connection error, a 429 or a 5xx status (exponential backoff with jitter; Retry-After honoured).", valueName: "n"))
    var retries = 2

    @Option(name: .customLong("max-bytes"), help: ArgumentHelp("Largest body accepted, after decompression (default 10 MB; 50 MB, the sitemap limit, with --discover); larger ones fail with kind too_large.", valueName: "n"))
    var maxBytes: Int?

    @Option(name: .customLong("user-agent"), help: ArgumentHelp("The User-Agent header (default art-fetch/<version>).", valueName: "string"))
    var userAgent: String?

    @Flag(help: "Obey each host's robots.txt (fetched once per host); disallowed pages fail with kind robots.")
    var robots = false

    @Flag(help: "Write records as their pages complete instead of in input order.")
    var unordered = false

    @Flag(name: .customLong("any-type"), help: "Keep bodies of any content type (HTML-like types in html, others in text).")
    var anyType = false

    @Option(help: ArgumentHelp("Store responses in DIR and serve later runs from it.", valueName: "dir"))
    var cache: String?

    @Flag(help: "With --cache, revalidate cached pages with ETag/Last-Modified instead of serving them as they are.")
    var revalidate = false

    @Option(name: .customLong("warc"), parsing: .upToNextOption, help: ArgumentHelp("Read the HTTP responses of WARC files (.warc or .warc.gz) instead of fetching.", valueName: "file"))
    var warc: [String] = []

    @OptionGroup(title: "Discovery") var discovery: DiscoveryArguments

    @Option(name: [.short, .customLong("jobs")], help: ArgumentHelp("With --warc, inflate and convert records on N threads (the output keeps the file order).", valueName: "n"))
    var jobs = 1

    func validate() throws {
        guard concurrency >= 1 && concurrency <= 4096 else { throw ValidationError("--concurrency must be between 1 and 4096") }
        guard perHost >= 1 && perHost <= 1024 else { throw ValidationError("--per-host must be between 1 and 1024") }
        guard delay >= 0 && delay <= 3600 else { throw ValidationError("--delay must be between 0 and 3600 seconds") }
        guard timeout > 0 && timeout <= 86400 else { throw ValidationError("--timeout must be positive") }
        guard retries >= 0 && retries <= 100 else { throw ValidationError("--retries must be between 0 and 100") }
        guard maxBytes ?? 1 > 0 else { throw ValidationError("--max-bytes must be positive") }
        if revalidate && cache == nil { throw ValidationError("--revalidate needs --cache DIR") }
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        if !warc.isEmpty && !common.files.isEmpty {
            throw ValidationError("--warc reads WARC files instead of records: give no other input files")
        }
        if discovery.discover && !warc.isEmpty { throw ValidationError("--discover and --warc cannot be given together") }
    }

    mutating func execute() -> ExitStatus {
        var runner = common.runnerOptions(tool: "art-fetch", progressByDefault: Platform.isTerminal(2))
        runner.bareLineField = "url"
        var options = FetchOptions()
        options.concurrency = concurrency
        options.perHost = perHost
        options.delay = delay
        options.timeout = timeout
        options.retries = retries
        options.maxBytes = maxBytes ?? (discovery.discover ? 50 << 20 : 10 << 20)
        options.discovery = try? discovery.options()
        if let userAgent { options.userAgent = userAgent }
        options.robots = robots
        options.unordered = unordered
        options.anyType = anyType
        options.cacheDirectory = cache
        options.revalidate = revalidate
        if !warc.isEmpty {
            runner.jobs = jobs
            return WARCRun.run(files: warc, options: options, runner: runner)
        }
        return FetchRun.run(options: options, runner: runner)
    }
}
