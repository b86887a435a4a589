import Dispatch
import Synchronization

/// The one I/O loop of every filter: reads the inputs, validates each line,
/// hands records to the filter, writes the results in input order, reports
/// bad lines, and decides the exit status.
public struct FilterRunner: Sendable {
    public let options: RunnerOptions
    /// Where the records go, and the messages: standard output and standard
    /// error for the tools, files in tests.
    public let outputDescriptor: Int32
    public let messageDescriptor: Int32

    public init(options: RunnerOptions, outputDescriptor: Int32 = 1, messageDescriptor: Int32 = 2) {
        self.options = options
        self.outputDescriptor = outputDescriptor
        self.messageDescriptor = messageDescriptor
    }

    /// Runs a per-record transform over the input (on `options.jobs` threads).
    public func run(_ transform: some RecordTransform) -> ExitStatus {
        run(loop: { source, output, diagnostics, progress throws(OutputError) in
            if options.jobs <= 1 {
                while let (record, _) = try source.next() {
                    let update = self.update(record, transform)
                    diagnostics.countRecord(withErrors: !update.errors.isEmpty)
                    record.write(update, to: &output.buffer)
                    if output.buffer.count >= 1 << 18 { try output.flush() }
                    progress.update(done: diagnostics.records)
                }
            } else {
                try runParallel(transform, source, &output, diagnostics, &progress)
            }
        })
    }

    /// The transform's update of `record`, or, for a record over
    /// `--max-record-bytes`, the `too_large` error alone.
    private func update(_ record: Record, _ transform: some RecordTransform) -> RecordUpdate {
        guard record.bytes.count > options.maxRecordBytes else { return transform.transform(record) }
        var update = RecordUpdate()
        update.fail(
            tool: options.tool, kind: "too_large",
            message: "record of \(record.bytes.count) bytes is longer than --max-record-bytes \(options.maxRecordBytes); passed through unannotated")
        return update
    }

    /// Runs a consumer that sees every record in order and writes what it likes.
    public func run<C: RecordConsumer>(_ consumer: inout C) -> ExitStatus {
        run(loop: { source, output, diagnostics, progress throws(OutputError) in
            try consumer.begin(&output)
            while let (record, reference) = try source.next() {
                diagnostics.countRecord(withErrors: false)
                try consumer.consume(record, at: reference, &output)
                progress.update(done: diagnostics.records)
            }
            try consumer.finish(&output)
        })
    }

    /// Sets up the source, the output and the diagnostics around `loop`, and
    /// turns what happened into the exit status. For filters with a loop of
    /// their own (art-fetch's concurrent fetches, art-json's raw inputs).
    public func run(
        loop body: (RecordSource, inout OutputSink, Diagnostics, inout ProgressMeter) throws(OutputError) -> Void
    ) -> ExitStatus {
        InterruptFlag.install()
        let started = monotonicSeconds()
        let diagnostics: Diagnostics
        do {
            diagnostics = try Diagnostics(
                tool: options.tool, quiet: options.quiet, rejectPath: options.rejectPath,
                messageDescriptor: messageDescriptor)
        } catch {
            printError("\(options.tool): \(error)")
            return .failure
        }
        let source = RecordSource(options: options, diagnostics: diagnostics)
        var output = OutputSink(fd: outputDescriptor)
        var progress = ProgressMeter(tool: options.tool, enabled: options.progress)
        var failed = false
        do {
            try body(source, &output, diagnostics, &progress)
            try output.flush()
            try diagnostics.close()
        } catch {
            diagnostics.error(error.description)
            failed = true
        }
        progress.finish(done: diagnostics.records)
        if options.verbose {
            let seconds = monotonicSeconds() - started
            diagnostics.report(
                "\(diagnostics.records) records, \(diagnostics.rejected) rejected, "
                    + "\(diagnostics.recordsWithErrors) with errors, "
                    + "\(formatSeconds(seconds)) s (\(formatRate(Double(diagnostics.records) / max(seconds, 1e-9))) records/s)")
        }
        if let interrupted = InterruptFlag.exitStatus { return interrupted }
        if failed || source.inputFailed { return .failure }
        return diagnostics.rejected > 0 ? .rejected : .success
    }

    /// Ordered parallel map: reads a batch, transforms it on `jobs` threads,
    /// writes it in input order. A batch holds at most `jobs * 64` records or
    /// 64 MB, which bounds memory. The batch is written by a thread of its
    /// own while the next one is read and transformed (at most one batch
    /// waits to be written): in a pipe of filters, a filter that wrote on
    /// the thread that transforms would wait, idle, until the next filter
    /// had transformed its own batch and came back to read, and the filters
    /// of the pipe would take turns instead of running together (art-strip
    /// | art-sentences | art-entities | art-quotes, 5,000 records on 2
    /// cores: -j 2 took 40 s of wall time, -j 1 21 s).
    private func runParallel(
        _ transform: some RecordTransform, _ source: RecordSource, _ output: inout OutputSink,
        _ diagnostics: Diagnostics, _ progress: inout ProgressMeter
    ) throws(OutputError) {
        Platform.keepFreedMemory()
        let jobs = options.jobs
        let maxRecords = jobs * 64
        let maxBytes = 64 << 20
        var batch: [Record] = []
        batch.reserveCapacity(maxRecords)
        let writer = DispatchQueue(label: "art.output")
        // Signalled when no batch is being written.
        let idle = DispatchSemaphore(value: 1)
        nonisolated(unsafe) var writeError: OutputError?
        var readError: OutputError?
        withUnsafeMutablePointer(to: &output) { sink in
            nonisolated(unsafe) let sink = sink
            // The last batch is written before the sink is flushed or read.
            defer {
                idle.wait()
                idle.signal()
            }
            while true {
                batch.removeAll(keepingCapacity: true)
                var bytes = 0
                do throws(OutputError) {
                    while batch.count < maxRecords, bytes < maxBytes, let (record, _) = try source.next() {
                        batch.append(record.ownedCopy())
                        bytes += record.bytes.count
                    }
                } catch {
                    readError = error
                    return
                }
                if batch.isEmpty { return }
                let results = Self.map(batch, jobs: jobs) { record -> ([UInt8], Bool) in
                    let update = self.update(record, transform)
                    var out: [UInt8] = []
                    out.reserveCapacity(record.bytes.count + 256)
                    record.write(update, to: &out)
                    return (out, !update.errors.isEmpty)
                }
                for (_, hadErrors) in results { diagnostics.countRecord(withErrors: hadErrors) }
                idle.wait()
                if writeError != nil {
                    idle.signal()
                    return
                }
                writer.async {
                    do throws(OutputError) {
                        for (out, _) in results { try sink.pointee.write(out) }
                    } catch {
                        writeError = error
                    }
                    idle.signal()
                }
                progress.update(done: diagnostics.records)
            }
        }
        if let writeError { throw writeError }
        if let readError { throw readError }
    }

    /// Maps `items` on `jobs` threads; results in input order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ body: @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count <= 1 { return items.map(body) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        // Deinitialised too, or every result (a batch's output) would leak.
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let next = Atomic<Int>(0)
        nonisolated(unsafe) let slots = results
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
                while true {
                    let i = next.add(1, ordering: .relaxed).oldValue
                    guard i < input.count else { return }
                    slots[i] = body(input[i])
                }
            }
        }
        return results.map { $0! }
    }
}

func formatSeconds(_ s: Double) -> String {
    let ms = Int((s * 1000).rounded())
    let frac = ms % 1000
    return "\(ms / 1000)." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + "\(frac)"
}
