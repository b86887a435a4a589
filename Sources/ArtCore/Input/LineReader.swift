/// Reading an input failed: an operational failure, exit status 3.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// One line of input, as the reader hands it out.
public enum InputLine {
    /// A line without its line break, CR or leading BOM (`raw` keeps them,
    /// but for the line break). Blank lines are skipped.
    case line(ArraySlice<UInt8>, raw: ArraySlice<UInt8>, number: Int)
    /// A line longer than the limit: its bytes went to the overflow handler,
    /// in pieces, and were not kept.
    case tooLong(number: Int, length: Int)
}

/// Splits a file descriptor into lines with large `read(2)` calls.
///
/// Lines are slices of the reader's chunk, so no line is copied; a line longer
/// than the chunk grows it, up to `maxLineBytes`, beyond which the line is
/// streamed to `overflow` (for `--reject`) and reported as too long.
public final class LineReader {
    public let name: String
    let fd: Int32
    let ownsDescriptor: Bool
    public let maxLineBytes: Int
    /// Receives the bytes of an over-long line, in pieces, in order.
    public var overflow: ((UnsafeRawBufferPointer) -> Void)?

    private var chunk: [UInt8]
    private var spare: [UInt8] = []
    private var start = 0
    private var end = 0
    private var scanned = 0
    private var atEOF = false
    public private(set) var lineNumber = 0
    private var discarding = false
    private var discardedLength = 0

    public init(fd: Int32, name: String, maxLineBytes: Int = 1 << 30, chunkSize: Int = 1 << 20, ownsDescriptor: Bool = false) {
        self.fd = fd
        self.name = name
        self.maxLineBytes = maxLineBytes
        self.ownsDescriptor = ownsDescriptor
        self.chunk = Self.uninitializedChunk(max(chunkSize, 16))
    }

    /// Opens `path` (`-` is standard input).
    public convenience init(path: String, maxLineBytes: Int = 1 << 30) throws(InputError) {
        if path == "-" {
            self.init(fd: 0, name: "<stdin>", maxLineBytes: maxLineBytes)
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError("cannot open \(path): \(errnoDescription())") }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            _ = close(fd)
            throw InputError("cannot read \(path): Is a directory")
        }
        self.init(fd: fd, name: path, maxLineBytes: maxLineBytes, ownsDescriptor: true)
    }

    /// A buffer whose bytes are only ever read after `read(2)` wrote them.
    private static func uninitializedChunk(_ size: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { _, initialized in initialized = size }
    }

    deinit {
        if ownsDescriptor { _ = close(fd) }
    }

    /// The next non-blank line, or nil at the end of the input.
    public func next() throws(InputError) -> InputLine? {
        while true {
            if let nl = findNewline() {
                let from = start
                start = nl + 1
                scanned = start
                lineNumber += 1
                if discarding || nl - from > maxLineBytes {
                    discarding = true
                    overflowBytes(from..<nl)
                    return finishDiscarding()
                }
                if let line = emit(from: from, to: nl) { return line }
                continue
            }
            if atEOF {
                // Interrupted (SIGINT/SIGTERM), also when the input ended at
                // the same time: what is buffered is the start of a line cut
                // by the signal, neither a record nor a bad line: dropped.
                // In a process with several threads the signal may be handled
                // on another thread just after this one saw the end of the
                // input it caused: give an unterminated last line that moment.
                if start < end && !InterruptFlag.isSet { usleep(20_000) }
                if InterruptFlag.isSet && !discarding { start = end; scanned = end }
                guard start < end || discarding else { return nil }
                let from = start
                start = end
                scanned = end
                lineNumber += 1
                if discarding || end - from > maxLineBytes {
                    discarding = true
                    overflowBytes(from..<end)
                    return finishDiscarding()
                }
                if let line = emit(from: from, to: end) { return line }
                return nil
            }
            // No line break buffered: a line already over the limit is
            // streamed out instead of buffered further.
            if discarding || end - start > maxLineBytes {
                discarding = true
                overflowBytes(start..<end)
                start = end
                scanned = end
            }
            try fill()
        }
    }

    private func findNewline() -> Int? {
        guard scanned < end else { return nil }
        let found: Int? = chunk.withUnsafeBytes { raw in
            guard let p = memchr(raw.baseAddress! + scanned, 0x0A, end - scanned) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(p))
        }
        if found == nil { scanned = end }
        return found
    }

    private func overflowBytes(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        discardedLength += range.count
        if let overflow {
            chunk.withUnsafeBytes { raw in overflow(UnsafeRawBufferPointer(rebasing: raw[range])) }
        }
    }

    private func finishDiscarding() -> InputLine {
        discarding = false
        let length = discardedLength
        discardedLength = 0
        return .tooLong(number: lineNumber, length: length)
    }

    /// The line [from, to) without its CR and first-line BOM; nil when blank.
    private func emit(from: Int, to: Int) -> InputLine? {
        var a = from
        var b = to
        if b > a, chunk[b - 1] == 0x0D { b -= 1 }
        if lineNumber == 1, b - a >= 3, chunk[a] == 0xEF, chunk[a + 1] == 0xBB, chunk[a + 2] == 0xBF { a += 3 }
        var i = a
        while i < b, chunk[i] == 0x20 || chunk[i] == 0x09 || chunk[i] == 0x0D { i += 1 }
        if i == b { return nil }
        return .line(chunk[a..<b], raw: chunk[from..<to], number: lineNumber)
    }

    /// Reads more input after what is buffered, compacting or growing the chunk.
    private func fill() throws(InputError) {
        let minimumRead = 1 << 16
        if start > 0 && chunk.count - end < minimumRead {
            // Move the unfinished line to the front of the spare chunk and
            // swap. Slices handed out earlier keep their storage alive (copy on
            // write), so reusing the spare never changes a line in use.
            let pending = end - start
            let size = max(chunk.count, pending * 2)
            if spare.count < size { spare = Self.uninitializedChunk(size) }
            let from = start
            chunk.withUnsafeBytes { src in
                spare.withUnsafeMutableBytes { dst in
                    if pending > 0 { dst.baseAddress!.copyMemory(from: src.baseAddress! + from, byteCount: pending) }
                }
            }
            swap(&chunk, &spare)
            scanned -= start
            end = pending
            start = 0
        } else if chunk.count - end < minimumRead {
            chunk.append(contentsOf: Self.uninitializedChunk(chunk.count))
        }
        let capacity = chunk.count - end
        let end0 = end
        let n: Int = chunk.withUnsafeMutableBytes { raw in
            while true {
                let r = systemRead(fd, raw.baseAddress! + end0, capacity)
                if r < 0 && errno == EINTR {
                    if InterruptFlag.isSet { return -2 }
                    continue
                }
                return r
            }
        }
        if n == -2 {
            atEOF = true
            return
        }
        if n < 0 { throw InputError("cannot read \(name): \(errnoDescription())") }
        if n == 0 { atEOF = true }
        end += n
    }
}
