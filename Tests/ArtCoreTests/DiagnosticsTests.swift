import Testing

@testable import ArtCore

@Suite("Diagnostics")
struct DiagnosticsTests {
    /// A `Diagnostics` writing its messages to a temporary file, and that file.
    func diagnostics(quiet: Bool = false, rejectPath: String? = nil) throws -> (Diagnostics, String, Int32) {
        let messages = temporaryFile([])
        let fd = open(messages, O_WRONLY)
        return (try Diagnostics(tool: "art-x", quiet: quiet, rejectPath: rejectPath, messageDescriptor: fd), messages, fd)
    }

    @Test func rejectsAreReportedCountedAndCopied() throws {
        let rejects = temporaryFile([])
        let (d, messages, fd) = try diagnostics(rejectPath: rejects)
        defer {
            close(fd)
            unlink(messages)
            unlink(rejects)
        }
        try d.reject(LineReference(file: "in.jsonl", line: 7), reason: "not JSON", raw: Array("x\r".utf8)[...])
        try d.rejectPiece(UnsafeRawBufferPointer(start: "yy", count: 2))
        try d.endRejectedLine()
        d.reject(file: "page.html", reason: "not UTF-8")
        d.countRecord(withErrors: true)
        d.countRecord(withErrors: false)
        try d.close()
        #expect(contents(messages) == "art-x: in.jsonl:7: not JSON\nart-x: page.html: not UTF-8\n")
        #expect(contents(rejects) == "x\r\nyy\n")
        #expect(d.rejected == 2 && d.records == 2 && d.recordsWithErrors == 1)
    }

    @Test func quietSilencesRejectsAndWarningsNotErrors() throws {
        let (d, messages, fd) = try diagnostics(quiet: true)
        defer {
            close(fd)
            unlink(messages)
        }
        try d.reject(LineReference(file: "-", line: 1), reason: "bad", raw: nil)
        d.warning("odd")
        d.error("cannot read in.jsonl")
        #expect(contents(messages) == "art-x: cannot read in.jsonl\n")
        #expect(d.rejected == 1)
    }

    @Test func anUnwritableRejectFileIsAnOutputError() {
        #expect(throws: OutputError.self) { try Diagnostics(tool: "t", quiet: true, rejectPath: "/nonexistent/dir/r") }
    }

    @Test func ratesAndSeconds() {
        #expect(formatRate(1234.4) == "1234")
        #expect(formatRate(12.46) == "12.5")
        #expect(formatRate(0) == "0.0")
        #expect(formatSeconds(1.0234) == "1.023")
        #expect(formatSeconds(0.05) == "0.050")
    }
}
