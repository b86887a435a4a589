import Testing

@testable import ArtCore

@Suite("Output sink")
struct OutputSinkTests {
    @Test func buffersThenWritesEverythingInOrder() throws {
        let path = temporaryFile([])
        defer { unlink(path) }
        var sink = try OutputSink.create(path: path)
        try sink.write("a")
        try sink.writeLine("b")
        #expect(contents(path).isEmpty)  // still buffered
        let big = [UInt8](repeating: UInt8(ascii: "z"), count: 1 << 19)
        try big.withUnsafeBytes { try sink.writeThrough($0) }
        try sink.write([UInt8(ascii: "c")])
        try sink.close()
        #expect(contents(path) == "ab\n" + String(repeating: "z", count: 1 << 19) + "c")
    }

    @Test func aFailedWriteIsAnError() throws {
        let path = temporaryFile([])
        defer { unlink(path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var sink = OutputSink(fd: fd, name: "out.jsonl")
        try sink.write("x")
        #expect(throws: OutputError.self) { try sink.flush() }
        #expect(throws: OutputError.self) { try OutputSink.create(path: "/nonexistent/dir/out") }
    }
}
