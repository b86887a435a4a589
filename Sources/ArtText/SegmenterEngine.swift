import ArtCore

/// The rule engine behind `SentenceSegmenter`: one per call, over one text.
struct SegmenterEngine {
    let s: [Unicode.Scalar]
    let n: Int
    /// Cut positions in the current block (where one sentence ends and the next begins).
    var cuts: [Int] = []
    /// Periods that belong to list markers.
    var markerPeriods: Set<Int> = []
    /// Cuts that trailing marks must not move (`end. . . . Next`).
    var fixedCuts: Set<Int> = []
    /// Memo of "does this word occur in lower case in the text".
    var lowerEvidence: [UInt64: Bool] = [:]

    /// Positions of the scalars the rules look at, in order, and what they are.
    var events: [Int] = []
    var kinds: [UInt8] = []
    /// The events of the current block.
    var blockEvents: Range<Int> = 0..<0
    var eventCursor = 0

    static let newlineEvent: UInt8 = 1
    static let terminalEvent: UInt8 = 2
    static let markerEvent: UInt8 = 4  // `.` and `)` end list markers
    static let emoticonEvent: UInt8 = 8
    static let bulletEvent: UInt8 = 16
    static let otherScriptEvent: UInt8 = 32
    static let separatorEvent: UInt8 = 64  // - * _ = ~ #

    static let asciiEvents: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 128)
        for c in [0x0A, 0x0B, 0x0C, 0x0D] { t[c] = newlineEvent }
        t[0x2E] = terminalEvent | markerEvent  // .
        t[0x21] = terminalEvent  // !
        t[0x3F] = terminalEvent  // ?
        t[0x29] = markerEvent  // )
        for c in [0x3A, 0x3B, 0x3D, 0x5E, 0x3C] { t[c] = emoticonEvent }  // : ; = ^ <
        for c in [0x2D, 0x2A, 0x5F, 0x7E, 0x23] { t[c] |= separatorEvent }  // - * _ ~ #
        t[0x3D] |= separatorEvent
        return t
    }()

    init(_ s: [Unicode.Scalar], events: ScanEvents? = nil) {
        self.s = s
        self.n = s.count
        let found = events ?? ScanEvents(s)
        self.events = found.positions
        self.kinds = found.kinds
    }

    /// The event kinds of a scalar at or above U+0080.
    @inline(never)
    static func classify(nonASCII c: Unicode.Scalar) -> UInt8 {
        let v = c.value
        var k: UInt8 = 0
        if v == 0x85 || v == 0x2028 || v == 0x2029 { k |= newlineEvent }
        if c.isSentenceTerminal { k |= terminalEvent }
        if isBullet(c) { k |= bulletEvent }
        if v >= 0x0590 && !(v >= 0x1D00 && v <= 0x1FFF) && !(v >= 0x2C60 && v <= 0x2C7F) && !(v >= 0xA720 && v <= 0xA7FF)
            && !(v >= 0xFB00 && v <= 0xFB06) && !(v >= 0x2000 && v <= 0x2BFF) && c.isLetter
        {
            k |= otherScriptEvent
        }
        return k
    }

    @inline(__always)
    func isNewline(_ i: Int) -> Bool {
        switch s[i].value {
        case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return true
        case 0x0D: return i + 1 >= n || s[i + 1] != "\n"
        default: return false
        }
    }

    @inline(__always)
    static func isBullet(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2022, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25BA, 0x25B6, 0x2023, 0x2043, 0x2219,
            0x27A2, 0x2794, 0x25C6, 0x25C7, 0x2713, 0x2714, 0x2756:
            return true
        default: return false
        }
    }

    // MARK: Blocks

    mutating func segmentBlock(_ from: Int, _ to: Int, into spans: inout [TextSpan]) {
        var a = from
        var b = to
        while a < b && s[a].isSpace { a += 1 }
        while b > a && s[b - 1].isSpace { b -= 1 }
        guard a < b else { return }
        while eventCursor < events.count && events[eventCursor] < a { eventCursor += 1 }
        var e = eventCursor
        var any: UInt8 = 0
        while e < events.count && events[e] < b {
            any |= kinds[e]
            e += 1
        }
        blockEvents = eventCursor..<e
        if any & Self.otherScriptEvent != 0 && needsFallback(a, b) {
            let cutsICU = ICUSentenceBreaker.cuts(s, a, b)
            emitAll(a, b, cutsICU, into: &spans)
            return
        }
        cuts.removeAll(keepingCapacity: true)
        markerPeriods.removeAll(keepingCapacity: true)
        fixedCuts.removeAll(keepingCapacity: true)
        if any & Self.newlineEvent != 0 { lineCuts(a, b) }
        if any & (Self.markerEvent | Self.bulletEvent) != 0 { listCuts(a, b) }
        if any & Self.terminalEvent != 0 { punctuationCuts(a, b) }
        if any & Self.emoticonEvent != 0 { emoticonCuts(a, b) }
        if any & Self.separatorEvent != 0 { separatorCuts(a, b) }
        cuts.sort()
        attachTrailers(a, b)
        emitAll(a, b, cuts, into: &spans)
    }

    func emitAll(_ a: Int, _ b: Int, _ cuts: [Int], into spans: inout [TextSpan]) {
        var start = a
        for p in cuts where p > start && p < b {
            emit(start, p, into: &spans)
            start = p
        }
        emit(start, b, into: &spans)
    }

    func emit(_ from: Int, _ to: Int, into spans: inout [TextSpan]) {
        var a = from
        var b = to
        while a < b && (s[a].isSpace || s[a].value == 0x200B || s[a].value == 0xFEFF) { a += 1 }
        while b > a && (s[b - 1].isSpace || s[b - 1].value == 0x200B || s[b - 1].value == 0xFEFF) { b -= 1 }
        if a < b { spans.append(TextSpan(start: a, end: b)) }
    }

    /// Whether most letters of the block are in scripts whose punctuation
    /// these rules do not know (CJK, Indic, Arabic, Thai...).
    func needsFallback(_ a: Int, _ b: Int) -> Bool {
        var other = 0
        var letters = 0
        var i = a
        while i < b {
            let v = s[i].value
            if v >= 0x0590 {
                if s[i].isLetter {
                    letters += 1
                    if !(v >= 0x1D00 && v <= 0x1FFF) && !(v >= 0x2C60 && v <= 0x2C7F) && !(v >= 0xA720 && v <= 0xA7FF)
                        && !(v >= 0xFB00 && v <= 0xFB06)
                    {
                        other += 1
                    }
                }
            } else if v < 0x80 ? ((v | 0x20) &- 0x61 < 26) : s[i].isLetter {
                letters += 1
            }
            i += 1
        }
        return other * 3 > letters
    }

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

    mutating func listCuts(_ a: Int, _ b: Int) {
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
        guard !markers.isEmpty else { return }
        // Enumerations: markers of one style whose values count up by one,
        // the first at the start of a line.
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
                        if !(d.isSentenceTerminal || d == "*" || d.isClosingBracket || d.isClosingQuote
                            || d == "\"" || d == "'")
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

    // MARK: Punctuation

    mutating func punctuationCuts(_ a: Int, _ b: Int) {
        var done = a
        for ev in blockEvents where kinds[ev] & Self.terminalEvent != 0 {
            let i = events[ev]
            guard i >= done else { continue }
            let c = s[i]
            if c == ".", !markerPeriods.isEmpty, markerPeriods.contains(i) { continue }
            // The run of terminal marks, including spaced ellipses (`. . .`).
            var r = i + 1
            var dots = c == "." ? 1 : 0
            var hasQE = c == "!" || c == "?" || (c != "." && c != "…")
            var ellipsis = c == "…"
            var spaced = false
            while r < b {
                let d = s[r]
                if d.isSentenceTerminal {
                    if d == "." { dots += 1 } else if d == "…" { ellipsis = true } else { hasQE = true }
                    r += 1
                    continue
                }
                if d == " ", r + 1 < b, s[r + 1] == ".", dots > 0, !hasQE, r + 2 >= b || s[r + 2] == " " || s[r + 2] == "."
                    || s[r + 2].isQuoteMark || s[r + 2].isClosingBracket
                {
                    spaced = true
                    dots += 1
                    r += 2
                    continue
                }
                break
            }
            if dots >= 2 { ellipsis = true }
            // Closing quotes and brackets right after the marks.
            var e = r
            var closers = false
            var quoteClosed = false
            while e < b {
                let d = s[e]
                if d.isClosingQuote || d == "\"" || d == "'" || d.isClosingBracket {
                    closers = true
                    if d.isQuoteMark { quoteClosed = true }
                    e += 1
                    continue
                }
                if closers, d.isSentenceTerminal {  // `?”.`
                    e += 1
                    continue
                }
                break
            }
            let attachedPeriodThenEllipsis = spaced && c == "." && i > a && !s[i - 1].isSpace && s[i + 1] == " "
            if attachedPeriodThenEllipsis {
                // `end. . . . Next`: the period ends the sentence, the ellipsis opens the next.
                if nextStartsSentence(e, b, strong: true) {
                    cuts.append(i + 1)
                    fixedCuts.insert(i + 1)
                }
            } else if decide(a, b, i, r, e, dots: dots, hasQE: hasQE, ellipsis: ellipsis, spaced: spaced,
                closers: closers, quoteClosed: quoteClosed)
            {
                cuts.append(e)
            }
            done = max(e, i + 1)
        }
    }

    /// Whether a capitalised word (or an opening quote or bracket) follows `e` after white space.
    func nextStartsSentence(_ e: Int, _ b: Int, strong: Bool) -> Bool {
        var k = e
        guard k < b, s[k].isSpace else { return false }
        while k < b && s[k].isSpace { k += 1 }
        guard k < b else { return false }
        var w = k
        while w < b && (s[w].isQuoteMark || s[w].isOpeningBracket) { w += 1 }
        guard w < b else { return false }
        return s[w].isUppercaseLetter || s[w].isDigit || (w > k && !s[w].isLowercaseLetter)
    }

    /// The next word after white space: its start and end, and whether
    /// opening quotes or brackets came first.
    func nextWord(_ e: Int, _ b: Int) -> (start: Int, end: Int, opener: Bool, newline: Bool)? {
        var k = e
        var newline = false
        while k < b && s[k].isSpace {
            if isNewline(k) { newline = true }
            k += 1
        }
        guard k < b else { return nil }
        var w = k
        while w < b && (s[w].isQuoteMark || s[w].isOpeningBracket) { w += 1 }
        // Only quote marks or brackets up to the end: no next word.
        guard w < b else { return nil }
        var we = w
        while we < b && (s[we].isLetter || s[we].isMark || (s[we].isApostrophe && we + 1 < b && s[we + 1].isLetter)) {
            we += 1
        }
        return (w, we, w > k, newline)
    }


    mutating func decide(
        _ a: Int, _ b: Int, _ i: Int, _ r: Int, _ e: Int, dots: Int, hasQE: Bool, ellipsis: Bool, spaced: Bool,
        closers: Bool, quoteClosed: Bool
    ) -> Bool {
        guard e < b else { return false }
        let nx = s[e]
        if !nx.isSpace {
            // No white space after the mark.
            guard !closers, r == i + 1, c1(i) == ".", i > a, e + 1 < b else { return false }
            // `world.Today`: a word, a period, a capitalised word.
            guard s[i - 1].isLowercaseLetter || s[i - 1].isDigit, nx.isUppercaseLetter, s[e + 1].isLowercaseLetter
            else { return false }
            // Not inside a URL, an e-mail address or a file name.
            var p = i - 1
            var letters = 0
            while p >= a && !s[p].isSpace {
                let d = s[p]
                if d == "@" || d == "/" || d == "." || d == "_" || d == ":" { return false }
                if d.isLetter { letters += 1 }
                p -= 1
            }
            var q = e
            while q < b && !s[q].isSpace {
                let d = s[q]
                if d == "@" || d == "/" || d == "_" { return false }
                if d == "." && q + 1 < b && s[q + 1].isLowercaseLetter { return false }
                q += 1
            }
            if letters == 1 { return false }
            if Abbreviations.kind(key: key(p + 1, i), firstUpper: s[p + 1].isUppercaseLetter, dotted: false) != nil {
                return false
            }
            return true
        }
        guard let next = nextWord(e, b) else { return false }
        let f = s[next.start]
        let nextUpper = f.isUppercaseLetter
        let nextLower = f.isLowercaseLetter
        let nextDigit = f.isDigit
        let lonelyI = f == "i" && next.end == next.start + 1

        if hasQE {
            if nextLower {
                // `"Why?" she asked`, `(really?) he`: the quotation goes on.
                if closers { return lonelyI || next.newline }
                // `Yahoo! in`: an exclamation mark that belongs to a name.
                if c1(i) == "!" && r == i + 1 && i > a && s[i - 1].isLetter {
                    var p = i - 1
                    while p > a && (s[p - 1].isLetter || s[p - 1].isMark) { p -= 1 }
                    if s[p].isUppercaseLetter && (p + 1 < i && s[p + 1].isLowercaseLetter) { return false }
                }
                return true
            }
            if quoteClosed && nextUpper && isAttribution(next.start, b) { return false }
            return true
        }
        if ellipsis {
            // `[...]`: an omission, not an end.
            if i > a && (s[i - 1] == "[" || s[i - 1] == "(") { return false }
            if nextLower { return next.newline }
            if next.opener { return true }
            if !nextUpper { return nextDigit && dots >= 4 }
            if dots >= 4 || (c1(i) == "…" && r > i + 1) { return true }
            // `...` before a capitalised word: a break, except before `I`
            // after a spaced ellipsis (`the thing is . . . I mean`).
            if next.end == next.start + 1 && f == "I" { return !(spaced || (i > a && s[i - 1].isSpace)) }
            return true
        }

        // A single period. The word before it:
        var ws = i
        while ws > a {
            let d = s[ws - 1]
            if d.isLetter || d.isMark || d.isDigit || d == "." || d == "&" || d == "-"
                || (d.isApostrophe && ws - 2 >= a && s[ws - 2].isLetter && ws < i && s[ws].isLetter)
            {
                ws -= 1
            } else {
                break
            }
        }
        // Leading periods and hyphens are not part of the word.
        while ws < i && (s[ws] == "." || s[ws] == "-") { ws += 1 }
        // `Tuesday.Mr.`: the word starts after a run-in sentence end.
        var d = i - 1
        while d > ws {
            if s[d] == "." && d - ws > 2 && s[d - 1].isLowercaseLetter && s[d + 1].isUppercaseLetter {
                ws = d + 1
                break
            }
            d -= 1
        }
        if quoteClosed && nextUpper && isAttribution(next.start, b) { return false }
        // `"This is great." she said`, `(... engineer.) at`: the quotation or aside goes on.
        if closers && nextLower { return lonelyI || next.newline }

        if ws == i {
            // After a symbol or bracket (`5%.`, `(see above).`, `N°.`).
            if nextLower { return i > a && (s[i - 1].isClosingBracket || s[i - 1].isSpace) }
            if nextDigit { return next.newline }
            return true
        }
        let lastC = s[i - 1]
        if lastC.isDigit {
            // A number; a bare one- or two-digit number before a lower-case
            // word is an inline list marker (`three: 1. cost, 2. time`).
            if nextLower {
                if i - ws <= 2 && s[ws].isASCIIDigit && (ws == a || s[ws - 1].isSpace) { return false }
                return true
            }
            return true
        }
        // Dotted: `U.S`, `a.m`, `Ph.D`, `J.R.R`; a file or domain name is not.
        var dotted = false
        var segmentOK = true
        var segLen = 0
        var hasDigit = false
        for k in ws..<i {
            let d = s[k]
            if d == "." {
                dotted = true
                if segLen == 0 || segLen > 2 { segmentOK = false }
                segLen = 0
            } else {
                if d.isDigit { hasDigit = true }
                segLen += 1
            }
        }
        if dotted && (segLen > 2) { segmentOK = false }
        if dotted && (!segmentOK || hasDigit) {
            // A name with dots (`example.com`): a plain word.
            if nextLower { return true }
            return true
        }
        let wordKey = key(ws, i)
        let nextKey = key(next.start, next.end)
        let isTitleNext = nextUpper && Self.titles.contains(nextKey)

        if !dotted && i - ws == 1 && lastC.isLetter {
            // A single letter: an initial (`E.`), or `I` ending a sentence.
            if lastC.isUppercaseLetter {
                if nextLower { return lonelyI }
                if !nextUpper { return next.opener || next.newline }
                if next.newline { return true }
                let starter = isStarter(next.start, next.end)
                if !starter { return false }
                // `you and I. Did` vs `Albert I. Jones`: a capitalised word before means a name.
                var p = ws - 1
                while p >= a && s[p].isSpace { p -= 1 }
                if p >= a && (s[p] == "." || s[p] == ",") { return lastC == "I" || s[p] == "," }
                var pw = p
                while pw >= a && (s[pw].isLetter || s[pw].isMark) { pw -= 1 }
                if p >= a && pw < p && s[pw + 1].isUppercaseLetter { return false }
                return true
            }
        }
        guard let kind = Abbreviations.kind(key: wordKey, firstUpper: s[ws].isUppercaseLetter, dotted: dotted) else {
            // A plain word.
            if dotted {
                // Unknown dotted letters (`J.R.R`, `N.Y`): like a modifier.
                if nextLower { return lonelyI && false }
                if !nextUpper { return next.opener }
                return isStarter(next.start, next.end) || isTitleNext
            }
            if nextLower {
                // A lower-case word after a plain word and a period: a new
                // sentence, unless the word is a lower-case abbreviation.
                if i - ws == 1 { return false }
                return !Self.lowercaseAbbreviations.contains(wordKey)
            }
            return true
        }
        let key = wordKey
        switch kind {
        case .prepositive:
            if Self.numbering.contains(key) {
                if nextDigit || nextLower { return false }
                if nextUpper && Self.isRoman(next.start, next.end, s) { return false }
                return nextUpper && isStarter(next.start, next.end) || next.opener
            }
            if Self.places.contains(key) {
                if !nextUpper { return false }
                return isStarter(next.start, next.end)
            }
            return !(nextUpper || nextDigit || nextLower || next.opener)
        case .date:
            if !nextUpper { return next.opener }
            return isStarter(next.start, next.end) || isTitleNext
        case .modifier:
            if nextLower || nextDigit { return false }
            if !nextUpper { return next.opener }
            return isStarter(next.start, next.end)
        case .ordinary:
            if nextLower || nextDigit { return false }
            if !nextUpper { return next.opener }
            if next.newline { return true }
            // A unit after a figure (`$3 bln. Sales`) ends the sentence before a
            // capitalised word, but not before a unit letter (`40 deg. C`).
            if Self.units.contains(key) { return next.end - next.start > 1 }
            return isStarter(next.start, next.end) || isTitleNext || hasLowerEvidence(next.start, next.end)
        }
    }

    @inline(__always)
    func c1(_ i: Int) -> Unicode.Scalar { s[i] }

    /// The word key of `s[x..<y]` (0 when it is not a short ASCII word).
    @inline(__always)
    func key(_ x: Int, _ y: Int) -> UInt64 { WordKey.make(s, x, y) }

    /// Abbreviations seen before a lower-case word (`approx. five`), beyond the main tables.
    static let lowercaseAbbreviations: Set<UInt64> = WordKey.set([
        "approx", "incl", "excl", "esp", "resp", "appt", "apt", "cont", "contd", "yds", "mins", "secs", "wt", "ht",
        "abt", "av", "nr", "tbsp", "tsp", "pkg", "qty", "rel", "repr", "dia", "mgmt", "bldg", "mph", "ps", "pps",
        "vs", "cf", "viz", "ie", "eg", "etc", "al", "ca", "esq", "ft", "min", "max", "sec", "hr", "est",
        "ed", "eds", "vol", "nos", "pp", "ch", "fig", "sq", "cu", "mi", "oz", "lb", "lbs", "gal", "pt",
        "dept", "govt", "misc", "avg", "tel", "ext", "attn", "ref", "re", "orig", "trans", "subj", "var", "inc", "co",
    ])

    static let numbering: Set<UInt64> = WordKey.set(["no", "nos", "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "art", "para", "op"])
    static let units: Set<UInt64> = WordKey.set([
        "pct", "bln", "mln", "bn", "mn", "deg", "cts", "pts", "tonnes", "yds", "mins", "secs", "km", "kg", "lb", "lbs",
        "oz", "mi", "hrs", "yrs", "sq", "cu", "gal", "min", "max",
    ])
    static let places: Set<UInt64> = WordKey.set(["st", "ste", "mt", "ft", "pt"])
    static let titles: Set<UInt64> = WordKey.set([
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm",
        "rev", "pres", "president", "messrs",
    ])

    static func isRoman(_ x: Int, _ y: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard y > x else { return false }
        for k in x..<y where !"IVXLC".unicodeScalars.contains(s[k]) { return false }
        return true
    }

    /// Words that typically begin a sentence (and rarely follow an abbreviation inside one).
    static let starters: Set<UInt64> = WordKey.set([
        "a", "about", "according", "across", "after", "afterwards", "again", "against", "all", "almost", "also", "although",
        "among", "an", "and", "another", "any", "anyway", "are", "as", "at", "back", "because", "before", "being", "both",
        "but", "by", "can", "could", "despite", "did", "do", "does", "during", "each", "earlier", "either", "even",
        "every", "everyone", "finally", "first", "for", "from", "further", "furthermore", "had", "has", "have", "he",
        "her", "here", "hers", "his", "how", "however", "i", "if", "in", "indeed", "instead", "is", "it", "its", "just",
        "last", "later", "let", "like", "many", "may", "maybe", "meanwhile", "more", "moreover", "most", "much", "my",
        "neither", "nevertheless", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "of", "often", "on",
        "once", "one", "only", "or", "other", "others", "our", "over", "perhaps", "please", "since", "she", "should",
        "similarly", "so", "some", "someone", "something", "sometimes", "soon", "still", "such", "than", "thank",
        "thanks", "that", "the", "their", "them", "then", "there", "therefore", "these", "they", "this", "those",
        "though", "thus", "to", "today", "together", "tomorrow", "too", "two", "three", "under", "unless", "unlike",
        "until", "upon", "us", "was", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which",
        "while", "who", "whoever", "why", "will", "with", "within", "without", "would", "yes", "yesterday", "yet", "you",
        "your", "ok", "okay", "oh", "besides", "otherwise", "consequently", "hence", "accordingly", "additionally",
        "overall", "currently", "recently", "initially", "eventually", "ultimately", "specifically", "notably",
        "regardless", "nonetheless", "elsewhere", "officials", "critics", "analysts", "experts", "police",
        "thousands", "hundreds", "millions", "dozens", "several", "few", "people", "residents", "authorities",
        "lawmakers", "witnesses", "investigators", "prosecutors", "voters", "workers", "researchers", "scientists",
    ])

    func isStarter(_ x: Int, _ y: Int) -> Bool {
        guard y > x else { return false }
        return Self.starters.contains(key(x, y))
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
        // The word in lower case (ASCII, as the key guarantees).
        let target = s[x..<y].map { $0.value &- 0x41 < 26 ? Unicode.Scalar($0.value + 32)! : $0 }
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
            if Self.speechVerbs.contains(w) { return words > 0 }
            guard s[k].isUppercaseLetter, words > 0 || !Self.starters.contains(w) else { return false }
            words += 1
            k = we
            if k < b && s[k] == "." { k += 1 }  // `Mr.`, an initial
        }
        return false
    }

    static let speechVerbs: Set<UInt64> = WordKey.set([
        "said", "says", "told", "tells", "asked", "asks", "added", "adds", "explained", "noted", "wrote", "writes",
        "replied", "shouted", "insisted", "continued", "argued", "warned", "stated", "declared", "announced",
        "tweeted", "recalled", "acknowledged", "conceded", "concluded", "cried", "yelled", "whispered", "admitted",
        "countered", "responded", "remarked", "observed", "suggested", "claimed", "stressed", "emphasized",
        "emphasised", "confirmed", "answered", "exclaimed", "quipped", "joked", "screamed", "pleaded", "demanded",
    ])
}

/// The positions of the scalars the segmenter's rules look at (line breaks,
/// terminal marks, list-marker ends, emoticon eyes, bullets, separators,
/// letters of other scripts), found in one pass.
struct ScanEvents {
    var positions: [Int] = []
    var kinds: [UInt8] = []

    init() {}

    init(_ s: [Unicode.Scalar]) {
        let n = s.count
        var positions: [Int] = []
        var kinds: [UInt8] = []
        positions.reserveCapacity(n / 16 + 8)
        kinds.reserveCapacity(n / 16 + 8)
        SegmenterEngine.asciiEvents.withUnsafeBufferPointer { table in
            s.withUnsafeBufferPointer { buf in
                for i in 0..<n {
                    let v = buf[i].value
                    let k = v < 0x80 ? table[Int(v)] : SegmenterEngine.classify(nonASCII: buf[i])
                    if k != 0 {
                        positions.append(i)
                        kinds.append(k)
                    }
                }
            }
        }
        self.positions = positions
        self.kinds = kinds
    }

    @inline(__always)
    mutating func note(_ c: Unicode.Scalar, at i: Int, _ table: UnsafeBufferPointer<UInt8>) {
        let v = c.value
        let k = v < 0x80 ? table[Int(v)] : SegmenterEngine.classify(nonASCII: c)
        if k != 0 {
            positions.append(i)
            kinds.append(k)
        }
    }
}
