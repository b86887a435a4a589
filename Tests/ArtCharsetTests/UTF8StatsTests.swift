import Testing

@testable import ArtCharset

@Suite struct UTF8StatsTests {
    @Test func countsSequencesAndBadBytes() {
        let valid = UTF8Stats(Array("aé☃😀".utf8)[...])
        #expect(valid.invalid == 0 && valid.multibyte == 3 && valid.nonASCII == 9)
        // A stray continuation byte, an overlong lead, a surrogate and a cut sequence.
        let bad = UTF8Stats([0x80, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xE2, 0x98][...])
        #expect(bad.multibyte == 0 && bad.invalid >= 4)
        #expect(UTF8Stats(cp1252[...]).invalid > 0)
    }
}
