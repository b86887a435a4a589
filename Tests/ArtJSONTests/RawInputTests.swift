import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct RawInputTests {
    @Test func htmlFilesGoInHTML() {
        #expect(RawInput.defaultField(for: "a/page.HTML") == "html")
        #expect(RawInput.defaultField(for: "page.xhtml") == "html")
        #expect(RawInput.defaultField(for: "notes.txt") == "text")
    }

    @Test func decodingIsStrict() {
        #expect(RawInput.decodeDeclaredOrDetected(Array("héllo".utf8), false) == "héllo")
        let koi8 = Array("<meta charset=koi8-r>".utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        #expect(RawInput.decodeDeclaredOrDetected(koi8, true) == "<meta charset=koi8-r>Привет")
    }
}
