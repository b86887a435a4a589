import ArtCore

/// A file's bytes, read a window at a time: `bytes` are the file's bytes
/// from offset `base` on.
final class InputWindow {
    let fd: Int32
    let name: String
    private(set) var bytes: [UInt8] = []
    private(set) var base = 0
    private(set) var atEOF = false
    /// Where read(2) writes; appended to `bytes`.
    private let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)

    var end: Int { base + bytes.count }

    init(path: String) throws(WARCReadError) {
        name = path
        fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WARCReadError(description: "cannot open \(path): \(errnoDescription())") }
    }

    deinit {
        if fd > 0 { close(fd) }
        scratch.deallocate()
    }

    /// Drops the bytes before `offset` and reads until `size` bytes from it
    /// are held, or the file ends.
    func slide(to offset: Int, holding size: Int) throws(WARCReadError) {
        let drop = min(max(offset - base, 0), bytes.count)
        if drop > 0 {
            bytes.removeSubrange(0..<drop)
            base += drop
        }
        while !atEOF && bytes.count < size { try readMore(size - bytes.count) }
    }

    /// Appends up to `count` more bytes (fewer at the end of the file).
    func readMore(_ count: Int) throws(WARCReadError) {
        var wanted = count
        while wanted > 0 && !atEOF {
            let n = Platform.read(fd, scratch.baseAddress, min(wanted, scratch.count))
            if n < 0 {
                if errno == EINTR { continue }
                throw WARCReadError(description: "cannot read \(name): \(errnoDescription())")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<n]))
            wanted -= n
            if n == 0 { atEOF = true }
        }
    }

    /// Whether the bytes at `offset` start like a gzip member (RFC 1952:
    /// ID1, ID2, deflate).
    func hasGzipMagic(at offset: Int) -> Bool {
        let i = offset - base
        return i >= 0 && i + 3 <= bytes.count && bytes[i] == 0x1F && bytes[i + 1] == 0x8B && bytes[i + 2] == 0x08
    }
}

/// One WARC file, plain or gzipped (told by its first bytes).
struct WARCFile {
    let window: InputWindow
    let converter: WARCConverter
    let jobs: Int

    /// Bytes read at a time; a gzip member longer than this is read as a stream.
    static let windowSize = 4 << 20

    init(path: String, options: FetchOptions, jobs: Int) throws(WARCReadError) {
        window = try InputWindow(path: path)
        converter = WARCConverter(file: path, options: options)
        self.jobs = jobs
    }

    /// Reads every record, handing `handle` the events in file order.
    func read(_ handle: (WARCEvent) throws -> Void) throws {
        try window.slide(to: 0, holding: Self.windowSize)
        if window.hasGzipMagic(at: 0) {
            try WARCGzipReader(window: window, converter: converter, jobs: jobs).read(handle)
        } else {
            try readPlain(handle)
        }
    }

    /// An uncompressed file: records are parsed in order and converted in
    /// batches on `jobs` threads.
    private func readPlain(_ handle: (WARCEvent) throws -> Void) throws {
        var parser = WARCRecordParser(maxBlock: converter.maxBlock)
        var batch: [WARCRecordParser.Item] = []
        var batchBytes = 0
        while true {
            window.bytes.withUnsafeBytes { parser.feed($0) }
            if window.atEOF { parser.finish() }
            while let item = parser.next() {
                if case .record(let record, _) = item { batchBytes += record.block.count }
                batch.append(item)
                if batch.count >= 64 * jobs || batchBytes >= 16 << 20 {
                    try convert(batch, handle)
                    batch.removeAll(keepingCapacity: true)
                    batchBytes = 0
                }
            }
            if window.atEOF { break }
            try window.slide(to: window.end, holding: 1 << 20)
        }
        try convert(batch, handle)
    }

    private func convert(_ items: [WARCRecordParser.Item], _ handle: (WARCEvent) throws -> Void) throws {
        let converter = self.converter
        for event in FilterRunner.map(items, jobs: jobs, { converter.event($0, member: nil) }) {
            if let event { try handle(event) }
        }
    }
}
