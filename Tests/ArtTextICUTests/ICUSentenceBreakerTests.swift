import ArtCore
import ArtText
import ArtTextICU
import Testing

@Suite struct ICUSentenceBreakerTests {
    /// The sentences of `text` with ICU for other scripts, as art-sentences splits.
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSegmenter(fallback: ICUSentenceBreaker()).sentences(in: scalars).map { scalars.string($0) }
    }

    @Test func otherScriptsFallBackToICU() {
        #expect(split("今日は晴れです。明日は雨です。") == ["今日は晴れです。", "明日は雨です。"])
        #expect(split("यह पहला वाक्य है। यह दूसरा है।") == ["यह पहला वाक्य है।", "यह दूसरा है।"])
        #expect(split("هذه جملة. وهذه أخرى؟") == ["هذه جملة.", "وهذه أخرى؟"])
    }

    @Test func thaiSentencesEndAtSpaces() {
        #expect(split("วันนี้ฝนตก พรุ่งนี้แดดออก") == ["วันนี้ฝนตก", "พรุ่งนี้แดดออก"])
        // A space beside a digit or a Latin word is no sentence end.
        #expect(split("ราคา 20 บาท") == ["ราคา 20 บาท"])
    }

    @Test func latinTextKeepsTheRules() {
        #expect(split("Mr. Smith left. He was late.") == ["Mr. Smith left.", "He was late."])
    }

    @Test func cutsAreScalarOffsetsOutsideTheBMP() {
        // 𝐀 is one scalar but two UTF-16 units: offsets must stay scalars.
        let text = Array("𝐀𝐀。今日は。".unicodeScalars)
        let cuts = ICUSentenceBreaker().cuts(text, 0, text.count)
        #expect(cuts == [3])
    }
}
