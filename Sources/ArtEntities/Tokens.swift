import ArtCore

/// A token of the entity tagger: a span of scalars of the text.
public struct EntityToken: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

@inline(__always) func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
    return s.properties.isAlphabetic
}

@inline(__always) func isDigit(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    return s.properties.numericType == .decimal
}

@inline(__always) func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return s.properties.isUppercase
}

@inline(__always) func isLower(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    return s.properties.isLowercase
}

@inline(__always) func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return s.properties.isWhitespace
}

@inline(__always) func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    isLetter(s) || isDigit(s) || (s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark)
}

@inline(__always) func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}"
}

@inline(__always) func lowerScalar(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v < 0x80 {
        return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 32)! : s
    }
    if !s.properties.isUppercase { return s }
    return s.properties.lowercaseMapping.unicodeScalars.first ?? s
}

/// The text of scalars `s[from..<to]`, encoded in one pass.
func scalarString(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
    var length = 0
    for k in from..<to { length += UTF8.width(s[k]) }
    return String(unsafeUninitializedCapacity: length) { out in
        var i = 0
        for k in from..<to { appendUTF8(s[k], to: out, at: &i) }
        return i
    }
}

/// The text of tokens `a..<b`: a space where the text has any between two tokens.
func tokensString(_ s: [Unicode.Scalar], _ tokens: [EntityToken], _ a: Int, _ b: Int) -> String {
    var length = 0
    for i in a..<b {
        if i > a && tokens[i].start > tokens[i - 1].end { length += 1 }
        for k in tokens[i].start..<tokens[i].end { length += UTF8.width(s[k]) }
    }
    return String(unsafeUninitializedCapacity: length) { out in
        var n = 0
        for i in a..<b {
            if i > a && tokens[i].start > tokens[i - 1].end { out[n] = 0x20; n += 1 }
            for k in tokens[i].start..<tokens[i].end { appendUTF8(s[k], to: out, at: &n) }
        }
        return n
    }
}

@inline(__always) private func appendUTF8(_ c: Unicode.Scalar, to out: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
    if c.value < 0x80 {
        out[i] = UInt8(truncatingIfNeeded: c.value)
        i += 1
    } else {
        for unit in c.utf8 { out[i] = unit; i += 1 }
    }
}

/// Words the tokenizer keeps together with their final period.
let periodAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "vs", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "no", "pres", "gens",
    "messrs", "mme", "hon", "atty", "supt", "cmdr", "brig", "ave", "blvd", "univ", "dept", "est",
    "approx", "fig", "ph", "sgt", "cpl", "pvt",
]

/// Splits text into word, number and punctuation tokens (the tagger's unit).
///
/// Words keep internal apostrophes, hyphens and periods of abbreviations
/// (`U.S.`, `Mr.`, `NATO-Russia`); a possessive `'s` is its own token; other
/// punctuation marks are single tokens; numbers keep their internal `.` and `,` (`3.5`, `1,000`).
public struct EntityTokenizer: Sendable {
    /// Whether a hyphen inside a word (`NATO-Russia`, `COVID-19`) is a token of its own.
    public var splitHyphens: Bool

    public init(splitHyphens: Bool = false) { self.splitHyphens = splitHyphens }

    public func tokenize(_ s: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [EntityToken] {
        var out: [EntityToken] = []
        tokenize(s, from: from, to: to ?? s.count, into: &out)
        return out
    }

    public func tokenize(_ s: [Unicode.Scalar], from: Int, to end: Int, into out: inout [EntityToken]) {
        var i = from
        while let t = nextToken(s, from: i, to: end) {
            out.append(t)
            i = t.end
        }
    }

    /// The first token at or after `i` (spaces are skipped), if any before `end`.
    /// A token depends only on where it starts (and the text up to `end`).
    @inline(__always)
    func nextToken(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> EntityToken? {
        var i = start
        while i < end {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            if isDigit(c) {
                var j = i + 1
                while j < end {
                    if isDigit(s[j]) { j += 1; continue }
                    if (s[j] == "." || s[j] == ",") && j + 1 < end && isDigit(s[j + 1]) { j += 2; continue }
                    break
                }
                // Ordinals and units glued to numbers (1st, 2nd, 10th, 5km) stay one token.
                while j < end && isLetter(s[j]) { j += 1 }
                return EntityToken(start: i, end: j)
            }
            if isWordScalar(c) {
                var j = i + 1
                while j < end {
                    if isWordScalar(s[j]) { j += 1; continue }
                    // Internal hyphen: NATO-Russia, Jean-Pierre, COVID-19.
                    if !splitHyphens && s[j] == "-" && j + 1 < end && isWordScalar(s[j + 1]) { j += 2; continue }
                    // Internal apostrophe: O'Brien, but 's at the end is split off.
                    if isApostrophe(s[j]) && j + 1 < end && isLetter(s[j + 1]) {
                        let isPossessive = (s[j + 1] == "s" || s[j + 1] == "S")
                            && (j + 2 >= end || !isWordScalar(s[j + 2]))
                        if isPossessive { break }
                        j += 2
                        continue
                    }
                    break
                }
                // Dotted abbreviations: U.S., U.K., a.m., e.g.
                if j < end && s[j] == "." && j - i == 1 {
                    var k = j
                    while k + 2 <= end && s[k] == "." && k + 1 < end && isLetter(s[k + 1])
                        && (k + 2 == end || s[k + 2] == ".")
                    {
                        k += 2
                    }
                    if k > j {
                        return EntityToken(start: i, end: k + 1 <= end && k < end && s[k] == "." ? k + 1 : k)
                    }
                    // A single capital initial: "Harry S. Truman".
                    if isUpper(c) {
                        return EntityToken(start: i, end: j + 1)
                    }
                }
                if j < end && s[j] == "." && j - i <= 5 {
                    var key = ""
                    for k in i..<j { key.unicodeScalars.append(lowerScalar(s[k])) }
                    if periodAbbreviations.contains(key) {
                        return EntityToken(start: i, end: j + 1)
                    }
                }
                return EntityToken(start: i, end: j)
            }
            if isApostrophe(c) && i + 1 < end && (s[i + 1] == "s" || s[i + 1] == "S")
                && (i + 2 >= end || !isWordScalar(s[i + 2]))
            {
                return EntityToken(start: i, end: i + 2)
            }
            return EntityToken(start: i, end: i + 1)
        }
        return nil
    }

    /// This tokenization of the text whose tokenization without split
    /// hyphens is `tokens` (spanning the whole text), redone only around
    /// tokens that hold a hyphen: where both tokenizations start a token at
    /// the same place, they agree on it unless it holds a hyphen. `sameAs`:
    /// the index in `tokens` of each token taken over, or -1.
    func retokenize(_ s: [Unicode.Scalar], _ tokens: [EntityToken]) -> (tokens: [EntityToken], sameAs: [Int]) {
        precondition(splitHyphens)
        var out: [EntityToken] = []
        var sameAs: [Int] = []
        out.reserveCapacity(tokens.count + tokens.count / 8)
        sameAs.reserveCapacity(tokens.count + tokens.count / 8)
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            var hyphen = false
            if t.end - t.start > 2 {
                for c in t.start..<t.end where s[c] == "-" { hyphen = true; break }
            }
            if !hyphen {
                out.append(t)
                sameAs.append(k)
                k += 1
                continue
            }
            // Split tokens from here until one starts where a token of `tokens` does.
            var next = nextToken(s, from: t.start, to: s.count)
            repeat {
                out.append(next!)
                sameAs.append(-1)
                next = nextToken(s, from: next!.end, to: s.count)
                while k < tokens.count && tokens[k].start < (next?.start ?? s.count) { k += 1 }
            } while next != nil && (k == tokens.count || tokens[k].start != next!.start)
        }
        return (out, sameAs)
    }
}

/// Sentence boundaries for text without `sentences`: line breaks, and `.`,
/// `!`, `?` followed by space and a capital or a quote, unless the token
/// before is an abbreviation or an initial.
public func simpleSentences(_ s: [Unicode.Scalar], tokens: [EntityToken]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var begin = 0
    var i = 0
    while i < tokens.count {
        var split = false
        if i + 1 < tokens.count {
            // A line break between two tokens ends the sentence.
            var hasBreak = false
            for k in tokens[i].end..<tokens[i + 1].start where s[k] == "\n" {
                hasBreak = true
                break
            }
            if hasBreak {
                split = true
            } else {
                let t = tokens[i]
                let c = s[t.end - 1]
                if t.end - t.start == 1 && (c == "." || c == "!" || c == "?") {
                    let n = s[tokens[i + 1].start]
                    if tokens[i + 1].start > t.end && (isUpper(n) || n == "\"" || n == "\u{201C}" || isDigit(n)) {
                        split = true
                    }
                }
            }
        }
        if split {
            out.append(begin..<(i + 1))
            begin = i + 1
        }
        i += 1
    }
    if begin < tokens.count { out.append(begin..<tokens.count) }
    return out
}
