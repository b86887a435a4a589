import ArtCore
import AsyncHTTPClient
import NIOConcurrencyHelpers
import NIOCore

/// Fetches one URL or local path: politeness, robots.txt, the cache,
/// redirects, retries, size limits, and the error kinds of the contract.
public final class Fetcher: Sendable {
    let options: FetchOptions
    let client: HTTPClient
    let gate: Gate
    let cache: ResponseCache?
    // Locks from NIO (pthread mutexes, which ThreadSanitizer understands).
    private let robots = NIOLockedValueBox<[String: Task<RobotsRules, Never>]>([:])
    /// Fetches in progress by URL: a URL listed again while its first fetch
    /// runs shares that fetch instead of asking the server twice.
    private let inFlight = NIOLockedValueBox<[String: Task<FetchResult, Never>]>([:])

    public struct SetupError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(options: FetchOptions) throws(SetupError) {
        self.options = options
        if let dir = options.cacheDirectory {
            do { cache = try ResponseCache(directory: dir) } catch { throw SetupError(description: error.description) }
        } else {
            cache = nil
        }
        var config = HTTPClient.Configuration()
        config.redirectConfiguration = .disallow  // followed here, to apply the scheme and loop rules
        let ms = Int64(max(options.timeout, 0.001) * 1000)
        config.timeout = HTTPClient.Configuration.Timeout(connect: .milliseconds(ms), read: .milliseconds(ms))
        config.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, min(options.perHost, options.concurrency))
        // Refused connections fail at once; retries are ours.
        config.connectionPool.retryConnectionEstablishment = false
        config.decompression = .enabled(limit: .ratio(options.maxCompressionRatio))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
        gate = Gate(concurrency: options.concurrency, perHost: options.perHost, delay: options.delay)
    }

    /// Closes the client's connections (call once, from outside any task).
    public func shutdown() {
        try? client.syncShutdown()
    }

    // MARK: - One input

    /// Fetches what an input's `url` names: an http(s) URL, a `file://` URL
    /// or a local path.
    func fetch(_ target: String) async -> FetchResult {
        let (task, first) = inFlight.withLockedValue { table in
            if let running = table[target] { return (running, false) }
            let task = Task { await self.fetchOnce(target) }
            table[target] = task
            return (task, true)
        }
        let result = await task.value
        if first { _ = inFlight.withLockedValue { $0.removeValue(forKey: target) } }
        return result
    }

    private func fetchOnce(_ target: String) async -> FetchResult {
        let trimmed = WebURL.trimmed(target)
        if trimmed.isEmpty { return .failure(kind: "invalid_url", message: "empty URL", partial: nil) }
        let bytes = Array(trimmed.utf8)
        guard WebURL.schemeEnd(bytes) != nil else {
            return readLocal(String(trimmed), url: LocalFile.fileURL(forPath: String(trimmed)))
        }
        let url: WebURL
        do { url = try WebURL(parsing: String(trimmed)) } catch {
            return .failure(kind: "invalid_url", message: "\(error): \(trimmed)", partial: nil)
        }
        switch url.scheme {
        case "http", "https":
            return await fetchHTTP(url)
        case "file":
            guard let path = LocalFile.path(ofFileURL: url) else {
                return .failure(kind: "invalid_url", message: "file URL with a remote host: \(trimmed)", partial: nil)
            }
            return readLocal(path, url: url.description)
        default:
            return .failure(kind: "invalid_url", message: "unsupported scheme \(url.scheme): \(trimmed)", partial: nil)
        }
    }

    func readLocal(_ path: String, url: String) -> FetchResult {
        switch LocalFile.read(path, maxBytes: options.maxBytes) {
        case .success(let body):
            return .success(
                Fetched(
                    finalURL: url, status: nil, contentType: LocalFile.contentType(forPath: path), body: body,
                    fetchedAt: Outcome.timestamp()))
        case .failure(.tooLarge(let n)):
            return .failure(
                kind: "too_large", message: "\(path) has \(n) bytes or more, over --max-bytes \(options.maxBytes)",
                partial: nil)
        case .failure(.system(let message)):
            return .failure(kind: "file", message: message, partial: nil)
        }
    }

    // MARK: - HTTP

    func fetchHTTP(_ url: WebURL) async -> FetchResult {
        let key = url.description
        var conditional: ResponseCache.Entry?
        if let cache, let entry = cache.load(key) {
            if !options.revalidate { return .success(entry.fetched) }
            conditional = entry
        }
        if options.robots, !(await robotsRules(url).allows(url.requestTarget)) {
            return .failure(kind: "robots", message: "robots.txt of \(url.origin) disallows \(url.requestTarget)", partial: nil)
        }
        var attempt = 0
        while true {
            await gate.acquire(url.origin)
            let (result, retry) = await attemptHTTP(url, conditional: conditional)
            gate.release(url.origin)
            if let retry, attempt < options.retries {
                var wait = retry.after ?? options.backoff * Double(1 << min(attempt, 20)) * Double.random(in: 0.5...1.5)
                if retry.after != nil { wait += Double.random(in: 0...0.1) }
                if wait <= options.maxRetryAfter {
                    attempt += 1
                    try? await Task.sleep(nanoseconds: UInt64(max(wait, 0) * 1e9))
                    continue
                }
            }
            if let cache, case .success(let f) = result, f.status == 200 { cache.store(key, f) }
            return result
        }
    }

    struct Retry {
        /// Seconds asked for by `Retry-After`.
        var after: Double?
    }

    /// One attempt, redirects included; says whether a retry may help.
    func attemptHTTP(_ start: WebURL, conditional: ResponseCache.Entry?) async -> (FetchResult, Retry?) {
        let deadline = NIODeadline.now() + .milliseconds(Int64(options.timeout * 1000))
        var url = start
        var visited: Set<String> = [start.description]
        while true {
            let revalidating = url == start ? conditional : nil
            let response: HTTPClientResponse
            do {
                response = try await client.execute(request(url, revalidating: revalidating), deadline: deadline)
            } catch {
                let (kind, message) = Self.classify(error, url: url, timeout: options.timeout)
                let retryable = kind == "connect" || (kind == "timeout" && message.hasPrefix("connect"))
                return (.failure(kind: kind, message: message, partial: nil), retryable ? Retry() : nil)
            }
            let status = Int(response.status.code)
            if [301, 302, 303, 307, 308].contains(status), let location = response.headers.first(name: "location") {
                await drain(response.body)
                switch await redirect(from: url, to: location, start: start, visited: &visited) {
                case .success(let next): url = next
                case .failure(let failure): return (failure.result, nil)
                }
                continue
            }
            let fetchedAt = Outcome.timestamp()
            if status == 304, let revalidating {
                await drain(response.body)
                var f = revalidating.fetched
                f.fetchedAt = fetchedAt
                return (.success(f), nil)
            }
            return await received(response, from: url, fetchedAt: fetchedAt)
        }
    }

    /// The request for `url`, conditional when a cached copy is revalidated.
    func request(_ url: WebURL, revalidating: ResponseCache.Entry?) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url.description)
        request.headers.add(name: "User-Agent", value: options.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = revalidating?.fetched.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lm = revalidating?.fetched.lastModified { request.headers.add(name: "If-Modified-Since", value: lm) }
        return request
    }

    /// A failed fetch, as an error for `Result`.
    struct Failure: Error {
        var result: FetchResult
        init(_ kind: String, _ message: String) { result = .failure(kind: kind, message: message, partial: nil) }
    }

    /// Where a redirect leads, unless it is refused (a bad or non-HTTP
    /// location, a loop, too many redirects, robots.txt).
    func redirect(from url: WebURL, to location: String, start: WebURL, visited: inout Set<String>) async
        -> Result<WebURL, Failure>
    {
        let next: WebURL
        do { next = try url.resolving(location) } catch {
            return .failure(Failure("redirect", "bad Location \"\(location)\" from \(url): \(error)"))
        }
        guard next.scheme == "http" || next.scheme == "https" else {
            return .failure(Failure("redirect", "redirect from \(url) to a \(next.scheme): URL refused"))
        }
        if !visited.insert(next.description).inserted {
            return .failure(Failure("redirect_loop", "redirect loop: \(url) leads back to \(next)"))
        }
        if visited.count - 1 > options.maxRedirects {
            return .failure(Failure("redirect_loop", "more than \(options.maxRedirects) redirects from \(start)"))
        }
        if options.robots, !(await robotsRules(next).allows(next.requestTarget)) {
            return .failure(Failure("robots", "robots.txt of \(next.origin) disallows \(next.requestTarget)"))
        }
        return .success(next)
    }

    /// The page of a final (not redirected) response: its body within
    /// `--max-bytes`, or the HTTP error, retryable for 429 and most 5xx.
    func received(_ response: HTTPClientResponse, from url: WebURL, fetchedAt: String) async -> (FetchResult, Retry?) {
        let status = Int(response.status.code)
        let partial = Fetched(
            finalURL: url.description, status: status, contentType: response.headers.first(name: "content-type"),
            body: [], etag: response.headers.first(name: "etag"),
            lastModified: response.headers.first(name: "last-modified"), fetchedAt: fetchedAt)
        guard (200..<300).contains(status) else {
            await drain(response.body)
            let reason = response.status.reasonPhrase
            let failure = FetchResult.failure(
                kind: "http_status", message: "HTTP \(status)\(reason.isEmpty ? "" : " " + reason) from \(url)",
                partial: partial)
            if status == 429 || (status >= 500 && status != 501 && status != 505) {
                let after = response.headers.first(name: "retry-after").flatMap(Self.retryAfterSeconds)
                return (failure, Retry(after: after))
            }
            return (failure, nil)
        }
        if let length = response.headers.first(name: "content-length").flatMap({ Int($0) }), length > options.maxBytes,
            response.headers.first(name: "content-encoding") == nil
        {
            return (.failure(kind: "too_large", message: "\(url) has \(length) bytes, over --max-bytes \(options.maxBytes)", partial: partial), nil)
        }
        var body: [UInt8] = []
        do {
            for try await buffer in response.body {
                if body.count + buffer.readableBytes > options.maxBytes {
                    return (.failure(kind: "too_large", message: "\(url) has more than --max-bytes \(options.maxBytes) bytes", partial: partial), nil)
                }
                buffer.withUnsafeReadableBytes { body.append(contentsOf: $0) }
            }
        } catch {
            let (kind, message) = Self.classify(error, url: url, timeout: options.timeout)
            return (.failure(kind: kind, message: message, partial: partial), kind == "connect" ? Retry() : nil)
        }
        var f = partial
        f.body = body
        return (.success(f), nil)
    }

    /// Reads and drops a small body so that the connection can be reused.
    func drain(_ body: HTTPClientResponse.Body) async {
        var n = 0
        do {
            for try await buffer in body {
                n += buffer.readableBytes
                if n > 1 << 16 { return }
            }
        } catch {}
    }

    /// `Retry-After`: seconds, or an HTTP date.
    static func retryAfterSeconds(_ value: String) -> Double? {
        let v = value.trimmingCharacters
        if let s = Int(v) { return Double(max(0, s)) }
        if let date = Outcome.parseHTTPDate(v) { return Double(max(0, date - Int(time(nil)))) }
        return nil
    }

    /// The error kind and message for an error of the HTTP client.
    static func classify(_ error: any Error, url: WebURL, timeout: Double) -> (String, String) {
        let seconds = timeout == timeout.rounded() ? "\(Int(timeout))" : "\(timeout)"
        if let e = error as? HTTPClientError {
            switch e {
            case .connectTimeout: return ("timeout", "connecting to \(url.origin) took more than \(seconds) s")
            case .readTimeout, .deadlineExceeded: return ("timeout", "\(url) took more than \(seconds) s")
            case .tlsHandshakeTimeout: return ("tls", "TLS handshake with \(url.origin) timed out")
            case .remoteConnectionClosed: return ("connect", "\(url.origin) closed the connection")
            case .invalidURL, .emptyHost, .emptyScheme: return ("invalid_url", "invalid URL \(url)")
            case .redirectLimitReached, .redirectCycleDetected: return ("redirect_loop", "\(e) at \(url)")
            default: return ("connect", "\(url.origin): \(e)")
            }
        }
        let typeName = String(reflecting: type(of: error))
        let text = String(describing: error)
        if typeName.contains("DecompressionError") {
            if text.contains("limit") {
                return ("too_large", "\(url) decompresses to more than the ratio limit allows (a gzip bomb?)")
            }
            return ("decode", "\(url): cannot decompress the body (\(text))")
        }
        if let io = error as? IOError {
            return ("connect", "\(url.origin): \(errnoDescription(io.errnoCode))")
        }
        if let ch = error as? ChannelError {
            if case .connectTimeout = ch { return ("timeout", "connecting to \(url.origin) took more than \(seconds) s") }
            return ("connect", "\(url.origin): \(ch)")
        }
        if typeName.contains("SSL") || typeName.contains("TLS") || typeName.contains("Certificate") {
            return ("tls", "\(url.origin): \(text)")
        }
        if typeName.contains("NIOConnectionError") {
            // No address at all means the name did not resolve.
            if text.contains("connectionErrors: []") || text.lowercased().contains("dns") && !text.contains("refused") {
                return ("dns", "cannot resolve \(url.host)")
            }
            if text.contains("refused") || text.contains("111") { return ("connect", "\(url.origin): connection refused") }
            return ("connect", "\(url.origin): \(text)")
        }
        if typeName.contains("Resolver") || typeName.contains("DNS") || typeName.contains("GetaddrinfoError") {
            return ("dns", "cannot resolve \(url.host)")
        }
        return ("connect", "\(url.origin): \(text)")
    }

    // MARK: - robots.txt

    func robotsRules(_ url: WebURL) async -> RobotsRules {
        let key = url.origin
        let task = robots.withLockedValue { tasks -> Task<RobotsRules, Never> in
            if let t = tasks[key] { return t }
            let t = Task { await self.loadRobots(url) }
            tasks[key] = t
            return t
        }
        return await task.value
    }

    /// robots.txt of `url`'s origin: missing (4xx) or unreachable means no rules.
    func loadRobots(_ url: WebURL) async -> RobotsRules {
        guard var current = try? url.resolving("/robots.txt") else { return .allowAll }
        let deadline = NIODeadline.now() + .milliseconds(Int64(options.timeout * 1000))
        for _ in 0..<5 {
            var request = HTTPClientRequest(url: current.description)
            request.headers.add(name: "User-Agent", value: options.userAgent)
            guard let response = try? await client.execute(request, deadline: deadline) else { return .allowAll }
            let status = Int(response.status.code)
            if (300..<400).contains(status), let location = response.headers.first(name: "location"),
                let next = try? current.resolving(location), next.scheme == "http" || next.scheme == "https"
            {
                await drain(response.body)
                current = next
                continue
            }
            guard (200..<300).contains(status), let body = try? await response.body.collect(upTo: 512 << 10) else {
                return .allowAll
            }
            let text = String(decoding: body.readableBytesView, as: UTF8.self)
            return RobotsRules(parsing: text, agent: options.userAgent)
        }
        return .allowAll
    }
}

extension String {
    var trimmingCharacters: String {
        String(Substring(self).trimmingSpaces)
    }
}
