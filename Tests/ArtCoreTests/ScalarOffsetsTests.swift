import Testing

@testable import ArtCore

@Suite("Scalar offsets")
struct ScalarOffsetTests {
    @Test func convertsBothWays() {
        let text = "a😀é中\u{301}b"
        var c = ScalarOffsetConverter(text)
        // a(1) 😀(4) é(2) 中(3) U+0301(2) b(1)
        let bytes = [0, 1, 5, 7, 10, 12, 13]
        for (scalar, byte) in bytes.enumerated() {
            #expect(c.scalarOffset(utf8: byte) == scalar)
            #expect(c.utf8Offset(scalar: scalar) == byte)
        }
        // Backwards too.
        #expect(c.scalarOffset(utf8: 5) == 2)
        #expect(c.scalarOffset(utf8: 0) == 0)
        // UTF-16: 😀 is two units.
        #expect(c.utf16Offset(scalar: 2) == 3)
        #expect(c.scalarOffset(utf16: 3) == 2)
        #expect(c.scalarOffset(utf16: 7) == 6)
        // Inside a scalar rounds down.
        #expect(c.scalarOffset(utf8: 3) == 1)
    }

    @Test func slicesByScalars() {
        let text = "e\u{301}😀 Kyiv’s"
        #expect(text.slice(TextSpan(start: 0, end: 2)) == "e\u{301}")
        #expect(text.slice(TextSpan(start: 4, end: 8)) == "Kyiv")
        #expect(Array(text.unicodeScalars).string(TextSpan(start: 2, end: 3)) == "😀")
        #expect(text.scalarCount == 10)
    }
}
