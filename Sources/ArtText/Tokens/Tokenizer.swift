import ArtCore

/// What a token is.
public enum TokenKind: Sendable, Hashable {
    case word, number, punctuation, quote, symbol
}

/// A token: a span of scalars (0-based, end-exclusive) and its kind.
public struct Token: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind

    public init(start: Int, end: Int, kind: TokenKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }
    public var length: Int { end - start }
}

/// Splits text into words, numbers, punctuation, quote marks and symbols.
///
/// - Words keep internal hyphens (`eight-year`) and apostrophes that are part
///   of the word (`O'Brien`); the possessive `'s`/`’s` and the clitics `n't`,
///   `'re`, `'ve`, `'ll`, `'m`, `'d` are tokens of their own.
/// - Abbreviations and initials keep their period (`U.S.`, `Mr.`, `Dec.`,
///   `J.R.R.`); any other period is a token of its own.
/// - Numbers keep internal `.`, `,`, `:` and `/` between digits (`3.5`,
///   `1,000`, `2:30`, `1/2`) and a letter suffix (`1st`, `1990s`).
/// - URLs, e-mail addresses and dotted names (`example.com`) are one word.
/// - Quote marks (“ ” ‘ ’ " ' « » „ ‚, and `` and '') have kind `.quote`.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        tokenize(Array(text.unicodeScalars))
    }

    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        tokenize(scalars, from: 0, to: scalars.count, into: &tokens)
        return tokens
    }

    /// Tokenizes `scalars[from..<to]`, appending to `tokens` (offsets into the whole array).
    public func tokenize(_ s: [Unicode.Scalar], from: Int, to: Int, into tokens: inout [Token]) {
        var i = from
        let n = min(to, s.count)
        while i < n {
            let c = s[i]
            if c.isSpace || c.value < 0x20 || c.value == 0x200B || c.value == 0xFEFF || c.value == 0xAD {
                i += 1
                continue
            }
            if c.isLetter {
                let end = Self.scanWordEnd(s, i, n)
                tokens.append(Token(start: i, end: end.wordEnd, kind: .word))
                if end.cliticEnd > end.wordEnd {
                    tokens.append(Token(start: end.wordEnd, end: end.cliticEnd, kind: .word))
                }
                i = end.cliticEnd
                continue
            }
            if c.isDigit {
                let e = Self.scanNumberEnd(s, i, n)
                tokens.append(Token(start: i, end: e, kind: .number))
                i = e
                continue
            }
            if c.isApostrophe, i + 1 < n, i > from, !s[i - 1].isSpace, let e = Self.cliticEnd(s, i, n) {
                // A clitic after something that is not a word (`Jr.'s`, `1990's`).
                tokens.append(Token(start: i, end: e, kind: .word))
                i = e
                continue
            }
            if c.isQuoteMark {
                // `` and '' are one quote mark each.
                if (c == "`" || c == "'"), i + 1 < n, s[i + 1] == c {
                    tokens.append(Token(start: i, end: i + 2, kind: .quote))
                    i += 2
                } else {
                    tokens.append(Token(start: i, end: i + 1, kind: .quote))
                    i += 1
                }
                continue
            }
            if c.isSymbol {
                tokens.append(Token(start: i, end: i + 1, kind: .symbol))
                i += 1
                continue
            }
            // Punctuation: runs of the same mark (`...`, `--`, `!!`) and of
            // sentence terminals (`?!`) are one token.
            var e = i + 1
            if c.isSentenceTerminal {
                while e < n, s[e].isSentenceTerminal, c == "." ? s[e] == "." : s[e] != "." { e += 1 }
            } else if c == "-" || c == "*" || c == "_" || c == "=" {
                while e < n, s[e] == c { e += 1 }
            }
            tokens.append(Token(start: i, end: e, kind: c.isMark ? .symbol : .punctuation))
            i = e
        }
    }

    // MARK: Words

    /// The end of a word starting at `i`, and the end of a clitic split off it.
    static func scanWordEnd(_ s: [Unicode.Scalar], _ start: Int, _ n: Int) -> (wordEnd: Int, cliticEnd: Int) {
        // URLs and e-mail addresses: up to white space, less trailing punctuation.
        if let e = scanURLOrEmail(s, start, n) { return (e, e) }
        var i = start
        var dottedLetters = true  // so far: L or L.L. (initials, U.S., a.m.)
        var letters = 0
        while i < n {
            let c = s[i]
            if c.isLetter || c.isMark || c.isDigit {
                if !c.isMark { letters += 1 }
                i += 1
                continue
            }
            guard i + 1 < n else { break }
            let next = s[i + 1]
            if c.isApostrophe {
                if let ce = cliticEnd(s, i, n) {
                    // `don't`: the clitic is `n't`.
                    if (s[ce - 1] == "t" || s[ce - 1] == "T") && i - 1 > start && (s[i - 1] == "n" || s[i - 1] == "N") {
                        return (i - 1, ce)
                    }
                    return (i, ce)
                }
                if next.isLetter { i += 1; continue }
                break
            }
            if c.isDash && c.value != 0x2014 && c.value != 0x2013 && c.value != 0x2015 {
                if next.isLetter || next.isDigit { i += 1; continue }
                break
            }
            if c == "." {
                // Initials and dotted abbreviations: single letters each followed by a period.
                if dottedLetters && letters == 1 && i - start <= 2 * 8 {
                    // `U.S.`, `J.R.R.`, `a.m.`: continue while L. repeats.
                    var j = i + 1
                    while j + 1 < n, s[j].isLetter, s[j + 1] == "." { j += 2 }
                    if j > i + 1 {
                        // Absorb `U.S.` fully (also `U.S` at the end: the trailing period is part).
                        if j < n, s[j].isLetter, j + 1 >= n || !s[j + 1].isLetter {
                            // `U.S` (no final period) followed by a letter: `U.Sx` is not a pattern.
                        }
                        return (j, j)
                    }
                    if j < n, s[j].isLetter, j + 1 == n || !(s[j + 1].isLetter || s[j + 1].isMark) {
                        // `U.S` without the final period.
                        return (j + 1, j + 1)
                    }
                    // A single letter and a period: an initial (`E.`), or a lower-case abbreviation (`p.`).
                    return (i + 1, i + 1)
                }
                // Dotted names (`example.com`, `Node.js`): a period between letters, lower-case after it.
                if next.isLowercaseLetter || next.isDigit, i - start >= 1 {
                    i += 1
                    dottedLetters = false
                    continue
                }
                // A known abbreviation keeps its period.
                if Abbreviations.kind(of: s, start..<i, dotted: false) != nil { return (i + 1, i + 1) }
                break
            }
            if (c == "&") && next.isUppercaseLetter && letters <= 2 && s[i - 1].isUppercaseLetter {
                // `AT&T`, `S&P`
                i += 1
                continue
            }
            break
        }
        _ = dottedLetters
        return (i, i)
    }

    /// A clitic starting with the apostrophe at `i` ('s 're 've 'll 'm 'd, or
    /// the `t` of n't) followed by a non-letter: its end.
    static func cliticEnd(_ s: [Unicode.Scalar], _ i: Int, _ n: Int) -> Int? {
        guard i + 1 < n else { return nil }
        var j = i + 1
        while j < n, j - i <= 3, s[j].isLetter { j += 1 }
        if j < n && s[j].isLetter { return nil }
        let len = j - i - 1
        guard len >= 1 && len <= 2 else { return nil }
        let a = Character(s[i + 1]).lowercased()
        if len == 1 {
            if a == "s" || a == "m" || a == "d" || a == "t" { return j }
            return nil
        }
        let b = Character(s[i + 2]).lowercased()
        switch a + b {
        case "re", "ve", "ll": return j
        default: return nil
        }
    }

    /// The ASCII scalars `scanURLOrEmail` passes over without a test, as
    /// bits by value: all
    /// but white space and controls, the quote marks but the apostrophe,
    /// `@`, `:`, `<`, `>`, `(`, and DEL.
    static let urlPlainLow: UInt64 = 0xABFF_FEFA_0000_0000  // U+0000-U+003F
    static let urlPlainHigh: UInt64 = 0x7FFF_FFFE_FFFF_FFFE  // U+0040-U+007F

    @inline(__always)
    static func isURLPlain(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x40 ? urlPlainLow >> v & 1 != 0 : v < 0x80 && urlPlainHigh >> (v - 0x40) & 1 != 0
    }

    static func scanURLOrEmail(_ s: [Unicode.Scalar], _ start: Int, _ n: Int) -> Int? {
        // Most words are ASCII letters and at most one mark before a space
        // or the end: no `@`, no `://`, no `www.` (whose run is longer), so
        // no address, found without the scan below.
        var e = start
        while e < n, (s[e].value | 0x20) &- 0x61 < 26 { e += 1 }
        if e == n || s[e].isSpace { return nil }
        if e + 1 == n || s[e + 1].isSpace {
            switch s[e] {
            case ".", ",", ";", "!", "?", ")": return nil
            default: break
            }
        }
        // Find the end of the non-space run.
        e = start
        var hasAt = false
        var hasScheme = false
        var hasWWW = false
        while e < n, e - start < 2048 {
            let c = s[e]
            // Most of a word is ASCII that none of the tests below is about.
            if isURLPlain(c) {
                e += 1
                continue
            }
            if c.isSpace { break }
            if c == "@" { hasAt = true }
            if c == ":" && e + 2 < n && s[e + 1] == "/" && s[e + 2] == "/" { hasScheme = true }
            if c.isQuoteMark && c != "'" || c == "<" || c == ">" || c == "(" && !hasScheme { break }
            e += 1
        }
        if !hasScheme && !hasAt {
            if e - start >= 5, s[start] == "w" || s[start] == "W", s[start + 1] == "w" || s[start + 1] == "W",
                s[start + 2] == "w" || s[start + 2] == "W", s[start + 3] == "." {
                hasWWW = true
            }
            if !hasWWW { return nil }
        }
        if hasAt && !hasScheme && !hasWWW {
            // An address: letters before @, a dotted domain after it.
            guard let at = s[start..<e].firstIndex(of: "@"), at > start, at + 1 < e, s[at + 1].isAlphanumeric else {
                return nil
            }
            guard s[(at + 1)..<e].contains(".") else { return nil }
        }
        // Trailing punctuation is not part of it.
        while e > start + 1 {
            let c = s[e - 1]
            if c == "." || c == "," || c == ";" || c == ":" || c == "!" || c == "?" || c.isQuoteMark
                || (c == ")" && !s[start..<(e - 1)].contains("("))
            {
                e -= 1
            } else {
                break
            }
        }
        return e
    }

    // MARK: Numbers

    static func scanNumberEnd(_ s: [Unicode.Scalar], _ start: Int, _ n: Int) -> Int {
        var i = start + 1
        while i < n {
            let c = s[i]
            if c.isDigit { i += 1; continue }
            if (c == "." || c == "," || c == ":" || c == "/"), i + 1 < n, s[i + 1].isDigit {
                i += 2
                continue
            }
            break
        }
        // Ordinals and suffixes: 1st, 1990s, 5G, 3D (letters right after, no period inside).
        if i < n, s[i].isLetter {
            var j = i
            while j < n, s[j].isLetter { j += 1 }
            if j - i <= 4 { i = j }
        }
        return i
    }
}

// MARK: Hyphenated words in parts

extension Tokenizer {
    /// `tokens` with each word that holds an internal hyphen (`eight-year`,
    /// `mid-2022`, `NATO-Russia`) cut into its parts and hyphens, for matchers
    /// that read the parts (dates, amounts). Every other token is kept as it
    /// is; the parts stay inside the token they come from. `source[k]`: the
    /// index in `tokens` of the token that part `k` comes from, or -1 for a part.
    public static func splittingHyphens(_ tokens: [Token], in s: [Unicode.Scalar]) -> (tokens: [Token], source: [Int]) {
        var out: [Token] = []
        var source: [Int] = []
        out.reserveCapacity(tokens.count + tokens.count / 8)
        source.reserveCapacity(tokens.count + tokens.count / 8)
        for (index, t) in tokens.enumerated() {
            guard t.kind == .word, t.length > 2, s[(t.start + 1)..<(t.end - 1)].contains(where: \.isDash) else {
                out.append(t)
                source.append(index)
                continue
            }
            var start = t.start
            for k in t.start..<t.end where s[k].isDash && k > t.start {
                if k > start { out.append(Token(start: start, end: k, kind: s[start].isDigit ? .number : .word)) }
                out.append(Token(start: k, end: k + 1, kind: .punctuation))
                source.append(contentsOf: k > start ? [-1, -1] : [-1])
                start = k + 1
            }
            if start < t.end {
                out.append(Token(start: start, end: t.end, kind: s[start].isDigit ? .number : .word))
                source.append(-1)
            }
        }
        return (out, source)
    }
}
