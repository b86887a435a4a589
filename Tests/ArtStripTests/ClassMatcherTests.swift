import Testing

@testable import ArtStrip

@Suite struct ClassMatcherTests {
    /// Every flag by the definition: substrings anywhere, tokens between
    /// spaces, hyphens and underscores.
    func referenceFlags(_ s: String) -> UInt16 {
        let sets: [(HintPatterns, ClassFlags)] = [
            (Patterns.negative, .negative), (Patterns.positive, .positive), (Patterns.unlikely, .unlikely),
            (Patterns.alwaysUnlikely, .alwaysUnlikely), (Patterns.maybe, .maybe), (Patterns.body, .body),
            (Patterns.byline, .byline), (Patterns.authorBox, .authorBox), (Patterns.notAuthor, .notAuthor),
        ]
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
        var found: UInt16 = 0
        for (set, flag) in sets {
            if set.substrings.contains(where: { TextUtil.contains(s, $0) }) || set.tokens.contains(where: tokens.contains) {
                found |= flag.rawValue
            }
        }
        return found
    }

    @Test func classMatcherFindsWhatTheDefinitionSays() {
        let pieces = ["ad", "ads", "nav", "main", "content", "article-body", "share", "x", "-", "_", " ", "é",
            "comment", "comments", "byline", "author-bio", "story", "date", "time", "metadata", "hidden", "sr-only",
            "post", "entry", "tags", "taglist", "sidebar"]
        var generator = SystemRandomNumberGenerator()
        var samples = pieces + Patterns.unlikely.substrings + Patterns.body.substrings + Patterns.byline.tokens
        for _ in 0..<5000 {
            let n = Int.random(in: 1...6, using: &generator)
            samples.append((0..<n).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for s in samples {
            var bytes = Array(s.utf8)
            let flags = bytes.withUnsafeMutableBufferPointer { ClassFlags.matcher.scan(UnsafeBufferPointer($0)) }
            #expect(flags == referenceFlags(s), "\(s)")
        }
    }
}
