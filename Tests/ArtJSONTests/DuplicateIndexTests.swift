import Testing

@testable import ArtJSON

@Suite struct DuplicateIndexTests {
    @Test func findsTheMostSimilarEarlierDocument() throws {
        var index = DuplicateIndex()
        let a = try #require(MinHash(text: "one two three four five six seven eight nine ten".unicodeScalars))
        let b = try #require(MinHash(text: "alpha beta gamma delta epsilon zeta eta theta iota kappa".unicodeScalars))
        index.add(a, id: Array(#""a""#.utf8))
        index.add(b, id: Array("7".utf8))
        #expect(index.documents == 2)
        let hit = try #require(index.nearest(b, threshold: 0.5))
        #expect(Array(hit.id) == Array("7".utf8))
        #expect(hit.similarity == 1)
        let c = try #require(MinHash(text: "lorem ipsum dolor sit amet consectetur adipiscing elit sed do".unicodeScalars))
        #expect(index.nearest(c, threshold: 0.5) == nil)
    }

    @Test func bandsCoverTheSignature() throws {
        let a = try #require(MinHash(text: "some words here".unicodeScalars))
        #expect(DuplicateIndex.bandKeys(a).count == 21)
        #expect(Set(DuplicateIndex.bandKeys(a)).count == 21)
    }
}
