import ArtText

/// A token as the attribution rules read it: an ArtText `Token` with its
/// lower-cased text, its capitalisation and its paragraph.
///
/// The tokenizer is ArtText's, so clitics are tokens of their own (`did` +
/// `n't`, `Russia` + `’s`) and abbreviations keep their period (`Sen.`).
struct QuoteToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, quote }
    var start: Int
    var end: Int
    var kind: Kind
    /// Lower-cased text, with `'` for the apostrophe `’` (the lexicon's spelling).
    var lower: String
    /// The first scalar is an upper-case letter.
    var cap: Bool
    /// Index of the paragraph: a run of text between line breaks.
    var para: Int

    static func tokenize(_ text: [Unicode.Scalar]) -> [QuoteToken] {
        var tokens: [QuoteToken] = []
        let base = Tokenizer().tokenize(text)
        tokens.reserveCapacity(base.count)
        var para = 0
        var previousEnd = 0
        for t in base {
            if !tokens.isEmpty, text[previousEnd..<t.start].contains(where: \.isLineBreak) { para += 1 }
            previousEnd = t.end
            tokens.append(
                QuoteToken(
                    start: t.start, end: t.end, kind: Kind(t.kind), lower: lowered(text, t.start, t.end),
                    cap: text[t.start].isUppercaseLetter, para: para))
        }
        return tokens
    }

    static func lowered(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        // Most tokens are ASCII (with the apostrophe `’`): their bytes are
        // written at once, one byte a scalar, without a scalar view.
        var ascii = true
        for k in start..<end where text[k].value >= 0x80 && text[k].value != 0x2019 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end {
                    let v = text[k].value
                    out[k - start] = v == 0x2019 ? 0x27 : UInt8(truncatingIfNeeded: v &- 0x41 < 26 ? v | 0x20 : v)
                }
                return end - start
            }
        }
        var s = String.UnicodeScalarView()
        for c in text[start..<end] {
            if c.value &- 0x41 < 26 {
                s.append(Unicode.Scalar(UInt8(c.value | 0x20)))
            } else if c.value == 0x2019 {
                s.append("'")
            } else if c.value >= 0x80 && c.isUppercaseLetter {
                s.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                s.append(c)
            }
        }
        return String(s)
    }
}

extension QuoteToken.Kind {
    /// Symbols (`&`, `%`) are punctuation to the attribution rules.
    init(_ kind: TokenKind) {
        switch kind {
        case .word: self = .word
        case .number: self = .number
        case .quote: self = .quote
        case .punctuation, .symbol: self = .punct
        }
    }
}
