extension DocumentPass {
    /// An acronym in parentheses extends its expansion over the words whose
    /// initials it spells (`Organization for Security and Cooperation in
    /// Europe (OSCE)`, tagged in parts), and is a name of the same type.
    mutating func extendOverAcronyms(_ names: [TokenSpan]) -> [TokenSpan] {
        // Names are sorted and disjoint, so the ones an expansion overlaps are
        // a run found by binary search, and the list is rebuilt in one pass
        // (removing and searching per acronym is quadratic on a huge text).
        func firstName(from lo: Int, where isAfter: (TokenSpan) -> Bool) -> Int {
            var lo = lo
            var hi = names.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isAfter(names[mid]) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        var rebuilt: [TokenSpan] = []
        var copied = 0  // names[copied...] are not in `rebuilt` yet
        for p in 1..<(n - 2) where isBracketedAcronym(p) {
            guard let start = expansionStart(acronymAt: p + 1) else { continue }
            // The names over tokens start..<p: names[lo..<hi].
            let lo = firstName(from: copied) { $0.end > start }
            let hi = firstName(from: lo) { $0.first >= p }
            guard let type = Self.majorityType(names[lo..<hi]) else { continue }
            rebuilt.append(contentsOf: names[copied..<lo])
            rebuilt.append(TokenSpan(first: start, end: p, type: type))
            // The acronym itself is a name of the same type.
            let after = firstName(from: hi) { $0.end > p + 1 }
            if !(after < names.count && names[after].first <= p + 1) {
                rebuilt.append(TokenSpan(first: p + 1, end: p + 2, type: type))
            }
            copied = hi
        }
        rebuilt.append(contentsOf: names[copied...])
        rebuilt.sort { $0.first < $1.first }
        return rebuilt
    }

    /// The first token of the words before `(` whose initials spell the
    /// acronym at token `a` (skipping `of`, `and` and the like), if they do.
    mutating func expansionStart(acronymAt a: Int) -> Int? {
        let p = a - 1
        let letters = Array(text(a).unicodeScalars.filter { $0 != "." })
        var li = letters.count - 1
        var k = p - 1
        while k >= 0 && li >= 0 && p - k <= 3 * letters.count {
            let w = text(k)
            if acronymSkipWords.contains(w.lowercased()) { k -= 1; continue }
            // Hyphenated or compound words may carry several capitals.
            guard let c = w.unicodeScalars.first, c.isUppercaseLetter, c == letters[li] else { return nil }
            li -= 1
            if li < 0 { return k }
            k -= 1
        }
        return nil
    }

    /// The type most tokens of `names` have (ties: the first type); nil for no tokens.
    static func majorityType(_ names: ArraySlice<TokenSpan>) -> Int? {
        var counts = [0, 0, 0, 0]
        for nm in names { counts[nm.type] += nm.end - nm.first }
        guard let m = counts.max(), m > 0 else { return nil }
        return counts.firstIndex(of: m)!
    }
}
