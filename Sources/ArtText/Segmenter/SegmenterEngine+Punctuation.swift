// Sentence-final punctuation: where a run of . ! ? … ends a sentence.
extension SegmenterEngine {
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
                if language.closesQuotation(d) || d.isClosingBracket {
                    closers = true
                    if d.isQuoteMark { quoteClosed = true }
                    e += 1
                    continue
                }
                if !language.spacedClosingQuotes.isEmpty, d.isSpace, !isNewline(e), e + 1 < b,
                    language.spacedClosingQuotes.contains(s[e + 1])
                {  // `Oui. »`
                    closers = true
                    quoteClosed = true
                    e += 2
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
            } else if decide(
                a, b,
                TerminalRun(
                    i: i, r: r, e: e, dots: dots, hasQE: hasQE, ellipsis: ellipsis, spaced: spaced, closers: closers,
                    quoteClosed: quoteClosed))
            {
                cuts.append(e)
            }
            done = max(e, i + 1)
        }
    }

    /// Where a semicolon is followed by lower case (French, Spanish, Italian,
    /// Portuguese), a capitalised sentence starter after one begins a new
    /// sentence: `… de Tolosa; Dudo que …` is two. Names stay (`; Anita`).
    mutating func semicolonCuts(_ a: Int, _ b: Int) {
        for ev in blockEvents where kinds[ev] & Self.semicolonEvent != 0 {
            let q = events[ev]
            var x = q + 1
            while x < b && s[x] == " " { x += 1 }
            guard x > q + 1, x + 1 < b, s[x].isUppercaseLetter, s[x + 1].isLowercaseLetter else { continue }
            var y = x + 1
            while y < b && (s[y].isLetter || s[y].isMark) { y += 1 }
            if isStarter(x, y) { cuts.append(q + 1) }
        }
    }

    /// Whether a capitalised word (or an opening quote or bracket, or `¿` `¡`) follows `e` after white space.
    func nextStartsSentence(_ e: Int, _ b: Int, strong: Bool) -> Bool {
        var k = e
        guard k < b, s[k].isSpace else { return false }
        while k < b && s[k].isSpace { k += 1 }
        guard k < b else { return false }
        var w = k
        while w < b && (s[w].isQuoteMark || s[w].isOpeningBracket || s[w].isInvertedMark) { w += 1 }
        guard w < b else { return false }
        return s[w].isUppercaseLetter || s[w].isDigit || (w > k && !s[w].isLowercaseLetter)
    }

    /// The next word after white space: its start and end, and whether
    /// opening quotes or brackets (or `¿` `¡`, which open a sentence) came first.
    func nextWord(_ e: Int, _ b: Int) -> (start: Int, end: Int, opener: Bool, newline: Bool)? {
        var k = e
        var newline = false
        while k < b && s[k].isSpace {
            if isNewline(k) { newline = true }
            k += 1
        }
        guard k < b else { return nil }
        var w = k
        while w < b && (s[w].isQuoteMark || s[w].isOpeningBracket || s[w].isInvertedMark) { w += 1 }
        // Only quote marks or brackets up to the end: no next word.
        guard w < b else { return nil }
        var we = w
        while we < b && (s[we].isLetter || s[we].isMark || (s[we].isApostrophe && we + 1 < b && s[we + 1].isLetter)) {
            we += 1
        }
        return (w, we, w > k, newline)
    }


    /// A run of terminal marks at `i..<r`, with closing quotes and brackets
    /// up to `e`.
    struct TerminalRun {
        var i: Int
        var r: Int
        var e: Int
        var dots: Int
        var hasQE: Bool
        var ellipsis: Bool
        var spaced: Bool
        var closers: Bool
        var quoteClosed: Bool
    }

    /// The word after a possible sentence end, and what its first letter is.
    struct NextWord {
        var start: Int
        var end: Int
        var opener: Bool
        var newline: Bool
        var upper: Bool
        var lower: Bool
        var digit: Bool
        /// The lone word `i` (`"Why?" i asked` in chat text).
        var lonelyI: Bool
    }

    /// Whether the run of marks `t` ends a sentence in the block `a..<b`.
    mutating func decide(_ a: Int, _ b: Int, _ t: TerminalRun) -> Bool {
        guard t.e < b else { return false }
        if !s[t.e].isSpace { return decideUnspaced(a, b, t) }
        guard let w = nextWord(t.e, b) else { return false }
        let f = s[w.start]
        let next = NextWord(
            start: w.start, end: w.end, opener: w.opener, newline: w.newline, upper: f.isUppercaseLetter,
            lower: f.isLowercaseLetter, digit: f.isDigit, lonelyI: f == "i" && w.end == w.start + 1)
        if t.hasQE { return decideQuestionOrExclamation(a, b, t, next) }
        if t.ellipsis { return decideEllipsis(a, t, next) }
        return decidePeriod(a, b, t, next)
    }

    /// No white space after the mark: only `world.Today` (a word, a period,
    /// a capitalised word) ends a sentence, and not inside a URL, an e-mail
    /// address or a file name.
    func decideUnspaced(_ a: Int, _ b: Int, _ t: TerminalRun) -> Bool {
        let i = t.i
        let e = t.e
        guard !t.closers, t.r == i + 1, s[i] == ".", i > a, e + 1 < b else { return false }
        guard s[i - 1].isLowercaseLetter || s[i - 1].isDigit, s[e].isUppercaseLetter, s[e + 1].isLowercaseLetter
        else { return false }
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
        return language.abbreviations.kind(key: key(p + 1, i), firstUpper: s[p + 1].isUppercaseLetter, dotted: false) == nil
    }

    /// `!` and `?`: a sentence end unless the quotation or a name goes on.
    func decideQuestionOrExclamation(_ a: Int, _ b: Int, _ t: TerminalRun, _ next: NextWord) -> Bool {
        let i = t.i
        if next.lower {
            // `"Why?" she asked`, `(really?) he`: the quotation goes on.
            if t.closers { return next.lonelyI || next.newline }
            // `Yahoo! in`: an exclamation mark that belongs to a name.
            if s[i] == "!" && t.r == i + 1 && i > a && s[i - 1].isLetter {
                var p = i - 1
                while p > a && (s[p - 1].isLetter || s[p - 1].isMark) { p -= 1 }
                if s[p].isUppercaseLetter && (p + 1 < i && s[p + 1].isLowercaseLetter) { return false }
            }
            return true
        }
        if t.quoteClosed && next.upper && isAttribution(next.start, b) { return false }
        return true
    }

    /// An ellipsis ends a sentence only before a capitalised word.
    func decideEllipsis(_ a: Int, _ t: TerminalRun, _ next: NextWord) -> Bool {
        let i = t.i
        // `[...]`: an omission, not an end.
        if i > a && (s[i - 1] == "[" || s[i - 1] == "(") { return false }
        if next.lower { return next.newline }
        if next.opener { return true }
        if !next.upper { return next.digit && t.dots >= 4 }
        if t.dots >= 4 || (s[i] == "…" && t.r > i + 1) { return true }
        // `...` before a capitalised word: a break, except before `I`
        // after a spaced ellipsis (`the thing is . . . I mean`).
        if next.end == next.start + 1 && s[next.start] == "I" { return !(t.spaced || (i > a && s[i - 1].isSpace)) }
        return true
    }

    /// The start of the word that a single period at `i` follows.
    func wordStart(beforePeriod i: Int, _ a: Int) -> Int {
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
            if s[d] == "." && d - ws > 2 && s[d - 1].isLowercaseLetter && s[d + 1].isUppercaseLetter { return d + 1 }
            d -= 1
        }
        return ws
    }

    /// The start of an abbreviation after an elided article (`l'Ing.`,
    /// `dell'Avv.`), or `ws` when the word is not one.
    func elidedAbbreviation(_ ws: Int, _ i: Int) -> Int {
        var p = ws
        while p < i && p - ws < 5 && s[p].isLetter { p += 1 }
        guard p > ws, p + 1 < i, s[p].isApostrophe else { return ws }
        let table = language.abbreviations
        if table.kind(key: key(ws, i), firstUpper: s[ws].isUppercaseLetter, dotted: false) != nil { return ws }
        let tail = p + 1
        guard s[tail].isLetter, table.kind(key: key(tail, i), firstUpper: s[tail].isUppercaseLetter, dotted: false) != nil
        else { return ws }
        return tail
    }

    /// A single period: it depends on the word before it.
    mutating func decidePeriod(_ a: Int, _ b: Int, _ t: TerminalRun, _ next: NextWord) -> Bool {
        let i = t.i
        let ws = elidedAbbreviation(wordStart(beforePeriod: i, a), i)
        if t.quoteClosed && next.upper && isAttribution(next.start, b) { return false }
        // `"This is great." she said`, `(... engineer.) at`: the quotation or aside goes on.
        if t.closers && next.lower { return next.lonelyI || next.newline }
        if ws == i {
            // After a symbol or bracket (`5%.`, `(see above).`, `N°.`).
            if next.lower { return i > a && (s[i - 1].isClosingBracket || s[i - 1].isSpace) }
            if next.digit { return next.newline }
            return true
        }
        if s[i - 1].isDigit {
            if next.upper && isOrdinal(a, ws, i, next) { return false }
            // A number; a bare one- or two-digit number before a lower-case
            // word is an inline list marker (`three: 1. cost, 2. time`).
            return !(next.lower && i - ws <= 2 && s[ws].isASCIIDigit && (ws == a || s[ws - 1].isSpace))
        }
        let shape = dottedShape(ws, i)
        // A name with dots (`example.com`): a plain word.
        if shape.dotted && !shape.abbreviationLike { return true }
        if !shape.dotted && i - ws == 1 && s[ws].isUppercaseLetter
            && language.abbreviations.entries[key(ws, i)]?.letter != true
        {
            return decideInitial(a, ws, next)
        }
        if next.upper, opensWithTimeAdverbialOnly(max(a, cuts.last ?? a), ws) { return false }
        return decideWord(ws, i, dotted: shape.dotted, next)
    }

    /// Whether the sentence so far, `s[start..<ws]`, is a preposition of time
    /// and figures only (`At 5 a.m. Mr. Smith went …`): an opening adverbial,
    /// which a sentence goes on after.
    func opensWithTimeAdverbialOnly(_ start: Int, _ ws: Int) -> Bool {
        guard !language.timePrepositions.isEmpty else { return false }
        var k = start
        while k < ws && (s[k].isSpace || s[k].isOpeningBracket || s[k].isQuoteMark) { k += 1 }
        var e = k
        while e < ws && s[e].isLetter { e += 1 }
        guard e > k, language.timePrepositions.contains(key(k, e)) else { return false }
        var figures = 0
        while e < ws {
            if s[e].isDigit { figures += 1 } else if !(s[e].isSpace || s[e] == ":" || s[e] == ".") { return false }
            e += 1
        }
        return figures > 0
    }

    /// A number of one to three digits and a period that is an ordinal
    /// (`am 3. Oktober`, `im 19. Jahrhundert`, `der 2. Platz`): the next word
    /// is one that follows ordinals, or the word before is one that precedes them.
    func isOrdinal(_ a: Int, _ ws: Int, _ i: Int, _ next: NextWord) -> Bool {
        guard !language.ordinalFollowers.isEmpty || !language.ordinalPreceders.isEmpty else { return false }
        guard i - ws <= 3, ws == a || s[ws - 1].isSpace || s[ws - 1].isOpeningBracket else { return false }
        for k in ws..<i where !s[k].isASCIIDigit { return false }
        if language.ordinalFollowers.contains(key(next.start, next.end)) { return true }
        var pe = ws
        while pe > a && s[pe - 1].isSpace { pe -= 1 }
        var ps = pe
        while ps > a && s[ps - 1].isLetter { ps -= 1 }
        return ps < pe && language.ordinalPreceders.contains(key(ps, pe))
    }

    /// Whether `s[ws..<i]` has internal periods (`U.S`, `a.m`, `Ph.D`), and
    /// whether its segments are those of an abbreviation (one or two
    /// letters each, no digit) rather than a file or domain name.
    func dottedShape(_ ws: Int, _ i: Int) -> (dotted: Bool, abbreviationLike: Bool) {
        var dotted = false
        var segmentOK = true
        var segLen = 0
        var hasDigit = false
        for k in ws..<i {
            if s[k] == "." {
                dotted = true
                if segLen == 0 || segLen > 2 { segmentOK = false }
                segLen = 0
            } else {
                if s[k].isDigit { hasDigit = true }
                segLen += 1
            }
        }
        if dotted && segLen > 2 { segmentOK = false }
        return (dotted, segmentOK && !hasDigit)
    }

    /// A single capital and a period: an initial (`E.`), or `I` ending a sentence.
    func decideInitial(_ a: Int, _ ws: Int, _ next: NextWord) -> Bool {
        let letter = s[ws]
        if next.lower { return next.lonelyI }
        if !next.upper { return next.opener || next.newline }
        if next.newline { return true }
        guard isStarter(next.start, next.end) else { return false }
        // `you and I. Did` vs `Albert I. Jones`: a capitalised word before means a name.
        var p = ws - 1
        while p >= a && s[p].isSpace { p -= 1 }
        if p >= a && (s[p] == "." || s[p] == ",") { return letter == "I" || s[p] == "," }
        var pw = p
        while pw >= a && (s[pw].isLetter || s[pw].isMark) { pw -= 1 }
        if p >= a && pw < p && s[pw + 1].isUppercaseLetter { return false }
        return true
    }

    /// A word and a period: by the word's kind of abbreviation, if any.
    mutating func decideWord(_ ws: Int, _ i: Int, dotted: Bool, _ next: NextWord) -> Bool {
        let wordKey = key(ws, i)
        let isTitleNext = next.upper && language.nameTitles.contains(key(next.start, next.end))
        let table = language.abbreviations
        guard let kind = table.kind(key: wordKey, firstUpper: s[ws].isUppercaseLetter, dotted: dotted) else {
            if dotted {
                // Unknown dotted letters (`J.R.R`, `N.Y`): like a modifier.
                if next.lower { return false }
                if !next.upper { return next.opener }
                return isStarter(next.start, next.end) || isTitleNext
            }
            // A lower-case word after a plain word and a period: a new
            // sentence, unless the word is a lower-case abbreviation.
            if next.lower { return i - ws != 1 && !table.beforeLowercase.contains(wordKey) }
            return true
        }
        let flags = table.entries[wordKey]
        switch kind {
        case .prepositive:
            if flags?.numbering == true {
                if next.digit || next.lower { return false }
                if next.upper && Self.isRoman(next.start, next.end, s) { return false }
                return next.upper && isStarter(next.start, next.end) || next.opener
            }
            if flags?.place == true { return next.upper && isStarter(next.start, next.end) }
            return !(next.upper || next.digit || next.lower || next.opener)
        case .date:
            if !next.upper { return next.opener }
            return isStarter(next.start, next.end) || isTitleNext
        case .modifier:
            if next.lower || next.digit { return false }
            if !next.upper { return next.opener }
            return isStarter(next.start, next.end)
        case .ordinary:
            if next.lower || next.digit { return false }
            if !next.upper { return next.opener }
            if next.newline { return true }
            // A unit after a figure (`$3 bln. Sales`) ends the sentence before a
            // capitalised word, but not before a unit letter (`40 deg. C`).
            if flags?.unit == true { return next.end - next.start > 1 }
            return isStarter(next.start, next.end) || isTitleNext || hasLowerEvidence(next.start, next.end)
        }
    }

    /// The word key of `s[x..<y]` (0 when it is not a short ASCII word).
    @inline(__always)
    func key(_ x: Int, _ y: Int) -> UInt64 { WordKey.make(s, x, y) }

}
