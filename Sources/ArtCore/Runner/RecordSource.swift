/// The records of every input, in order; lines that are not records are
/// reported through `diagnostics` and skipped (or end the run with
/// `--on-error fail`).
public final class RecordSource {
    let options: RunnerOptions
    let diagnostics: Diagnostics
    private var pendingInputs: [String]
    private var reader: LineReader?
    /// Set when an input could not be read: the run ends with exit status 3.
    public private(set) var inputFailed = false
    /// Set when `--on-error fail` met a bad line.
    public private(set) var stopped = false
    private var overflowError: OutputError?

    public init(options: RunnerOptions, diagnostics: Diagnostics) {
        self.options = options
        self.diagnostics = diagnostics
        self.pendingInputs = options.inputs.isEmpty ? ["-"] : options.inputs
    }

    /// The next record and where it came from, or nil when the input is done.
    public func next() throws(OutputError) -> (Record, LineReference)? {
        while !stopped && !InterruptFlag.isSet {
            guard let reader = try currentReader() else { return nil }
            let line: InputLine?
            do {
                line = try reader.next()
            } catch {
                diagnostics.error(error.description)
                inputFailed = true
                self.reader = nil
                continue
            }
            if let overflowError { throw overflowError }
            switch line {
            case nil:
                self.reader = nil
            case .tooLong(let number, let length)?:
                try diagnostics.endRejectedLine()
                try reject(
                    LineReference(file: reader.name, line: number),
                    reason: "line of \(length) bytes is longer than --max-line-bytes \(options.maxLineBytes)", raw: nil)
            case .line(let bytes, let raw, let number)?:
                let reference = LineReference(file: reader.name, line: number)
                do {
                    return (try Record(validating: bytes, maxDepth: options.maxDepth), reference)
                } catch {
                    if let field = options.bareLineField, let record = Self.bareRecord(bytes, field: field) {
                        return (record, reference)
                    }
                    try reject(reference, reason: error.description, raw: raw)
                }
            }
        }
        return nil
    }

    private func reject(_ reference: LineReference, reason: String, raw: ArraySlice<UInt8>?) throws(OutputError) {
        try diagnostics.reject(reference, reason: reason, raw: raw)
        if options.onError == .fail { stopped = true }
    }

    private func currentReader() throws(OutputError) -> LineReader? {
        while reader == nil {
            guard !pendingInputs.isEmpty else { return nil }
            let path = pendingInputs.removeFirst()
            do {
                let r = try LineReader(path: path, maxLineBytes: options.maxLineBytes)
                let diagnostics = self.diagnostics
                r.overflow = { [weak self] piece in
                    do throws(OutputError) { try diagnostics.rejectPiece(piece) } catch { self?.overflowError = error }
                }
                reader = r
            } catch {
                diagnostics.error(error.description)
                inputFailed = true
            }
        }
        return reader
    }

    /// `{"<field>": "<line>"}` for a line that does not start like JSON.
    static func bareRecord(_ bytes: ArraySlice<UInt8>, field: String) -> Record? {
        var a = bytes.startIndex
        var b = bytes.endIndex
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        guard a < b else { return nil }
        let first = bytes[a]
        guard first != UInt8(ascii: "{"), first != UInt8(ascii: "["), first != UInt8(ascii: "\"") else { return nil }
        guard let text = String(validating: bytes[a..<b], as: UTF8.self) else { return nil }
        return Record([(key: field, value: .string(text))])
    }
}
