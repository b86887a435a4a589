/// A light tokenizer for attribution analysis, working on Unicode scalars.
///
/// Words keep internal hyphens and apostrophes (`don't`), abbreviations keep
/// their periods (`U.S.`, `Mr.`), and a possessive `’s`/`'s` is a token of its
/// own. Quotation marks are tokens of kind `.quote` with their role resolved
/// later by `QuoteMarks`.
struct QToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, quote }
    var start: Int
    var end: Int
    var kind: Kind
    /// Lowercased text for words and numbers; the scalar itself for punctuation.
    var lower: String
    /// The first scalar is an uppercase letter.
    var cap: Bool
    /// Index of the paragraph (a run of text between line breaks).
    var para: Int
}

enum CharClass {
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x0B || v == 0x0C
            || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0x200B || (v >= 0x2000 && v <= 0x200A)
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x85
    }

    @inline(__always) static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85
    }

    /// Apostrophe-like scalars: ' and ’ (also ʼ).
    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x27 || c.value == 0x2019 || c.value == 0x2BC
    }

    /// Any scalar that may be a quotation mark.
    @inline(__always) static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
            0x2039, 0x203A, 0x301D, 0x301E:
            return true
        default: return false
        }
    }
}

struct QuoteTokenizer {
    static func lowered(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        for i in start..<end {
            let c = text[i]
            if c.value >= 0x41 && c.value <= 0x5A {
                s.append(Unicode.Scalar(c.value | 0x20)!)
            } else if c.value == 0x2019 {
                s.append("'")
            } else if c.value < 0x80 {
                s.append(c)
            } else if c.properties.isUppercase {
                s.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                s.append(c)
            }
        }
        return String(s)
    }

    static func tokenize(_ text: [Unicode.Scalar]) -> [QToken] {
        var tokens: [QToken] = []
        tokens.reserveCapacity(text.count / 5)
        let n = text.count
        var i = 0
        var para = 0
        var sawBreak = false
        while i < n {
            let c = text[i]
            if CharClass.isSpace(c) {
                if CharClass.isLineBreak(c) && !sawBreak && !tokens.isEmpty { para += 1; sawBreak = true }
                i += 1
                continue
            }
            sawBreak = false
            if CharClass.isAlnum(c) {
                var j = i + 1
                while j < n {
                    let d = text[j]
                    if CharClass.isAlnum(d) || d.properties.generalCategory == .nonspacingMark {
                        j += 1
                        continue
                    }
                    // Internal hyphen or apostrophe between letters: don't, well-known.
                    if j + 1 < n, CharClass.isAlnum(text[j + 1]) {
                        if d == "-" || d == "\u{2010}" || d == "\u{2011}" {
                            j += 1
                            continue
                        }
                        if CharClass.isApostrophe(d) {
                            // Possessive 's stays separate: Russia’s.
                            let next = text[j + 1]
                            let after = j + 2 < n ? text[j + 2] : " "
                            if (next == "s" || next == "S") && !CharClass.isAlnum(after) { break }
                            j += 1
                            continue
                        }
                        // Internal period of an abbreviation or a number: U.S., 3.5
                        if d == "." && (CharClass.isDigit(text[j - 1]) && CharClass.isDigit(text[j + 1])) {
                            j += 1
                            continue
                        }
                        if d == "." && j - i == 1 && CharClass.isLetter(text[j + 1])
                            && (j + 2 >= n || text[j + 2] == ".") {
                            j += 1
                            continue
                        }
                    }
                    break
                }
                // A trailing period of an abbreviation: U.S. (letters and periods), Mr.
                if j < n && text[j] == "." {
                    var dotted = false
                    for k in i..<j where text[k] == "." { dotted = true }
                    if dotted || (j - i == 1 && CharClass.isUpper(text[i])) {
                        j += 1
                    } else {
                        let w = lowered(text, i, j)
                        if Lexicon.abbreviations.contains(w) { j += 1 }
                    }
                }
                let isNum = CharClass.isDigit(c)
                tokens.append(
                    QToken(
                        start: i, end: j, kind: isNum ? .number : .word, lower: lowered(text, i, j),
                        cap: CharClass.isUpper(c), para: para))
                i = j
                continue
            }
            if CharClass.isApostrophe(c), i + 1 < n, text[i + 1] == "s" || text[i + 1] == "S",
                i > 0, CharClass.isAlnum(text[i - 1]), i + 2 >= n || !CharClass.isAlnum(text[i + 2])
            {
                tokens.append(QToken(start: i, end: i + 2, kind: .word, lower: "'s", cap: false, para: para))
                i += 2
                continue
            }
            // `` and '' as double marks.
            if (c == "`" || c == "'"), i + 1 < n, text[i + 1] == c {
                tokens.append(QToken(start: i, end: i + 2, kind: .quote, lower: c == "`" ? "``" : "''", cap: false, para: para))
                i += 2
                continue
            }
            if CharClass.isQuoteMark(c) {
                tokens.append(QToken(start: i, end: i + 1, kind: .quote, lower: String(c), cap: false, para: para))
                i += 1
                continue
            }
            tokens.append(QToken(start: i, end: i + 1, kind: .punct, lower: String(c), cap: false, para: para))
            i += 1
        }
        return tokens
    }
}
