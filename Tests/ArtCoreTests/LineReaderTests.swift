import Testing

@testable import ArtCore

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

extension ReadingInput {
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
}
