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

    /// `find` gives the leftmost occurrence at or after `from`, whichever
    /// byte of the needle it looks for first, on short texts and on texts
    /// long enough for the rare-byte search; checked against a naive scan.
    @Test func findIsTheLeftmostOccurrence() {
        let pieces = ["a", "b", "ab", "ba", " ", "é", "ü", "publ", "ished", "q", "z"]
        var generator = SystemRandomNumberGenerator()
        func naive(_ h: [UInt8], _ n: [UInt8], _ from: Int) -> Int? {
            guard !n.isEmpty else { return from }
            guard h.count >= n.count, from <= h.count - n.count else { return nil }
            for i in from...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
            return nil
        }
        for _ in 0..<2000 {
            let length = Bool.random(using: &generator) ? Int.random(in: 0...20, using: &generator) : Int.random(in: 200...400, using: &generator)
            let h = Array((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
            let n = Array((0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
            let from = Int.random(in: 0...max(0, h.count / 2), using: &generator)
            #expect(TextUtil.find(h, n, from: from) == naive(h, n, from), "\(h) \(n) \(from)")
        }
    }
}
