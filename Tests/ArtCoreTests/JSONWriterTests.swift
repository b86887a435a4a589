import Testing

@testable import ArtCore

@Suite("JSON encoding")
struct JSONWriterTests {
    @Test func escapesOnlyWhatMustBe() {
        let v: JSONValue = .string("a\"b\\c\n\t\u{01}é😀/")
        #expect(v.jsonText == #""a\"b\\c\n\t\u0001é😀/""#)
    }

    @Test func roundTrip() throws {
        let values: [JSONValue] = [
            .null, true, 12, .number("-1.5e3"), "x\u{0}y", ["a", [1, [2]], .object(["k": "v", "é": .null])],
            .string(String(repeating: "日本", count: 1000)),
        ]
        for v in values {
            #expect(try JSONValue(parsing: v.jsonText) == v)
        }
    }

    @Test func numbersKeepTheirText() throws {
        let v = try JSONValue(parsing: #"[1.50, 1e2, -0]"#)
        #expect(v.jsonText == "[1.50,1e2,-0]")
    }

    @Test func integersInDecimal() {
        for value in [0, 7, 10, 99, 12345, -1, -90, Int.max, Int.min] {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            JSONWriter.appendDecimal(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
            var writer = JSONWriter()
            writer.writeInt(value)
            #expect(writer.bytes == Array(String(value).utf8))
        }
    }

    @Test func spansAsTheValueTreeWritesThem() {
        let spans = [TextSpan(start: 0, end: 3), TextSpan(start: 4, end: 1_000_000)]
        var writer = JSONWriter()
        writer.writeSpans(spans)
        #expect(writer.bytes == JSONValue.array(spans.map(\.json)).jsonBytes)
        var empty = JSONWriter()
        empty.writeSpans([])
        #expect(empty.bytes == Array("[]".utf8))
    }

    @Test func rawTextIsWrittenAsItIs() {
        var writer = JSONWriter()
        writer.writeRaw(#"{"k":"#)
        writer.writeString("v")
        writer.writeRaw("}")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"k":"v"}"#)
    }
}
