import ArtCore

#if canImport(Glibc)
    import Glibc
#endif

/// The completed outputs, shared by the reading thread, the fetch tasks and
/// the writing thread (guarded by `mutex`).
final class Board: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var cond = pthread_cond_t()
    /// Output lines by input position, until written.
    var done: [Int: (bytes: [UInt8], failed: Bool)] = [:]
    /// The bytes in `done`: with the record count, what bounds memory.
    var doneBytes = 0
    var submitted = 0
    var written = 0
    var readerFinished = false
    var readerError: OutputError?

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&cond, nil)
    }

    deinit {
        pthread_cond_destroy(&cond)
        pthread_mutex_destroy(&mutex)
    }

    func lock() { pthread_mutex_lock(&mutex) }
    func unlock() { pthread_mutex_unlock(&mutex) }
    func broadcast() { pthread_cond_broadcast(&cond) }

    /// Waits (locked) for a signal or `seconds`.
    func wait(_ seconds: Double) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let ns = Int(seconds * 1e9) + now.tv_nsec
        var until = timespec(tv_sec: now.tv_sec + ns / 1_000_000_000, tv_nsec: ns % 1_000_000_000)
        pthread_cond_timedwait(&cond, &mutex, &until)
    }

    func complete(_ seq: Int, _ bytes: [UInt8], failed: Bool) {
        lock()
        done[seq] = (bytes, failed)
        doneBytes += bytes.count
        broadcast()
        unlock()
    }
}

/// Runs `body` on a new thread.
func startThread(_ body: @escaping @Sendable () -> Void) -> pthread_t {
    final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let rc = pthread_create(
        &thread, nil,
        { raw in
            let box = Unmanaged<AnyObject>.fromOpaque(raw!).takeRetainedValue() as! Box
            box.body()
            return nil
        }, box)
    precondition(rc == 0, "cannot start a thread")
    return thread
}

public enum FetchRun {
    /// Fetches every input record's `url` and writes one output record per
    /// input record, in input order unless `--unordered`.
    public static func run(options: FetchOptions, runner: RunnerOptions) -> ExitStatus {
        var runner = runner
        runner.bareLineField = "url"
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

    static func pipeline(
        _ source: RecordSource, _ output: inout OutputSink, _ diagnostics: Diagnostics,
        _ progress: inout ProgressMeter, _ fetcher: Fetcher, _ options: FetchOptions
    ) throws(OutputError) {
        let board = Board()
        let window = options.effectiveWindow
        let windowBytes = options.windowBytes
        nonisolated(unsafe) let source = source
        let reader = startThread {
            while true {
                board.lock()
                // Completed pages wait for a slow one ahead of them: hold new
                // work while too many (or too many bytes) are waiting.
                while board.submitted - board.written >= window
                    || board.doneBytes >= windowBytes && board.submitted > board.written,
                    !InterruptFlag.isSet
                {
                    board.wait(0.2)
                }
                let seq = board.submitted
                board.unlock()
                if InterruptFlag.isSet { break }
                let next: (Record, LineReference)?
                do throws(OutputError) { next = try source.next() } catch {
                    board.lock()
                    board.readerError = error
                    board.unlock()
                    break
                }
                guard let (record, _) = next else { break }
                board.lock()
                board.submitted += 1
                board.unlock()
                submit(record, seq: seq, board: board, fetcher: fetcher, options: options)
            }
            board.lock()
            board.readerFinished = true
            board.broadcast()
            board.unlock()
        }

        var errors = 0
        var batch: [(bytes: [UInt8], failed: Bool)] = []
        var finished = false
        while !finished {
            board.lock()
            while true {
                if options.unordered {
                    if !board.done.isEmpty {
                        batch.append(contentsOf: board.done.values)
                        board.done.removeAll(keepingCapacity: true)
                    }
                } else {
                    while let item = board.done.removeValue(forKey: board.written + batch.count) { batch.append(item) }
                }
                if !batch.isEmpty { break }
                if board.readerFinished && board.written == board.submitted {
                    finished = true
                    break
                }
                if InterruptFlag.isSet { break }
                board.wait(0.25)
                if batch.isEmpty { break }  // show progress now and then
            }
            board.written += batch.count
            for item in batch { board.doneBytes -= item.bytes.count }
            board.broadcast()
            let readerError = board.readerError
            board.unlock()
            for item in batch {
                diagnostics.countRecord(withErrors: item.failed)
                if item.failed { errors += 1 }
                try output.write(item.bytes)
            }
            batch.removeAll(keepingCapacity: true)
            progress.update(done: diagnostics.records, errors: errors)
            if let readerError { throw readerError }
            if InterruptFlag.isSet { return }
        }
        pthread_join(reader, nil)
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
