import ArtText

/// The tokens the tagger, the gazetteer and the document pass read:
/// ArtText's, with a clitic other than the possessive kept on its word
/// (`don't`, `I'm`, `they're`) and letters glued to a number kept on it
/// (`100kilometres`). Both joins only remove boundaries of the shared
/// tokens; the tagger scores better with them on the development set.
func entityTokens(_ s: [Unicode.Scalar]) -> [Token] {
    var tokens = Tokenizer().tokenize(s)
    var kept = 0
    for i in tokens.indices {
        let t = tokens[i]
        if kept > 0 && tokens[kept - 1].end == t.start && t.kind == .word && continuesPrevious(t, tokens[kept - 1], s) {
            tokens[kept - 1].end = t.end
            continue
        }
        tokens[kept] = t
        kept += 1
    }
    tokens.removeLast(tokens.count - kept)
    return tokens
}

/// Whether word `t` right after `previous` is a clitic other than the
/// possessive on a word, or letters after a number.
private func continuesPrevious(_ t: Token, _ previous: Token, _ s: [Unicode.Scalar]) -> Bool {
    if previous.kind == .number { return s[t.start].isLetter }
    guard previous.kind == .word else { return false }
    let first = s[t.start]
    let isClitic = first.isApostrophe || (t.length == 3 && (first == "n" || first == "N") && s[t.start + 1].isApostrophe)
    let isPossessive = t.length == 2 && first.isApostrophe && (s[t.start + 1] == "s" || s[t.start + 1] == "S")
    return isClitic && !isPossessive
}

/// The lower-case form of a scalar, when that is one scalar (the hashes of
/// the features, the gazetteer and the rules are of lower-cased words).
@inline(__always) func lowerScalar(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v < 0x80 {
        return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 32)! : s
    }
    if !s.isUppercaseLetter { return s }
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
func tokensString(_ s: [Unicode.Scalar], _ tokens: [Token], _ a: Int, _ b: Int) -> String {
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
