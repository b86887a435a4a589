// A loopback HTTP server for art-fetch tests and benchmarks.
//
// It listens on 127.0.0.1 on a port of the system's choosing and answers
// a fixed set of paths, each exercising one behaviour of a web server:
//
//   /page/N[?size=S]     an HTML page (UTF-8), about S bytes (default pageSize)
//   /text/N              a plain text page
//   /gzip/N              the page gzip-encoded
//   /chunked/N           the page in chunked transfer encoding
//   /redirect/K          K relative redirects, then /page/0
//   /redirect-abs/K      K absolute redirects, then /page/0
//   /loop/a, /loop/b     redirects to each other
//   /to-ftp              redirects to an ftp: URL
//   /status/C[?retry-after=S]   status C
//   /flaky/ID?fail=K[&code=C][&retry-after=S]   status C (503) K times, then a page
//   /reset               closes the connection without answering
//   /stall               never answers
//   /big?size=N          N bytes of HTML; /big-chunked?size=N without a length
//   /bomb                a gzip bomb (130 kB that inflate to 20 MB)
//   /cp1252-meta         windows-1252 declared only in <meta>
//   /wrong-latin         UTF-8 body sent as ISO-8859-1
//   /wrong-utf8          windows-1252 body (declared in <meta>) sent as UTF-8
//   /image               image/png
//   /robots.txt          disallows /private
//   /etag                a page with an ETag, 304 on If-None-Match
//   /fault/N             the benchmark's fault mix (see `faultKind`)
//   /__log               every request path so far, one per line
//
// A server can also be given a site of its own: fixed responses by path
// (`TestResponse`), served before the paths above, for the feeds and
// sitemaps of the discovery tests.
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

public final class TestServer: Sendable {
    public let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    let state: SharedState

    /// Starts a server on 127.0.0.1 with a random port; `site` answers its
    /// paths (with their queries) before the built-in ones.
    public init(
        threads: Int = 1, pageSize: Int = 2000, logRequests: Bool = true, site: [String: TestResponse] = [:]
    ) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let state = SharedState(pageSize: pageSize, logRequests: logRequests, site: site)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMap {
                    channel.pipeline.addHandler(Handler(state: state))
                }
            }
        do {
            channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        self.group = group
        self.state = state
        self.port = channel.localAddress?.port ?? 0
    }

    /// `http://127.0.0.1:PORT`
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public func url(_ path: String) -> String { baseURL + path }

    /// How many requests asked for `path` (with its query).
    public func requests(_ path: String) -> Int {
        state.log.withLock { log in log.reduce(0) { $0 + ($1 == path ? 1 : 0) } }
    }

    /// Every request's path, in arrival order.
    public var requestLog: [String] { state.log.withLock { $0 } }

    /// The User-Agent of the last request.
    public var lastUserAgent: String? { state.lastUserAgent.withLock { $0 } }

    public func shutdown() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Blocks until the server is closed.
    public func wait() throws {
        try channel.closeFuture.wait()
    }

    /// The benchmark's fault mix, by page number: nil for a normal page.
    public static func faultKind(_ n: Int) -> String? {
        switch n % 50 {
        case 1: return "http_status"  // 404
        case 7: return "http_status"  // 500, retried, still 500
        case 13: return "connect"  // connection closed without an answer
        case 17: return "too_large"  // 3 MB, over --max-bytes 1000000
        case 23: return "redirect_loop"
        default: return nil  // 3 and 33: 503 once, then the page
        }
    }

    /// The body of `/page/N` with the default size.
    public func pageBody(_ n: Int) -> [UInt8] { Pages.page(n, size: state.pageSize) }
}

/// A fixed answer to one path of a test site.
public struct TestResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(status: Int = 200, headers: [(String, String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A body of the given content type.
    public init(_ body: String, type: String = "application/xml", status: Int = 200) {
        self.init(status: status, headers: [("Content-Type", type)], body: Array(body.utf8))
    }

    /// A redirect (301) to `location`.
    public static func redirect(to location: String) -> TestResponse {
        TestResponse(status: 301, headers: [("Location", location)], body: [])
    }
}

final class SharedState: Sendable {
    let pageSize: Int
    let logRequests: Bool
    let site: [String: TestResponse]
    let log = Mutex<[String]>([])
    let counts = Mutex<[String: Int]>([:])
    let lastUserAgent = Mutex<String?>(nil)
    /// A gzip bomb: about 130 kB that inflate to 20 MB (made before serving,
    /// not on the event loop).
    let bomb = Gzip.zeros(pairs: 80_000)

    init(pageSize: Int, logRequests: Bool, site: [String: TestResponse]) {
        self.pageSize = pageSize
        self.logRequests = logRequests
        self.site = site
    }

    /// Counts a request for `key`; returns how many came before.
    func count(_ key: String) -> Int {
        counts.withLock { c in
            let n = c[key, default: 0]
            c[key] = n + 1
            return n
        }
    }
}

/// Page bodies, deterministic for a number and a size.
public enum Pages {
    static let filler: [UInt8] = {
        let paragraph =
            "<p>The committee met on Tuesday — for the third time this year — and agreed, after a long "
            + "debate about the budget, that the café on Rue de l’Église would stay open until nine.</p>\n"
        return Array(String(repeating: paragraph, count: 400).utf8)
    }()

    public static func page(_ n: Int, size: Int) -> [UInt8] {
        var out = Array(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Page \(n)</title></head><body><h1>Page \(n)</h1>\n"
                .utf8)
        let tail = Array("<p>End of page \(n).</p></body></html>\n".utf8)
        var remaining = max(0, size - out.count - tail.count)
        while remaining > 0 {
            let take = min(remaining, filler.count)
            // Cut at a paragraph boundary so the HTML (and UTF-8) stays whole.
            var cut = take
            if take < filler.count {
                while cut > 0 && filler[cut - 1] != 0x0A { cut -= 1 }
                if cut == 0 { break }
            }
            out.append(contentsOf: filler[..<cut])
            remaining -= cut
            if take < filler.count { break }
        }
        out.append(contentsOf: tail)
        return out
    }

    public static func text(_ n: Int) -> [UInt8] {
        Array("Plain text number \(n).\nIt has two lines — and a dash.\n".utf8)
    }

    /// Windows-1252: “Déjà vu” — 5 €.
    public static let cp1252Sentence: [UInt8] = [
        0x93, 0x44, 0xE9, 0x6A, 0xE0, 0x20, 0x76, 0x75, 0x94, 0x20, 0x97, 0x20, 0x35, 0x20, 0x80, 0x2E,
    ]
    public static let cp1252SentenceText = "“Déjà vu” — 5 €."
}

/// A gzip stream with stored (uncompressed) deflate blocks.
public enum Gzip {
    static let crcTable: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func crc32(_ data: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func header() -> [UInt8] { [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF] }

    static func trailer(crc: UInt32, size: Int) -> [UInt8] {
        var out: [UInt8] = []
        for v in [crc, UInt32(truncatingIfNeeded: size)] {
            out += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
        }
        return out
    }

    /// `data` gzipped with stored blocks (valid for any gzip reader).
    public static func stored(_ data: [UInt8]) -> [UInt8] {
        var out = header()
        var i = 0
        repeat {
            let n = min(65535, data.count - i)
            let final: UInt8 = i + n == data.count ? 1 : 0
            out.append(final)
            out += [UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out.append(contentsOf: data[i..<(i + n)])
            i += n
        } while i < data.count
        out += trailer(crc: crc32(data), size: data.count)
        return out
    }

    /// `count` zero bytes (a multiple of 258, plus one) as a compact gzip
    /// stream: one literal, then <length 258, distance 1> pairs with the
    /// fixed Huffman codes.
    public static func zeros(pairs: Int) -> [UInt8] {
        var out = header()
        var bits: UInt64 = 0
        var nbits = 0
        func put(_ value: UInt64, _ count: Int) {
            bits |= value << UInt64(nbits)
            nbits += count
            while nbits >= 8 {
                out.append(UInt8(bits & 0xFF))
                bits >>= 8
                nbits -= 8
            }
        }
        func putCode(_ code: UInt64, _ length: Int) {
            // Huffman codes go most significant bit first.
            var reversed: UInt64 = 0
            for k in 0..<length where code & (1 << UInt64(k)) != 0 { reversed |= 1 << UInt64(length - 1 - k) }
            put(reversed, length)
        }
        put(1, 1)  // BFINAL
        put(1, 2)  // BTYPE = fixed Huffman
        putCode(0x30, 8)  // literal 0
        for _ in 0..<pairs {
            putCode(0xC5, 8)  // length code 285 (258): 11000101
            putCode(0, 5)  // distance code 0 (1)
        }
        putCode(0, 7)  // end of block (256)
        if nbits > 0 { put(0, 8 - nbits) }
        let size = 1 + pairs * 258
        // CRC of `size` zero bytes.
        var c: UInt32 = 0xFFFF_FFFF
        crcTable.withUnsafeBufferPointer { t in
            for _ in 0..<size { c = t[Int(c & 0xFF)] ^ (c >> 8) }
        }
        out += trailer(crc: c ^ 0xFFFF_FFFF, size: size)
        return out
    }
}

enum Action {
    case respond(status: Int, headers: [(String, String)], body: [UInt8], chunked: Bool)
    case reset
    case stall
}

final class Handler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let state: SharedState
    var head: HTTPRequestHead?

    init(state: SharedState) { self.state = state }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
        case .body:
            break
        case .end:
            guard let head else { return }
            self.head = nil
            if state.logRequests { state.log.withLock { $0.append(head.uri) } }
            if let ua = head.headers.first(name: "user-agent") { state.lastUserAgent.withLock { $0 = ua } }
            switch route(head) {
            case .reset:
                context.close(promise: nil)
            case .stall:
                break
            case .respond(let status, let headers, let body, let chunked):
                send(context, head: head, status: status, headers: headers, body: body, chunked: chunked)
            }
        }
    }

    func send(
        _ context: ChannelHandlerContext, head: HTTPRequestHead, status: Int, headers: [(String, String)], body: [UInt8],
        chunked: Bool
    ) {
        var h = HTTPHeaders(headers)
        if chunked {
            h.add(name: "Transfer-Encoding", value: "chunked")
        } else {
            h.add(name: "Content-Length", value: String(body.count))
        }
        let keepAlive = head.isKeepAlive
        if !keepAlive { h.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: status), headers: h))), promise: nil)
        if chunked {
            var i = 0
            while i < body.count {
                let n = min(1000, body.count - i)
                var buffer = context.channel.allocator.buffer(capacity: n)
                buffer.writeBytes(body[i..<(i + n)])
                context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
                i += n
            }
        } else if !body.isEmpty {
            var buffer = context.channel.allocator.buffer(capacity: body.count)
            buffer.writeBytes(body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }

    static let html = [("Content-Type", "text/html; charset=utf-8")]

    func route(_ head: HTTPRequestHead) -> Action {
        let uri = head.uri
        if let fixed = state.site[uri] {
            return .respond(status: fixed.status, headers: fixed.headers, body: fixed.body, chunked: false)
        }
        let (path, query) = split(uri)
        let parts = path.split(separator: "/").map(String.init)
        func q(_ name: String) -> String? { query[name] }
        func page(_ n: Int, size: Int? = nil) -> Action {
            .respond(status: 200, headers: Self.html, body: Pages.page(n, size: size ?? state.pageSize), chunked: false)
        }
        let n = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        switch parts.first ?? "" {
        case "page":
            return page(n, size: q("size").flatMap { Int($0) })
        case "text":
            return .respond(status: 200, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Pages.text(n), chunked: false)
        case "gzip":
            return .respond(
                status: 200, headers: Self.html + [("Content-Encoding", "gzip")],
                body: Gzip.stored(Pages.page(n, size: state.pageSize)), chunked: false)
        case "chunked":
            return .respond(status: 200, headers: Self.html, body: Pages.page(n, size: state.pageSize), chunked: true)
        case "redirect", "redirect-abs":
            let target = n <= 0 ? "/page/0" : "/\(parts[0])/\(n - 1)"
            let location = parts[0] == "redirect" ? target : "http://127.0.0.1:\(head.headers.first(name: "host")?.split(separator: ":").last ?? "80")\(target)"
            return .respond(status: 302, headers: [("Location", location)], body: [], chunked: false)
        case "loop":
            return .respond(status: 301, headers: [("Location", n == 0 && parts.count > 1 && parts[1] == "a" ? "/loop/b" : "/loop/a")], body: [], chunked: false)
        case "to-ftp":
            return .respond(status: 302, headers: [("Location", "ftp://127.0.0.1/file")], body: [], chunked: false)
        case "status":
            var headers = [("Content-Type", "text/html")]
            if let ra = q("retry-after") { headers.append(("Retry-After", ra)) }
            return .respond(status: n, headers: headers, body: Array("<p>status \(n)</p>".utf8), chunked: false)
        case "flaky":
            let fail = q("fail").flatMap { Int($0) } ?? 1
            if state.count(uri) < fail {
                var headers: [(String, String)] = []
                if let ra = q("retry-after") { headers.append(("Retry-After", ra)) }
                return .respond(status: q("code").flatMap { Int($0) } ?? 503, headers: headers, body: [], chunked: false)
            }
            return page(n)
        case "reset":
            return .reset
        case "stall":
            return .stall
        case "big":
            return .respond(status: 200, headers: Self.html, body: [UInt8](repeating: 0x61, count: q("size").flatMap { Int($0) } ?? 1 << 20), chunked: false)
        case "big-chunked":
            return .respond(status: 200, headers: Self.html, body: [UInt8](repeating: 0x61, count: q("size").flatMap { Int($0) } ?? 1 << 20), chunked: true)
        case "bomb":
            return .respond(status: 200, headers: Self.html + [("Content-Encoding", "gzip")], body: state.bomb, chunked: false)
        case "cp1252-meta":
            let body = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>".utf8)
                + Pages.cp1252Sentence + Array("</p></body></html>".utf8)
            return .respond(status: 200, headers: [("Content-Type", "text/html")], body: body, chunked: false)
        case "wrong-latin":
            return .respond(
                status: 200, headers: [("Content-Type", "text/html; charset=ISO-8859-1")],
                body: Array("<html><body><p>Ça coûte 5 € — déjà.</p></body></html>".utf8), chunked: false)
        case "wrong-utf8":
            let body = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8) + Pages.cp1252Sentence
                + Array("</p></body></html>".utf8)
            return .respond(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: body, chunked: false)
        case "image":
            return .respond(status: 200, headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], chunked: false)
        case "robots.txt":
            return .respond(
                status: 200, headers: [("Content-Type", "text/plain")],
                body: Array("# test rules\nUser-agent: *\nDisallow: /private\nAllow: /private/ok\n".utf8), chunked: false)
        case "private":
            return page(n)
        case "etag":
            if head.headers.first(name: "if-none-match") == "\"v1\"" {
                return .respond(status: 304, headers: [("ETag", "\"v1\"")], body: [], chunked: false)
            }
            return .respond(status: 200, headers: Self.html + [("ETag", "\"v1\"")], body: Pages.page(7, size: 300), chunked: false)
        case "__log":
            let log = state.log.withLock { $0.joined(separator: "\n") }
            return .respond(status: 200, headers: [("Content-Type", "text/plain")], body: Array((log + "\n").utf8), chunked: false)
        case "fault":
            switch n % 50 {
            case 1: return .respond(status: 404, headers: Self.html, body: Array("<p>not found</p>".utf8), chunked: false)
            case 7: return .respond(status: 500, headers: Self.html, body: Array("<p>error</p>".utf8), chunked: false)
            case 13: return .reset
            case 17: return .respond(status: 200, headers: Self.html, body: [UInt8](repeating: 0x61, count: 3_000_000), chunked: false)
            case 23: return .respond(status: 302, headers: [("Location", "/fault/\(n)")], body: [], chunked: false)
            case 3, 33:
                if state.count(uri) == 0 {
                    return .respond(status: 503, headers: [("Retry-After", "0")], body: [], chunked: false)
                }
                return page(n)
            default: return page(n)
            }
        default:
            return .respond(status: 404, headers: Self.html, body: Array("<p>no such page</p>".utf8), chunked: false)
        }
    }

    func split(_ uri: String) -> (String, [String: String]) {
        guard let q = uri.firstIndex(of: "?") else { return (uri, [:]) }
        var query: [String: String] = [:]
        for pair in uri[uri.index(after: q)...].split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            query[String(kv[0])] = kv.count > 1 ? String(kv[1]) : ""
        }
        return (String(uri[..<q]), query)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
