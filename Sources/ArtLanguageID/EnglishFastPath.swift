/// A cheap test that spares CLD2 most English text. CLD2 costs about three
/// times what segmenting the text does, and English is most of what the
/// filters see. English prose is about a third function words (the, of,
/// and, to...: 0.27 or more in 95% of the English development texts), where
/// German, French, Spanish and Portuguese stay under 0.17; so a share of
/// 0.25 in the first kilobyte, with hardly a letter beyond ASCII, settles
/// it. Anything less goes to CLD2.
enum EnglishFastPath {
    /// The bytes looked at.
    static let sampleBytes = 1024
    /// At least this many words, and this share of them function words.
    static let minimumWords = 40
    static let minimumShare = 0.25

    static func isPlainlyEnglish(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(utf8.count, sampleBytes)
        var words = 0
        var hits = 0
        var foreignLetters = 0
        var key: UInt64 = 0
        var length = 0
        for i in 0...n {
            let b: UInt8 = i < n ? utf8[i] : 0x20
            // Lead bytes of letters beyond ASCII (Latin with diacritics, other
            // scripts); not of punctuation (E2: quotes, dashes) or emoji (F0).
            if b >= 0xC3 && b != 0xE2 && b < 0xF0 { foreignLetters += 1 }
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                if length < 8 { key = key << 8 | UInt64(lower) }
                length += 1
                continue
            }
            if length > 0 {
                words += 1
                if length <= 5 && functionWords.contains(key) { hits += 1 }
                key = 0
                length = 0
            }
        }
        return words >= minimumWords && foreignLetters * 100 < n && Double(hits) >= minimumShare * Double(words)
    }

    /// The commonest English function words, packed a byte a letter.
    static let functionWords: Set<UInt64> = Set(
        [
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "was", "with", "said", "he", "it", "as",
            "at", "by", "his", "her", "from", "have", "has", "be", "are", "were", "not", "but", "they", "this",
            "which", "who", "an", "or", "will", "would", "its", "had", "their", "been", "she", "we", "i", "you",
        ].map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })
}
