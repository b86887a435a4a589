import Testing

@testable import ArtCore

extension ReadingInput {
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
    }
}
