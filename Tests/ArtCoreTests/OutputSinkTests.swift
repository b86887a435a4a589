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

    /// With SIGPIPE ignored (as swift-nio sets it in art-fetch), a write to a
    /// closed pipe still ends the process by SIGPIPE, quietly, as under
    /// `head`; in a child process, since it ends the process.
    @Test func aClosedPipeEndsTheProcessEvenWithSIGPIPEIgnored() async {
        await #expect(processExitsWith: .signal(SIGPIPE)) {
            _ = signal(SIGPIPE, SIG_IGN)
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { exit(1) }
            close(ends[0])
            var sink = OutputSink(fd: ends[1], flushThreshold: 1)
            try? sink.write("record")
            exit(0)
        }
    }
}
