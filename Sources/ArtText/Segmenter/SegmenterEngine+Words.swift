// What the words around a possible sentence end say.
extension SegmenterEngine {
    static func isRoman(_ x: Int, _ y: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard y > x else { return false }
        for k in x..<y where !"IVXLC".unicodeScalars.contains(s[k]) { return false }
        return true
    }

    /// Words that typically begin a sentence (and rarely follow an abbreviation inside one).
    func isStarter(_ x: Int, _ y: Int) -> Bool {
        guard y > x else { return false }
        return language.sentenceStarters.contains(key(x, y))
    }

    /// Whether the capitalised word at `x..<y` also occurs in lower case in the text:
    /// then it is a common word, and capitalised here because a sentence starts.
    mutating func hasLowerEvidence(_ x: Int, _ y: Int) -> Bool {
        guard y - x >= 2 else { return false }
        // All-caps words are names (or shouting): no evidence either way.
        if s[x + 1].isUppercaseLetter { return false }
        let wkey = key(x, y)
        guard wkey != 0 else { return false }
        if let known = lowerEvidence[wkey] { return known }
        // The word in lower case (`Außerdem` → `außerdem`); a letter whose
        // lower case is not one scalar is kept as it is.
        let target = s[x..<y].map(Self.lowercased)
        var found = false
        let m = target.count
        var j = 1
        let first = target[0]
        let firstUpper = s[x]
        while j + m <= n {
            let c = s[j]
            if (c == first || c == firstUpper) && !s[j - 1].isLetter && (j + m == n || !s[j + m].isLetter) {
                var k = 1
                while k < m && s[j + k] == target[k] { k += 1 }
                if k == m {
                    if c == first {
                        found = true
                    } else if j >= 2 && s[j - 1] == " " && (s[j - 2].isLowercaseLetter || s[j - 2] == ",") {
                        // Capitalised inside a sentence too (`Apple Chief Executive`): a name.
                        found = false
                        break
                    }
                }
            }
            j += 1
        }
        lowerEvidence[wkey] = found
        return found
    }

    /// A scalar in lower case, when that is one scalar.
    @inline(__always)
    static func lowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 ? Unicode.Scalar(v + 32)! : c }
        guard c.isUppercaseLetter else { return c }
        let lower = c.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : c
    }

    /// `Smith said`, `Mr. Smith told reporters`: capitalised words (names,
    /// titles, initials) and then a verb of saying.
    func isAttribution(_ x: Int, _ b: Int) -> Bool {
        var k = x
        var words = 0
        while k < b && words < 5 {
            while k < b && s[k].isSpace { k += 1 }
            guard k < b else { return false }
            var we = k
            while we < b && (s[we].isLetter || s[we].isMark || s[we] == "-" || s[we].isApostrophe) { we += 1 }
            guard we > k else { return false }
            let w = key(k, we)
            if language.speechVerbs.contains(w) { return words > 0 }
            guard s[k].isUppercaseLetter, words > 0 || !language.sentenceStarters.contains(w) else { return false }
            words += 1
            k = we
            if k < b && s[k] == "." { k += 1 }  // `Mr.`, an initial
        }
        return false
    }

}
