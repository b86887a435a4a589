/// Rules for the numeric and time types in news style: dates (`January 10`,
/// `Dec. 27`, `early 2022`, `the 1990s`, `2 1/2 years`, `Tuesday`), times
/// (`5 p.m.`), money (`$3.5 billion`, `€20 million`), percentages (`5
/// percent`, `40%`) and quantities (`300 troops`, `12 km`).
enum Word: UInt8 {
    case month, weekday, relativeDay, dateUnit, dateModifier, season, meridiem, timeWord, timeOfDay
    case scale, currencyWord, currencySymbol, percentWord, numberWord, approx, unit, ago, the, and, a
    case per, cent, than, to, up, at, least, year, mid, countNoun
}

/// The rule words by the hash of their lower-cased text, in an
/// open-addressing table (looked up for every token of every text).
struct RuleLexicon: Sendable {
    private let keys: [UInt64]
    /// `Word.rawValue + 1`; 0 marks an empty slot.
    private let kinds: [UInt8]
    private let mask: Int
    /// The most scalars of a word: longer tokens are none.
    private let longest: Int
    static let shared = RuleLexicon()

    /// The kind of the word `s[t.start..<t.end]`, if it is one; `lowerHash`
    /// is its `hashScalars(lower: true)` when known (0: not known).
    @inline(__always) func kind(_ s: [Unicode.Scalar], _ t: EntityToken, lowerHash: UInt64 = 0) -> Word? {
        guard t.end - t.start <= longest else { return nil }
        let key = lowerHash != 0 ? lowerHash : hashScalars(s, t.start, t.end, lower: true)
        var i = Int(truncatingIfNeeded: key) & mask
        while kinds[i] != 0 {
            if keys[i] == key { return Word(rawValue: kinds[i] - 1) }
            i = (i + 1) & mask
        }
        return nil
    }

    init() {
        var w: [UInt64: Word] = [:]
        var longest = 0
        func add(_ list: String, _ kind: Word) {
            for item in list.split(separator: " ") {
                w[hashString(String(item), lower: true)] = kind
                longest = max(longest, item.unicodeScalars.count)
            }
        }
        add("january february march april may june july august september october november december "
            + "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.", .month)
        add("monday tuesday wednesday thursday friday saturday sunday", .weekday)
        add("today yesterday tomorrow", .relativeDay)
        add("day days week weeks month months year years decade decades century centuries weekend weekends quarter quarters fortnight", .dateUnit)
        add("early late last next this past coming previous", .dateModifier)
        add("spring summer autumn fall winter", .season)
        add("a.m. p.m. am pm", .meridiem)
        add("noon midnight tonight", .timeWord)
        add("morning afternoon evening night", .timeOfDay)
        add("thousand million billion trillion bn mn", .scale)
        add("dollar dollars euro euros pound pounds sterling yen yuan renminbi ruble rubles rouble roubles rupee rupees "
            + "cent cents franc francs pence hryvnia hryvnias lira liras peso pesos shekel shekels won rand dinar dinars riyal riyals dirham dirhams", .currencyWord)
        add("$ € £ ¥ ₽ ₹ ₴ ₩ ₪", .currencySymbol)
        add("percent % pct", .percentWord)
        add("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds dozen dozens half", .numberWord)
        add("nearly about around almost approximately roughly some over under more less fewer just", .approx)
        add("km kilometers kilometres kilometer kilometre miles mile meters metres meter metre feet foot inches cm mm "
            + "tons tonnes ton tonne kg kilograms kilogram grams lbs barrels barrel gallons liters litres acres hectares "
            + "degrees mph km/h megawatts gigawatts mw gw kwh", .unit)
        add("troops soldiers people civilians residents refugees migrants children women men workers employees "
            + "members votes voters seats deaths cases patients prisoners hostages students delegates delegations "
            + "missiles drones warheads tanks aircraft jets ships vessels homes houses buildings villages countries nations "
            + "passengers fighters officers officials police policemen protesters demonstrators casualties victims "
            + "doses vaccines tests jobs companies firms flights", .countNoun)
        add("ago", .ago)
        add("the", .the)
        add("and", .and)
        add("a an", .a)
        add("per", .per)
        add("cent", .cent)
        add("than", .than)
        add("to", .to)
        add("up", .up)
        add("at", .at)
        add("least", .least)
        add("mid", .mid)
        var capacity = 16
        while capacity < 4 * w.count { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var kinds = [UInt8](repeating: 0, count: capacity)
        for (key, kind) in w {
            var i = Int(truncatingIfNeeded: key) & (capacity - 1)
            while kinds[i] != 0 { i = (i + 1) & (capacity - 1) }
            keys[i] = key
            kinds[i] = kind.rawValue + 1
        }
        self.keys = keys
        self.kinds = kinds
        self.mask = capacity - 1
        self.longest = longest
    }
}

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

/// Finds numeric and time expressions in a text (hyphens split, so that
/// `eight-year` and `mid-2022` are seen in parts), given its tokens and, if
/// known, their lower-case hashes.
func ruleSpans(_ s: [Unicode.Scalar], tokens textTokens: [EntityToken], lowerHashes: [UInt64]? = nil) -> [RuleSpan] {
    let (tokens, sameAs) = EntityTokenizer(splitHyphens: true).retokenize(s, textTokens)
    var hashes: [UInt64]? = nil
    if let lowerHashes { hashes = sameAs.map { $0 >= 0 ? lowerHashes[$0] : 0 } }
    return matchRules(s, tokens, lowerHashes: hashes).map { RuleSpan(start: tokens[$0.first].start, end: tokens[$0.end - 1].end, type: $0.type) }
}

/// Finds numeric and time expressions among `tokens`.
func matchRules(_ s: [Unicode.Scalar], _ tokens: [EntityToken], lowerHashes: [UInt64]? = nil) -> [RuleMatch] {
    let lexicon = RuleLexicon.shared
    let n = tokens.count
    var kind = [Word?](repeating: nil, count: n)
    var digits = [Bool](repeating: false, count: n)
    for (i, t) in tokens.enumerated() {
        kind[i] = lexicon.kind(s, t, lowerHash: lowerHashes?[i] ?? 0)
        digits[i] = isDigit(s[t.start])
    }
    // Month names and weekdays must be capitalised (May, March).
    for i in 0..<n where kind[i] == .month || kind[i] == .weekday {
        if !isUpper(s[tokens[i].start]) { kind[i] = nil }
    }
    func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i < n && tokens[i].end - tokens[i].start == 1 && s[tokens[i].start] == c
    }
    func adjacent(_ i: Int) -> Bool { i + 1 < n && tokens[i].end == tokens[i + 1].start }
    func pureDigits(_ i: Int) -> Bool {
        for k in tokens[i].start..<tokens[i].end where !isDigit(s[k]) { return false }
        return true
    }
    func value(_ i: Int) -> Int? {
        guard pureDigits(i), tokens[i].end - tokens[i].start <= 6 else { return nil }
        var v = 0
        for k in tokens[i].start..<tokens[i].end {
            let digit = s[k].value &- 48
            guard digit < 10 else { return nil }  // other scripts' digits carry no value here
            v = v * 10 + Int(digit)
        }
        return v
    }
    func isYear(_ i: Int) -> Bool {
        guard i < n, let v = value(i), tokens[i].end - tokens[i].start == 4 else { return false }
        return v >= 1000 && v <= 2100
    }
    func isDecade(_ i: Int) -> Bool {
        // 1990s, 90s
        guard i < n, digits[i] else { return false }
        let t = tokens[i]
        let len = t.end - t.start
        guard len == 5 || len == 3, s[t.end - 1] == "s" else { return false }
        for k in t.start..<(t.end - 1) where !isDigit(s[k]) { return false }
        return s[t.end - 2] == "0"
    }
    func isDayNumber(_ i: Int) -> Bool {
        guard i < n, digits[i] else { return false }
        let t = tokens[i]
        var v = 0
        var k = t.start
        // Three digits at most: a day has two, and a longer number must not overflow.
        while k < t.end && k - t.start < 3 && isDigit(s[k]) { v = v * 10 + Int(s[k].value - 48); k += 1 }
        let rest = t.end - k
        return v >= 1 && v <= 31 && k - t.start <= 2 && (rest == 0 || rest == 2)
    }
    /// The end of a number starting at `i` (digits, fractions, number words, scale words).
    func number(_ i: Int) -> Int? {
        guard i < n else { return nil }
        var j = i
        if digits[i] {
            j = i + 1
            // 2 1/2, 1/2
            if isChar(j, "/"), j + 1 < n, digits[j + 1], adjacent(i) {
                j += 2
            } else if j + 2 < n, digits[j], isChar(j + 1, "/"), digits[j + 2] {
                j += 3
            }
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

    var out: [RuleMatch] = []
    var i = 0
    while i < n {
        // Every rule starts at a number or a word of the lexicon.
        if kind[i] == nil && !digits[i] {
            i += 1
        } else if let m = matchAt(i) {
            out.append(m)
            i = m.end
        } else {
            i += 1
        }
    }
    return out

    func matchAt(_ i0: Int) -> RuleMatch? {
        // Approximation words in front of a number: nearly, about, more than, at least, up to.
        var i = i0
        if kind[i] == .approx {
            i += 1
            if i < n && kind[i] == .than { i += 1 }
        } else if kind[i] == .at && i + 1 < n && kind[i + 1] == .least {
            i += 2
        } else if kind[i] == .up && i + 1 < n && kind[i + 1] == .to {
            i += 2
        }
        if i > i0 {
            if let m = core(i), m.type != .date || digits[i] || kind[i] == .numberWord {
                return RuleMatch(first: i0, end: m.end, type: m.type)
            }
            return nil
        }
        return core(i)
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
        // Months: January 10, 2022; Dec. 27; March 2021; January.
        if kind[i] == .month {
            var e = i + 1
            if isDayNumber(e) {
                e += 1
                if isChar(e, ",") && isYear(e + 1) { e += 2 } else if isYear(e) { e += 1 }
            } else if isYear(e) {
                e += 1
            } else if isChar(e, ",") && isYear(e + 1) {
                e += 2
            }
            return RuleMatch(first: i, end: e, type: .date)
        }
        // 10 January 2022
        if isDayNumber(i), i + 1 < n, kind[i + 1] == .month {
            var e = i + 2
            if isYear(e) { e += 1 }
            return RuleMatch(first: i, end: e, type: .date)
        }
        if kind[i] == .weekday {
            var e = i + 1
            if isChar(e, ",") && e + 1 < n && kind[e + 1] == .month, let m = core(e + 1) { e = m.end }
            return RuleMatch(first: i, end: e, type: .date)
        }
        if kind[i] == .relativeDay { return RuleMatch(first: i, end: i + 1, type: .date) }
        if kind[i] == .timeWord {
            return RuleMatch(first: i, end: i + 1, type: .time)
        }
        // early 2022, mid-2022, last week, this year, next month, late last year, this morning.
        if kind[i] == .dateModifier || kind[i] == .mid {
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
                let t = tokens[j]
                if s[t.end - 1] != "s" { return RuleMatch(first: i, end: j + 1, type: .date) }
            }
            if kind[i] == .dateModifier, let e = number(j), e < n, kind[e] == .dateUnit {
                return RuleMatch(first: i, end: e + 1, type: .date)
            }
            if j < n && kind[j] == .timeOfDay && kind[i] == .dateModifier {
                return RuleMatch(first: i, end: j + 1, type: .time)
            }
            return nil
        }
        if kind[i] == .season, isYear(i + 1) { return RuleMatch(first: i, end: i + 2, type: .date) }
        // Numbers and what follows them.
        guard let e = number(i) else { return nil }
        // 5 p.m., 10:30 a.m., 10:30
        if digits[i] {
            var t = e
            if isChar(t, ":") && t + 1 < n && digits[t + 1] && adjacent(t - 1) && adjacent(t) { t += 2 }
            if t < n && kind[t] == .meridiem { return RuleMatch(first: i, end: t + 1, type: .time) }
            if t > e { return RuleMatch(first: i, end: t, type: .time) }
        }
        var j = e
        // 5 percent, 40%, 5 per cent
        if j < n && kind[j] == .percentWord { return RuleMatch(first: i, end: j + 1, type: .percent) }
        if j + 1 < n && kind[j] == .per && kind[j + 1] == .cent { return RuleMatch(first: i, end: j + 2, type: .percent) }
        // 20 million euros, 5 U.S. dollars
        if j < n && kind[j] == .currencyWord { return RuleMatch(first: i, end: j + 1, type: .money) }
        // 2 1/2 years, eight-year, 10 years ago
        if isChar(j, "-") && j + 1 < n && kind[j + 1] == .dateUnit && adjacent(j - 1) { j += 1 }
        if j < n && kind[j] == .dateUnit {
            var end = j + 1
            if end < n && kind[end] == .ago { end += 1 }
            return RuleMatch(first: i, end: end, type: .date)
        }
        if j < n && (kind[j] == .unit || kind[j] == .countNoun) {
            return RuleMatch(first: i, end: j + 1, type: .quantity)
        }
        // A bare year: in 2022.
        if isYear(i) && e == i + 1 { return RuleMatch(first: i, end: i + 1, type: .date) }
        return nil
    }
}
