import ArtCharset
import ArtCore

/// Turns raw input into records: whole files (`--wrap`) or lines (`--lines`).
public enum RawInput {
    /// Decodes a file's bytes to text; nil when they cannot be decoded.
    public typealias Decoder = @Sendable (_ bytes: [UInt8], _ isHTML: Bool) -> String?

    /// The field a wrapped file's content goes in: `html` for .html/.htm, else `text`.
    public static func defaultField(for path: String) -> String {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") ? "html" : "text"
    }

    /// Each file becomes one record `{"id": <path>, <field>: <content>}`.
    public static func wrap<C: RecordConsumer>(
        _ paths: [String], field: String?, decode: Decoder, runner: FilterRunner, consumer: inout C
    ) -> ExitStatus {
        var failedInput = false
        let status = runner.run(loop: { _, output, diagnostics, progress throws(OutputError) in
            try consumer.begin(&output)
            for path in paths.isEmpty ? ["-"] : paths {
                if InterruptFlag.isSet { break }
                let bytes: [UInt8]
                do throws(InputError) {
                    bytes = try readWholeFile(path)
                } catch {
                    diagnostics.error(error.description)
                    failedInput = true
                    continue
                }
                let name = path == "-" ? "<stdin>" : path
                let target = field ?? defaultField(for: path)
                guard let content = decode(bytes, target == "html") else {
                    diagnostics.reject(file: name, reason: "not valid UTF-8 and its charset could not be determined")
                    if runner.options.onError == .fail { break }
                    continue
                }
                let record = Record([(key: "id", value: .string(path)), (key: target, value: .string(content))])
                diagnostics.countRecord(withErrors: false)
                try consumer.consume(record, at: LineReference(file: name, line: 1), &output)
                progress.update(done: diagnostics.records)
            }
            try consumer.finish(&output)
        })
        return failedInput && status == .success ? .failure : status
    }

    /// Each non-blank input line becomes `{<field>: <line>}`, with
    /// `"id": "<file>:<line>"` first when `withID`.
    public static func lines<C: RecordConsumer>(
        field: String, withID: Bool, runner: FilterRunner, consumer: inout C
    ) -> ExitStatus {
        let options = runner.options
        var failedInput = false
        let status = runner.run(loop: { _, output, diagnostics, progress throws(OutputError) in
            try consumer.begin(&output)
            inputs: for path in options.inputs.isEmpty ? ["-"] : options.inputs {
                let reader: LineReader
                do throws(InputError) {
                    reader = try LineReader(path: path, maxLineBytes: options.maxLineBytes)
                } catch {
                    diagnostics.error(error.description)
                    failedInput = true
                    continue
                }
                while !InterruptFlag.isSet {
                    let line: InputLine?
                    do throws(InputError) {
                        line = try reader.next()
                    } catch {
                        diagnostics.error(error.description)
                        failedInput = true
                        continue inputs
                    }
                    guard let line else { break }
                    switch line {
                    case .tooLong(let number, let length):
                        try diagnostics.reject(
                            LineReference(file: reader.name, line: number),
                            reason: "line of \(length) bytes is longer than --max-line-bytes \(options.maxLineBytes)",
                            raw: nil)
                        if options.onError == .fail { break inputs }
                    case .line(let bytes, let raw, let number):
                        let reference = LineReference(file: reader.name, line: number)
                        guard let text = String(validating: bytes, as: UTF8.self) else {
                            try diagnostics.reject(reference, reason: "invalid UTF-8", raw: raw)
                            if options.onError == .fail { break inputs }
                            continue
                        }
                        var fields: [(key: String, value: JSONValue)] = []
                        if withID { fields.append((key: "id", value: .string("\(reader.name):\(number)"))) }
                        fields.append((key: field, value: .string(text)))
                        diagnostics.countRecord(withErrors: false)
                        try consumer.consume(Record(fields), at: reference, &output)
                        progress.update(done: diagnostics.records)
                    }
                }
            }
            try consumer.finish(&output)
        })
        return failedInput && status == .success ? .failure : status
    }

    /// The whole content of a file (`-` is standard input).
    static func readWholeFile(_ path: String) throws(InputError) -> [UInt8] {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw InputError("cannot open \(path): \(errnoDescription())") }
        }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError("cannot read \(path): Is a directory")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Platform.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read \(path): \(errnoDescription())")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}

extension RawInput {
    /// UTF-8, or the charset a BOM or (for HTML) a `<meta charset>` declares,
    /// or the one ICU detects; nil when none decodes cleanly.
    public static let decodeDeclaredOrDetected: Decoder = { bytes, isHTML in
        CharsetDecoder.decode(bytes, declared: nil, sniffHTML: isHTML, strict: true)?.text
    }
}
