import ArtCore

/// What reading a WARC file gives, in file order.
enum WARCEvent: Sendable {
    /// The output record of a `response` record.
    case line([UInt8], failed: Bool)
    /// A damaged record or gzip member, with where it is (`byte N: ...`).
    case damaged(String)
}

/// Thrown by the event handler to stop reading (interrupt, `--on-error fail`).
struct WARCStop: Error {}

/// Why a WARC file cannot be read at all (exit status 3).
struct WARCReadError: Error, CustomStringConvertible {
    var description: String
}

public enum WARCRun {
    /// Writes one record per HTTP `response` record of the WARC files. A
    /// damaged record is reported like a rejected line (art(7), EXIT STATUS:
    /// status 1) and reading goes on after it; a file that cannot be read
    /// ends the run with status 3 once the other files are read.
    public static func run(files: [String], options: FetchOptions, runner: RunnerOptions) -> ExitStatus {
        FilterRunner(options: runner).run { _, output, diagnostics, progress throws(OutputError) in
            var failure: OutputError?
            var errors = 0
            files: for path in files {
                do {
                    let file = try WARCFile(path: path, options: options, jobs: runner.jobs)
                    try file.read { event in
                        switch event {
                        case .line(let bytes, let failed):
                            diagnostics.countRecord(withErrors: failed)
                            if failed { errors += 1 }
                            try output.write(bytes)
                            progress.update(done: diagnostics.records, errors: errors)
                        case .damaged(let reason):
                            diagnostics.reject(file: path, reason: reason)
                            if runner.onError == .fail { throw WARCStop() }
                        }
                        if InterruptFlag.isSet { throw WARCStop() }
                    }
                } catch let error as OutputError {
                    throw error
                } catch is WARCStop {
                    break files
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
}

/// Turns WARC records into output records: what runs on the worker threads.
struct WARCConverter: Sendable {
    let file: String
    let options: FetchOptions

    /// Blocks larger than this are skipped (their record fails with `too_large`).
    var maxBlock: Int { options.maxBytes + (64 << 10) }
    /// A gzip member inflating beyond this is read as a stream instead.
    var memberLimit: Int { maxBlock + WARCRecordParser.longestHeader }

    /// The events of a whole gzip member's records.
    func events(ofMember bytes: [UInt8], at offset: Int) -> [WARCEvent] {
        var parser = WARCRecordParser(maxBlock: maxBlock, bytes: bytes, finished: true)
        var events: [WARCEvent] = []
        while let item = parser.next() {
            if let event = event(item, member: offset) { events.append(event) }
        }
        return events
    }

    /// The event of a parsed item; `member` is the offset of its gzip member,
    /// nil in a plain file. Records other than responses give none.
    func event(_ item: WARCRecordParser.Item, member: Int?) -> WARCEvent? {
        switch item {
        case .record(let record, let offset):
            let place = member.map { "the gzip member at byte \($0)" } ?? "byte \(offset)"
            return convert(record, place: place).map { .line($0.bytes, failed: $0.failed) }
        case .damaged(let reason, let offset):
            return .damaged(member.map { "gzip member at byte \($0): \(reason)" } ?? "byte \(offset): \(reason)")
        }
    }

    /// The output line for a `response` record; nil for other records.
    func convert(_ record: WARCRecord, place: String) -> (bytes: [UInt8], failed: Bool)? {
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
            result = Self.result(of: response, uri: uri, date: date, options: options)
        } else {
            result = .failure(
                kind: "decode", message: "the WARC record of \(uri) at \(place) of \(file) holds no HTTP response", partial: nil)
        }
        let update = Outcome.update(result, options: options)
        var out: [UInt8] = []
        input.write(update, to: &out)
        return (out, !update.errors.isEmpty)
    }

    /// What a fetch of `uri` would have given, from the stored response.
    static func result(of response: StoredResponse, uri: String, date: String, options: FetchOptions) -> FetchResult {
        var body = response.body
        if let encoding = response.header("content-encoding")?.lowercased(),
            encoding.contains("gzip") || encoding.contains("deflate")
        {
            guard let plain = StoredResponse.decompress(body, limit: options.maxBytes) else {
                return .failure(kind: "decode", message: "cannot decompress the \(encoding) body of \(uri)", partial: nil)
            }
            body = plain
        }
        let fetched = Fetched(
            finalURL: uri, status: response.status, contentType: response.header("content-type"), body: body,
            etag: nil, lastModified: nil, fetchedAt: date)
        if body.count > options.maxBytes {
            return .failure(kind: "too_large", message: "\(uri) has \(body.count) bytes, over --max-bytes \(options.maxBytes)", partial: fetched)
        }
        if (200..<300).contains(response.status) { return .success(fetched) }
        var partial = fetched
        partial.body = []
        return .failure(kind: "http_status", message: "HTTP \(response.status) from \(uri)", partial: partial)
    }
}
