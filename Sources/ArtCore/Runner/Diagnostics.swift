/// Reports rejected lines (`art-x: <file>:<line>: <reason>`), copies them to
/// the reject file, and counts what went through (art(7), BAD INPUT AND
/// FAILURES).
public final class Diagnostics {
    public let tool: String
    let quiet: Bool
    var rejectSink: OutputSink?
    /// Where messages go: standard error for the tools, a file in tests.
    let messageDescriptor: Int32

    public private(set) var records = 0
    public private(set) var rejected = 0
    public private(set) var recordsWithErrors = 0

    public init(tool: String, quiet: Bool, rejectPath: String?, messageDescriptor: Int32 = 2) throws(OutputError) {
        self.tool = tool
        self.quiet = quiet
        self.messageDescriptor = messageDescriptor
        if let rejectPath { rejectSink = try OutputSink.create(path: rejectPath) }
    }

    /// A line that is not a record: reported, and copied to the reject file.
    public func reject(_ reference: LineReference, reason: String, raw: ArraySlice<UInt8>?) throws(OutputError) {
        rejected += 1
        if !quiet { report("\(reference): \(reason)") }
        if let raw, rejectSink != nil {
            try rejectSink!.write(raw)
            try rejectSink!.write(CollectionOfOne(0x0A))
        }
    }

    /// A whole input that could not become a record (`art-json --wrap`).
    public func reject(file: String, reason: String) {
        rejected += 1
        if !quiet { report("\(file): \(reason)") }
    }

    /// Part of an over-long line, streamed to the reject file as it is read.
    public func rejectPiece(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard rejectSink != nil else { return }
        try rejectSink!.write(bytes)
    }

    public func endRejectedLine() throws(OutputError) {
        guard rejectSink != nil else { return }
        try rejectSink!.write(CollectionOfOne(0x0A))
    }

    public func countRecord(withErrors: Bool) {
        records += 1
        if withErrors { recordsWithErrors += 1 }
    }

    /// A problem that stops the run (exit 3) or a warning: always printed.
    public func error(_ message: String) {
        report(message)
    }

    /// A warning, unless quiet.
    public func warning(_ message: String) {
        if !quiet { report(message) }
    }

    /// `art-x: <message>` on the message stream, unbuffered.
    func report(_ message: String) {
        var line = "\(tool): \(message)\n"
        line.withUTF8 { _ = try? OutputSink.writeAll(fd: messageDescriptor, UnsafeRawBufferPointer($0), name: "standard error") }
    }

    public func close() throws(OutputError) {
        try rejectSink?.close()
        rejectSink = nil
    }
}

/// Monotonic time in seconds.
public func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The `--progress` line on standard error.
public struct ProgressMeter {
    let tool: String
    let enabled: Bool
    let terminal: Bool
    let started = monotonicSeconds()
    var lastShown = 0.0
    var shownOnce = false

    public init(tool: String, enabled: Bool) {
        self.tool = tool
        self.enabled = enabled
        self.terminal = Platform.isTerminal(2)
    }

    /// Shows `done` records (of `total`, when known), at most twice a second
    /// on a terminal and every five seconds elsewhere.
    public mutating func update(done: Int, total: Int? = nil, errors: Int = 0, force: Bool = false) {
        guard enabled else { return }
        let now = monotonicSeconds()
        guard force || now - lastShown >= (terminal ? 0.5 : 5) else { return }
        lastShown = now
        shownOnce = true
        let elapsed = max(now - started, 1e-9)
        var line = "\(tool): \(done)"
        if let total { line += "/\(total)" }
        line += " records, \(formatRate(Double(done) / elapsed))/s"
        if errors > 0 { line += ", \(errors) errors" }
        if terminal {
            printErrorRaw("\r\u{1B}[K" + line)
        } else {
            printError(line)
        }
    }

    public mutating func finish(done: Int, total: Int? = nil, errors: Int = 0) {
        guard enabled else { return }
        update(done: done, total: total, errors: errors, force: true)
        if terminal { printErrorRaw("\n") }
    }
}

func printErrorRaw(_ text: String) {
    var text = text
    text.withUTF8 { _ = try? OutputSink.writeAll(fd: 2, UnsafeRawBufferPointer($0), name: "standard error") }
}

/// A rate with at most one decimal: `1234`, `12.5`.
public func formatRate(_ value: Double) -> String {
    if value >= 100 { return String(Int(value.rounded())) }
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}
