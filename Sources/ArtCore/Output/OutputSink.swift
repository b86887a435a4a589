/// A write to the output failed (a full disk, a closed file...): an
/// operational failure, exit status 3.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Buffered output to a file descriptor. Every write is checked; nothing is
/// lost silently. A broken pipe ends the process through SIGPIPE, which is
/// what `head` expects.
public struct OutputSink {
    public let fd: Int32
    public let name: String
    public var buffer: [UInt8] = []
    let flushThreshold: Int

    public init(fd: Int32, name: String = "standard output", flushThreshold: Int = 1 << 18) {
        self.fd = fd
        self.name = name
        self.flushThreshold = flushThreshold
        buffer.reserveCapacity(flushThreshold + (flushThreshold >> 1))
    }

    /// Opens (creating or truncating) a file for writing.
    public static func create(path: String) throws(OutputError) -> OutputSink {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError("cannot open \(path): \(errnoDescription())") }
        return OutputSink(fd: fd, name: path)
    }

    @inline(__always)
    public mutating func write(_ bytes: some Collection<UInt8>) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    public mutating func write(_ string: String) throws(OutputError) {
        try write(string.utf8)
    }

    /// Writes `line` and a line break.
    public mutating func writeLine(_ string: String) throws(OutputError) {
        buffer.append(contentsOf: string.utf8)
        buffer.append(0x0A)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes bytes straight through, after what is buffered (for large blocks).
    public mutating func writeThrough(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        try flush()
        try Self.writeAll(fd: fd, bytes, name: name)
    }

    public mutating func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        let result = buffer.withUnsafeBytes { (raw) -> OutputError? in
            do throws(OutputError) {
                try Self.writeAll(fd: fd, raw, name: name)
                return nil
            } catch {
                return error
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if let result { throw result }
    }

    static func writeAll(fd: Int32, _ raw: UnsafeRawBufferPointer, name: String) throws(OutputError) {
        var offset = 0
        while offset < raw.count {
            let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { Platform.endOnBrokenPipe() }
                throw OutputError("cannot write to \(name): \(errnoDescription())")
            }
            offset += n
        }
    }

    /// Flushes, then closes the descriptor (not for standard output).
    public mutating func close() throws(OutputError) {
        try flush()
        if fd > 2, systemClose(fd) != 0 { throw OutputError("cannot close \(name): \(errnoDescription())") }
    }
}

public func errnoDescription(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}

/// Writes a line to standard error, unbuffered.
public func printError(_ message: String) {
    var line = message
    line.append("\n")
    line.withUTF8 { buffer in
        _ = try? OutputSink.writeAll(fd: 2, UnsafeRawBufferPointer(buffer), name: "standard error")
    }
}

@inline(__always) func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
@inline(__always) func systemClose(_ fd: Int32) -> Int32 { close(fd) }
@inline(__always) func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }
