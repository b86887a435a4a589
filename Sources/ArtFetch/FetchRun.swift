import ArtCore
import NIOConcurrencyHelpers
import NIOPosix

/// Wakes one waiting thread: a `signal()` made before the wait, or during
/// it, ends the wait once (an auto-reset event on NIO's condition lock).
final class WakeUp: Sendable {
    private let signalled = ConditionLock(value: false)

    func signal() {
        signalled.lock()
        signalled.unlock(withValue: true)
    }

    /// Waits for a signal or `seconds`, whichever comes first.
    func wait(_ seconds: Double) {
        if signalled.lock(whenValue: true, timeoutSeconds: seconds) { signalled.unlock(withValue: false) }
    }
}

/// The completed outputs, shared by the reading thread, the fetch tasks and
/// the writing thread, until the writer takes them in input order (art(7),
/// SCALING OUT: one record out for each record in, in the same order).
final class Board: Sendable {
    struct Output {
        var bytes: [UInt8]
        var failed: Bool
        /// Lines that come before a record's output while it is being made
        /// (the articles discovery has found so far): not a record.
        var isPart = false
    }

    struct State {
        /// Output lines by input position, until written.
        var done: [Int: Output] = [:]
        /// Lines written ahead of an output not done yet, by input position.
        var parts: [Int: [UInt8]] = [:]
        /// The bytes in `done`: with the record count, what bounds memory.
        var doneBytes = 0
        var submitted = 0
        var written = 0
        var readerFinished = false
        var readerError: OutputError?

        /// Completed pages wait for a slow one ahead of them: no new work
        /// while too many records (or too many bytes) are waiting.
        func hasRoom(window: Int, windowBytes: Int) -> Bool {
            submitted - written < window && (doneBytes < windowBytes || submitted == written)
        }

        /// Takes the outputs that can be written now: the next ones in input
        /// order, or any with `unordered`.
        mutating func takeWritable(unordered: Bool) -> [Output] {
            var batch: [Output] = []
            var records = 0
            if unordered {
                batch = parts.values.map { Output(bytes: $0, failed: false, isPart: true) }
                parts.removeAll(keepingCapacity: true)
                records = done.count
                batch.append(contentsOf: done.values)
                done.removeAll(keepingCapacity: true)
            } else {
                while true {
                    let seq = written + records
                    if let part = parts.removeValue(forKey: seq) { batch.append(Output(bytes: part, failed: false, isPart: true)) }
                    guard let item = done.removeValue(forKey: seq) else { break }
                    batch.append(item)
                    records += 1
                }
            }
            written += records
            for item in batch { doneBytes -= item.bytes.count }
            return batch
        }

        var isFinished: Bool { readerFinished && written == submitted }
    }

    let state = NIOLockedValueBox(State())
    /// The reader waits on it for room in the window.
    let roomFreed = WakeUp()
    /// The writer waits on it for outputs.
    let outputAdded = WakeUp()

    /// Lines of the output of `seq` that may be written before it is complete.
    func append(_ seq: Int, _ bytes: [UInt8]) {
        state.withLockedValue { state in
            state.parts[seq, default: []].append(contentsOf: bytes)
            state.doneBytes += bytes.count
        }
        outputAdded.signal()
    }

    func complete(_ seq: Int, _ bytes: [UInt8], failed: Bool) {
        state.withLockedValue { state in
            state.done[seq] = Output(bytes: bytes, failed: failed)
            state.doneBytes += bytes.count
        }
        outputAdded.signal()
    }
}

public enum FetchRun {
    /// Fetches every input record's `url` and writes one output record per
    /// input record, in input order unless `--unordered`.
    public static func run(options: FetchOptions, runner: RunnerOptions) -> ExitStatus {
        var runner = runner
        runner.bareLineField = "url"
        var options = options
        // Discovery reads robots.txt anyway (its Sitemap lines) and obeys it.
        if options.discovery != nil { options.robots = true }
        let fetcher: Fetcher
        do { fetcher = try Fetcher(options: options) } catch {
            printError("\(options.tool): \(error.description)")
            return .failure
        }
        defer { fetcher.shutdown() }
        return FilterRunner(options: runner).run { source, output, diagnostics, progress throws(OutputError) in
            try pipeline(source, &output, diagnostics, &progress, fetcher, options)
        }
    }

    /// Reads records on a thread of its own (a read may block), starts their
    /// fetches, and writes the outputs on the calling thread as they complete.
    static func pipeline(
        _ source: RecordSource, _ output: inout OutputSink, _ diagnostics: Diagnostics,
        _ progress: inout ProgressMeter, _ fetcher: Fetcher, _ options: FetchOptions
    ) throws(OutputError) {
        let board = Board()
        let readerThread = NIOThreadPool(numberOfThreads: 1)
        readerThread.start()
        nonisolated(unsafe) let source = source
        readerThread.submit { _ in read(source, into: board, fetcher: fetcher, options: options) }
        let finished: Bool
        do throws(OutputError) {
            finished = try write(board, &output, diagnostics, &progress, options: options)
        } catch {
            readerThread.shutdownGracefully { _ in }
            throw error
        }
        if finished {
            try? readerThread.syncShutdownGracefully()
        } else {
            // Interrupted: the reader stops at its next check; do not wait
            // for a read that may be blocked.
            readerThread.shutdownGracefully { _ in }
        }
    }

    /// The reader: submits records while the window has room.
    static func read(_ source: RecordSource, into board: Board, fetcher: Fetcher, options: FetchOptions) {
        let window = options.effectiveWindow
        let windowBytes = options.windowBytes
        while !InterruptFlag.isSet {
            let seq = board.state.withLockedValue { state in
                state.hasRoom(window: window, windowBytes: windowBytes) ? state.submitted : nil
            }
            guard let seq else {
                board.roomFreed.wait(0.2)
                continue
            }
            let next: (Record, LineReference)?
            do throws(OutputError) { next = try source.next() } catch {
                board.state.withLockedValue { $0.readerError = error }
                break
            }
            guard let (record, _) = next else { break }
            board.state.withLockedValue { $0.submitted += 1 }
            submit(record, seq: seq, board: board, fetcher: fetcher, options: options)
        }
        board.state.withLockedValue { $0.readerFinished = true }
        board.outputAdded.signal()
    }

    /// The writer: writes outputs as they become writable, and shows
    /// progress now and then. Returns false when interrupted.
    static func write(
        _ board: Board, _ output: inout OutputSink, _ diagnostics: Diagnostics, _ progress: inout ProgressMeter,
        options: FetchOptions
    ) throws(OutputError) -> Bool {
        var errors = 0
        while true {
            let (batch, finished, readerError) = board.state.withLockedValue { state in
                (state.takeWritable(unordered: options.unordered), state.isFinished, state.readerError)
            }
            if !batch.isEmpty { board.roomFreed.signal() }
            for item in batch {
                if !item.isPart { diagnostics.countRecord(withErrors: item.failed) }
                if item.failed { errors += 1 }
                try output.write(item.bytes)
            }
            progress.update(done: diagnostics.records, errors: errors)
            if let readerError { throw readerError }
            if InterruptFlag.isSet { return false }
            if finished { return true }
            if batch.isEmpty { board.outputAdded.wait(0.25) }
        }
    }

    /// Starts the work for one record; its output goes to the board.
    static func submit(_ record: Record, seq: Int, board: Board, fetcher: Fetcher, options: FetchOptions) {
        guard record.has("url") else {
            // Nothing to fetch: the record passes through unchanged.
            var out: [UInt8] = []
            record.write(.unchanged, to: &out)
            board.complete(seq, out, failed: false)
            return
        }
        guard let url = record.string("url") else {
            var update = RecordUpdate()
            update.fail(tool: options.tool, kind: "invalid_url", message: "url is not a string")
            var out: [UInt8] = []
            record.write(update, to: &out)
            board.complete(seq, out, failed: true)
            return
        }
        if let discovery = options.discovery {
            Task.detached {
                let (out, failed) = await DiscoveryWalk.output(
                    for: record, url: url, fetcher, discovery, tool: options.tool, early: { board.append(seq, $0) })
                board.complete(seq, out, failed: failed)
            }
            return
        }
        Task.detached {
            let result = await fetcher.fetch(url)
            let update = Outcome.update(result, options: options)
            var out: [UInt8] = []
            out.reserveCapacity(record.bytes.count + 64 + (update.fields.count > 4 ? 32 << 10 : 0))
            record.write(update, to: &out)
            board.complete(seq, out, failed: !update.errors.isEmpty)
        }
    }
}
