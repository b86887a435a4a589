import ArtCore
import Testing

@testable import ArtText

@Suite struct TextWindowsTests {
    func windows(_ text: String, limit: Int, sentences: [TextSpan]? = nil) -> [TextWindow] {
        var all: [TextWindow] = []
        TextWindows(limit: limit).forEach(in: text, sentences: sentences) { all.append($0) }
        return all
    }

    /// The windows cover the text in order, each within the limit.
    func expectCover(_ text: String, _ all: [TextWindow], limit: Int) {
        var offset = 0
        var joined: [Unicode.Scalar] = []
        for w in all {
            #expect(w.offset == offset)
            #expect(w.scalars.count <= limit)
            offset += w.scalars.count
            joined += w.scalars
        }
        #expect(joined == Array(text.unicodeScalars))
    }

    @Test func aTextWithinTheLimitIsOneWindow() {
        let spans = [TextSpan(start: 0, end: 3), TextSpan(start: 4, end: 9)]
        let all = windows("Hi. Hello.", limit: 64, sentences: spans)
        #expect(all.count == 1)
        #expect(all[0].offset == 0 && all[0].sentences == spans)
        #expect(windows("", limit: 8).map(\.scalars) == [[]])
    }

    @Test func cutsFallAtLineBreaksWithinTheLimit() {
        let paragraph = "Anna met Ben in Oslo. They talked.\n"
        let text = String(repeating: paragraph, count: 20)
        let all = windows(text, limit: 100)
        expectCover(text, all, limit: 100)
        #expect(all.count > 1)
        #expect(all.dropLast().allSatisfy { $0.scalars.last == "\n" })
    }

    @Test func withoutLineBreaksCutsFallAtSentenceEndsThenSpaces() {
        let sentence = "Anna met Ben. "
        let text = String(repeating: sentence, count: 30)
        let spans = (0..<30).map { TextSpan(start: $0 * 14, end: $0 * 14 + 13) }
        let all = windows(text, limit: 50, sentences: spans)
        expectCover(text, all, limit: 50)
        // Every window holds whole sentences, relative to its start.
        #expect(all.flatMap { w in (w.sentences ?? []).map { TextSpan(start: $0.start + w.offset, end: $0.end + w.offset) } } == spans)
        #expect(all.dropLast().allSatisfy { w in w.sentences?.last.map { $0.end == w.scalars.count } ?? false })
        let words = String(repeating: "word ", count: 40)
        let cutAtSpaces = windows(words, limit: 32)
        expectCover(words, cutAtSpaces, limit: 32)
        #expect(cutAtSpaces.dropLast().allSatisfy { $0.scalars.last == " " })
    }

    @Test func aTextWithNowhereToCutIsCutAtTheLimit() {
        let text = String(repeating: "é", count: 25)
        let all = windows(text, limit: 10)
        expectCover(text, all, limit: 10)
        #expect(all.map(\.scalars.count) == [10, 10, 5])
    }

    @Test func aSentenceAcrossACutIsClippedToEachWindow() {
        let text = String(repeating: "x", count: 30)
        let all = windows(text, limit: 10, sentences: [TextSpan(start: 0, end: 30)])
        #expect(all.map(\.sentences) == [[TextSpan(start: 0, end: 10)], [TextSpan(start: 0, end: 10)], [TextSpan(start: 0, end: 10)]])
    }
}
