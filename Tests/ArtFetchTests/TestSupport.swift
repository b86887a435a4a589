import ArtCore
import ArtTestServer
import Testing

@testable import ArtFetch

/// One server for the whole suite (each test uses its own paths).
let server: TestServer = try! TestServer(threads: 2, pageSize: 3000)

func options(_ change: (inout FetchOptions) -> Void = { _ in }) -> FetchOptions {
    var o = FetchOptions()
    o.timeout = 20
    o.backoff = 0.05
    o.concurrency = 8
    o.perHost = 8
    change(&o)
    return o
}

/// Fetches one URL with a fresh fetcher and returns the record update.
func fetch(_ url: String, _ o: FetchOptions = options()) async -> RecordUpdate {
    let fetcher = try! Fetcher(options: o)
    let result = await fetcher.fetch(url)
    let update = Outcome.update(result, options: o)
    try? await fetcher.client.shutdown()
    return update
}

extension RecordUpdate {
    func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.value }
    var kind: String? { errors.first?.kind }
}

func temporaryDirectory() -> String {
    var template = Array("/tmp/art-fetch-test.XXXXXX".utf8CString)
    let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    return String(cString: p!)
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    precondition(fd >= 0)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

func readFile(_ path: String) -> [UInt8] {
    if case .success(let b) = LocalFile.read(path, maxBytes: Int.max) { return b }
    return []
}
