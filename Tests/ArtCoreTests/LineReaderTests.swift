import Testing

@testable import ArtCore

#if canImport(Glibc)
    import Glibc
#endif

/// A temporary file with `bytes`, removed when the test ends.
func temporaryFile(_ bytes: [UInt8]) -> String {
    var template = Array("/tmp/art-test-XXXXXX".utf8CString)
    let fd = mkstemp(&template)
    precondition(fd >= 0)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return String(cString: template)
}

func readAll(_ reader: LineReader) throws -> [String] {
    var lines: [String] = []
    while let line = try reader.next() {
        switch line {
        case .line(let bytes, _, let number): lines.append("\(number):" + String(decoding: bytes, as: UTF8.self))
        case .tooLong(let number, let length): lines.append("\(number):too long \(length)")
        }
    }
    return lines
}

@Suite("Line reading")
struct LineReaderTests {
    @Test func crlfBomBlankAndMissingFinalNewline() throws {
        let path = temporaryFile([0xEF, 0xBB, 0xBF] + Array("{\"a\":1}\r\n\r\n   \n{\"b\":2}\n{\"c\":3}".utf8))
        defer { unlink(path) }
        let lines = try readAll(try LineReader(path: path))
        #expect(lines == ["1:{\"a\":1}", "4:{\"b\":2}", "5:{\"c\":3}"])
    }

    @Test func linesLongerThanTheChunk() throws {
        let long = String(repeating: "x", count: 100_000)
        let path = temporaryFile(Array("a\n\(long)\nb\n".utf8))
        defer { unlink(path) }
        let reader = LineReader(fd: open(path, O_RDONLY), name: path, chunkSize: 1000, ownsDescriptor: true)
        let lines = try readAll(reader)
        #expect(lines.count == 3)
        #expect(lines[1].count == 100_002)
        #expect(lines[2] == "3:b")
    }

    @Test func overLongLinesAreStreamedAway() throws {
        let long = String(repeating: "y", count: 5000)
        let path = temporaryFile(Array("short\n\(long)\nafter\n\(long)".utf8))
        defer { unlink(path) }
        let reader = LineReader(fd: open(path, O_RDONLY), name: path, maxLineBytes: 100, chunkSize: 64, ownsDescriptor: true)
        var overflow = 0
        reader.overflow = { overflow += $0.count }
        let lines = try readAll(reader)
        #expect(lines == ["1:short", "2:too long 5000", "3:after", "4:too long 5000"])
        #expect(overflow == 10_000)
    }

    @Test func missingFileIsAnInputError() {
        #expect(throws: InputError.self) { try LineReader(path: "/nonexistent/file.jsonl") }
        #expect(throws: InputError.self) { try LineReader(path: "/tmp") }
    }
}

@Suite("Record source and policies")
struct RecordSourceTests {
    func run(_ text: String, policy: BadLinePolicy = .skip, bare: String? = nil) throws -> (records: [String], rejected: Int, stopped: Bool) {
        let path = temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        var options = RunnerOptions(tool: "art-test")
        options.inputs = [path]
        options.onError = policy
        options.quiet = true
        options.bareLineField = bare
        let diagnostics = try Diagnostics(tool: "art-test", quiet: true, rejectPath: nil)
        let source = RecordSource(options: options, diagnostics: diagnostics)
        var records: [String] = []
        while let (record, reference) = try source.next() {
            records.append("\(reference.line):" + String(decoding: record.bytes, as: UTF8.self))
        }
        return (records, diagnostics.rejected, source.stopped)
    }

    @Test func skipGoesOn() throws {
        let r = try run("{\"a\":1}\nbad\n{\"b\":2}\n")
        #expect(r.records == ["1:{\"a\":1}", "3:{\"b\":2}"])
        #expect(r.rejected == 1)
    }

    @Test func failStopsAtTheFirstBadLine() throws {
        let r = try run("{\"a\":1}\nbad\n{\"b\":2}\n", policy: .fail)
        #expect(r.records == ["1:{\"a\":1}"])
        #expect(r.rejected == 1 && r.stopped)
    }

    @Test func bareLinesBecomeRecords() throws {
        let r = try run("https://example.org/a\n{\"url\":\"b\"}\n[1]\n", bare: "url")
        #expect(r.records == ["1:{\"url\":\"https://example.org/a\"}", "2:{\"url\":\"b\"}"])
        #expect(r.rejected == 1)
    }

    @Test func parallelMapKeepsOrder() {
        let items = Array(0..<1000)
        let out = FilterRunner.map(items, jobs: 4) { $0 * 2 }
        #expect(out == items.map { $0 * 2 })
    }
}
