import Testing

@testable import ArtJSON

@Suite struct MinHashTests {
    let story = "The council voted on Tuesday to close the old town to cars in summer, and shop owners said deliveries would suffer."

    @Test func caseAndPunctuationDoNotCount() throws {
        let a = try #require(MinHash(text: story.unicodeScalars))
        let b = try #require(MinHash(text: story.uppercased().split(separator: ",").joined(separator: " ;").unicodeScalars))
        #expect(a.similarity(b.values) == 1)
    }

    @Test func aFewEditsKeepMostValuesAndOtherTextsFew() throws {
        let a = try #require(MinHash(text: story.unicodeScalars))
        let edited = try #require(MinHash(text: ("By Ana Reis. " + story.split(separator: " ").map { $0 == "Tuesday" ? "Monday" : $0 }.joined(separator: " ")).unicodeScalars))
        let other = try #require(MinHash(text: "Rain closed the port for two days while fishermen waited for the storm to pass.".unicodeScalars))
        #expect(a.similarity(edited.values) > 0.5)
        #expect(a.similarity(other.values) < 0.2)
    }

    @Test func hexRoundTripsAndRejectsOtherText() throws {
        let a = try #require(MinHash(text: story.unicodeScalars))
        #expect(a.hex.utf8.count == 256)
        #expect(MinHash(hex: Array(a.hex.utf8)) == a)
        #expect(MinHash(hex: Array("zz".utf8)) == nil)
        #expect(MinHash(hex: Array(a.hex.uppercased().utf8)) == nil)
    }

    @Test func aTextWithoutWordsHasNone() {
        #expect(MinHash(text: " ... — !".unicodeScalars) == nil)
        #expect(MinHash.wordHashes("Ünïcode wörds, 42".unicodeScalars).count == 3)
        #expect(MinHash.wordHashes("ÉTÉ".unicodeScalars) == MinHash.wordHashes("été".unicodeScalars))
    }
}
