import Testing

@testable import ArtStrip

@Suite struct TextUtilTests {
    @Test func measureCountsCollapsedScalarsAndCommas() {
        let pieces = ["a", "bc", " ", "  ", "\n", "\t\r", ",", "é", "\u{A0}", "\u{2009}", "\u{3001}", "\u{1}", "word", "x,y"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // By the definition: each run of white space after text counts as one.
            var length: Int32 = 0
            var inSpace = true
            for u in s.unicodeScalars {
                let space = TextUtil.isSpace(u.value)
                if !(space && inSpace) { length += 1 }
                inSpace = space
            }
            let commas = Int32(s.unicodeScalars.filter { $0 == "," || $0 == "\u{60C}" || $0 == "\u{FF0C}" || $0 == "\u{3001}" }.count)
            let m = TextUtil.measure(s)
            #expect(m.length == length && m.commas == commas, "\(s.debugDescription)")
        }
    }
}
