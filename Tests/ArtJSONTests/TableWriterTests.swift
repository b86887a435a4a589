import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct TableWriterTests {
    func table(_ style: TableWriter.Style, _ lines: [String], columns: [String]? = nil) throws -> String {
        var writer = TableWriter(style: style, columns: columns)
        var output = OutputSink(fd: -1, flushThreshold: 1 << 16)
        for line in lines { try writer.write(try Record(validating: line), to: &output) }
        try writer.finish(to: &output)
        return String(decoding: output.buffer, as: UTF8.self)
    }

    @Test func tsvEscapesAndTakesTheFirstRecordsKeys() throws {
        let out = try table(.tsv, [#"{"id":1,"text":"a\tb\nc\\","x":null}"#, #"{"id":2,"x":[1,"y"]}"#])
        #expect(out == "id\ttext\tx\n1\ta\\tb\\nc\\\\\t\n2\t\t[1,\"y\"]\n")
    }

    @Test func csvQuotesWhatNeedsIt() throws {
        let out = try table(.csv, [#"{"a":"x, \"y\"","b":true}"#], columns: ["b", "a"])
        #expect(out == "b,a\ntrue,\"x, \"\"y\"\"\"\n")
    }

    @Test func headerEvenWithoutRecords() throws {
        #expect(try table(.tsv, [], columns: ["id", "text"]) == "id\ttext\n")
        #expect(try table(.tsv, []) == "")
    }
}
