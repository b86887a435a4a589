import ArtCore

// Line breaks, list markers and bullets, emoticons, separators, web addresses and trailing marks.
extension SegmenterEngine {
    // MARK: Lines

    /// Trimmed bounds of the line that starts at `ls` and ends before `le`.
    mutating func lineCuts(_ a: Int, _ b: Int) {
        var lines: [(Int, Int)] = []
        var ls = a
        for e in blockEvents where kinds[e] & Self.newlineEvent != 0 {
            let i = events[e]
            if isNewline(i) {
                lines.append((ls, i))
                ls = i + 1
            }
        }
        guard !lines.isEmpty else { return }
        lines.append((ls, b))
        // Trim each line.
        lines = lines.map { (x, y) in
            var x = x
            var y = y
            while x < y && s[x].isSpace { x += 1 }
            while y > x && s[y - 1].isSpace { y -= 1 }
            return (x, y)
        }.filter { $0.0 < $0.1 }
        guard lines.count > 1 else { return }
        // Running prose: some line ends with sentence punctuation.
        let prose = lines.contains { endsWithTerminal($0.0, $0.1) }
        for k in 0..<(lines.count - 1) {
            let (x, y) = lines[k]
            let next = lines[k + 1].0
            if endsWithTerminal(x, y) { continue }
            let last = s[y - 1]
            if last == "," || last == ";" || last.isDash || last == "(" || last == "&" || last == "/" { continue }
            let f = s[next]
            if prose && (f.isLowercaseLetter || (last == ":" && !f.isUppercaseLetter)) { continue }
            cuts.append(next)
        }
    }

    func endsWithTerminal(_ x: Int, _ y: Int) -> Bool {
        var y = y
        while y > x && (s[y - 1].isQuoteMark || s[y - 1].isClosingBracket) { y -= 1 }
        return y > x && s[y - 1].isSentenceTerminal
    }

    // MARK: Lists and bullets

    struct Marker {
        var start: Int
        var punct: Int  // the position of the `.` or `)`
        var value: Int
        var letter: Bool
        var style: UInt8  // 0 `N.`, 1 `N)`, 2 `N.)`
        var atLineStart: Bool
        var cut: Int
    }

    /// Bullets and the items of enumerations start sentences.
    mutating func listCuts(_ a: Int, _ b: Int) {
        let markers = listMarkers(a, b)
        guard !markers.isEmpty else { return }
        cutEnumerations(markers, a, b)
    }

    /// The list markers of the block (`1.`, `b)`, `2.)`); a bullet's cut is
    /// made here directly.
    mutating func listMarkers(_ a: Int, _ b: Int) -> [Marker] {
        var markers: [Marker] = []
        for ev in blockEvents where kinds[ev] & (Self.markerEvent | Self.bulletEvent) != 0 {
            let j = events[ev]
            if kinds[ev] & Self.bulletEvent != 0 {
                // A bullet starts a sentence.
                if j > a { cuts.append(j) }
                continue
            }
            guard j > a, j + 1 < b else { continue }
            let d = s[j - 1]
            var i = j - 1
            var value = 0
            var letter = false
            if d.isASCIIDigit {
                while i > a && s[i - 1].isASCIIDigit && j - i < 3 { i -= 1 }
                for k in i..<j { value = value * 10 + Int(s[k].value - 0x30) }
            } else if d.value >= 0x61 && d.value <= 0x7A {
                value = Int(d.value - 0x61) + 1
                letter = true
            } else {
                continue
            }
            let startOK = i == a || s[i - 1].isSpace || Self.isBullet(s[i - 1]) || s[i - 1] == "("
            guard startOK else { continue }
            var style: UInt8 = s[j] == "." ? 0 : 1
            var after = j + 1
            if s[j] == ".", s[after] == ")" {
                style = 2
                after += 1
            }
            guard after < b, s[after].isSpace, i == a || s[i - 1] != "(" || style != 0 else { continue }
            // A line start: only blanks (and a bullet) since the last line break.
            var p = i - 1
            while p >= a && (s[p].isSpace && !isNewline(p) || Self.isBullet(s[p])) { p -= 1 }
            let atLineStart = p < a || isNewline(p)
            var cut = i
            if i > a, Self.isBullet(s[i - 1]) { cut = i - 1 } else if i > a + 1, Self.isBullet(s[i - 2]), s[i - 1].isSpace {
                cut = i - 2
            }
            markers.append(
                Marker(start: i, punct: j, value: value, letter: letter, style: style, atLineStart: atLineStart, cut: cut))
        }
        return markers
    }

    /// Enumerations: markers of one style whose values count up by one,
    /// the first at the start of a line.
    mutating func cutEnumerations(_ markers: [Marker], _ a: Int, _ b: Int) {
        var inChain = [Bool](repeating: false, count: markers.count)
        for k in markers.indices {
            let m = markers[k]
            if m.atLineStart && !m.letter && m.style != 1 { markerPeriods.insert(m.punct) }
            if m.atLineStart && (m.value == 1 || !m.letter) { inChain[k] = true }
            if !m.letter && m.value == 1 && !m.atLineStart {
                // `problems: 1. ...`: an enumeration that starts after a colon or a sentence.
                var p = m.start - 1
                while p >= a && s[p].isSpace { p -= 1 }
                // Its items are sentences when they start with a capital (`1. Buy it`, not `1. cost, 2. time`).
                var w = m.punct + (m.style == 2 ? 2 : 1)
                while w < b && s[w].isSpace { w += 1 }
                if p >= a && (s[p] == ":" || s[p].isSentenceTerminal) && w < b && s[w].isUppercaseLetter { inChain[k] = true }
            }
            guard !inChain[k] else { continue }
            // A previous marker of the same style with the value before.
            var q = k - 1
            while q >= 0 {
                let o = markers[q]
                if inChain[q] && o.letter == m.letter && o.style == m.style && o.value + 1 == m.value {
                    inChain[k] = true
                    break
                }
                q -= 1
            }
        }
        for k in markers.indices where inChain[k] {
            let m = markers[k]
            // A lone marker at a line start is just that line's number.
            let hasNext = markers[(k + 1)...].contains {
                $0.letter == m.letter && $0.style == m.style && $0.value == m.value + 1
            }
            let hasPrev = markers[..<k].contains {
                $0.letter == m.letter && $0.style == m.style && $0.value + 1 == m.value
            }
            guard hasNext || hasPrev || (m.atLineStart && !m.letter) else { continue }
            if m.style != 1 { markerPeriods.insert(m.punct) }
            if m.cut > a { cuts.append(m.cut) }
        }
    }

    // MARK: Emoticons and trailers

    /// Whether `s[x..<y]` is an emoticon: eyes, an optional nose, a mouth
    /// (`:)`, `;-)`, `:D`, `=(`, `:'(`), the same reversed (`(:`, `D:`), or
    /// one of `^_^`, `^^`, `<3`, `XD`, `-_-`.
    func isEmoticon(_ x: Int, _ y: Int) -> Bool {
        let len = y - x
        guard len >= 2 && len <= 5 else { return false }
        @inline(__always) func eyes(_ c: Unicode.Scalar) -> Bool { c == ":" || c == ";" || c == "=" }
        @inline(__always) func nose(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "'" || c == "^" || c == "o" }
        @inline(__always) func mouth(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case ")", "(", "D", "P", "p", "O", "o", "3", "/", "\\", "|", "[", "]", "*", "$", "@", "S", "X", "x", "C", "c", "v":
                return true
            default: return false
            }
        }
        @inline(__always) func reversedMouth(_ c: Unicode.Scalar) -> Bool { c == "(" || c == ")" || c == "D" || c == "[" || c == "]" }
        // A leading brow (`>:(`).
        var i = x
        if s[i] == ">" && len >= 3 { i += 1 }
        if eyes(s[i]) {
            var k = i + 1
            if k < y - 1 && nose(s[k]) { k += 1 }
            guard k < y, mouth(s[k]) else { return false }
            let m = s[k]
            while k < y && s[k] == m { k += 1 }  // `:)))`
            return k == y
        }
        if reversedMouth(s[x]) {
            var k = x + 1
            if k < y - 1 && nose(s[k]) { k += 1 }
            return k == y - 1 && eyes(s[k])
        }
        var k: UInt64 = 0
        for q in x..<y {
            let v = s[q].value
            guard v < 0x80 else { return false }
            k = k << 8 | UInt64(v)
        }
        return Self.otherEmoticons.contains(k)
    }

    static let otherEmoticons: Set<UInt64> = Set(
        ["^_^", "^^", "<3", "XD", "xD", "-_-", "^-^", "T_T"].map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })

    /// An emoticon after a word ends the sentence.
    mutating func emoticonCuts(_ a: Int, _ b: Int) {
        var done = a
        for e in blockEvents where kinds[e] & Self.emoticonEvent != 0 {
            let q = events[e]
            guard q >= done else { continue }
            // The run of non-blank scalars around the mark.
            var i = q
            while i > a && !s[i - 1].isSpace && q - i < 6 { i -= 1 }
            var y = q
            while y < b && !s[y].isSpace { y += 1 }
            done = y
            guard i > a, s[i - 1].isSpace, y < b, isEmoticon(i, y) else { continue }
            // Not after a sentence end (the trailer rule attaches it there).
            var p = i - 1
            while p > a && s[p].isSpace { p -= 1 }
            if !(s[p].isSentenceTerminal || s[p].isQuoteMark || s[p].isClosingBracket) { cuts.append(y) }
        }
    }

    /// A separator (`***`, `-----`, `____`, `###`: three or more of the same
    /// mark standing alone) ends what comes before it and stands alone.
    mutating func separatorCuts(_ a: Int, _ b: Int) {
        var done = a
        for e in blockEvents where kinds[e] & Self.separatorEvent != 0 {
            let q = events[e]
            guard q >= done else { continue }
            let c = s[q]
            var y = q
            while y < b && (s[y] == c || s[y] == " " && y + 1 < b && s[y + 1] == c) { y += 1 }
            done = y
            guard y - q >= 3, q == a || s[q - 1].isSpace, y == b || s[y].isSpace else { continue }
            var marks = 0
            for k in q..<y where s[k] == c { marks += 1 }
            guard marks >= 3 else { continue }
            if q > a { cuts.append(q) }
            if y < b { cuts.append(y) }
        }
    }

    // MARK: Web addresses

    /// A web address stands at the end of what it closes: a capitalised word
    /// or another address after it on the same line starts a sentence
    /// (`the menu: http://example.com/menu The burgers are`, a list of
    /// addresses one after another). An address that ends in a terminal
    /// mark is left to the punctuation rules.
    mutating func addressCuts(_ a: Int, _ b: Int) {
        var done = a
        for e in blockEvents where kinds[e] & (Self.emoticonEvent | Self.terminalEvent) != 0 {
            let q = events[e]
            guard q >= done, let start = addressStart(at: q, a) else { continue }
            var y = q
            while y < b && !s[y].isSpace { y += 1 }
            done = y
            guard y > start, !s[y - 1].isSentenceTerminal else { continue }
            var k = y
            while k < b && s[k].isSpace && !isNewline(k) { k += 1 }
            guard k < b, k > y, !isNewline(k) else { continue }
            if s[k].isUppercaseLetter || startsAddress(k, b) { cuts.append(k) }
        }
    }

    /// Where the address whose `://` (at its colon) or `www.` (at its period)
    /// is at `q` starts, when it starts a word.
    func addressStart(at q: Int, _ a: Int) -> Int? {
        let start: Int
        if s[q] == ":" {
            guard q + 2 < n, s[q + 1] == "/", s[q + 2] == "/" else { return nil }
            if q - 5 >= a, matches(q - 5, "https") { start = q - 5 }
            else if q - 4 >= a, matches(q - 4, "http") { start = q - 4 }
            else { return nil }
        } else if s[q] == "." {
            guard q - 3 >= a, matches(q - 3, "www") else { return nil }
            start = q - 3
        } else {
            return nil
        }
        guard start == a || s[start - 1].isSpace || s[start - 1] == "<" || s[start - 1] == "(" else { return nil }
        return start
    }

    /// Whether an address (`http://`, `https://`, `www.`) starts at `k`.
    func startsAddress(_ k: Int, _ b: Int) -> Bool {
        (k + 7 <= b && matches(k, "http://")) || (k + 8 <= b && matches(k, "https://"))
            || (k + 4 <= b && matches(k, "www."))
    }

    /// Whether the text at `k` is `word`, ASCII letters case-folded.
    func matches(_ k: Int, _ word: StaticString) -> Bool {
        guard k + word.utf8CodeUnitCount <= n else { return false }
        var i = k
        for c in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            let v = s[i].value
            let folded = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
            if folded != UInt32(c) { return false }
            i += 1
        }
        return true
    }

    /// Emoticons and stray marks right after a sentence end belong to it:
    /// `great! :)`, `done. ...`.
    mutating func attachTrailers(_ a: Int, _ b: Int) {
        for c in cuts.indices where fixedCuts.isEmpty || !fixedCuts.contains(cuts[c]) {
            var p = cuts[c]
            while true {
                var k = p
                while k < b && s[k].isSpace && !isNewline(k) { k += 1 }
                // Not across a line break: a line of its own stands alone.
                guard k < b, k == a || !isNewline(k - 1) else { break }
                var y = k
                while y < b && !s[y].isSpace { y += 1 }
                guard y > k else { break }
                var trailer = isEmoticon(k, y)
                if !trailer {
                    trailer = true
                    for q in k..<y {
                        let d = s[q]
                        if !(d.isSentenceTerminal || d == "*" || d.isClosingBracket || language.closesQuotation(d))
                        {
                            trailer = false
                            break
                        }
                    }
                }
                guard trailer else { break }
                p = y
                if y >= b { break }
            }
            cuts[c] = p
        }
    }

}
