import ArtText

struct RuleMatch {
    var first: Int
    var end: Int
    var type: EntityType
}

/// A rule match in scalar offsets.
struct RuleSpan {
    var start: Int
    var end: Int
    var type: EntityType
}

/// Finds numeric and time expressions in a text, given its tokens and, if
/// known, their lower-case hashes. Hyphenated words are read in parts, so
/// that `eight-year` and `mid-2022` are seen as number and unit.
func ruleSpans(
    _ s: [Unicode.Scalar], tokens textTokens: [Token], lowerHashes: [UInt64]? = nil, lexicon: RuleLexicon = .english
) -> [RuleSpan] {
    let (tokens, source) = Tokenizer.splittingHyphens(textTokens, in: s)
    let hashes = lowerHashes.map { hashes in source.map { $0 >= 0 ? hashes[$0] : 0 } }
    return RuleMatcher(s, tokens, lowerHashes: hashes, lexicon: lexicon).matches().map {
        RuleSpan(start: tokens[$0.first].start, end: tokens[$0.end - 1].end, type: $0.type)
    }
}

/// Matches the rules over the tokens of a text: every rule starts at a
/// number or at a word of the lexicon.
struct RuleMatcher {
    let s: [Unicode.Scalar]
    let tokens: [Token]
    let n: Int
    /// The lexicon's word kind of each token.
    let kind: [Word?]
    /// Whether each token is a number.
    let digits: [Bool]
    let style: DateStyle

    /// `lowerHashes`: the tokens' `hashScalars(lower: true)`, 0 where not known.
    init(_ s: [Unicode.Scalar], _ tokens: [Token], lowerHashes: [UInt64]? = nil, lexicon: RuleLexicon = .english) {
        self.s = s
        self.tokens = tokens
        n = tokens.count
        style = lexicon.style
        var kind = [Word?](repeating: nil, count: tokens.count)
        let capitalMonths = !lexicon.style.contains(.lowercaseMonths)
        for (i, t) in tokens.enumerated() {
            kind[i] = lexicon.kind(s, t, lowerHash: lowerHashes?[i] ?? 0)
            // Month names and weekdays must be capitalised where the language
            // writes them so (May, March), and a capitalised one is a month anywhere.
            if capitalMonths && (kind[i] == .month || kind[i] == .weekday) && !s[t.start].isUppercaseLetter { kind[i] = nil }
        }
        self.kind = kind
        digits = tokens.map { s[$0.start].isDigit }
    }

    func matches() -> [RuleMatch] {
        var out: [RuleMatch] = []
        var i = 0
        while i < n {
            if kind[i] == nil && !digits[i] {
                i += 1
            } else if let m = match(at: i) {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// A match at `i0`, with the approximation words in front of a number
    /// (nearly, about, more than, at least, up to).
    func match(at i0: Int) -> RuleMatch? {
        var i = i0
        if kind[i] == .approx {
            i += 1
            if i < n && (kind[i] == .than || kind[i] == .of) { i += 1 }
        } else if kind[i] == .at && i + 1 < n && kind[i + 1] == .least {
            i += 2
        } else if kind[i] == .up && i + 1 < n && kind[i + 1] == .to {
            i += 2
        }
        guard i > i0 else { return core(i) }
        if let m = core(i), m.type != .date || digits[i] || kind[i] == .numberWord {
            return RuleMatch(first: i0, end: m.end, type: m.type)
        }
        return nil
    }

    func core(_ i: Int) -> RuleMatch? {
        guard i < n else { return nil }
        // MONEY with a symbol: $3.5 billion, US$ 5, €20 million.
        if kind[i] == .currencySymbol, i + 1 < n, let e = number(i + 1), digits[i + 1] {
            return RuleMatch(first: i, end: e, type: .money)
        }
        if kind[i] == .the && i + 1 < n && isDecade(i + 1) {
            return RuleMatch(first: i, end: i + 2, type: .date)
        }
        if isDecade(i) { return RuleMatch(first: i, end: i + 1, type: .date) }
        if let m = calendarDate(i) { return m }
        if kind[i] == .dateModifier || kind[i] == .mid { return modifiedDate(i) }
        if kind[i] == .season, let e = year(after: i + 1) { return RuleMatch(first: i, end: e, type: .date) }
        // vor drei Jahren, hace dos años
        if kind[i] == .agoBefore, let e = number(i + 1), e < n, kind[e] == .dateUnit {
            return RuleMatch(first: i, end: e + 1, type: .date)
        }
        // la semaine dernière, el año pasado
        if kind[i] == .dateUnit, style.contains(.modifierAfter), i + 1 < n, kind[i + 1] == .dateModifier {
            return RuleMatch(first: i, end: i + 2, type: .date)
        }
        return amount(i)
    }

    /// Months (January 10, 2022; Dec. 27; March 2021; January; 10 January
    /// 2022), weekdays, today and the like, noon and midnight.
    func calendarDate(_ i: Int) -> RuleMatch? {
        if kind[i] == .month {
            var e = i + 1
            if isDayNumber(e) {
                e += 1
                if isChar(e, ",") && isYear(e + 1) { e += 2 } else if isYear(e) { e += 1 }
            } else if let y = year(after: e) {
                e = y
            } else if isChar(e, ",") && isYear(e + 1) {
                e += 2
            }
            return RuleMatch(first: i, end: e, type: .date)
        }
        if let m = dayMonth(i) { return m }
        if kind[i] == .weekday {
            var e = i + 1
            if isChar(e, ",") && e + 1 < n && kind[e + 1] == .month, let m = core(e + 1) { e = m.end }
            return RuleMatch(first: i, end: e, type: .date)
        }
        if kind[i] == .relativeDay { return RuleMatch(first: i, end: i + 1, type: .date) }
        if kind[i] == .timeWord { return RuleMatch(first: i, end: i + 1, type: .time) }
        return nil
    }

    /// 10 January 2022, 3. Oktober 2024, 3 de octubre de 2024, 3 octobre.
    func dayMonth(_ i: Int) -> RuleMatch? {
        guard isDayNumber(i) else { return nil }
        var month = i + 1
        if style.contains(.ordinalDot) && isChar(month, ".") && adjacent(i) {
            month += 1
        } else if month < n && kind[month] == .of {
            month += 1
        }
        guard month < n, kind[month] == .month else { return nil }
        return RuleMatch(first: i, end: year(after: month + 1) ?? month + 1, type: .date)
    }

    /// The end of a year at `i`, or after a joining `de` there (octubre de 2024).
    func year(after i: Int) -> Int? {
        if isYear(i) { return i + 1 }
        if i < n && kind[i] == .of && isYear(i + 1) { return i + 2 }
        return nil
    }

    /// early 2022, mid-2022, last week, this year, next month, late last year, this morning.
    func modifiedDate(_ i: Int) -> RuleMatch? {
        var j = i + 1
        if isChar(j, "-") { j += 1 }
        if j < n && kind[j] == .dateModifier { j += 1 }
        if isYear(j) || isDecade(j) { return RuleMatch(first: i, end: j + 1, type: .date) }
        if j < n && (kind[j] == .month || kind[j] == .season || kind[j] == .weekday) {
            if kind[j] == .month, let m = core(j) { return RuleMatch(first: i, end: m.end, type: .date) }
            if kind[j] == .season && isYear(j + 1) { return RuleMatch(first: i, end: j + 2, type: .date) }
            return RuleMatch(first: i, end: j + 1, type: .date)
        }
        if j < n && kind[j] == .dateUnit && kind[i] != .mid {
            if s[tokens[j].end - 1] != "s" { return RuleMatch(first: i, end: j + 1, type: .date) }
        }
        if kind[i] == .dateModifier, let e = number(j), e < n, kind[e] == .dateUnit {
            return RuleMatch(first: i, end: e + 1, type: .date)
        }
        if j < n && kind[j] == .timeOfDay && kind[i] == .dateModifier {
            return RuleMatch(first: i, end: j + 1, type: .time)
        }
        return nil
    }

    /// Numbers and what follows them: times, percentages, money, durations,
    /// quantities and bare years.
    func amount(_ i: Int) -> RuleMatch? {
        guard let e = number(i) else { return nil }
        // 5 p.m., 10:30 a.m., 10:30
        if digits[i] {
            if e < n && kind[e] == .meridiem { return RuleMatch(first: i, end: e + 1, type: .time) }
            if isClockTime(i) { return RuleMatch(first: i, end: e, type: .time) }
        }
        var j = e
        // 5 percent, 40%, 5 per cent
        if j < n && kind[j] == .percentWord { return RuleMatch(first: i, end: j + 1, type: .percent) }
        if j + 1 < n && kind[j] == .per && kind[j + 1] == .cent { return RuleMatch(first: i, end: j + 2, type: .percent) }
        // 20 million euros, 20 millions d'euros, 20 millones de euros
        if j < n && kind[j] == .currencyWord { return RuleMatch(first: i, end: j + 1, type: .money) }
        if j + 1 < n && j > i + 1 && kind[j - 1] == .scale && kind[j] == .of && kind[j + 1] == .currencyWord {
            return RuleMatch(first: i, end: j + 2, type: .money)
        }
        // 2 1/2 years, eight-year, 10 years ago
        if isChar(j, "-") && j + 1 < n && kind[j + 1] == .dateUnit && adjacent(j - 1) { j += 1 }
        if j < n && kind[j] == .dateUnit {
            return RuleMatch(first: i, end: j + 1 < n && kind[j + 1] == .ago ? j + 2 : j + 1, type: .date)
        }
        if j < n && (kind[j] == .unit || kind[j] == .countNoun) {
            return RuleMatch(first: i, end: j + 1, type: .quantity)
        }
        // A bare year: in 2022.
        if isYear(i) && e == i + 1 { return RuleMatch(first: i, end: i + 1, type: .date) }
        return nil
    }

    // MARK: Tokens

    func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i < n && tokens[i].length == 1 && s[tokens[i].start] == c
    }

    func adjacent(_ i: Int) -> Bool { i + 1 < n && tokens[i].end == tokens[i + 1].start }

    /// Whether token `i` has a digit and `mark` between digits (10:30, 1/2).
    func hasInnerMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
        digits[i] && s[(tokens[i].start + 1)..<tokens[i].end].contains(mark)
    }

    func isClockTime(_ i: Int) -> Bool { hasInnerMark(i, ":") }

    /// The value of a token of ASCII digits only (up to six).
    func value(_ i: Int) -> Int? {
        guard tokens[i].length <= 6 else { return nil }
        var v = 0
        for k in tokens[i].start..<tokens[i].end {
            let digit = s[k].value &- 48
            guard digit < 10 else { return nil }  // other scripts' digits carry no value here
            v = v * 10 + Int(digit)
        }
        return v
    }

    func isYear(_ i: Int) -> Bool {
        guard i < n, tokens[i].length == 4, let v = value(i) else { return false }
        return v >= 1000 && v <= 2100
    }

    /// 1990s, 90s
    func isDecade(_ i: Int) -> Bool {
        guard i < n, digits[i] else { return false }
        let t = tokens[i]
        guard t.length == 5 || t.length == 3, s[t.end - 1] == "s" else { return false }
        return s[t.start..<(t.end - 1)].allSatisfy(\.isDigit) && s[t.end - 2] == "0"
    }

    /// 1 to 31, alone or with an ordinal suffix (3rd).
    func isDayNumber(_ i: Int) -> Bool {
        guard i < n, digits[i] else { return false }
        let t = tokens[i]
        var v = 0
        var k = t.start
        // Three digits at most: a day has two, and a longer number must not overflow.
        while k < t.end && k - t.start < 3 && s[k].isDigit { v = v * 10 + Int(s[k].value - 48); k += 1 }
        let rest = t.end - k
        return v >= 1 && v <= 31 && k - t.start <= 2 && (rest == 0 || rest == 2 && s[k].isLetter && s[k + 1].isLetter)
    }

    /// The end of a number starting at `i` (digits, fractions, number words, scale words).
    func number(_ i: Int) -> Int? {
        guard i < n else { return nil }
        var j = i
        if digits[i] {
            j = i + 1
            // 2 1/2 (the tokenizer keeps 1/2 together)
            if j < n, hasInnerMark(j, "/"), !hasInnerMark(i, "/") { j += 1 }
        } else if kind[i] == .numberWord {
            j = i + 1
            while j < n {
                if kind[j] == .numberWord { j += 1; continue }
                if isChar(j, "-") && j + 1 < n && kind[j + 1] == .numberWord && adjacent(j - 1) { j += 2; continue }
                if kind[j] == .and && j + 1 < n && (kind[j + 1] == .numberWord || kind[j + 1] == .a) && j + 2 < n && kind[j + 2] == .numberWord { j += 3; continue }
                break
            }
        } else {
            return nil
        }
        while j < n && kind[j] == .scale { j += 1 }
        return j
    }
}
