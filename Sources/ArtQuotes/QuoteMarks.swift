import ArtText

/// Pairs quotation marks within paragraphs.
///
/// Double marks (“ ” „ « » " `` '') delimit quotes; single marks (‘ ’ ‚ ')
/// delimit a quote only at the top level and only when they pair within the
/// paragraph, so that apostrophes (Russia’s, ’90s, rock ’n’ roll) never open
/// a quote. A quote left open at the end of a paragraph continues into the
/// next paragraph when that one opens with a mark; otherwise it ends with its
/// paragraph, so one stray mark never swallows the rest of the article.
struct MarkPair: Sendable {
    /// Token index of the opening mark, or -1 when the quote starts at the paragraph start.
    var open: Int
    /// Token index of the closing mark, or -1 when the quote runs to the paragraph end.
    var close: Int
    /// Content, scalar offsets, trimmed of white space.
    var start: Int
    var end: Int
    /// First and last token index inside the marks (last exclusive).
    var firstTok: Int
    var endTok: Int
    /// The quote is left open and continues in the next paragraph's first quote.
    var continues: Bool
    /// A line of dialogue opened by a dash, not by a mark.
    var dialogue = false
}

enum MarkRole { case open, close, either, none }

struct QuoteMarks {
    let text: [Unicode.Scalar]
    let tokens: [QuoteToken]
    var lexicon: QuoteLexicon = .english

    private func scalar(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < text.count ? text[i] : nil }

    private func isOpenContext(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        if c.isSpace { return true }
        switch c {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":", "\u{201C}", "\u{2018}", "\"", "'", "\u{00AB}", "\u{201E}", "\u{FEFF}":
            return true
        default: return false
        }
    }

    private func isCloseContext(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        if c.isSpace { return true }
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2014}", "\u{2013}", "-", "\u{2026}", "\u{201D}", "\u{2019}", "\"", "'", "\u{00BB}", "/":
            return true
        default: return false
        }
    }

    func isDouble(_ t: QuoteToken) -> Bool {
        switch t.lower {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\"", "``", "''", "\u{00AB}", "\u{00BB}", "\u{301D}", "\u{301E}": return true
        default: return false
        }
    }

    /// The role of mark `t` while the quote opened at token `open` (if any)
    /// is open: a language's pairs decide (`„` closes with `“`, `«` with `»`,
    /// whatever spaces stand inside), else the mark's context.
    func role(_ t: QuoteToken, openedAt open: Int?) -> MarkRole {
        guard !lexicon.markPairs.isEmpty else { return role(t) }
        let mark = text[t.start]
        if let open, lexicon.markPairs[text[tokens[open].start]] == mark { return .close }
        if lexicon.markPairs[mark] != nil { return .open }
        if lexicon.markPairs.values.contains(mark) { return .close }
        return role(t)
    }

    func role(_ t: QuoteToken) -> MarkRole {
        let before = scalar(t.start - 1)
        let after = scalar(t.end)
        let openCtx = isOpenContext(before) && !(after.map(\.isSpace) ?? true)
        let closeCtx = isCloseContext(after) && !(before.map(\.isSpace) ?? true)
        switch t.lower {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{301D}", "``", "\u{2018}", "\u{201A}", "\u{201B}", "\u{2039}", "`":
            // An opening mark; a misplaced one after a word and before a space closes.
            if closeCtx && !openCtx && t.lower == "\u{201C}" { return .close }
            return .open
        case "\u{201D}", "\u{00BB}", "\u{301E}", "\u{201F}":
            if openCtx && !closeCtx { return .open }
            return .close
        case "\u{2019}", "\u{203A}":
            return closeCtx ? .close : .none
        case "\"", "''", "'":
            if t.lower == "'" {
                // A straight single mark before a digit is an elision: '90s.
                if let a = after, a.isDigit { return .none }
            }
            if openCtx && closeCtx { return .either }
            if openCtx { return .open }
            if closeCtx { return .close }
            return .either
        default:
            return .none
        }
    }

    func pairs() -> [MarkPair] {
        var result: [MarkPair] = []
        let n = tokens.count
        var i = 0
        var previousOpen = false  // the previous paragraph ended inside a quote
        while i < n {
            let para = tokens[i].para
            var j = i
            while j < n && tokens[j].para == para { j += 1 }
            // Paragraph tokens [i, j).
            if lexicon.dialogueDashes && isDash(i) {
                result += dialoguePairs(i, j)
                previousOpen = false
                i = j
                continue
            }
            var openIdx: Int? = nil
            var singleOpen: Int? = nil
            var first = true
            for k in i..<j where tokens[k].kind == .quote {
                let t = tokens[k]
                let r = role(t, openedAt: openIdx)
                if r == .none { continue }
                if isDouble(t) {
                    if let o = openIdx {
                        if r == .close || r == .either {
                            result.append(makePair(open: o, close: k, paraStart: i, paraEnd: j))
                            openIdx = nil
                            singleOpen = nil
                        } else {
                            // A second opening mark: the first quote ends where this one begins.
                            result.append(makePair(open: o, close: -2 - k, paraStart: i, paraEnd: j))
                            openIdx = k
                        }
                    } else if r == .open || r == .either {
                        openIdx = k
                        singleOpen = nil
                    } else if first && previousOpen {
                        // A continued quote that did not reopen: it runs from the paragraph start.
                        result.append(makePair(open: -1, close: k, paraStart: i, paraEnd: j))
                    }
                    first = false
                } else if openIdx == nil {
                    if let s = singleOpen {
                        if r == .close || r == .either {
                            let p = makePair(open: s, close: k, paraStart: i, paraEnd: j)
                            if p.endTok - p.firstTok >= 1 && p.end - p.start > 1 { result.append(p) }
                            singleOpen = nil
                        }
                    } else if r == .open || (r == .either && t.lower == "'") {
                        if let a = scalar(t.end), a.isLetter { singleOpen = k }
                    }
                }
            }
            previousOpen = false
            if let o = openIdx {
                var p = makePair(open: o, close: -1, paraStart: i, paraEnd: j)
                if j < n, tokens[j].kind == .quote, isDouble(tokens[j]), role(tokens[j], openedAt: nil) != .close {
                    p.continues = true
                    previousOpen = true
                }
                if p.end > p.start { result.append(p) }
            }
            i = j
        }
        return result
    }

    func isDash(_ k: Int) -> Bool {
        tokens[k].kind == .punct && tokens[k].end == tokens[k].start + 1 && (text[tokens[k].start] == "\u{2014}" || text[tokens[k].start] == "\u{2013}")
    }

    /// A cue after a comma in a line of dialogue: `, dijo`, `, a déclaré`.
    func isCue(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        if lexicon.speechVerbs[tokens[k].lower] != nil { return true }
        return k + 1 < tokens.count && lexicon.invertedAuxiliaries.contains(tokens[k].lower) && lexicon.speechVerbs[tokens[k + 1].lower] != nil
    }

    /// The quotes of paragraph tokens [i, j), which opens with a dash (French,
    /// Spanish dialogue): the quote runs to the paragraph's end or to the
    /// narrator's aside — a dash after a space (`—Vamos —dijo Ortega—. El
    /// plan…`) or a comma before a cue (`— Nous tiendrons, a déclaré Mme
    /// Morel.`); the words after an aside's closing dash resume the quote.
    func dialoguePairs(_ i: Int, _ j: Int) -> [MarkPair] {
        var result: [MarkPair] = []
        func add(_ open: Int, _ close: Int) {
            var p = makePair(open: open, close: close, paraStart: i, paraEnd: j)
            p.dialogue = true
            if p.end > p.start { result.append(p) }
        }
        var open = i
        var k = i + 1
        while k < j {
            if isDash(k) && text[tokens[k].start - 1].isSpace {
                add(open, k)
                var m = k + 1
                while m < j && !(isDash(m) && !text[tokens[m].start - 1].isSpace) { m += 1 }
                // The aside's closing dash and the punctuation after it.
                while m + 1 < j && tokens[m + 1].kind == .punct { m += 1 }
                guard m + 1 < j else { return result }
                open = m
                k = m + 1
                continue
            }
            if tokens[k].lower == "," && isCue(k + 1) {
                add(open, k)
                return result
            }
            k += 1
        }
        add(open, -1)
        return result
    }

    /// close: a token index; -1 for the paragraph end; -2-k for "just before token k".
    private func makePair(open: Int, close: Int, paraStart: Int, paraEnd: Int) -> MarkPair {
        let firstTok = open >= 0 ? open + 1 : paraStart
        let endTok: Int
        if close >= 0 {
            endTok = close
        } else if close == -1 {
            endTok = paraEnd
        } else {
            endTok = -2 - close
        }
        var start = open >= 0 ? tokens[open].end : tokens[paraStart].start
        var end: Int
        if close >= 0 {
            end = tokens[close].start
        } else if endTok > firstTok {
            end = tokens[endTok - 1].end
        } else {
            end = start
        }
        while start < end && text[start].isSpace { start += 1 }
        while end > start && text[end - 1].isSpace { end -= 1 }
        return MarkPair(
            open: open, close: close >= 0 ? close : -1, start: start, end: end, firstTok: firstTok,
            endTok: max(firstTok, endTok), continues: false)
    }
}
