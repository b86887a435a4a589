import ArtCore
import CZlib

/// Bytes of a file, gunzipped when they start with the gzip magic; gzip
/// members follow one another (as in `.warc.gz`, one member per record).
final class ByteStream {
    let fd: Int32
    let name: String
    private var raw = [UInt8](repeating: 0, count: 1 << 16)
    private var rawStart = 0
    private var rawEnd = 0
    private var rawEOF = false
    private var gzip = false
    private var stream = z_stream()
    private var streamOpen = false

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    init(path: String) throws(ReadError) {
        name = path
        fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(description: "cannot open \(path): \(errnoDescription())") }
        try fill()
        gzip = rawEnd - rawStart >= 2 && raw[rawStart] == 0x1F && raw[rawStart + 1] == 0x8B
        if gzip { try openInflater() }
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        if fd > 0 { close(fd) }
    }

    private func openInflater() throws(ReadError) {
        stream = z_stream()
        guard art_inflateInit2(&stream, 15 + 16) == Z_OK else { throw ReadError(description: "\(name): cannot start zlib") }
        streamOpen = true
    }

    private func fill() throws(ReadError) {
        if rawStart == rawEnd {
            rawStart = 0
            rawEnd = 0
        }
        guard !rawEOF, rawEnd < raw.count else { return }
        while true {
            let n = raw.withUnsafeMutableBytes { Platform.read(fd, $0.baseAddress! + rawEnd, $0.count - rawEnd) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: "cannot read \(name): \(errnoDescription())")
            }
            if n == 0 { rawEOF = true }
            rawEnd += n
            return
        }
    }

    /// Reads up to `count` bytes into `buffer`; 0 at the end.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(ReadError) -> Int {
        if !gzip {
            if rawStart == rawEnd { try fill() }
            let n = min(count, rawEnd - rawStart)
            raw.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + rawStart, byteCount: n) }
            rawStart += n
            return n
        }
        while true {
            if rawStart == rawEnd { try fill() }
            if rawStart == rawEnd && rawEOF {
                if streamOpen && stream.total_in > 0 {
                    throw ReadError(description: "\(name): truncated gzip data")
                }
                return 0
            }
            let available = rawEnd - rawStart
            var produced = 0
            var status: Int32 = Z_OK
            raw.withUnsafeMutableBytes { r in
                stream.next_in = r.baseAddress!.assumingMemoryBound(to: UInt8.self) + rawStart
                stream.avail_in = UInt32(available)
                stream.next_out = buffer.assumingMemoryBound(to: UInt8.self)
                stream.avail_out = UInt32(count)
                status = inflate(&stream, Z_NO_FLUSH)
                produced = count - Int(stream.avail_out)
                rawStart += available - Int(stream.avail_in)
            }
            if status == Z_STREAM_END {
                // The next member, if any.
                inflateReset(&stream)
                stream.total_in = 0
                if produced > 0 { return produced }
                continue
            }
            if status != Z_OK && status != Z_BUF_ERROR {
                throw ReadError(description: "\(name): corrupt gzip data (zlib error \(status))")
            }
            if produced > 0 { return produced }
            if status == Z_BUF_ERROR && rawStart == rawEnd && rawEOF {
                throw ReadError(description: "\(name): truncated gzip data")
            }
        }
    }
}

/// Buffered reading of lines and blocks on top of a ByteStream.
final class BufferedStream {
    let stream: ByteStream
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private(set) var offset = 0

    init(_ stream: ByteStream) { self.stream = stream }

    private func refill() throws(ByteStream.ReadError) -> Bool {
        if start > 0 {
            buffer.withUnsafeMutableBytes { b in
                b.baseAddress!.copyMemory(from: b.baseAddress! + start, byteCount: end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let e = end
        let stream = self.stream
        let result = buffer.withUnsafeMutableBytes { b -> Result<Int, ByteStream.ReadError> in
            do throws(ByteStream.ReadError) {
                return .success(try stream.read(into: b.baseAddress! + e, count: b.count - e))
            } catch {
                return .failure(error)
            }
        }
        let n = try result.get()
        end += n
        return n > 0
    }

    /// A line without its CRLF/LF; nil at the end of the input.
    func readLine(limit: Int = 1 << 16) throws(ByteStream.ReadError) -> [UInt8]? {
        var scanned = start
        while true {
            if let nl = buffer[scanned..<end].firstIndex(of: 0x0A) {
                var lineEnd = nl
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = Array(buffer[start..<lineEnd])
                offset += nl + 1 - start
                start = nl + 1
                return line
            }
            if end - start > limit { throw ByteStream.ReadError(description: "\(stream.name): line too long at byte \(offset)") }
            scanned = end
            let consumed = start
            if try !refill() {
                if start == end { return nil }
                let line = Array(buffer[start..<end])
                offset += end - start
                start = end
                return line
            }
            scanned -= consumed
        }
    }

    /// Exactly `count` bytes, or fewer at the end of the input.
    func read(_ count: Int) throws(ByteStream.ReadError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            if start == end, try !refill() { break }
            let n = min(count - out.count, end - start)
            out.append(contentsOf: buffer[start..<(start + n)])
            start += n
            offset += n
        }
        return out
    }

    /// Skips `count` bytes; returns how many were there.
    func skip(_ count: Int) throws(ByteStream.ReadError) -> Int {
        var skipped = 0
        while skipped < count {
            if start == end, try !refill() { break }
            let n = min(count - skipped, end - start)
            start += n
            offset += n
            skipped += n
        }
        return skipped
    }
}

/// One WARC record's headers (names lower-cased) and block.
struct WARCRecord {
    var headers: [(String, String)]
    var block: [UInt8]
    /// Set when the block was larger than the limit and skipped.
    var skippedLength: Int?

    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
}

/// Reads WARC records one by one.
struct WARCReader {
    let input: BufferedStream
    let maxBlock: Int

    init(path: String, maxBlock: Int) throws(ByteStream.ReadError) {
        input = BufferedStream(try ByteStream(path: path))
        self.maxBlock = maxBlock
    }

    mutating func next() throws(ByteStream.ReadError) -> WARCRecord? {
        // The version line, after any blank lines.
        var line: [UInt8]
        repeat {
            guard let l = try input.readLine() else { return nil }
            line = l
        } while line.isEmpty
        guard line.starts(with: Array("WARC/".utf8)) else {
            throw ByteStream.ReadError(description: "\(input.stream.name): no WARC record at byte \(input.offset)")
        }
        var headers: [(String, String)] = []
        while let l = try input.readLine(), !l.isEmpty {
            guard let colon = l.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: l[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: l[(colon + 1)...], as: UTF8.self).trimmingCharacters
            headers.append((name, value))
        }
        guard let lengthText = headers.first(where: { $0.0 == "content-length" })?.1, let length = Int(lengthText),
            length >= 0
        else {
            throw ByteStream.ReadError(description: "\(input.stream.name): WARC record without Content-Length at byte \(input.offset)")
        }
        if length > maxBlock {
            let skipped = try input.skip(length)
            guard skipped == length else { throw ByteStream.ReadError(description: "\(input.stream.name): truncated WARC record") }
            return WARCRecord(headers: headers, block: [], skippedLength: length)
        }
        let block = try input.read(length)
        guard block.count == length else { throw ByteStream.ReadError(description: "\(input.stream.name): truncated WARC record") }
        return WARCRecord(headers: headers, block: block, skippedLength: nil)
    }
}

/// An HTTP response as stored in a WARC `response` record.
struct StoredResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }

    init?(_ block: [UInt8]) {
        var i = 0
        func line() -> ArraySlice<UInt8>? {
            guard i < block.count else { return nil }
            let s = i
            while i < block.count && block[i] != 0x0A { i += 1 }
            var e = i
            if i < block.count { i += 1 }
            if e > s && block[e - 1] == 0x0D { e -= 1 }
            return block[s..<e]
        }
        guard let statusLine = line(), statusLine.starts(with: Array("HTTP/".utf8)) else { return nil }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2)
        guard parts.count >= 2, let status = Int(String(decoding: parts[1], as: UTF8.self)) else { return nil }
        self.status = status
        headers = []
        while let l = line(), !l.isEmpty {
            guard let colon = l.firstIndex(of: UInt8(ascii: ":")) else { continue }
            headers.append((
                String(decoding: l[..<colon], as: UTF8.self).lowercased(),
                String(decoding: l[(colon + 1)...], as: UTF8.self).trimmingCharacters
            ))
        }
        body = Array(block[i...])
        if header("transfer-encoding")?.lowercased().contains("chunked") == true, let plain = Self.dechunk(body) {
            body = plain
        }
    }

    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            var sizeEnd = i
            while sizeEnd < b.count && b[sizeEnd] != 0x0A { sizeEnd += 1 }
            guard sizeEnd < b.count else { return nil }
            let sizeText = String(decoding: b[i..<sizeEnd], as: UTF8.self)
                .split(separator: ";").first.map { String($0).trimmingCharacters } ?? ""
            guard let size = Int(sizeText.replacingCR, radix: 16) else { return nil }
            i = sizeEnd + 1
            if size == 0 { return out }
            guard i + size <= b.count else { return nil }
            out.append(contentsOf: b[i..<(i + size)])
            i += size
            if i < b.count && b[i] == 0x0D { i += 1 }
            if i < b.count && b[i] == 0x0A { i += 1 }
        }
        return out
    }

    /// Gunzips/inflates a body stored with its Content-Encoding.
    static func decompress(_ body: [UInt8], limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard art_inflateInit2(&stream, 15 + 32) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = body
        return input.withUnsafeMutableBufferPointer { inp -> [UInt8]? in
            stream.next_in = inp.baseAddress
            stream.avail_in = UInt32(inp.count)
            while true {
                var status: Int32 = 0
                var produced = 0
                chunk.withUnsafeMutableBufferPointer { c in
                    stream.next_out = c.baseAddress
                    stream.avail_out = UInt32(c.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced = c.count - Int(stream.avail_out)
                }
                out.append(contentsOf: chunk[..<produced])
                if out.count > limit { return nil }
                if status == Z_STREAM_END { return out }
                if status != Z_OK { return nil }
                if produced == 0 && stream.avail_in == 0 { return nil }
            }
        }
    }
}

extension String {
    var replacingCR: String { String(self.filter { $0 != "\r" }) }
}

public enum WARCRun {
    /// Writes one record per HTTP `response` record of the WARC files.
    public static func run(files: [String], options: FetchOptions, runner: RunnerOptions) -> ExitStatus {
        FilterRunner(options: runner).run { _, output, diagnostics, progress throws(OutputError) in
            // The last unreadable file's message ends the run (exit status 3);
            // earlier ones are printed when the next one comes.
            var failure: OutputError?
            var errors = 0
            for path in files {
                do {
                    var reader = try WARCReader(path: path, maxBlock: options.maxBytes + (64 << 10))
                    while let record = try reader.next() {
                        guard let line = convert(record, options: options) else { continue }
                        diagnostics.countRecord(withErrors: line.failed)
                        if line.failed { errors += 1 }
                        try output.write(line.bytes)
                        progress.update(done: diagnostics.records, errors: errors)
                        if InterruptFlag.isSet { return }
                    }
                } catch let error as ByteStream.ReadError {
                    if let failure { diagnostics.error(failure.description) }
                    failure = OutputError(error.description)
                } catch let error as OutputError {
                    throw error
                } catch {
                    if let failure { diagnostics.error(failure.description) }
                    failure = OutputError("\(error)")
                }
            }
            if let failure {
                try output.flush()
                throw failure
            }
        }
    }

    /// The output line for a `response` record; nil for other records.
    static func convert(_ record: WARCRecord, options: FetchOptions) -> (bytes: [UInt8], failed: Bool)? {
        guard record.header("warc-type") == "response",
            record.header("content-type")?.lowercased().hasPrefix("application/http") ?? true,
            var uri = record.header("warc-target-uri")
        else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        let date = record.header("warc-date") ?? Outcome.timestamp()
        let input = Record([(key: "url", value: .string(uri))])
        let result: FetchResult
        if let length = record.skippedLength {
            result = .failure(kind: "too_large", message: "WARC record of \(length) bytes, over --max-bytes \(options.maxBytes)", partial: nil)
        } else if let response = StoredResponse(record.block) {
            var body = response.body
            var failed: FetchResult?
            if let encoding = response.header("content-encoding")?.lowercased(),
                encoding.contains("gzip") || encoding.contains("deflate")
            {
                if let plain = StoredResponse.decompress(body, limit: options.maxBytes) {
                    body = plain
                } else {
                    failed = .failure(kind: "decode", message: "cannot decompress the \(encoding) body of \(uri)", partial: nil)
                }
            }
            let fetched = Fetched(
                finalURL: uri, status: response.status, contentType: response.header("content-type"), body: body,
                etag: nil, lastModified: nil, fetchedAt: date)
            if let failed {
                result = failed
            } else if body.count > options.maxBytes {
                result = .failure(kind: "too_large", message: "\(uri) has \(body.count) bytes, over --max-bytes \(options.maxBytes)", partial: fetched)
            } else if (200..<300).contains(response.status) {
                result = .success(fetched)
            } else {
                var partial = fetched
                partial.body = []
                result = .failure(kind: "http_status", message: "HTTP \(response.status) from \(uri)", partial: partial)
            }
        } else {
            result = .failure(kind: "decode", message: "the WARC record of \(uri) holds no HTTP response", partial: nil)
        }
        let update = Outcome.update(result, options: options)
        var out: [UInt8] = []
        input.write(update, to: &out)
        return (out, !update.errors.isEmpty)
    }
}
